import { BooleanInput, Create, Edit, maxLength, minValue, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';

const SECTORS = ['AIR', 'HOTEL', 'CAR', 'RAIL'].map((id) => ({ id, name: id }));
const ALLIANCES = ['STAR_ALLIANCE', 'ONEWORLD', 'SKYTEAM'].map((id) => ({ id, name: id }));
const CHECK_DIGITS = ['NONE', 'LUHN', 'MOD7', 'MOD10'].map((id) => ({ id, name: id }));
const splitTiers = (value: string) => value.split(',').map((tier) => tier.trim());
const joinTiers = (value: string[] | undefined) => (value ?? []).join(', ');

const SupplierProgrammeInputs = ({ creating }: { creating: boolean }) => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <SelectInput source="sector" choices={SECTORS} validate={required()} disabled={!creating} />
    <TextInput source="ownerCode" validate={[required(), maxLength(4)]} />
    <SelectInput source="alliance" choices={ALLIANCES} emptyText="—" />
    <TextInput source="tierNames" parse={splitTiers} format={joinTiers} validate={required()} helperText="Lowest first, separated by commas" />
    <NumberInput source="numberFormat.minLength" validate={[required(), minValue(1)]} />
    <NumberInput source="numberFormat.maxLength" validate={[required(), minValue(1)]} />
    <TextInput source="numberFormat.pattern" validate={maxLength(200)} />
    <SelectInput source="numberFormat.checkDigit" choices={CHECK_DIGITS} defaultValue="NONE" validate={required()} />
    <BooleanInput source="active" defaultValue />
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
