import { Create, SimpleForm } from 'react-admin';
import { ProfileForm } from './contact/ProfileForm';
import { LawfulBasisInputs } from './consents/LawfulBasisInputs';

export const ProfileCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ProfileForm />
      <LawfulBasisInputs />
    </SimpleForm>
  </Create>
);
