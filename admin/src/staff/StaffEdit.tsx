import { BooleanInput, Edit, PasswordInput, SaveButton, SimpleForm, TextInput, Toolbar, minLength, required } from 'react-admin';
import { RoleCheckboxes } from './RoleCheckboxes';

// Staff members are deactivated, never deleted: their audit trail keeps pointing at them.
const StaffEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const StaffEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" queryOptions={{ refetchOnWindowFocus: false }}>
    <SimpleForm toolbar={<StaffEditToolbar />}>
      <TextInput source="username" readOnly />
      <TextInput source="displayName" validate={required()} />
      <RoleCheckboxes />
      <BooleanInput source="active" />
      <PasswordInput
        source="password"
        label="resources.staff.fields.newPassword"
        validate={minLength(12)}
        helperText="resources.staff.helper.newPassword"
        autoComplete="new-password"
      />
    </SimpleForm>
  </Edit>
);
