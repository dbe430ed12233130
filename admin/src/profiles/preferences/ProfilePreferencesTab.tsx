import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Stack, Typography } from '@mui/material';
import { Button, Loading, RecordContextProvider, TabbedShowLayout, TabProps, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { ProfilePreferencesDetailFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { PreferenceTable } from './PreferenceTable';
import { PreferencesDialog } from './PreferencesDialog';

/** Diet, mobility and visual / hearing needs are shown, asked for and edited only with profiles.special:read / :write. */
const ProfilePreferences = ({ profileId }: { profileId: string }) => {
  const { can } = useScopes();
  const translate = useTranslate();
  const { data, isPending } = useGetOne<ProfilePreferencesDetailFragment & { id: string }>('profilePreferences', { id: profileId });
  const [editing, setEditing] = useState<'travel' | 'special' | null>(null);
  if (isPending || !data) return <Loading />;
  const canWrite = can('profiles:write');
  const section = (special: boolean) => (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{translate(special ? 'resources.profilePreferences.special' : 'resources.profilePreferences.travel')}</Typography>
        {canWrite && (!special || can('profiles.special:write')) && (
          <Button
            label={special ? 'resources.profilePreferences.editSpecial' : 'resources.profilePreferences.edit'}
            onClick={() => setEditing(special ? 'special' : 'travel')}
          >
            <EditIcon />
          </Button>
        )}
      </Stack>
      {special && <Typography variant="body2">{translate('resources.profilePreferences.specialNotice')}</Typography>}
      <PreferenceTable source={special ? 'specialCategoryPreferences' : 'travelPreferences'} special={special} />
    </Stack>
  );
  return (
    <RecordContextProvider value={data}>
      <Stack spacing={3}>
        {section(false)}
        {can('profiles.special:read') && section(true)}
      </Stack>
      {editing && <PreferencesDialog record={data} special={editing === 'special'} open onClose={() => setEditing(null)} />}
    </RecordContextProvider>
  );
};

export const ProfilePreferencesTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  return <TabbedShowLayout.Tab {...props}>{profile && <ProfilePreferences profileId={String(profile.id)} />}</TabbedShowLayout.Tab>;
};
