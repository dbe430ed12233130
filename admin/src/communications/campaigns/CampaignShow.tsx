import { useState } from 'react';
import {
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import {
  Button,
  Confirm,
  DataTable,
  DateField,
  DateTimeInput,
  EditButton,
  Form,
  Labeled,
  Loading,
  Pagination,
  ReferenceManyField,
  required,
  SaveButton,
  SelectField,
  Show,
  TopToolbar,
  useDataProvider,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { CampaignDryRunQuery, CampaignPartsFragment, CampaignRecipientsQuery, DeliveryStatus } from '../../graphql/generated';
import type { WayfarerDataProvider } from '../../resources';
import { useScopes } from '../../auth/useScopes';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { EmptyList } from '../../lists/EmptyList';
import { campaignChannelChoices, campaignStatusChoices, deliveryStatusChoices } from '../communicationsChoices';

type DryRun = CampaignDryRunQuery['campaignDryRun'] & { id: string };
type Recipient = NonNullable<CampaignRecipientsQuery['campaign']>['recipients']['items'][number];

const languageName = (language: string | null | undefined, locale: string) => {
  if (!language) return '—';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
};

/** Who would receive it now and who is excluded why; nothing is sent or written. */
const DryRunPanel = ({ campaign }: { campaign: CampaignPartsFragment }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetOne<DryRun>('campaignDryRun', { id: campaign.id });
  if (isPending || !data) return <Loading />;
  return (
    <Card variant="outlined" data-testid="campaign-dry-run">
      <CardContent>
        <Typography variant="h6">{translate('resources.campaigns.dryRun')}</Typography>
        <Typography variant="body2">{translate('resources.campaigns.wouldReach', { smart_count: data.recipientCount })}</Typography>
        {data.recipients.length < data.recipientCount && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.campaigns.firstShown', { shown: data.recipients.length })}
          </Typography>
        )}
        <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap' }}>
          {data.exclusionCounts.map((exclusion) => (
            <Chip key={exclusion.reason} size="small" label={`${translate(`resources.campaigns.exclusion.${exclusion.reason}`)}: ${exclusion.count}`} />
          ))}
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <Stack>
            <Typography variant="subtitle2">{translate('resources.campaigns.recipients')}</Typography>
            {data.recipients.map((recipient) => (
              <Typography key={recipient.profile.id} variant="body2">
                {recipient.profile.fullName} · {languageName(recipient.language ?? campaign.defaultLanguage, locale)}
              </Typography>
            ))}
          </Stack>
          <Stack>
            <Typography variant="subtitle2">{translate('resources.campaigns.excluded')}</Typography>
            {data.excluded.map((exclusion) => (
              <Typography key={exclusion.profile.id} variant="body2">
                {exclusion.profile.fullName} · {translate(`resources.campaigns.exclusion.${exclusion.reason}`)}
              </Typography>
            ))}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};

/** Counts per delivery status and the recipients, a page at a time, filtered by status. */
const DeliveryReport = ({ campaign }: { campaign: CampaignPartsFragment }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  return (
    <Card variant="outlined" data-testid="campaign-delivery">
      <CardContent>
        <Typography variant="h6">{translate('resources.campaigns.deliveryReport')}</Typography>
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          {campaign.deliveryCounts.map((count) => (
            <Chip key={count.status} size="small" label={`${translate(`resources.campaigns.delivery.${count.status}`)}: ${count.count}`} />
          ))}
        </Stack>
        <MuiTextField
          select
          size="small"
          label={translate('resources.campaigns.fields.deliveryStatus')}
          value={status}
          onChange={(event) => setStatus(event.target.value as DeliveryStatus | '')}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('resources.profileTimeline.all')}</MenuItem>
          {deliveryStatusChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </MuiTextField>
        <ReferenceManyField reference="campaignRecipients" target="campaignId" filter={status ? { status } : {}} perPage={25} pagination={<Pagination />}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.campaigns.noRecipients" />}>
            <DataTable.Col label="resources.campaigns.fields.traveller" render={(recipient: Recipient) => recipient.profile.fullName} />
            <DataTable.Col source="status" label="resources.campaigns.fields.deliveryStatus" disableSort>
              <SelectField source="status" choices={deliveryStatusChoices} />
            </DataTable.Col>
            <DataTable.Col
              label="resources.campaigns.fields.why"
              render={(recipient: Recipient) =>
                recipient.exclusion ? translate(`resources.campaigns.exclusion.${recipient.exclusion}`) : (recipient.error ?? '—')
              }
            />
            <DataTable.Col label="resources.campaigns.fields.language" render={(recipient: Recipient) => languageName(recipient.language, locale)} />
            <DataTable.Col source="sentAt" label="resources.campaigns.fields.sentAt" disableSort>
              <DateField source="sentAt" showTime emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
};

const ScheduleDialog = ({ campaign, onClose }: { campaign: CampaignPartsFragment; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const saveDialog = useDialogSave(onClose, 'resources.campaigns.scheduled');
  const save = (values: { sendAt: string }) => saveDialog(() => dataProvider.scheduleCampaign(campaign, new Date(values.sendAt).toISOString()));
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <Form onSubmit={save as never}>
        <DialogTitle>{translate('resources.campaigns.schedule')}</DialogTitle>
        <DialogContent>
          <DateTimeInput source="sendAt" label="resources.campaigns.fields.sendAt" validate={required()} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable label="resources.campaigns.schedule" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Schedule, send now and cancel, as the campaign's status allows and the role may. */
const CampaignActions = () => {
  const campaign = useRecordContext<CampaignPartsFragment>();
  const { can } = useScopes();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState<'send' | 'cancel' | null>(null);
  const [scheduling, setScheduling] = useState(false);
  if (!campaign) return null;
  const pending = campaign.status === 'DRAFT' || campaign.status === 'SCHEDULED';
  const act = async () => {
    const action = confirming;
    setConfirming(null);
    try {
      await (action === 'send' ? dataProvider.sendCampaign(campaign) : dataProvider.cancelCampaign(campaign));
      notify(action === 'send' ? 'resources.campaigns.sent' : 'resources.campaigns.cancelled', { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    refresh();
  };
  return (
    <TopToolbar>
      {campaign.status === 'DRAFT' && can('campaigns:write') && <EditButton />}
      {pending && can('campaigns:send') && <Button label="resources.campaigns.schedule" onClick={() => setScheduling(true)} />}
      {pending && can('campaigns:send') && <Button label="resources.campaigns.sendNow" onClick={() => setConfirming('send')} />}
      {(pending || campaign.status === 'SENDING') && can('campaigns:send') && (
        <Button label="resources.campaigns.cancel" onClick={() => setConfirming('cancel')} />
      )}
      <Confirm
        isOpen={confirming !== null}
        title={confirming === 'send' ? 'resources.campaigns.sendTitle' : 'resources.campaigns.cancelTitle'}
        content={confirming === 'send' ? 'resources.campaigns.sendContent' : 'resources.campaigns.cancelContent'}
        onConfirm={act}
        onClose={() => setConfirming(null)}
      />
      {scheduling && <ScheduleDialog campaign={campaign} onClose={() => setScheduling(false)} />}
    </TopToolbar>
  );
};

const CampaignDetail = () => {
  const campaign = useRecordContext<CampaignPartsFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!campaign) return <Loading />;
  const started = campaign.status === 'SENDING' || campaign.status === 'SENT' || campaign.deliveryCounts.length > 0;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Labeled source="status">
          <SelectField source="status" choices={campaignStatusChoices} />
        </Labeled>
        <Labeled source="channel">
          <SelectField source="channel" choices={campaignChannelChoices} />
        </Labeled>
        <Labeled source="sendAt">
          <DateField source="sendAt" showTime emptyText="—" />
        </Labeled>
        <Labeled source="finishedAt">
          <DateField source="finishedAt" showTime emptyText="—" />
        </Labeled>
      </Stack>
      <Typography variant="body2">
        {translate('resources.campaigns.audience', {
          segments: campaign.audience.segments.join(', ') || '—',
          tags: campaign.audience.tags.join(', ') || '—',
        })}
      </Typography>
      {campaign.contents.map((content) => (
        <Card key={content.language} variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">
              {languageName(content.language, locale)}
              {content.language === campaign.defaultLanguage ? ` · ${translate('resources.campaigns.default')}` : ''}
            </Typography>
            {content.subject && <Typography variant="subtitle1">{content.subject}</Typography>}
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {content.body}
            </Typography>
          </CardContent>
        </Card>
      ))}
      {(campaign.status === 'DRAFT' || campaign.status === 'SCHEDULED') && <DryRunPanel campaign={campaign} />}
      {started && <DeliveryReport campaign={campaign} />}
    </Stack>
  );
};

export const CampaignShow = () => (
  <Show actions={<CampaignActions />}>
    <CampaignDetail />
  </Show>
);
