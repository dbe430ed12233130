import StarIcon from '@mui/icons-material/Star';
import AccessibleIcon from '@mui/icons-material/Accessible';
import { Alert, Stack } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { ProfileUpkeepDetailFragment } from '../../graphql/generated';

/** VIP status and special needs, above every tab whenever a profile is opened; special needs only reach roles that may read them. */
export const ProfileBanner = () => {
  const profile = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { data } = useGetOne<ProfileUpkeepDetailFragment>('profileUpkeep', { id: profile?.id ?? '' }, { enabled: Boolean(profile) });
  if (!data || (!data.vip && !data.specialNeeds)) return null;
  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="profile-banner">
      {data.vip && (
        <Alert severity="warning" icon={<StarIcon />} variant="filled">
          <strong>{translate('resources.profileUpkeep.banner.vip')}</strong>
          {data.vipNote ? ` — ${data.vipNote}` : ''}
        </Alert>
      )}
      {data.specialNeeds && (
        <Alert severity="info" icon={<AccessibleIcon />} variant="filled">
          <strong>{translate('resources.profileUpkeep.banner.specialNeeds')}</strong> — {translate('resources.profileUpkeep.banner.specialNeedsHint')}
        </Alert>
      )}
    </Stack>
  );
};
