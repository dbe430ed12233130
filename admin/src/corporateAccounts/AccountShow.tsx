import AddIcon from '@mui/icons-material/Add';
import {
  ArrayField,
  Button,
  DataTable,
  DateField,
  EditButton,
  Labeled,
  Link,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import type { CorporateAccountByIdQuery } from '../graphql/generated';
import { useScopes } from '../auth/useScopes';
import { EmptyList } from '../lists/EmptyList';
import { accountStatusChoices, contactRoleChoices, policyScopeChoices } from './corporateChoices';
import { AccountTravellers } from './AccountTravellers';

type Account = NonNullable<CorporateAccountByIdQuery['corporateAccount']>;

const AccountActions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('corporate:write') && <EditButton />}</TopToolbar>;
};

const BillingAddress = () => {
  const account = useRecordContext<Account>();
  const address = account?.billingAddress;
  if (!address) return <>—</>;
  return <>{[...address.lines, address.city, address.region, address.postalCode, address.countryCode].filter(Boolean).join(', ')}</>;
};

const PolicyName = () => {
  const policy = useRecordContext<Account['travelPolicies'][number]>();
  return policy ? <Link to={`/travelPolicies/${policy.id}/show`}>{policy.name}</Link> : null;
};

const NewPolicyButton = () => {
  const account = useRecordContext<Account>();
  const { can } = useScopes();
  if (!account || !can('corporate:write')) return null;
  const hasAccountPolicy = account.travelPolicies.some((policy) => policy.appliesTo === 'ACCOUNT');
  return (
    <Button
      component={Link}
      to={`/travelPolicies/create?accountId=${account.id}`}
      label={hasAccountPolicy ? 'resources.travelPolicies.action.newOverride' : 'resources.travelPolicies.action.newPolicy'}
    >
      <AddIcon />
    </Button>
  );
};

export const AccountShow = () => (
  <Show actions={<AccountActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.corporateAccounts.sections.details">
        <TextField source="legalName" />
        <TextField source="registrationNumber" emptyText="—" />
        <SelectField source="status" choices={accountStatusChoices} />
        <DateField source="contractStart" emptyText="—" />
        <DateField source="contractEnd" emptyText="—" />
        <TextField source="accountManager.displayName" label="resources.corporateAccounts.fields.accountManager" emptyText="—" />
        <Labeled label="resources.corporateAccounts.fields.billingAddress">
          <BillingAddress />
        </Labeled>
        <ArrayField source="legalEntities">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.legalEntities" />}>
            <DataTable.Col source="name" label="resources.corporateAccounts.fields.entity.name" />
            <DataTable.Col source="registrationNumber" label="resources.corporateAccounts.fields.entity.registrationNumber" />
            <DataTable.Col source="countryCode" label="resources.corporateAccounts.fields.countryCode" />
          </DataTable>
        </ArrayField>
        <ArrayField source="offices">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.offices" />}>
            <DataTable.Col source="name" label="resources.corporateAccounts.fields.office.name" />
            <DataTable.Col source="city" label="resources.corporateAccounts.fields.address.city" />
            <DataTable.Col source="countryCode" label="resources.corporateAccounts.fields.countryCode" />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.corporateAccounts.sections.organisation" path="organisation">
        <ArrayField source="departments">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.departments" />}>
            <DataTable.Col source="code" label="resources.corporateAccounts.fields.code" />
            <DataTable.Col source="name" label="resources.corporateAccounts.fields.name" />
          </DataTable>
        </ArrayField>
        <ArrayField source="costCentres">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.costCentres" />}>
            <DataTable.Col source="code" label="resources.corporateAccounts.fields.code" />
            <DataTable.Col source="name" label="resources.corporateAccounts.fields.name" />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.corporateAccounts.sections.contacts" path="contacts">
        <ArrayField source="contacts">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.contacts" />}>
            <DataTable.Col source="role" label="resources.corporateAccounts.fields.contact.role">
              <SelectField source="role" choices={contactRoleChoices} />
            </DataTable.Col>
            <DataTable.Col source="name" label="resources.corporateAccounts.fields.contact.name" />
            <DataTable.Col source="email" label="resources.corporateAccounts.fields.contact.email" />
            <DataTable.Col source="phone" label="resources.corporateAccounts.fields.contact.phone" />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.corporateAccounts.sections.policies" path="policies">
        <NewPolicyButton />
        <ArrayField source="travelPolicies">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.travelPolicies" />}>
            <DataTable.Col source="name" label="resources.travelPolicies.fields.name">
              <PolicyName />
            </DataTable.Col>
            <DataTable.Col source="appliesTo" label="resources.travelPolicies.fields.appliesTo">
              <SelectField source="appliesTo" choices={policyScopeChoices} />
            </DataTable.Col>
            <DataTable.Col source="departmentCode" label="resources.travelPolicies.fields.departmentCode" />
            <DataTable.Col source="grade" label="resources.travelPolicies.fields.grade" />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.corporateAccounts.sections.travellers" path="travellers">
        <AccountTravellers />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
