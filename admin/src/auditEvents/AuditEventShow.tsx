import { DateField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';

export const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="occurredAt" showTime />
      <TextField source="service" />
      <TextField source="actorKind" />
      <TextField source="actorId" />
      <TextField source="client" />
      <TextField source="operation" />
      <TextField source="subjectType" />
      <TextArrayField source="subjectIds" />
      <TextArrayField source="fields" />
      <TextField source="outcome" />
      <TextField source="errorCode" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
