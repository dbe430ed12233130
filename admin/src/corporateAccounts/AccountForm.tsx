import { ArrayInput, DateInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { accountStatusChoices, contactRoleChoices } from './corporateChoices';

const joinLines = (lines: string[] | null | undefined) => (lines ?? []).join('\n');
const splitLines = (text: string) => text.split('\n');

/** Staff are listed to administrators only, so the manager is given by staff id, with the current one named. */
const AccountManagerInput = () => {
  const account = useRecordContext<{ accountManager?: { displayName: string } | null }>();
  const translate = useTranslate();
  const name = account?.accountManager?.displayName;
  return (
    <TextInput
      source="accountManagerId"
      helperText={name ? translate('resources.corporateAccounts.helper.accountManagerNamed', { name }) : 'resources.corporateAccounts.helper.accountManagerId'}
    />
  );
};

/** The inputs shared by AccountCreate and AccountEdit; a list given replaces the list. */
export const AccountForm = ({ editing = false }: { editing?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="legalName" validate={required()} />
      <TextInput source="registrationNumber" />
      {editing && <SelectInput source="status" choices={accountStatusChoices} validate={required()} />}
      <DateInput source="contractStart" />
      <DateInput source="contractEnd" />
      <AccountManagerInput />
      <ArrayInput source="legalEntities">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.corporateAccounts.fields.entity.name" validate={required()} />
          <TextInput source="registrationNumber" label="resources.corporateAccounts.fields.entity.registrationNumber" />
          <TextInput source="countryCode" label="resources.corporateAccounts.fields.countryCode" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <Typography variant="subtitle1">{translate('resources.corporateAccounts.fields.billingAddress')}</Typography>
      <TextInput source="billingAddress.lines" label="resources.corporateAccounts.fields.address.lines" multiline format={joinLines} parse={splitLines} />
      <TextInput source="billingAddress.city" label="resources.corporateAccounts.fields.address.city" />
      <TextInput source="billingAddress.region" label="resources.corporateAccounts.fields.address.region" />
      <TextInput source="billingAddress.postalCode" label="resources.corporateAccounts.fields.address.postalCode" />
      <TextInput source="billingAddress.countryCode" label="resources.corporateAccounts.fields.countryCode" />
      <ArrayInput source="offices">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.corporateAccounts.fields.office.name" validate={required()} />
          <TextInput source="city" label="resources.corporateAccounts.fields.address.city" validate={required()} />
          <TextInput source="countryCode" label="resources.corporateAccounts.fields.countryCode" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="departments">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="code" label="resources.corporateAccounts.fields.code" validate={required()} />
          <TextInput source="name" label="resources.corporateAccounts.fields.name" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="costCentres">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="code" label="resources.corporateAccounts.fields.code" validate={required()} />
          <TextInput source="name" label="resources.corporateAccounts.fields.name" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="contacts">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="role" label="resources.corporateAccounts.fields.contact.role" choices={contactRoleChoices} defaultValue="TRAVEL_MANAGER" />
          <TextInput source="name" label="resources.corporateAccounts.fields.contact.name" validate={required()} />
          <TextInput source="email" type="email" label="resources.corporateAccounts.fields.contact.email" validate={required()} />
          <TextInput source="phone" type="tel" label="resources.corporateAccounts.fields.contact.phone" />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
