import { useState } from 'react';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Button, Confirm, TabbedShowLayout, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type TabProps } from 'react-admin';
import type { WayfarerDataProvider } from '../../resources';
import type { DataProviderError } from '../../dataProvider/graphqlRequest';
import { useScopes } from '../../auth/useScopes';
import { download } from '../transfer/profileTransfer.operations';
import type { DataSubjectPart } from './dataSubject.operations';

const ERASURE_OUTCOMES: Record<string, string> = {
  ERASED: 'resources.dataSubject.outcomes.erased',
  ALREADY_ERASED: 'resources.dataSubject.outcomes.alreadyErased',
  NOT_FOUND: 'resources.dataSubject.outcomes.heldNothing',
};

/** What each service did with the last request, and what to do when one failed. */
interface Report {
  title: string;
  rows: { service: string; text: string; failed: boolean }[];
  problem: string | null;
}

/**
 * The traveller's data-subject rights for the data-protection officer: a copy of everything every
 * service holds, and erasure in every service, each reported service by service.
 */
export const DataSubjectTab = (props: Omit<TabProps, 'children'>) => {
  const record = useRecordContext<{ id: string; status: string }>();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const { can } = useScopes();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  // Shown to the data-protection roles only (a tab rendering nothing has no header either).
  if (!record || !(can('data-subject:export') || can('data-subject:erase'))) return null;
  const erased = record.status === 'ERASED';

  const serviceName = (service: string) => translate(`resources.dataSubject.services.${service}`, { _: service });
  const reportOf = <T,>(title: string, parts: DataSubjectPart<T>[], outcome: (result: T) => string, problem: string): Report => {
    const failed = parts.filter((part) => part.error !== undefined);
    return {
      title,
      rows: parts.map((part) => ({
        service: part.service,
        failed: part.error !== undefined,
        text: part.error !== undefined ? translate('resources.dataSubject.outcomes.failed', { reason: part.error }) : translate(outcome(part.result)),
      })),
      problem: failed.length ? translate(problem, { services: failed.map((part) => serviceName(part.service)).join(', ') }) : null,
    };
  };

  const exportAll = async () => {
    setPending(true);
    try {
      const parts = await dataProvider.exportDataSubject(record.id);
      const shown = reportOf(
        'resources.dataSubject.exportReport',
        parts,
        (result) => (result.found ? 'resources.dataSubject.outcomes.included' : 'resources.dataSubject.outcomes.holdsNothing'),
        'resources.dataSubject.exportIncomplete',
      );
      setReport(shown);
      // A copy without a service's part would not be everything held.
      if (shown.problem) return;
      const held = Object.fromEntries(parts.map((part) => [part.service, part.result?.found ? JSON.parse(part.result.document ?? 'null') : null]));
      download(
        `traveller-${record.id}.json`,
        'application/json',
        JSON.stringify({ subjectId: record.id, generatedAt: new Date().toISOString(), ...held }, null, 2),
      );
    } catch (error) {
      notify((error as DataProviderError).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const erase = async () => {
    setConfirming(false);
    setPending(true);
    try {
      const parts = await dataProvider.eraseDataSubject(record.id);
      const shown = reportOf('resources.dataSubject.eraseReport', parts, (result) => ERASURE_OUTCOMES[result.outcome], 'resources.dataSubject.eraseIncomplete');
      setReport(shown);
      if (!shown.problem) notify('resources.dataSubject.erased', { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as DataProviderError).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <TabbedShowLayout.Tab {...props}>
      <Typography variant="body2">{translate('resources.dataSubject.help')}</Typography>
      {erased && <Alert severity="info">{translate('resources.dataSubject.alreadyErased')}</Alert>}
      <Box sx={{ display: 'flex', gap: 2 }}>
        {can('data-subject:export') && (
          <Button label="resources.dataSubject.export" variant="outlined" onClick={exportAll} disabled={pending}>
            <DownloadIcon />
          </Button>
        )}
        {/* Offered again once erased: a service that failed the first time erases on the second, the others answer that it is done. */}
        {can('data-subject:erase') && (
          <Button
            label={erased ? 'resources.dataSubject.eraseAgain' : 'resources.dataSubject.erase'}
            variant="outlined"
            color="error"
            onClick={() => setConfirming(true)}
            disabled={pending}
          >
            <DeleteForeverIcon />
          </Button>
        )}
      </Box>
      {report && (
        <Box data-testid="data-subject-report" sx={{ maxWidth: 720 }}>
          {report.problem && <Alert severity="error">{report.problem}</Alert>}
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate(report.title)}
          </Typography>
          <Table size="small">
            <TableBody>
              {report.rows.map((row) => (
                <TableRow key={row.service}>
                  <TableCell>{serviceName(row.service)}</TableCell>
                  <TableCell sx={{ color: row.failed ? 'error.main' : undefined }}>{row.text}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Confirm
        isOpen={confirming}
        title="resources.dataSubject.confirmTitle"
        content="resources.dataSubject.confirmContent"
        confirm="resources.dataSubject.erase"
        confirmColor="warning"
        onConfirm={erase}
        onClose={() => setConfirming(false)}
      />
    </TabbedShowLayout.Tab>
  );
};
