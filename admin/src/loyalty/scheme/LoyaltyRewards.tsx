import {
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SimpleForm,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const LoyaltyRewardList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="pointsPrice" disableSort>
        <NumberField source="pointsPrice" />
      </DataTable.Col>
      <DataTable.Col source="stock" disableSort>
        <NumberField source="stock" emptyText="resources.loyaltyRewards.unlimited" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);

const RewardInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <NumberInput source="pointsPrice" validate={[required(), minValue(1)]} step={1} />
    <NumberInput source="stock" min={0} step={1} helperText="resources.loyaltyRewards.helper.stock" />
    <BooleanInput source="active" defaultValue />
  </>
);

export const LoyaltyRewardCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <RewardInputs />
    </SimpleForm>
  </Create>
);

export const LoyaltyRewardEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <RewardInputs />
    </SimpleForm>
  </Edit>
);
