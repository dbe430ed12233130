import { DateInput, Edit, SaveButton, SimpleForm, TextField, Toolbar, required, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { PolicyRulesInputs } from './PolicyRulesInputs';

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

// Saving makes a new version from the date given; versions are never changed or deleted.
const ReviseToolbar = () => (
  <Toolbar>
    <SaveButton label="resources.travelPolicies.action.saveVersion" />
  </Toolbar>
);

export const PolicyEdit = () => {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ refetchOnWindowFocus: false }}>
      <SimpleForm toolbar={<ReviseToolbar />} defaultValues={{ effectiveFrom: tomorrow() }}>
        <TextField source="name" variant="h6" />
        <Typography variant="body2">{translate('resources.travelPolicies.helper.revise')}</Typography>
        <DateInput source="effectiveFrom" validate={required()} />
        <PolicyRulesInputs />
      </SimpleForm>
    </Edit>
  );
};
