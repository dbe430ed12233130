import { Create, Edit, email, maxLength, required, SimpleForm, TextInput } from 'react-admin';

const InteractionInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="contactEmail" type="email" validate={[email(), maxLength(254)]} />
  </>
);

export const InteractionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <InteractionInputs />
    </SimpleForm>
  </Create>
);

// Pessimistic: a stale version comes back as CONFLICT and the form stays open with the change.
export const InteractionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <InteractionInputs />
    </SimpleForm>
  </Edit>
);
