import { DataTable, DateField, List } from 'react-admin';

export const InteractionList = () => (
  <List sort={{ field: 'occurredAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <DateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="channel" disableSort />
      <DataTable.Col source="direction" disableSort />
      <DataTable.Col source="requirement" disableSort />
    </DataTable>
  </List>
);
