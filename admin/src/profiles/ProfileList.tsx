import { DataTable, DateField, List, SearchInput, SelectField, SelectInput, TextInput } from 'react-admin';
import type { ProfileListItemFragment } from '../graphql/generated';
import { profileStatusChoices } from './profileChoices';
import { SegmentFilterInput } from './upkeep/SegmentFilterInput';
import { ProfileListActions } from './transfer/ProfileListActions';

const profileFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={profileStatusChoices} alwaysOn />,
  <TextInput key="department" source="department" />,
  <TextInput key="documentNumber" source="documentNumber" label="resources.profiles.fields.documentNumber" />,
  <TextInput key="phone" source="phone" type="tel" label="resources.profiles.fields.phoneSearch" helperText="resources.profiles.helper.phone" />,
  <TextInput key="tag" source="tag" label="resources.profileUpkeep.fields.tag" />,
  <SegmentFilterInput key="segment" source="segment" label="resources.profileUpkeep.fields.segment" />,
];

const defaultEmail = (profile: ProfileListItemFragment) => (profile.emails.find((email) => email.isDefault) ?? profile.emails[0])?.address;

export const ProfileList = () => (
  <List
    filters={profileFilters}
    actions={<ProfileListActions />}
    exporter={false}
    filterDefaultValues={{ status: 'ACTIVE' }}
    sort={{ field: 'familyName', order: 'ASC' }}
  >
    <DataTable<ProfileListItemFragment> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="familyName" label="resources.profiles.fields.fullName" render={(profile) => profile.fullName} />
      <DataTable.Col label="resources.profiles.fields.defaultEmail" render={defaultEmail} disableSort />
      <DataTable.Col source="department" disableSort />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={profileStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
