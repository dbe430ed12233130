import { Create, SimpleForm } from 'react-admin';
import { ProfileForm } from './ProfileForm';

export const ProfileCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ProfileForm />
    </SimpleForm>
  </Create>
);
