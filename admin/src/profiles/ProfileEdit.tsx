import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import type { ProfileDetailFragment } from '../graphql/generated';
import { profileFormValues } from './profileInput';
import { ProfileForm } from './contact/ProfileForm';

/** Archiving is the API's "delete": the traveller stays on record with status ARCHIVED. */
const ProfileEditToolbar = () => {
  const profile = useRecordContext<ProfileDetailFragment>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {profile?.status === 'ACTIVE' && (
        <DeleteButton
          label="wayfarer.action.archive"
          mutationMode="pessimistic"
          confirmTitle="resources.profiles.archive.title"
          confirmContent="resources.profiles.archive.content"
          translateOptions={{ name: profile.fullName }}
          successMessage="resources.profiles.archive.done"
          redirect="list"
        />
      )}
    </Toolbar>
  );
};

const ProfileEditForm = () => {
  const profile = useRecordContext<ProfileDetailFragment>();
  if (!profile) return null;
  return (
    <SimpleForm record={profileFormValues(profile)} toolbar={<ProfileEditToolbar />}>
      <ProfileForm />
    </SimpleForm>
  );
};

// Pessimistic so a CONFLICT or validation error reaches the form; no refetch on focus so the version
// sent is the one the person started editing from, never a silently newer one.
export const ProfileEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ refetchOnWindowFocus: false, refetchOnReconnect: false }}>
    <ProfileEditForm />
  </Edit>
);
