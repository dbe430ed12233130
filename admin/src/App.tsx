import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/authProvider';
import { hasScope, type StaffPermissions } from './auth/scopes';
import type { ConsoleResource } from './consoleResource';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { CONSOLE_RESOURCES } from './resources';
import { ReminderDashboard } from './profiles/upkeep/ReminderDashboard';
import { ProfileImportWizard } from './profiles/transfer/ProfileImportWizard';
import { PROFILE_IMPORT_PATH } from './profiles/transfer/ProfileListActions';

const dataProvider = createDataProvider(CONSOLE_RESOURCES);

/** Only the resources the staff member's scopes allow are registered, so the menu and routes show nothing else. */
const resourcesFor = (permissions: StaffPermissions | undefined) => {
  const scopes = permissions?.scopes;
  return [
    ...CONSOLE_RESOURCES.filter((resource) => hasScope(scopes, resource.readScope)).map(
      ({ name, list, show, create, edit, icon, recordRepresentation, writeScope }: ConsoleResource) => {
        const canWrite = writeScope !== undefined && hasScope(scopes, writeScope);
        return (
          <Resource
            key={name}
            name={name}
            list={list}
            show={show}
            create={canWrite ? create : undefined}
            edit={canWrite ? edit : undefined}
            icon={icon}
            recordRepresentation={recordRepresentation}
          />
        );
      },
    ),
    hasScope(scopes, 'profiles:import') && (
      <CustomRoutes key="profileImport">
        <Route path={PROFILE_IMPORT_PATH} element={<ProfileImportWizard />} />
      </CustomRoutes>
    ),
  ];
};

export const App = () => (
  <Admin
    title="Wayfarer"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={ReminderDashboard}
    requireAuth
    disableTelemetry
  >
    {resourcesFor}
  </Admin>
);
