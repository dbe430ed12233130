import { ArrayInput, BooleanInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, minValue, required } from 'react-admin';
import { approvalChoices, cabinChoices, railClassChoices } from './corporateChoices';

const joinCodes = (codes: string[] | string | null | undefined) => (Array.isArray(codes) ? codes.join(', ') : (codes ?? ''));

const CodesInput = ({ source }: { source: string }) => (
  <TextInput
    source={`rules.${source}`}
    label={`resources.travelPolicies.fields.${source}`}
    helperText="resources.travelPolicies.helper.codes"
    format={joinCodes}
  />
);

/** Every rule of a policy; an empty rule inherits (override) or does not restrict (account policy). */
export const PolicyRulesInputs = () => (
  <>
    <ArrayInput source="rules.cabinByDuration" label="resources.travelPolicies.fields.cabinByDuration">
      <SimpleFormIterator inline disableReordering>
        <NumberInput source="minHours" label="resources.travelPolicies.fields.minHours" validate={[required(), minValue(0)]} />
        <SelectInput source="cabin" label="resources.travelPolicies.fields.cabin" choices={cabinChoices} validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
    <SelectInput
      source="rules.railClass"
      label="resources.travelPolicies.fields.railClass"
      choices={railClassChoices}
      emptyText="resources.travelPolicies.inherit"
    />
    <ArrayInput source="rules.hotelCaps" label="resources.travelPolicies.fields.hotelCaps">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="countryCode" label="resources.corporateAccounts.fields.countryCode" validate={required()} />
        <TextInput source="city" label="resources.corporateAccounts.fields.address.city" />
        <NumberInput source="amount" label="resources.travelPolicies.fields.amount" validate={[required(), minValue(0)]} />
        <TextInput source="currency" label="resources.travelPolicies.fields.currency" validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
    <CodesInput source="carClasses" />
    <CodesInput source="preferredAirlines" />
    <CodesInput source="blockedAirlines" />
    <CodesInput source="preferredHotelChains" />
    <CodesInput source="blockedHotelChains" />
    <CodesInput source="preferredCarHireFirms" />
    <CodesInput source="blockedCarHireFirms" />
    <NumberInput source="rules.advanceBookingDays" label="resources.travelPolicies.fields.advanceBookingDays" validate={minValue(0)} />
    <SelectInput
      source="rules.approval"
      label="resources.travelPolicies.fields.approval"
      choices={approvalChoices}
      emptyText="resources.travelPolicies.inherit"
    />
    <TextInput
      source="rules.approvers"
      label="resources.travelPolicies.fields.approvers"
      helperText="resources.travelPolicies.helper.approvers"
      format={joinCodes}
    />
    <NumberInput source="rules.railBelowKm" label="resources.travelPolicies.fields.railBelowKm" validate={minValue(0)} />
    <BooleanInput source="rules.personalPreferencesAtOwnCost" label="resources.travelPolicies.fields.personalPreferencesAtOwnCost" />
  </>
);
