import { Create, Edit, email, maxLength, required, SimpleForm, TextInput } from 'react-admin';

const __Entity__Inputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="contactEmail" type="email" validate={[email(), maxLength(254)]} />
  </>
);

export const __Entity__Create = () => (
  <Create redirect="show">
    <SimpleForm>
      <__Entity__Inputs />
    </SimpleForm>
  </Create>
);

// Pessimistic: a stale version comes back as CONFLICT and the form stays open with the change.
export const __Entity__Edit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <__Entity__Inputs />
    </SimpleForm>
  </Edit>
);
