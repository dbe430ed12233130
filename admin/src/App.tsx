import { Admin, Resource } from 'react-admin';
import { authProvider } from './auth/authProvider';
import { hasScope, type StaffPermissions } from './auth/scopes';
import { auditEvents } from './auditEvents';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { partnerClients } from './partnerClients';
import { profiles } from './profiles';
import { staff } from './staff';

const dataProvider = createDataProvider();

/** Only the resources the staff member's scopes allow are registered, so the menu and routes show nothing else. */
const resourcesFor = (permissions: StaffPermissions | undefined) => {
  const scopes = permissions?.scopes;
  const canWriteProfiles = hasScope(scopes, 'profiles:write');
  const isAdmin = hasScope(scopes, 'access:admin');
  return [
    hasScope(scopes, 'profiles:read') && (
      <Resource
        key="profiles"
        name="profiles"
        list={profiles.list}
        show={profiles.show}
        create={canWriteProfiles ? profiles.create : undefined}
        edit={canWriteProfiles ? profiles.edit : undefined}
        icon={profiles.icon}
        recordRepresentation="fullName"
      />
    ),
    isAdmin && (
      <Resource
        key="staff"
        name="staff"
        list={staff.list}
        create={staff.create}
        edit={staff.edit}
        icon={staff.icon}
        recordRepresentation="username"
      />
    ),
    isAdmin && (
      <Resource
        key="partnerClients"
        name="partnerClients"
        list={partnerClients.list}
        create={partnerClients.create}
        icon={partnerClients.icon}
        recordRepresentation="name"
      />
    ),
    hasScope(scopes, 'audit:read') && (
      <Resource key="auditEvents" name="auditEvents" list={auditEvents.list} show={auditEvents.show} icon={auditEvents.icon} />
    ),
  ];
};

export const App = () => (
  <Admin
    title="Wayfarer"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    requireAuth
    disableTelemetry
  >
    {resourcesFor}
  </Admin>
);
