import { Create, Edit, email, maxLength, required, SimpleForm, TextInput } from 'react-admin';

const SupplierProgrammeInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="contactEmail" type="email" validate={[email(), maxLength(254)]} />
  </>
);

export const SupplierProgrammeCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SupplierProgrammeInputs />
    </SimpleForm>
  </Create>
);

// Pessimistic: a stale version comes back as CONFLICT and the form stays open with the change.
export const SupplierProgrammeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <SupplierProgrammeInputs />
    </SimpleForm>
  </Edit>
);
