import { useMemo, useState, type ReactNode } from 'react';
import MergeTypeIcon from '@mui/icons-material/MergeType';
import BlockIcon from '@mui/icons-material/Block';
import { Alert, Radio, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  Button,
  Confirm,
  Show,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  LinearProgress,
  useTranslate,
} from 'react-admin';
import type { WayfarerDataProvider } from '../dataProvider';
import type { DuplicateCandidateByIdQuery, DuplicateSideFragment, MergeableProfileField } from '../graphql/generated';
import { useScopes } from '../auth/useScopes';
import { DuplicateReasons } from './DuplicateReasons';

type Candidate = NonNullable<DuplicateCandidateByIdQuery['duplicateCandidate']>;
type Side = 'left' | 'right';

interface MergeRow {
  field: MergeableProfileField;
  label: string;
  show: (profile: DuplicateSideFragment) => string;
  needsPersonal?: boolean;
}

const joined = (values: (string | null | undefined)[], separator = ', ') => values.filter(Boolean).join(separator);

/** The profile's own fields, each taken from one side; passports and other parts are always all kept. */
const MERGE_ROWS: MergeRow[] = [
  { field: 'TITLE', label: 'resources.profiles.fields.title', show: (profile) => profile.title ?? '' },
  { field: 'GIVEN_NAME', label: 'resources.profiles.fields.givenName', show: (profile) => profile.givenName },
  { field: 'MIDDLE_NAME', label: 'resources.profiles.fields.middleName', show: (profile) => profile.middleName ?? '' },
  { field: 'FAMILY_NAME', label: 'resources.profiles.fields.familyName', show: (profile) => profile.familyName },
  { field: 'PREFERRED_NAME', label: 'resources.profiles.fields.preferredName', show: (profile) => profile.preferredName ?? '' },
  { field: 'DATE_OF_BIRTH', label: 'resources.profiles.fields.dateOfBirth', show: (profile) => profile.dateOfBirth ?? '', needsPersonal: true },
  { field: 'EMAILS', label: 'resources.profiles.fields.emails', show: (profile) => joined(profile.emails.map((email) => email.address)) },
  { field: 'PHONES', label: 'resources.profiles.fields.phones', show: (profile) => joined(profile.phones.map((phone) => phone.number)) },
  {
    field: 'ADDRESSES',
    label: 'resources.profiles.fields.addresses',
    show: (profile) => joined(profile.addresses.map((address) => joined([...address.lines, address.city, address.postalCode, address.countryCode])), '; '),
  },
  { field: 'DEPARTMENT', label: 'resources.profiles.fields.department', show: (profile) => profile.department ?? '' },
];

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** Each field from the survivor, unless only the other profile has a value for it. */
const defaultChoices = (candidate: Candidate, survivor: Side): Record<string, Side> =>
  Object.fromEntries(
    MERGE_ROWS.map((row) => [row.field, !row.show(candidate[survivor]!) && row.show(candidate[other(survivor)]!) ? other(survivor) : survivor]),
  );

const Cell = ({ selected, onSelect, label, children }: { selected: boolean; onSelect: () => void; label: string; children: ReactNode }) => (
  <TableCell onClick={onSelect} sx={{ cursor: 'pointer', bgcolor: selected ? 'action.selected' : undefined }}>
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Radio checked={selected} onChange={onSelect} slotProps={{ input: { 'aria-label': label } }} size="small" />
      <span>{children}</span>
    </Stack>
  </TableCell>
);

const MergeForm = ({ candidate }: { candidate: Candidate }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const { can } = useScopes();
  const [survivor, setSurvivor] = useState<Side>('left');
  const [choices, setChoices] = useState<Record<string, Side>>(() => defaultChoices(candidate, 'left'));
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const rows = useMemo(() => MERGE_ROWS.filter((row) => !row.needsPersonal || can('profiles.personal:read')), [can]);
  const left = candidate.left!;
  const right = candidate.right!;
  const profiles = { left, right };

  const chooseSurvivor = (side: Side) => {
    setSurvivor(side);
    setChoices(defaultChoices(candidate, side));
  };

  const merge = async () => {
    setWorking(true);
    const kept = profiles[survivor];
    const merged = profiles[other(survivor)];
    try {
      await dataProvider.mergeProfiles({
        survivorId: kept.id,
        mergedId: merged.id,
        survivorVersion: kept.version,
        mergedVersion: merged.version,
        fieldChoices: rows.map((row) => ({ field: row.field, from: choices[row.field] === survivor ? 'SURVIVOR' : 'MERGED' })),
      });
      notify('resources.duplicateCandidates.merge.done', { type: 'info', messageArgs: { name: kept.fullName } });
      redirect('show', 'profiles', kept.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      refresh();
    } finally {
      setWorking(false);
      setConfirming(false);
    }
  };

  const sideLabel = (side: Side) => translate(`resources.duplicateCandidates.merge.${side}`);
  return (
    <>
      <Table size="small" aria-label={translate('resources.duplicateCandidates.merge.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.duplicateCandidates.merge.field')}</TableCell>
            <TableCell>{sideLabel('left')}</TableCell>
            <TableCell>{sideLabel('right')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>
              <strong>{translate('resources.duplicateCandidates.merge.keep')}</strong>
            </TableCell>
            {(['left', 'right'] as const).map((side) => (
              <Cell
                key={side}
                selected={survivor === side}
                onSelect={() => chooseSurvivor(side)}
                label={`${translate('resources.duplicateCandidates.merge.keep')}: ${profiles[side].fullName}`}
              >
                <strong>{profiles[side].fullName}</strong>
              </Cell>
            ))}
          </TableRow>
          {rows.map((row) => (
            <TableRow key={row.field}>
              <TableCell>{translate(row.label)}</TableCell>
              {(['left', 'right'] as const).map((side) => (
                <Cell
                  key={side}
                  selected={choices[row.field] === side}
                  onSelect={() => setChoices({ ...choices, [row.field]: side })}
                  label={`${translate(row.label)}: ${sideLabel(side)}`}
                >
                  {row.show(profiles[side]) || '—'}
                </Cell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{translate('resources.profiles.fields.passports')}</TableCell>
            {(['left', 'right'] as const).map((side) => (
              <TableCell key={side}>{joined(profiles[side].passports.map((passport) => `${passport.numberMasked} (${passport.issuingCountry})`)) || '—'}</TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('resources.duplicateCandidates.merge.partsKept')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button label="resources.duplicateCandidates.merge.action" variant="contained" onClick={() => setConfirming(true)}>
          <MergeTypeIcon />
        </Button>
      </Stack>
      <Confirm
        isOpen={confirming}
        loading={working}
        title="resources.duplicateCandidates.merge.confirmTitle"
        content="resources.duplicateCandidates.merge.confirmContent"
        translateOptions={{ survivor: profiles[survivor].fullName, merged: profiles[other(survivor)].fullName }}
        onConfirm={merge}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const DismissButton = () => {
  const candidate = useRecordContext<Candidate>();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  if (!candidate || candidate.status !== 'OPEN') return null;
  const dismiss = async () => {
    try {
      await dataProvider.dismissDuplicateCandidate(candidate.id);
      notify('resources.duplicateCandidates.dismiss.done', { type: 'info' });
      redirect('list', 'duplicateCandidates');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label="resources.duplicateCandidates.dismiss.action" color="error" onClick={dismiss}>
      <BlockIcon />
    </Button>
  );
};

const MergeScreen = () => {
  const candidate = useRecordContext<Candidate>();
  const translate = useTranslate();
  // The list's row stands in while the full pair loads; it has names only.
  if (!candidate || (candidate.left && !candidate.left.emails) || (candidate.right && !candidate.right.emails)) return <LinearProgress />;
  const mergeable = candidate.status === 'OPEN' && candidate.left && candidate.right && candidate.left.status !== 'MERGED' && candidate.right.status !== 'MERGED';
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{translate('resources.duplicateCandidates.merge.score', { score: candidate.score })}</Typography>
        <DuplicateReasons reasons={candidate.reasons} />
      </Stack>
      {mergeable ? (
        <MergeForm key={candidate.id} candidate={candidate} />
      ) : (
        <Alert severity="info">{translate(`resources.duplicateCandidates.merge.closed.${candidate.status}`)}</Alert>
      )}
    </Stack>
  );
};

/** Both profiles side by side: pick the one to keep and, field by field, which value it keeps. */
export const DuplicateMerge = () => (
  <Show
    actions={
      <TopToolbar>
        <DismissButton />
      </TopToolbar>
    }
  >
    <MergeScreen />
  </Show>
);
