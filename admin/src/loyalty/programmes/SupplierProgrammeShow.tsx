import { BooleanField, DateField, EditButton, FunctionField, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import type { SupplierProgrammeFieldsFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { allianceChoices, checkDigitChoices, sectorChoices } from '../loyaltyChoices';

const SupplierProgrammeActions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('access:admin') && <EditButton />}</TopToolbar>;
};

export const SupplierProgrammeShow = () => (
  <Show actions={<SupplierProgrammeActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="sector" choices={sectorChoices} />
      <TextField source="ownerCode" />
      <SelectField source="alliance" choices={allianceChoices} emptyText="—" />
      <FunctionField<SupplierProgrammeFieldsFragment> source="tierNames" render={(programme) => programme.tierNames.join(' → ')} />
      <NumberField source="numberFormat.minLength" />
      <NumberField source="numberFormat.maxLength" />
      <TextField source="numberFormat.pattern" emptyText="—" />
      <SelectField source="numberFormat.checkDigit" choices={checkDigitChoices} />
      <BooleanField source="inOffer" emptyText="—" />
      <BooleanField source="active" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
