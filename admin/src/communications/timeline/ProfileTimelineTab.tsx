import { useState } from 'react';
import CallIcon from '@mui/icons-material/Call';
import EventIcon from '@mui/icons-material/Event';
import ReportIcon from '@mui/icons-material/Report';
import StarIcon from '@mui/icons-material/Star';
import { Box, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Button, DataTable, DateField, Pagination, ReferenceManyField, TabbedShowLayout, useRecordContext, useTranslate, type TabProps } from 'react-admin';
import type { ProfileTimelineQuery } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { EmptyList } from '../../lists/EmptyList';
import { channelChoices, timelineKindChoices } from '../communicationsChoices';
import { InteractionSummary } from '../interactions/InteractionSummary';
import { FeedbackDialog, LogCallDialog, OpenComplaintDialog, ReferDialog, UndertakingDialog } from './ProfileDialogs';
import type { TimelineFilterValues } from './timeline.operations';

type Entry = NonNullable<ProfileTimelineQuery['profile']>['timeline']['items'][number];

type Item = NonNullable<Entry['item']>;
const when = (iso: string) => new Date(iso).toLocaleString();

/** What the entry is, in the words of its kind; a complaint leads to its own screen. */
const EntryDetail = ({ item }: { item: Item }) => {
  const translate = useTranslate();
  switch (item.__typename) {
    case 'Interaction':
      return <InteractionSummary interaction={item} />;
    case 'Undertaking':
      return (
        <Stack spacing={0.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{item.description}</Typography>
            {item.overdue && <Chip size="small" color="error" label={translate('resources.myWork.overdue')} />}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {translate(`resources.profileTimeline.undertaking.${item.undertakingStatus}`, { time: when(item.dueAt) })}
            {item.delayNote ? ` · ${translate('resources.profileTimeline.delayNote', { note: item.delayNote })}` : ''}
          </Typography>
        </Stack>
      );
    case 'Complaint':
      return (
        <Stack spacing={0.5}>
          <Link to={`/complaints/${item.id}/show`}>{item.subject ?? translate('resources.complaints.erased')}</Link>
          <Typography variant="body2" color="text.secondary">
            {translate(`resources.complaints.status.${item.complaintStatus}`)} · {translate(`resources.complaints.severity.${item.severity}`)}
          </Typography>
        </Stack>
      );
    case 'Feedback':
      return (
        <Stack spacing={0.5}>
          <Typography variant="body2">
            {translate(`resources.feedbacks.productType.${item.productType}`)} · {item.supplierName} ·{' '}
            {translate('resources.profileTimeline.rating', { rating: item.rating })}
          </Typography>
          {item.comment && (
            <Typography variant="body2" color="text.secondary">
              {item.comment}
            </Typography>
          )}
        </Stack>
      );
    case 'CampaignRecipient':
      return (
        <Typography variant="body2">
          {translate('resources.profileTimeline.campaignMessage', { campaign: item.campaign?.name ?? translate('resources.profileTimeline.aCampaign') })} ·{' '}
          {translate(`resources.campaigns.delivery.${item.deliveryStatus}`)}
          {item.exclusion ? ` · ${translate(`resources.campaigns.exclusion.${item.exclusion}`)}` : ''}
        </Typography>
      );
  }
};

/** The staff member the entry is by or for. */
const staffOf = (item: Item): string => {
  switch (item.__typename) {
    case 'Interaction':
      return item.staffMember?.displayName ?? '—';
    case 'Undertaking':
    case 'Complaint':
      return item.owner.displayName;
    case 'Feedback':
      return item.recordedBy.displayName;
    case 'CampaignRecipient':
      return '—';
  }
};

const FilterSelect = ({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (value: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: 240, flex: 'none' }}>
      <TextField select fullWidth size="small" label={translate(label)} value={value} onChange={(event) => onChange(event.target.value)}>
        <MenuItem value="">{translate('resources.profileTimeline.all')}</MenuItem>
        {options.map((option) => (
          <MenuItem key={option.id} value={option.id}>
            {translate(option.name)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
};

type DialogName = 'call' | 'undertaking' | 'complaint' | 'feedback';

/** Everything communications holds on the traveller, newest first, with the quick entries a consultant makes while on the phone. */
export const ProfileTimelineTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { can } = useScopes();
  const [filter, setFilter] = useState<TimelineFilterValues>({});
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [referring, setReferring] = useState<string | null>(null);
  if (!can('communications:read')) return null;
  const profileId = profile ? String(profile.id) : '';
  const close = () => setDialog(null);
  return (
    <TabbedShowLayout.Tab {...props}>
      {profile && (
        <Stack spacing={2} data-testid="profile-timeline">
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <FilterSelect
              label="resources.profileTimeline.fields.channel"
              value={filter.channel ?? ''}
              options={channelChoices}
              onChange={(channel) => setFilter({ ...filter, channel: channel as TimelineFilterValues['channel'] })}
            />
            <FilterSelect
              label="resources.profileTimeline.fields.kind"
              value={filter.kind ?? ''}
              options={timelineKindChoices}
              onChange={(kind) => setFilter({ ...filter, kind: kind as TimelineFilterValues['kind'] })}
            />
            {can('communications:write') && (
              <Stack direction="row" sx={{ marginLeft: 'auto' }}>
                <Button label="resources.interactions.logCall" onClick={() => setDialog('call')}>
                  <CallIcon />
                </Button>
                <Button label="resources.myWork.newUndertaking" onClick={() => setDialog('undertaking')}>
                  <EventIcon />
                </Button>
                <Button label="resources.complaints.open" onClick={() => setDialog('complaint')}>
                  <ReportIcon />
                </Button>
                <Button label="resources.feedbacks.record" onClick={() => setDialog('feedback')}>
                  <StarIcon />
                </Button>
              </Stack>
            )}
          </Stack>
          <ReferenceManyField
            reference="profileTimeline"
            target="profileId"
            filter={filter}
            perPage={25}
            pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
          >
            <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.profileTimeline.empty" />}>
              <DataTable.Col source="occurredAt" label="resources.profileTimeline.fields.occurredAt" disableSort>
                <DateField source="occurredAt" showTime />
              </DataTable.Col>
              <DataTable.Col
                label="resources.profileTimeline.fields.kind"
                render={(entry: Entry) => <Chip size="small" variant="outlined" label={translate(`resources.profileTimeline.kind.${entry.kind}`)} />}
              />
              <DataTable.Col
                label="resources.profileTimeline.fields.channel"
                render={(entry: Entry) => (entry.channel ? translate(`resources.interactions.channel.${entry.channel}`) : '—')}
              />
              <DataTable.Col
                label="resources.profileTimeline.fields.detail"
                render={(entry: Entry) => (entry.item ? <EntryDetail item={entry.item} /> : '—')}
              />
              <DataTable.Col label="resources.profileTimeline.fields.staff" render={(entry: Entry) => (entry.item ? staffOf(entry.item) : '—')} />
              {can('communications:write') && (
                <DataTable.Col
                  label="resources.profileTimeline.fields.actions"
                  render={(entry: Entry) =>
                    entry.item?.__typename === 'Interaction' ? (
                      <Button
                        label="resources.myWork.refer"
                        onClick={() => setReferring(entry.item?.__typename === 'Interaction' ? entry.item.conversation.id : null)}
                      />
                    ) : null
                  }
                />
              )}
            </DataTable>
          </ReferenceManyField>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.profileTimeline.newestFirst')}
          </Typography>
        </Stack>
      )}
      {dialog === 'call' && <LogCallDialog profileId={profileId} onClose={close} />}
      {dialog === 'undertaking' && <UndertakingDialog profileId={profileId} onClose={close} />}
      {dialog === 'complaint' && <OpenComplaintDialog profileId={profileId} onClose={close} />}
      {dialog === 'feedback' && <FeedbackDialog profileId={profileId} onClose={close} />}
      {referring && <ReferDialog conversationId={referring} onClose={() => setReferring(null)} />}
    </TabbedShowLayout.Tab>
  );
};
