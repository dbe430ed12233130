import { DateField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useScopes } from '../auth/useScopes';

const InteractionActions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('communications:write') && <EditButton />}</TopToolbar>;
};

export const InteractionShow = () => (
  <Show actions={<InteractionActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="contactEmail" emptyText="—" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
