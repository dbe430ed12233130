import { BooleanField, DataTable, FunctionField, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import type { SupplierProgrammeFieldsFragment } from '../../graphql/generated';
import { allianceChoices, sectorChoices } from '../loyaltyChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="sector" source="sector" choices={sectorChoices} alwaysOn />,
  <SelectInput
    key="active"
    source="active"
    choices={[
      { id: true, name: 'resources.supplierProgrammes.activeChoice.true' },
      { id: false, name: 'resources.supplierProgrammes.activeChoice.false' },
    ]}
  />,
];

export const SupplierProgrammeList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="sector" disableSort>
        <SelectField source="sector" choices={sectorChoices} />
      </DataTable.Col>
      <DataTable.Col source="ownerCode" />
      <DataTable.Col source="alliance" disableSort>
        <SelectField source="alliance" choices={allianceChoices} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="tierNames" disableSort>
        <FunctionField<SupplierProgrammeFieldsFragment> source="tierNames" render={(programme) => programme.tierNames.join(', ')} />
      </DataTable.Col>
      <DataTable.Col source="inOffer" disableSort>
        <BooleanField source="inOffer" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
