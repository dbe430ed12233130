import { DataTable, DateField, List, SelectField, SelectInput, Show, SimpleShowLayout, FunctionField, Labeled } from 'react-admin';
import type { InteractionDetailPartsFragment, InteractionRowPartsFragment } from '../../graphql/generated';
import { channelChoices, directionChoices, requirementChoices } from '../communicationsChoices';
import { InteractionSummary } from './InteractionSummary';

const filters = [
  <SelectInput key="channel" source="channel" choices={channelChoices} alwaysOn />,
  <SelectInput key="requirement" source="requirement" choices={requirementChoices} alwaysOn />,
];

/** Every interaction across travellers, newest first. */
export const InteractionList = () => (
  <List sort={{ field: 'occurredAt', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <DateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="profile.fullName" disableSort render={(row: InteractionRowPartsFragment) => row.profile?.fullName ?? '—'} />
      <DataTable.Col source="channel" disableSort>
        <SelectField source="channel" choices={channelChoices} />
      </DataTable.Col>
      <DataTable.Col source="direction" disableSort>
        <SelectField source="direction" choices={directionChoices} />
      </DataTable.Col>
      <DataTable.Col source="requirement" disableSort>
        <SelectField source="requirement" choices={requirementChoices} />
      </DataTable.Col>
      <DataTable.Col source="staffMember.displayName" disableSort render={(row: InteractionRowPartsFragment) => row.staffMember?.displayName ?? '—'} />
    </DataTable>
  </List>
);

export const InteractionShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="occurredAt" showTime />
      <FunctionField<InteractionDetailPartsFragment> source="profile.fullName" render={(row) => row.profile?.fullName ?? '—'} />
      <SelectField source="channel" choices={channelChoices} />
      <FunctionField<InteractionDetailPartsFragment> source="staffMember.displayName" render={(row) => row.staffMember?.displayName ?? '—'} />
      <Labeled label="resources.interactions.fields.summary">
        <FunctionField<InteractionDetailPartsFragment> render={(row) => <InteractionSummary interaction={row} />} />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
