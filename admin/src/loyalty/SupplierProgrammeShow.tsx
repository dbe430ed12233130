import { DateField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useScopes } from '../auth/useScopes';

const SupplierProgrammeActions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('loyalty:write') && <EditButton />}</TopToolbar>;
};

export const SupplierProgrammeShow = () => (
  <Show actions={<SupplierProgrammeActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="contactEmail" emptyText="—" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
