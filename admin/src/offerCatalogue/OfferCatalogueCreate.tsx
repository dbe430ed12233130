import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { offerKindChoices } from './offerKindChoices';

export const OfferCatalogueCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <SelectInput source="kind" choices={offerKindChoices} validate={required()} />
      <TextInput source="code" validate={required()} helperText="resources.offerCatalogue.helper.code" />
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Create>
);
