import { Create, SimpleForm } from 'react-admin';
import { ProfileForm } from './ProfileForm';
import { LawfulBasisInputs } from './LawfulBasisInputs';

export const ProfileCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ProfileForm />
      <LawfulBasisInputs />
    </SimpleForm>
  </Create>
);
