import { Create, SimpleForm } from 'react-admin';
import { AccountForm } from './AccountForm';

export const AccountCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <AccountForm />
    </SimpleForm>
  </Create>
);
