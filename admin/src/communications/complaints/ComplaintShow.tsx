import { useState } from 'react';
import { Alert, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import {
  Button,
  DateField,
  Form,
  Labeled,
  Loading,
  required,
  SaveButton,
  SelectField,
  SelectInput,
  Show,
  TextField,
  TextInput,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ComplaintPartsFragment, ComplaintStatus } from '../../graphql/generated';
import type { WayfarerDataProvider } from '../../resources';
import { useScopes } from '../../auth/useScopes';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { complaintCategoryChoices, complaintSeverityChoices, complaintStatusChoices, ratingChoices } from '../communicationsChoices';
import { ComplaintClocks } from './ComplaintClocks';
import type { TransitionFormValues } from './complaints.operations';

const label = (field: string) => `resources.complaints.fields.${field}`;

/** One move of the workflow: a note for the record, and the resolution when resolving. */
const TransitionDialog = ({ complaint, to, onClose }: { complaint: ComplaintPartsFragment; to: ComplaintStatus; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const saveDialog = useDialogSave(onClose, 'resources.complaints.moved');
  const save = (values: TransitionFormValues) => saveDialog(() => dataProvider.transitionComplaint(complaint.id, complaint.version, to, values));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form onSubmit={save as never}>
        <DialogTitle>{translate(`resources.complaints.move.${to}`)}</DialogTitle>
        <DialogContent>
          {to === 'RESOLVED' && <TextInput source="resolution" label={label('resolution')} validate={required()} multiline fullWidth />}
          <TextInput source="note" label={label('note')} multiline fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable label={`resources.complaints.move.${to}`} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** The traveller's answer to the follow-up, once, after resolution. */
const SatisfactionDialog = ({ complaint, onClose }: { complaint: ComplaintPartsFragment; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const saveDialog = useDialogSave(onClose, 'resources.complaints.satisfactionSaved');
  const save = (values: { score: number; comment?: string | null }) =>
    saveDialog(() => dataProvider.recordComplaintSatisfaction(complaint.id, complaint.version, values.score, values.comment));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form onSubmit={save as never}>
        <DialogTitle>{translate('resources.complaints.recordSatisfaction')}</DialogTitle>
        <DialogContent>
          <SelectInput source="score" label={label('satisfactionScore')} choices={satisfactionChoices} validate={required()} fullWidth />
          <TextInput source="comment" label={label('satisfactionComment')} multiline fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const satisfactionChoices = ratingChoices.map((choice) => ({ ...choice, name: `resources.complaints.satisfaction.${choice.id}` }));

/** The moves the workflow allows from the complaint's status, as the server lists them, and the satisfaction follow-up. */
const ComplaintActions = ({ complaint }: { complaint: ComplaintPartsFragment }) => {
  const { can } = useScopes();
  const [moving, setMoving] = useState<ComplaintStatus | null>(null);
  const [asking, setAsking] = useState(false);
  if (!can('communications:write')) return null;
  const asksSatisfaction = (complaint.status === 'RESOLVED' || complaint.status === 'CLOSED') && complaint.satisfactionScore == null;
  return (
    <Stack direction="row" spacing={1} data-testid="complaint-actions">
      {complaint.allowedTransitions.map((to) => (
        <Button key={to} variant="outlined" label={`resources.complaints.move.${to}`} onClick={() => setMoving(to)} />
      ))}
      {asksSatisfaction && <Button variant="outlined" label="resources.complaints.recordSatisfaction" onClick={() => setAsking(true)} />}
      {moving && <TransitionDialog complaint={complaint} to={moving} onClose={() => setMoving(null)} />}
      {asking && <SatisfactionDialog complaint={complaint} onClose={() => setAsking(false)} />}
    </Stack>
  );
};

const ComplaintDetail = () => {
  const complaint = useRecordContext<ComplaintPartsFragment>();
  const translate = useTranslate();
  if (!complaint) return <Loading />;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{complaint.subject ?? translate('resources.complaints.erased')}</Typography>
        <ComplaintActions complaint={complaint} />
      </Stack>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        <Labeled label={label('status')}>
          <SelectField source="status" choices={complaintStatusChoices} />
        </Labeled>
        <Labeled label={label('category')}>
          <SelectField source="category" choices={complaintCategoryChoices} />
        </Labeled>
        <Labeled label={label('severity')}>
          <SelectField source="severity" choices={complaintSeverityChoices} />
        </Labeled>
        <Labeled label={label('profile')}>
          <Typography variant="body2">{complaint.profile?.fullName ?? '—'}</Typography>
        </Labeled>
        <Labeled label={label('owner')}>
          <Typography variant="body2">{complaint.owner.displayName}</Typography>
        </Labeled>
        <Labeled label={label('createdAt')}>
          <DateField source="createdAt" showTime />
        </Labeled>
      </Stack>
      <Labeled label={label('clocks')}>
        <ComplaintClocks complaint={complaint} />
      </Labeled>
      <Labeled label={label('description')}>
        <TextField source="description" emptyText="—" />
      </Labeled>
      {complaint.resolution && (
        <Alert severity="success" data-testid="complaint-resolution">
          {translate('resources.complaints.resolvedWith', { resolution: complaint.resolution })}
        </Alert>
      )}
      {complaint.followUpDueAt && complaint.satisfactionScore == null && (
        <Typography variant="body2">{translate('resources.complaints.followUpDue', { time: new Date(complaint.followUpDueAt).toLocaleString() })}</Typography>
      )}
      {complaint.satisfactionScore != null && (
        <Typography variant="body2" data-testid="complaint-satisfaction">
          {translate('resources.complaints.satisfactionWas', {
            score: translate(`resources.complaints.satisfaction.${complaint.satisfactionScore}`),
            comment: complaint.satisfactionComment ?? '',
          })}
        </Typography>
      )}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1">{translate('resources.complaints.history')}</Typography>
          {complaint.transitions.map((transition) => (
            <Typography key={transition.id} variant="body2">
              {new Date(transition.at).toLocaleString()} · {translate(`resources.complaints.status.${transition.toStatus}`)}
              {transition.note ? ` · ${transition.note}` : ''}
            </Typography>
          ))}
          {complaint.escalations.map((escalation) => (
            <Typography key={escalation.id} variant="body2" color="warning.main">
              {translate(escalation.breached ? 'resources.complaints.escalatedBreached' : 'resources.complaints.escalatedBefore', {
                time: new Date(escalation.escalatedAt).toLocaleString(),
                clock: translate(`resources.complaints.clockName.${escalation.clock}`),
              })}
            </Typography>
          ))}
        </CardContent>
      </Card>
    </Stack>
  );
};

export const ComplaintShow = () => (
  <Show>
    <ComplaintDetail />
  </Show>
);
