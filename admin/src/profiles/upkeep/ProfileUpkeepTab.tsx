import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Chip, Stack, Typography } from '@mui/material';
import { Button, Labeled, Loading, TabbedShowLayout, TabProps, useGetOne, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { ProfileUpkeepDetailFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { readSession } from '../../auth/session';
import { FlagsDialog, TagsDialog, useUpkeepSave } from './UpkeepDialogs';
import { segmentLabel } from './segmentLabel';

const Section = ({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{translate(title)}</Typography>
        {action}
      </Stack>
      {children}
    </Stack>
  );
};

const ProfileUpkeep = ({ profileId }: { profileId: string }) => {
  const { can } = useScopes();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending } = useGetOne<ProfileUpkeepDetailFragment>('profileUpkeep', { id: profileId });
  const [editing, setEditing] = useState<'tags' | 'flags' | null>(null);
  const verify = useUpkeepSave(data as ProfileUpkeepDetailFragment, 'verify', () => undefined);
  if (isPending || !data) return <Loading />;
  const canWrite = can('profiles:write');
  const none = translate('resources.profileUpkeep.none');
  const date = (value: string | null, withTime = false) =>
    value
      ? new Date(withTime ? value : `${value}T00:00:00Z`).toLocaleString(
          locale,
          withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' },
        )
      : none;
  return (
    <Stack spacing={3}>
      <Section
        title="resources.profileUpkeep.verification"
        action={
          canWrite && (
            <Button label="resources.profileUpkeep.verify" onClick={() => verify.save({})} disabled={verify.isPending}>
              <VerifiedIcon />
            </Button>
          )
        }
      >
        <Typography variant="body2">{translate('resources.profileUpkeep.verificationHint')}</Typography>
        <Stack direction="row" spacing={4}>
          <Labeled label="resources.profileUpkeep.fields.lastVerifiedAt">
            <Typography variant="body2">{date(data.lastVerifiedAt, true)}</Typography>
          </Labeled>
          <Labeled label="resources.profileUpkeep.fields.lastVerifiedBy">
            <Typography variant="body2">
              {data.lastVerifiedBy === readSession()?.staffId ? translate('resources.profileUpkeep.you') : (data.lastVerifiedBy ?? none)}
            </Typography>
          </Labeled>
          <Labeled label="resources.profileUpkeep.fields.nextReviewDue">
            <Typography variant="body2">{data.nextReviewDue ? date(data.nextReviewDue) : translate('resources.profileUpkeep.dueNow')}</Typography>
          </Labeled>
        </Stack>
      </Section>
      <Section
        title="resources.profileUpkeep.flags"
        action={
          canWrite && (
            <Button label="resources.profileUpkeep.editFlags" onClick={() => setEditing('flags')}>
              <EditIcon />
            </Button>
          )
        }
      >
        <Stack direction="row" spacing={4}>
          <Labeled label="resources.profileUpkeep.fields.vip">
            <Typography variant="body2">{translate(data.vip ? 'resources.profileUpkeep.yes' : 'resources.profileUpkeep.no')}</Typography>
          </Labeled>
          {data.vip && (
            <Labeled label="resources.profileUpkeep.fields.vipNote">
              <Typography variant="body2">{data.vipNote ?? none}</Typography>
            </Labeled>
          )}
          {can('profiles.special:read') && (
            <Labeled label="resources.profileUpkeep.fields.specialNeeds">
              <Typography variant="body2">{translate(data.specialNeeds ? 'resources.profileUpkeep.yes' : 'resources.profileUpkeep.no')}</Typography>
            </Labeled>
          )}
        </Stack>
      </Section>
      <Section
        title="resources.profileUpkeep.fields.tags"
        action={
          canWrite && (
            <Button label="resources.profileUpkeep.editTags" onClick={() => setEditing('tags')}>
              <EditIcon />
            </Button>
          )
        }
      >
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="profile-tags">
          {data.tags.length === 0 ? <Typography variant="body2">{none}</Typography> : data.tags.map((tag) => <Chip key={tag} label={tag} />)}
        </Stack>
      </Section>
      <Section title="resources.profileUpkeep.fields.segments">
        <Typography variant="body2">{translate('resources.profileUpkeep.segmentsHint')}</Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="profile-segments">
          {data.segments.length === 0 ? (
            <Typography variant="body2">{none}</Typography>
          ) : (
            data.segments.map((segment) => <Chip key={segment} variant="outlined" label={segmentLabel(translate, segment)} />)
          )}
        </Stack>
      </Section>
      {editing === 'tags' && <TagsDialog record={data} onClose={() => setEditing(null)} />}
      {editing === 'flags' && <FlagsDialog record={data} onClose={() => setEditing(null)} />}
    </Stack>
  );
};

/** Verification, VIP and special-needs flags, tags and segments. */
export const ProfileUpkeepTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  return <TabbedShowLayout.Tab {...props}>{profile && <ProfileUpkeep profileId={String(profile.id)} />}</TabbedShowLayout.Tab>;
};
