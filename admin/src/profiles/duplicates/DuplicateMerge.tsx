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
import type { WayfarerDataProvider } from '../../resources';
import type { DuplicateCandidateByIdQuery } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { DuplicateReasons } from './DuplicateReasons';
import { defaultChoices, mergeRowsFor, otherSide, toFieldChoices, type Choice, type Side } from './duplicateChoices';

type Candidate = NonNullable<DuplicateCandidateByIdQuery['duplicateCandidate']>;

const joined = (values: (string | null | undefined)[]) => values.filter(Boolean).join(', ');

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
  const rows = useMemo(() => mergeRowsFor(can), [can]);
  const left = candidate.left!;
  const right = candidate.right!;
  const profiles = { left, right };
  const [survivor, setSurvivor] = useState<Side>('left');
  const [choices, setChoices] = useState<Record<string, Choice>>(() => defaultChoices(rows, profiles, 'left', translate));
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);

  const chooseSurvivor = (side: Side) => {
    setSurvivor(side);
    setChoices(defaultChoices(rows, profiles, side, translate));
  };

  const merge = async () => {
    setWorking(true);
    const kept = profiles[survivor];
    const merged = profiles[otherSide(survivor)];
    try {
      await dataProvider.mergeProfiles({
        survivorId: kept.id,
        mergedId: merged.id,
        survivorVersion: kept.version,
        mergedVersion: merged.version,
        fieldChoices: toFieldChoices(rows, choices, survivor),
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
            <TableCell>{translate('resources.duplicateCandidates.merge.both')}</TableCell>
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
            <TableCell />
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
                  {row.show(profiles[side], translate) || '—'}
                </Cell>
              ))}
              {row.list ? (
                <Cell
                  selected={choices[row.field] === 'both'}
                  onSelect={() => setChoices({ ...choices, [row.field]: 'both' })}
                  label={`${translate(row.label)}: ${translate('resources.duplicateCandidates.merge.both')}`}
                >
                  {translate('resources.duplicateCandidates.merge.keepBoth')}
                </Cell>
              ) : (
                <TableCell />
              )}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{translate('resources.profiles.fields.passports')}</TableCell>
            {(['left', 'right'] as const).map((side) => (
              <TableCell key={side}>
                {joined(profiles[side].passports.map((passport) => `${passport.numberMasked} (${passport.issuingCountry})`)) || '—'}
              </TableCell>
            ))}
            <TableCell />
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
        translateOptions={{ survivor: profiles[survivor].fullName, merged: profiles[otherSide(survivor)].fullName }}
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
  const mergeable =
    candidate.status === 'OPEN' && candidate.left && candidate.right && candidate.left.status !== 'MERGED' && candidate.right.status !== 'MERGED';
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
