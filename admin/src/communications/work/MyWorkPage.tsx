import { useState, type ReactNode } from 'react';
import {
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import {
  BooleanInput,
  Button,
  DataTable,
  DateField,
  Form,
  ListBase,
  Pagination,
  required,
  SaveButton,
  SelectField,
  TextInput,
  Title,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import type { MyReferralsQuery, UndertakingPartsFragment } from '../../graphql/generated';
import type { WayfarerDataProvider } from '../../resources';
import { readSession } from '../../auth/session';
import { useScopes } from '../../auth/useScopes';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { EmptyList } from '../../lists/EmptyList';
import { referralStatusChoices } from '../communicationsChoices';
import { ComplaintTable } from '../complaints/ComplaintList';
import type { CloseUndertakingFormValues } from './work.operations';

type Referral = MyReferralsQuery['myReferrals']['items'][number];

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const TravellerLink = ({ profile }: { profile: { id: string; fullName: string } | null | undefined }) =>
  profile ? <Link to={`/profiles/${profile.id}/show/timeline`}>{profile.fullName}</Link> : <>—</>;

/** Done or cancelled; an overdue undertaking asks for the delay explanation given to the traveller and whether they were told (PC10). */
const CloseUndertakingDialog = ({
  undertaking,
  outcome,
  onClose,
}: {
  undertaking: UndertakingPartsFragment;
  outcome: 'complete' | 'cancel';
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const saveDialog = useDialogSave(onClose, outcome === 'complete' ? 'resources.myWork.completed' : 'resources.myWork.cancelled');
  const needsDelayNote = undertaking.overdue && !undertaking.delayNote;
  const save = (values: CloseUndertakingFormValues) =>
    saveDialog(() => (outcome === 'complete' ? dataProvider.completeUndertaking(undertaking, values) : dataProvider.cancelUndertaking(undertaking, values)));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={{ customerTold: true }} onSubmit={save as never}>
        <DialogTitle>{translate(outcome === 'complete' ? 'resources.myWork.complete' : 'resources.myWork.cancel')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{undertaking.description}</DialogContentText>
          {needsDelayNote && (
            <>
              <DialogContentText sx={{ mt: 2 }} color="error">
                {translate('resources.myWork.overdueExplanation', { time: new Date(undertaking.dueAt).toLocaleString() })}
              </DialogContentText>
              <TextInput source="delayNote" label="resources.myWork.fields.delayNote" validate={required()} multiline fullWidth />
              <BooleanInput source="customerTold" label="resources.myWork.fields.customerTold" />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable label={outcome === 'complete' ? 'resources.myWork.complete' : 'resources.myWork.cancel'} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const UndertakingActions = ({ undertaking }: { undertaking: UndertakingPartsFragment }) => {
  const { can } = useScopes();
  const [closing, setClosing] = useState<'complete' | 'cancel' | null>(null);
  if (!can('communications:write')) return null;
  return (
    <Stack direction="row">
      <Button label="resources.myWork.complete" onClick={() => setClosing('complete')} />
      <Button label="resources.myWork.cancel" onClick={() => setClosing('cancel')} />
      {closing && <CloseUndertakingDialog undertaking={undertaking} outcome={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
};

const Undertakings = () => {
  const translate = useTranslate();
  const [overdueOnly, setOverdueOnly] = useState(false);
  return (
    <Section title="resources.myWork.undertakings">
      <FormControlLabel
        control={<Switch checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />}
        label={translate('resources.myWork.overdueOnly')}
      />
      <ListBase resource="myUndertakings" filter={overdueOnly ? { overdue: true } : {}} perPage={10} disableSyncWithLocation>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.myWork.noUndertakings" />} data-testid="my-undertakings">
          <DataTable.Col source="dueAt" label="resources.myWork.fields.dueAt" disableSort>
            <DateField source="dueAt" showTime />
          </DataTable.Col>
          <DataTable.Col
            label="resources.myWork.fields.state"
            render={(undertaking: UndertakingPartsFragment) =>
              undertaking.overdue ? (
                <Chip size="small" color="error" label={translate('resources.myWork.overdue')} />
              ) : (
                <Chip size="small" label={translate('resources.myWork.due')} />
              )
            }
          />
          <DataTable.Col source="description" label="resources.myWork.fields.description" disableSort />
          <DataTable.Col
            label="resources.myWork.fields.profile"
            render={(undertaking: UndertakingPartsFragment) => <TravellerLink profile={undertaking.profile} />}
          />
          <DataTable.Col
            label="resources.myWork.fields.actions"
            render={(undertaking: UndertakingPartsFragment) => <UndertakingActions undertaking={undertaking} />}
          />
        </DataTable>
        <Pagination rowsPerPageOptions={[10, 25]} />
      </ListBase>
    </Section>
  );
};

const ReferralActions = ({ referral }: { referral: Referral }) => {
  const { can } = useScopes();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!can('communications:write')) return null;
  const act = async (action: 'acceptReferral' | 'closeReferral', notice: string) => {
    try {
      await dataProvider[action](referral.id, referral.version);
      notify(notice, { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row">
      {referral.status === 'OPEN' && <Button label="resources.myWork.accept" onClick={() => act('acceptReferral', 'resources.myWork.accepted')} />}
      {referral.status !== 'CLOSED' && <Button label="resources.myWork.close" onClick={() => act('closeReferral', 'resources.myWork.closed')} />}
    </Stack>
  );
};

const ReferralTable = () => {
  const translate = useTranslate();
  return (
    <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.myWork.noReferrals" />}>
      <DataTable.Col source="referredAt" label="resources.myWork.fields.referredAt" disableSort>
        <DateField source="referredAt" showTime />
      </DataTable.Col>
      <DataTable.Col label="resources.myWork.fields.profile" render={(referral: Referral) => <TravellerLink profile={referral.conversation.profile} />} />
      <DataTable.Col label="resources.myWork.fields.from" render={(referral: Referral) => referral.fromStaff.displayName} />
      <DataTable.Col
        label="resources.myWork.fields.to"
        render={(referral: Referral) => referral.toStaff?.displayName ?? translate('resources.myWork.team', { team: referral.toTeam ?? '' })}
      />
      <DataTable.Col source="reasonGiven" label="resources.myWork.fields.reasonGiven" disableSort />
      <DataTable.Col source="status" label="resources.myWork.fields.status" disableSort>
        <SelectField source="status" choices={referralStatusChoices} />
      </DataTable.Col>
      <DataTable.Col label="resources.myWork.fields.actions" render={(referral: Referral) => <ReferralActions referral={referral} />} />
    </DataTable>
  );
};

const TEAM_KEY = 'wayfarer.myWork.team';

/** Referrals to me, and the open ones of the team I name (teams are codes until they have a model); accepting one makes it mine. */
const Referrals = () => {
  const translate = useTranslate();
  const [team, setTeam] = useState(() => localStorage.getItem(TEAM_KEY) ?? '');
  const chooseTeam = (value: string) => {
    const code = value.trim().toUpperCase();
    setTeam(code);
    localStorage.setItem(TEAM_KEY, code);
  };
  return (
    <Section title="resources.myWork.referrals">
      <ListBase resource="myReferrals" perPage={10} disableSyncWithLocation>
        <ReferralTable />
        <Pagination rowsPerPageOptions={[10, 25]} />
      </ListBase>
      <TextField
        size="small"
        label={translate('resources.myWork.fields.myTeam')}
        defaultValue={team}
        onBlur={(event) => chooseTeam(event.target.value)}
        sx={{ mt: 2, mb: 1 }}
      />
      {team && (
        <ListBase resource="teamReferrals" filter={{ team }} perPage={10} disableSyncWithLocation>
          <ReferralTable />
          <Pagination rowsPerPageOptions={[10, 25]} />
        </ListBase>
      )}
    </Section>
  );
};

/** The complaints the signed-in staff member handles, soonest acknowledgement due first, with their clocks. */
const Complaints = () => (
  <Section title="resources.myWork.complaints">
    <ListBase
      resource="complaints"
      filter={{ ownerId: readSession()?.staffId }}
      sort={{ field: 'acknowledgeDueAt', order: 'ASC' }}
      perPage={10}
      disableSyncWithLocation
    >
      <ComplaintTable empty={<EmptyList message="resources.myWork.noComplaints" />} />
      <Pagination rowsPerPageOptions={[10, 25]} />
    </ListBase>
  </Section>
);

/** My work: undertakings due and overdue, referrals to me or my team, and my complaints with their clocks. */
export const MyWorkPage = () => (
  <Stack spacing={2} sx={{ mt: 2 }}>
    <Title title="resources.myWork.name" />
    <Undertakings />
    <Referrals />
    <Complaints />
  </Stack>
);
