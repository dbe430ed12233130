import { DataTable, DateField, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { accountStatusChoices } from './corporateChoices';

const accountFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={accountStatusChoices} />];

export const AccountList = () => (
  <List filters={accountFilters} sort={{ field: 'legalName', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="legalName" />
      <DataTable.Col source="registrationNumber" disableSort />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={accountStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="contractStart" disableSort>
        <DateField source="contractStart" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="contractEnd" disableSort>
        <DateField source="contractEnd" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
