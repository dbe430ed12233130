import { DateField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useScopes } from '../auth/useScopes';

const SupplierProgrammeActions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('access:admin') && <EditButton />}</TopToolbar>;
};

export const SupplierProgrammeShow = () => (
  <Show actions={<SupplierProgrammeActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="sector" />
      <TextField source="ownerCode" />
      <TextField source="alliance" emptyText="—" />
      <TextField source="tierNames" />
      <TextField source="numberFormat.pattern" emptyText="—" />
      <TextField source="numberFormat.checkDigit" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
