import { BooleanInput, DataTable, DateField, List, SearchInput, TextArrayField } from 'react-admin';
import { PartnerClientActions } from './PartnerClientActions';

const partnerClientFilters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="revoked" source="revoked" />];

export const PartnerClientList = () => (
  <List filters={partnerClientFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="keyPrefix" disableSort />
      <DataTable.Col source="scopes" disableSort>
        <TextArrayField source="scopes" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="revokedAt" disableSort>
        <DateField source="revokedAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col disableSort>
        <PartnerClientActions />
      </DataTable.Col>
    </DataTable>
  </List>
);
