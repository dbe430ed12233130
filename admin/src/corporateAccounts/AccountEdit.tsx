import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { AccountForm } from './AccountForm';

// Accounts are archived, never deleted: travellers' employment history keeps pointing at them.
const AccountEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const AccountEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ refetchOnWindowFocus: false }}>
    <SimpleForm toolbar={<AccountEditToolbar />}>
      <AccountForm editing />
    </SimpleForm>
  </Edit>
);
