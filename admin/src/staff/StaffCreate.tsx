import { Create, PasswordInput, SimpleForm, TextInput, minLength, required } from 'react-admin';
import { RoleCheckboxes } from './RoleCheckboxes';

export const StaffCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="username" validate={required()} autoComplete="off" />
      <TextInput source="displayName" validate={required()} />
      <PasswordInput source="password" validate={[required(), minLength(12)]} helperText="resources.staff.helper.password" autoComplete="new-password" />
      <RoleCheckboxes />
    </SimpleForm>
  </Create>
);
