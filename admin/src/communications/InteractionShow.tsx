import { BooleanField, DateField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const InteractionShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="occurredAt" showTime />
      <TextField source="channel" />
      <TextField source="direction" />
      <TextField source="requirement" />
      <NumberField source="durationSeconds" emptyText="—" />
      <BooleanField source="confidential" />
      <TextField source="summary" emptyText="—" />
      <TextField source="outcome" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
