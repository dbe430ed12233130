import { DataTable, DateField, DateInput, List, TextArrayField, TextInput } from 'react-admin';

const auditEventFilters = [
  <TextInput key="actorId" source="actorId" alwaysOn />,
  <TextInput key="subjectId" source="subjectId" alwaysOn />,
  <TextInput key="operation" source="operation" alwaysOn />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

export const AuditEventList = () => (
  <List filters={auditEventFilters} sort={{ field: 'occurredAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <DateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="actorKind" disableSort />
      <DataTable.Col source="actorId" disableSort />
      <DataTable.Col source="operation" disableSort />
      <DataTable.Col source="subjectType" disableSort />
      <DataTable.Col source="subjectIds" disableSort>
        <TextArrayField source="subjectIds" />
      </DataTable.Col>
      <DataTable.Col source="outcome" disableSort />
    </DataTable>
  </List>
);
