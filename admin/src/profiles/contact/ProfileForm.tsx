import { ArrayInput, BooleanInput, DateInput, FormDataConsumer, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { useScopes } from '../../auth/useScopes';
import { addressTypeChoices, contactTypeChoices } from '../profileChoices';

const joinLines = (lines: string[] | null | undefined) => (lines ?? []).join('\n');
const splitLines = (text: string) => text.split('\n');

/** The inputs shared by ProfileCreate and ProfileEdit; inputs for fields the role may not use are not rendered. */
export const ProfileForm = () => {
  const { can } = useScopes();
  return (
    <>
      <TextInput source="title" />
      <TextInput source="givenName" validate={required()} />
      <TextInput source="middleName" />
      <TextInput source="familyName" validate={required()} />
      <TextInput source="preferredName" />
      <TextInput source="nativeName" />
      <TextInput source="preferredLanguage" helperText="resources.profiles.helper.preferredLanguage" />
      {can('profiles.personal:read') && <DateInput source="dateOfBirth" />}
      <TextInput source="department" />
      <ArrayInput source="emails">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="address" type="email" label="resources.profiles.fields.email.address" validate={required()} />
          <SelectInput source="type" label="resources.profiles.fields.email.type" choices={contactTypeChoices} defaultValue="PERSONAL" />
          <BooleanInput source="isDefault" label="resources.profiles.fields.email.isDefault" />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="phones">
        <SimpleFormIterator inline disableReordering>
          <TextInput
            source="number"
            type="tel"
            label="resources.profiles.fields.phone.number"
            helperText="resources.profiles.helper.phone"
            validate={required()}
          />
          <SelectInput source="type" label="resources.profiles.fields.phone.type" choices={contactTypeChoices} defaultValue="PERSONAL" />
          <BooleanInput source="isDefault" label="resources.profiles.fields.phone.isDefault" />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="addresses">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="type" label="resources.profiles.fields.address.type" choices={addressTypeChoices} defaultValue="HOME" />
          <TextInput
            source="lines"
            label="resources.profiles.fields.address.lines"
            helperText="resources.profiles.helper.addressLines"
            multiline
            format={joinLines}
            parse={splitLines}
          />
          <TextInput source="city" label="resources.profiles.fields.address.city" validate={required()} />
          <TextInput source="region" label="resources.profiles.fields.address.region" />
          <TextInput source="postalCode" label="resources.profiles.fields.address.postalCode" />
          <TextInput source="countryCode" label="resources.profiles.fields.address.countryCode" validate={required()} />
          <BooleanInput source="isDefault" label="resources.profiles.fields.address.isDefault" />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="emergencyContacts">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.profiles.fields.emergencyContact.name" validate={required()} />
          <TextInput source="relationship" label="resources.profiles.fields.emergencyContact.relationship" />
          <TextInput
            source="phone"
            type="tel"
            label="resources.profiles.fields.emergencyContact.phone"
            helperText="resources.profiles.helper.phone"
            validate={required()}
          />
          <TextInput source="email" type="email" label="resources.profiles.fields.emergencyContact.email" />
        </SimpleFormIterator>
      </ArrayInput>
      {can('profiles.documents:write') && (
        <ArrayInput source="passports">
          <SimpleFormIterator inline disableReordering>
            <FormDataConsumer>
              {({ scopedFormData }) =>
                scopedFormData?.id ? (
                  <>
                    <TextInput source="numberMasked" label="resources.profiles.fields.passport.numberMasked" readOnly />
                    <TextInput source="number" label="resources.profiles.fields.passport.newNumber" helperText="resources.profiles.helper.keepNumber" />
                  </>
                ) : (
                  <TextInput source="number" label="resources.profiles.fields.passport.number" validate={required()} />
                )
              }
            </FormDataConsumer>
            <TextInput source="issuingCountry" label="resources.profiles.fields.passport.issuingCountry" validate={required()} />
            <TextInput source="nationality" label="resources.profiles.fields.passport.nationality" />
            <DateInput source="issueDate" label="resources.profiles.fields.passport.issueDate" />
            <DateInput source="expiryDate" label="resources.profiles.fields.passport.expiryDate" validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      )}
    </>
  );
};
