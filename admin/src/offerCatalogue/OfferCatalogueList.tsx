import { CreateButton, DataTable, DateField, DeleteButton, List, SearchInput, SelectField, SelectInput, TopToolbar } from 'react-admin';
import { offerKindChoices } from './offerKindChoices';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={offerKindChoices} alwaysOn />];

/** The organisation's travel offer; travellers' preferences outside it are flagged on their profiles. */
export const OfferCatalogueList = () => (
  <List
    filters={filters}
    sort={{ field: 'code', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={offerKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col>
        <DeleteButton mutationMode="pessimistic" redirect={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
