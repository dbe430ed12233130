import { DateField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useScopes } from '../auth/useScopes';

const __Entity__Actions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('__name__:write') && <EditButton />}</TopToolbar>;
};

export const __Entity__Show = () => (
  <Show actions={<__Entity__Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="contactEmail" emptyText="—" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
