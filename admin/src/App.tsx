import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/authProvider';
import { hasScope, type StaffPermissions } from './auth/scopes';
import type { ConsoleResource } from './consoleResource';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { CONSOLE_RESOURCES } from './resources';

const dataProvider = createDataProvider(CONSOLE_RESOURCES);
const resources: readonly ConsoleResource[] = CONSOLE_RESOURCES;
const dashboard = resources.find((resource) => resource.dashboard)?.dashboard;

/** Only the resources and pages the staff member's scopes allow are registered, so the menu and routes show nothing else. */
const resourcesFor = (permissions: StaffPermissions | undefined) => {
  const scopes = permissions?.scopes;
  return [
    ...resources
      .filter((resource) => hasScope(scopes, resource.readScope))
      .map(({ name, list, show, create, edit, icon, recordRepresentation, writeScope }) => {
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
      }),
    ...resources
      .flatMap((resource) => resource.pages ?? [])
      .filter((page) => hasScope(scopes, page.scope))
      .map(({ path, page: Page }) => (
        <CustomRoutes key={path}>
          <Route path={path} element={<Page />} />
        </CustomRoutes>
      )),
  ];
};

export const App = () => (
  <Admin
    title="Wayfarer"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={dashboard}
    requireAuth
    disableTelemetry
  >
    {resourcesFor}
  </Admin>
);
