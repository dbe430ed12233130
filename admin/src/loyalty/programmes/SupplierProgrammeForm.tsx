import { BooleanInput, Create, Edit, maxLength, minValue, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { allianceChoices, checkDigitChoices, sectorChoices } from '../loyaltyChoices';

const splitTiers = (value: string) => value.split(',').map((tier) => tier.trim());
const joinTiers = (value: string[] | undefined) => (value ?? []).join(', ');

const SupplierProgrammeInputs = ({ creating }: { creating: boolean }) => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <SelectInput source="sector" choices={sectorChoices} validate={required()} disabled={!creating} />
    <TextInput source="ownerCode" validate={[required(), maxLength(4)]} helperText="resources.supplierProgrammes.helper.ownerCode" />
    <SelectInput source="alliance" choices={allianceChoices} emptyText="—" helperText="resources.supplierProgrammes.helper.alliance" />
    <TextInput source="tierNames" parse={splitTiers} format={joinTiers} validate={required()} helperText="resources.supplierProgrammes.helper.tierNames" />
    <NumberInput source="numberFormat.minLength" validate={[required(), minValue(1)]} />
    <NumberInput source="numberFormat.maxLength" validate={[required(), minValue(1)]} />
    <TextInput source="numberFormat.pattern" validate={maxLength(200)} helperText="resources.supplierProgrammes.helper.pattern" />
    <SelectInput source="numberFormat.checkDigit" choices={checkDigitChoices} defaultValue="NONE" validate={required()} />
    <BooleanInput source="active" defaultValue helperText="resources.supplierProgrammes.helper.active" />
  </>
);

export const SupplierProgrammeCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SupplierProgrammeInputs creating />
    </SimpleForm>
  </Create>
);

// Pessimistic: a stale version comes back as CONFLICT and the form stays open with the change.
export const SupplierProgrammeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <SupplierProgrammeInputs creating={false} />
    </SimpleForm>
  </Edit>
);
