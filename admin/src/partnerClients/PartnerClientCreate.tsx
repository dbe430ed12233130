import { useState } from 'react';
import {
  CheckboxGroupInput,
  Create,
  SaveButton,
  SimpleForm,
  TextArrayInput,
  TextInput,
  Toolbar,
  required,
  useDataProvider,
  useNotify,
  useRedirect,
} from 'react-admin';
import type { WayfarerDataProvider } from '../resources';
import type { DataProviderError } from '../dataProvider/graphqlRequest';
import { ApiKeyDialog } from './ApiKeyDialog';
import type { IssuedPartnerKey } from './partnerClients.operations';
import { partnerScopeChoices } from './partnerScopes';

/**
 * Issues the key through the data provider directly rather than react-admin's create, so the key is held
 * only in this page's state (never in the query cache) and disappears when the dialog closes.
 */
export const PartnerClientCreate = () => {
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [issued, setIssued] = useState<IssuedPartnerKey | null>(null);

  const issueKey = async (values: Record<string, unknown>) => {
    try {
      setIssued(await dataProvider.createPartnerClient({ data: values }));
    } catch (error) {
      const failure = error as DataProviderError;
      if (failure.body?.errors) return failure.body.errors;
      notify(failure.message, { type: 'error' });
    }
  };

  return (
    <Create>
      <SimpleForm
        onSubmit={issueKey}
        toolbar={
          <Toolbar>
            <SaveButton label="wayfarer.action.issue_key" />
          </Toolbar>
        }
      >
        <TextInput source="name" validate={required()} />
        <CheckboxGroupInput source="scopes" choices={partnerScopeChoices} translateChoice={false} validate={required()} />
        <TextArrayInput source="accountIds" helperText="resources.partnerClients.helper.accountIds" />
      </SimpleForm>
      <ApiKeyDialog issued={issued} onClose={() => redirect('list', 'partnerClients')} />
    </Create>
  );
};
