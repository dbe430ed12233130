import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import { Chip, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Button,
  Confirm,
  DataTable,
  DateField,
  Loading,
  RecordContextProvider,
  SelectField,
  TabbedShowLayout,
  TabProps,
  TextField,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { ProfileConsentsDetailFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { EmptyList } from '../../lists/EmptyList';
import { channelChoices, legalBasisChoices, purposeChoices } from './consentChoices';
import { ConsentDialog } from './ConsentDialog';

type Consent = ProfileConsentsDetailFragment['consents'][number];

const MarketingChannels = ({ channels }: { channels: readonly string[] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{translate('resources.profileConsents.marketingChannels')}</Typography>
      {channels.length === 0 ? (
        <Typography variant="body2">{translate('resources.profileConsents.noMarketing')}</Typography>
      ) : (
        channels.map((channel) => (
          <Chip key={channel} size="small" color="success" label={translate(`resources.profileConsents.marketingChannel.${channel}`)} />
        ))
      )}
    </Stack>
  );
};

const ProfileConsents = ({ profileId }: { profileId: string }) => {
  const { can } = useScopes();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending: withdrawing }] = useUpdate();
  const { data, isPending } = useGetOne<ProfileConsentsDetailFragment & { id: string }>('profileConsents', { id: profileId });
  const [recording, setRecording] = useState(false);
  const [withdrawal, setWithdrawal] = useState<Consent | null>(null);
  if (isPending || !data) return <Loading />;
  const canWrite = can('profiles:write');

  const withdraw = async () => {
    if (!withdrawal) return;
    try {
      await update('profileConsents', { id: data.id, data: {}, previousData: data, meta: { withdraw: withdrawal.id } }, { returnPromise: true });
      notify('resources.profileConsents.withdrawn', { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setWithdrawal(null);
    }
  };

  return (
    <RecordContextProvider value={data}>
      <Stack spacing={2}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <MarketingChannels channels={data.marketingChannels} />
          {canWrite && (
            <Button label="resources.profileConsents.record" onClick={() => setRecording(true)}>
              <AddIcon />
            </Button>
          )}
        </Stack>
        <ArrayField source="consents">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="wayfarer.empty.consents" />}>
            <DataTable.Col source="purpose" label="resources.profileConsents.fields.purpose">
              <SelectField source="purpose" choices={purposeChoices} />
            </DataTable.Col>
            <DataTable.Col source="granted" label="resources.profileConsents.fields.granted">
              <BooleanField source="granted" />
            </DataTable.Col>
            <DataTable.Col source="active" label="resources.profileConsents.fields.active">
              <BooleanField source="active" />
            </DataTable.Col>
            <DataTable.Col source="legalBasis" label="resources.profileConsents.fields.legalBasis">
              <SelectField source="legalBasis" choices={legalBasisChoices} />
            </DataTable.Col>
            <DataTable.Col source="noticeVersion" label="resources.profileConsents.fields.noticeVersion" />
            <DataTable.Col source="channel" label="resources.profileConsents.fields.channel">
              <SelectField source="channel" choices={channelChoices} />
            </DataTable.Col>
            <DataTable.Col source="recordedAt" label="resources.profileConsents.fields.recordedAt">
              <Stack>
                <DateField source="recordedAt" showTime />
                <TextField source="recordedBy" variant="caption" />
              </Stack>
            </DataTable.Col>
            <DataTable.Col source="withdrawnAt" label="resources.profileConsents.fields.withdrawnAt">
              <Stack>
                <DateField source="withdrawnAt" showTime emptyText="—" />
                <TextField source="withdrawnBy" variant="caption" emptyText="" />
              </Stack>
            </DataTable.Col>
            {canWrite && (
              <DataTable.Col
                label="resources.profileConsents.fields.actions"
                render={(consent: Consent) =>
                  consent.active ? (
                    <Button label="resources.profileConsents.withdraw" color="error" onClick={() => setWithdrawal(consent)}>
                      <BlockIcon />
                    </Button>
                  ) : null
                }
              />
            )}
          </DataTable>
        </ArrayField>
      </Stack>
      {recording && <ConsentDialog record={data} onClose={() => setRecording(false)} />}
      <Confirm
        isOpen={withdrawal !== null}
        loading={withdrawing}
        title="resources.profileConsents.withdrawTitle"
        content={withdrawal?.purpose === 'SPECIAL_CATEGORY' ? 'resources.profileConsents.withdrawSpecial' : 'resources.profileConsents.withdrawContent'}
        translateOptions={{ purpose: withdrawal ? translate(`resources.profileConsents.purpose.${withdrawal.purpose}`) : '' }}
        onConfirm={withdraw}
        onClose={() => setWithdrawal(null)}
      />
    </RecordContextProvider>
  );
};

export const ProfileConsentsTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  return <TabbedShowLayout.Tab {...props}>{profile && <ProfileConsents profileId={String(profile.id)} />}</TabbedShowLayout.Tab>;
};
