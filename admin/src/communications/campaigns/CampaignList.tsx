import { DataTable, DateField, List, SelectField, SelectInput } from 'react-admin';
import { campaignChannelChoices, campaignStatusChoices } from '../communicationsChoices';

const filters = [<SelectInput key="status" source="status" choices={campaignStatusChoices} alwaysOn />];

export const CampaignList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="channel" disableSort>
        <SelectField source="channel" choices={campaignChannelChoices} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={campaignStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="sendAt" disableSort>
        <DateField source="sendAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="finishedAt" disableSort>
        <DateField source="finishedAt" showTime emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
