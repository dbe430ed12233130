import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/authProvider';
import { hasScope, type StaffPermissions } from './auth/scopes';
import { auditEvents } from './auditEvents';
import { duplicateCandidates } from './duplicates';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { partnerClients } from './partnerClients';
import { profiles } from './profiles';
import { offerCatalogue } from './offerCatalogue';
import { corporateAccounts, travelPolicies } from './corporateAccounts';
import { staff } from './staff';
import { ReminderDashboard } from './profileUpkeep/ReminderDashboard';
import { ProfileImportWizard } from './profileTransfer/ProfileImportWizard';
import { PROFILE_IMPORT_PATH } from './profileTransfer/ProfileListActions';

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
    isAdmin && (
      <Resource
        key="offerCatalogue"
        name="offerCatalogue"
        list={offerCatalogue.list}
        create={offerCatalogue.create}
        icon={offerCatalogue.icon}
        recordRepresentation="name"
      />
    ),
    hasScope(scopes, 'corporate:read') && (
      <Resource
        key="corporateAccounts"
        name="corporateAccounts"
        list={corporateAccounts.list}
        show={corporateAccounts.show}
        create={hasScope(scopes, 'corporate:write') ? corporateAccounts.create : undefined}
        edit={hasScope(scopes, 'corporate:write') ? corporateAccounts.edit : undefined}
        icon={corporateAccounts.icon}
        recordRepresentation="legalName"
      />
    ),
    hasScope(scopes, 'corporate:read') && (
      <Resource
        key="travelPolicies"
        name="travelPolicies"
        show={travelPolicies.show}
        create={hasScope(scopes, 'corporate:write') ? travelPolicies.create : undefined}
        edit={hasScope(scopes, 'corporate:write') ? travelPolicies.edit : undefined}
        recordRepresentation="name"
      />
    ),
    hasScope(scopes, 'profiles:merge') && (
      <Resource
        key="duplicateCandidates"
        name="duplicateCandidates"
        list={duplicateCandidates.list}
        show={duplicateCandidates.show}
        icon={duplicateCandidates.icon}
      />
    ),
    hasScope(scopes, 'profiles:import') && (
      <CustomRoutes key="profileImport">
        <Route path={PROFILE_IMPORT_PATH} element={<ProfileImportWizard />} />
      </CustomRoutes>
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
    dashboard={ReminderDashboard}
    requireAuth
    disableTelemetry
  >
    {resourcesFor}
  </Admin>
);
