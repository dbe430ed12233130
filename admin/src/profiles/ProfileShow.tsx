import {
  ArrayField,
  BooleanField,
  DataTable,
  DateField,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { useScopes } from '../auth/useScopes';
import { addressTypeChoices, contactTypeChoices, profileStatusChoices } from './profileChoices';

const SectionTitle = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2">
      {translate(title)}
    </Typography>
  );
};

export const ProfileShow = () => {
  const { can } = useScopes();
  return (
    <Show>
      <SimpleShowLayout>
        <SectionTitle title="resources.profiles.sections.contact" />
        <TextField source="fullName" />
        <TextField source="title" emptyText="—" />
        <TextField source="preferredName" emptyText="—" />
        {can('profiles.personal:read') && <TextField source="dateOfBirth" emptyText="—" />}
        <TextField source="department" emptyText="—" />
        <SelectField source="status" choices={profileStatusChoices} />
        <ArrayField source="emails">
          <DataTable bulkActionButtons={false} rowClick={false}>
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
          <DataTable bulkActionButtons={false} rowClick={false}>
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
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="type" label="resources.profiles.fields.address.type">
              <SelectField source="type" choices={addressTypeChoices} />
            </DataTable.Col>
            <DataTable.Col
              source="lines"
              label="resources.profiles.fields.address.lines"
              render={(address: { lines: string[] }) => address.lines.join(', ')}
            />
            <DataTable.Col source="city" label="resources.profiles.fields.address.city" />
            <DataTable.Col source="region" label="resources.profiles.fields.address.region" />
            <DataTable.Col source="postalCode" label="resources.profiles.fields.address.postalCode" />
            <DataTable.Col source="countryCode" label="resources.profiles.fields.address.countryCode" />
          </DataTable>
        </ArrayField>
        <SectionTitle title="resources.profiles.sections.documents" />
        <ArrayField source="passports">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="numberMasked" label="resources.profiles.fields.passport.numberMasked" />
            {can('profiles.documents:read') && (
              <DataTable.Col source="number" label="resources.profiles.fields.passport.number" />
            )}
            <DataTable.Col source="issuingCountry" label="resources.profiles.fields.passport.issuingCountry" />
            <DataTable.Col source="nationality" label="resources.profiles.fields.passport.nationality" />
            <DataTable.Col source="issueDate" label="resources.profiles.fields.passport.issueDate" />
            <DataTable.Col source="expiryDate" label="resources.profiles.fields.passport.expiryDate" />
          </DataTable>
        </ArrayField>
        <SectionTitle title="resources.profiles.sections.record" />
        <Labeled source="createdAt">
          <DateField source="createdAt" showTime />
        </Labeled>
        <Labeled source="updatedAt">
          <DateField source="updatedAt" showTime />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};
