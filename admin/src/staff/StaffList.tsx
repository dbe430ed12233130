import { BooleanField, BooleanInput, DataTable, DateField, List, SearchInput, TextArrayField } from 'react-admin';

const staffFilters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="active" source="active" />];

export const StaffList = () => (
  <List filters={staffFilters} sort={{ field: 'username', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="displayName" disableSort />
      <DataTable.Col source="roles" disableSort>
        <TextArrayField source="roles" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastSignInAt" disableSort>
        <DateField source="lastSignInAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
