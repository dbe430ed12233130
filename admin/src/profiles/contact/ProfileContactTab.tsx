import { ArrayField, BooleanField, DataTable, SelectField, TabbedShowLayout, TabProps, TextField } from 'react-admin';
import { useScopes } from '../../auth/useScopes';
import { EmptyList } from '../../lists/EmptyList';
import { addressTypeChoices, contactTypeChoices, profileStatusChoices } from '../profileChoices';

export const ProfileContactTab = (props: Omit<TabProps, 'children'>) => {
  const { can } = useScopes();
  return (
    <TabbedShowLayout.Tab {...props}>
      <TextField source="fullName" />
      <TextField source="title" emptyText="—" />
      <TextField source="preferredName" emptyText="—" />
      <TextField source="nativeName" emptyText="—" />
      <TextField source="preferredLanguage" emptyText="—" />
      {can('profiles.personal:read') && <TextField source="dateOfBirth" emptyText="—" />}
      <TextField source="department" emptyText="—" />
      <SelectField source="status" choices={profileStatusChoices} />
      <ArrayField source="emails">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.emails" />}>
          <DataTable.Col source="address" label="resources.profiles.fields.email.address" />
          <DataTable.Col source="type" label="resources.profiles.fields.email.type">
            <SelectField source="type" choices={contactTypeChoices} />
          </DataTable.Col>
          <DataTable.Col source="isDefault" label="resources.profiles.fields.email.isDefault">
            <BooleanField source="isDefault" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
      <ArrayField source="phones">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.phones" />}>
          <DataTable.Col source="number" label="resources.profiles.fields.phone.number" />
          <DataTable.Col source="type" label="resources.profiles.fields.phone.type">
            <SelectField source="type" choices={contactTypeChoices} />
          </DataTable.Col>
          <DataTable.Col source="isDefault" label="resources.profiles.fields.phone.isDefault">
            <BooleanField source="isDefault" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
      <ArrayField source="addresses">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.addresses" />}>
          <DataTable.Col source="type" label="resources.profiles.fields.address.type">
            <SelectField source="type" choices={addressTypeChoices} />
          </DataTable.Col>
          <DataTable.Col source="lines" label="resources.profiles.fields.address.lines" render={(address: { lines: string[] }) => address.lines.join(', ')} />
          <DataTable.Col source="city" label="resources.profiles.fields.address.city" />
          <DataTable.Col source="region" label="resources.profiles.fields.address.region" />
          <DataTable.Col source="postalCode" label="resources.profiles.fields.address.postalCode" />
          <DataTable.Col source="countryCode" label="resources.profiles.fields.address.countryCode" />
        </DataTable>
      </ArrayField>
      <ArrayField source="emergencyContacts">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.emergencyContacts" />}>
          <DataTable.Col source="name" label="resources.profiles.fields.emergencyContact.name" />
          <DataTable.Col source="relationship" label="resources.profiles.fields.emergencyContact.relationship" />
          <DataTable.Col source="phone" label="resources.profiles.fields.emergencyContact.phone" />
          <DataTable.Col source="email" label="resources.profiles.fields.emergencyContact.email" />
        </DataTable>
      </ArrayField>
    </TabbedShowLayout.Tab>
  );
};
