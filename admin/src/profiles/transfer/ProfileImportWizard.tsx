import { useState, type ChangeEvent } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Button, Title, useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ConsentChannel, LegalBasis } from '../../graphql/generated';
import type { WayfarerDataProvider } from '../../resources';
import type { DataProviderError } from '../../dataProvider/graphqlRequest';
import { violationText } from '../../dataProvider/errors';
import { channelChoices, CURRENT_NOTICE_VERSION, legalBasisChoices } from '../consents/consentChoices';
import { sendChunks, splitCsv, type CsvFile, type ProfileImportProgress, type ProfileImportReport } from './profileTransfer.operations';

type Stage = 'choose' | 'checking' | 'checked' | 'importing' | 'imported';
const STEPS: Stage[] = ['choose', 'checked', 'imported'];
const stepOf = (stage: Stage) => (stage === 'choose' ? 0 : stage === 'checking' || stage === 'checked' ? 1 : 2);

const Progress = ({ progress, total }: { progress: ProfileImportProgress | null; total: number }) => {
  const translate = useTranslate();
  const seen = progress?.rowsSeen ?? 0;
  return (
    <Box sx={{ my: 2 }}>
      <LinearProgress
        variant="determinate"
        value={total ? Math.min(100, (seen / total) * 100) : 0}
        aria-label={translate('resources.profileTransfer.import.progress')}
      />
      <Typography variant="body2" sx={{ mt: 1 }} data-testid="import-progress">
        {translate('resources.profileTransfer.import.rowsOf', { seen, total })}
      </Typography>
    </Box>
  );
};

const Report = ({ report }: { report: ProfileImportReport }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ my: 2 }}>
      <Typography data-testid="import-summary">
        {translate(report.dryRun ? 'resources.profileTransfer.import.checkedSummary' : 'resources.profileTransfer.import.importedSummary', {
          seen: report.rowsSeen,
          accepted: report.rowsAccepted,
          imported: report.rowsImported,
          rejected: report.rowsRejected,
        })}
      </Typography>
      {report.rejections.items.length > 0 && (
        <>
          <Typography variant="h6" sx={{ mt: 2 }}>
            {translate('resources.profileTransfer.import.rejectedRows')}
          </Typography>
          {report.rejections.total > report.rejections.items.length && (
            <Typography variant="body2">
              {translate('resources.profileTransfer.import.firstRejections', { shown: report.rejections.items.length, total: report.rejections.total })}
            </Typography>
          )}
          <Table size="small" data-testid="import-rejections">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.profileTransfer.fields.line')}</TableCell>
                <TableCell>{translate('resources.profileTransfer.fields.column')}</TableCell>
                <TableCell>{translate('resources.profileTransfer.fields.rule')}</TableCell>
                <TableCell>{translate('resources.profileTransfer.fields.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.rejections.items.map((rejection) => (
                <TableRow key={rejection.id}>
                  <TableCell>{rejection.line}</TableCell>
                  <TableCell>{rejection.field ?? translate('resources.profileTransfer.import.wholeRow')}</TableCell>
                  <TableCell>{rejection.rule}</TableCell>
                  <TableCell>{violationText({ field: rejection.field ?? '', rule: rejection.rule, message: rejection.message }, translate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
};

/**
 * Choose a file, check it in a dry run, then import it: the file goes to the server in
 * chunks of whole rows (the gateway takes at most 1 MB per request), and the server's counts
 * after each chunk are the progress.
 */
export const ProfileImportWizard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const [stage, setStage] = useState<Stage>('choose');
  const [file, setFile] = useState<(CsvFile & { name: string }) | null>(null);
  const [legalBasis, setLegalBasis] = useState<LegalBasis>('CONTRACT');
  const [channel, setChannel] = useState<ConsentChannel>('PAPER');
  const [noticeVersion, setNoticeVersion] = useState(CURRENT_NOTICE_VERSION);
  const [progress, setProgress] = useState<ProfileImportProgress | null>(null);
  const [report, setReport] = useState<ProfileImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setError(null);
    setReport(null);
    setStage('choose');
    setFile(chosen ? { ...splitCsv(await chosen.text()), name: chosen.name } : null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setProgress(null);
    setStage(dryRun ? 'checking' : 'importing');
    try {
      const job = await dataProvider.startProfileImport({
        dryRun,
        columns: file.columns,
        expectedRows: file.rows,
        lawfulBasis: { legalBasis, channel, noticeVersion },
      });
      setProgress(job);
      await sendChunks(
        file.chunks,
        (sequence, csv) => dataProvider.appendProfileImportRows(job.id, sequence, csv),
        // Answers to chunks in flight may arrive out of order; the furthest one is the progress.
        (answer) => setProgress((shown) => (shown && shown.chunks > answer.chunks ? shown : answer)),
      );
      await dataProvider.finishProfileImport(job.id);
      setReport(await dataProvider.profileImportReport(job.id));
      setStage(dryRun ? 'checked' : 'imported');
    } catch (failure) {
      const problem = failure as DataProviderError;
      const details = Object.entries(problem.body?.errors ?? {}).map(([field, message]) => `${field}: ${message}`);
      setError(details.length > 0 ? details.join(' — ') : translate(problem.message, { _: problem.message }));
      setStage(dryRun ? 'choose' : 'checked');
    }
  };

  return (
    <Card>
      <Title title="resources.profileTransfer.import.title" />
      <CardContent>
        <Stepper activeStep={stepOf(stage)} sx={{ mb: 3 }}>
          {STEPS.map((step) => (
            <Step key={step} completed={stepOf(stage) > stepOf(step) || stage === 'imported'}>
              <StepLabel>{translate(`resources.profileTransfer.import.steps.${step}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('resources.profileTransfer.import.help')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
          <Button
            component="label"
            label="resources.profileTransfer.import.chooseFile"
            variant="outlined"
            disabled={stage === 'checking' || stage === 'importing'}
          >
            <>
              <UploadFileIcon />
              <input hidden type="file" accept=".csv,text/csv" onChange={choose} data-testid="import-file" />
            </>
          </Button>
          {file && <Typography>{translate('resources.profileTransfer.import.chosen', { name: file.name, smart_count: file.rows })}</Typography>}
        </Box>
        {file && (
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('resources.profileTransfer.import.columns', { columns: file.columns.join(', ') })}
          </Typography>
        )}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate('resources.profileConsents.fields.legalBasis')}
            value={legalBasis}
            onChange={(event) => setLegalBasis(event.target.value as LegalBasis)}
            helperText={translate('resources.profileTransfer.import.lawfulBasisHelp')}
          >
            {legalBasisChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('resources.profileConsents.fields.channel')}
            value={channel}
            onChange={(event) => setChannel(event.target.value as ConsentChannel)}
          >
            {channelChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={translate('resources.profileConsents.fields.noticeVersion')}
            value={noticeVersion}
            onChange={(event) => setNoticeVersion(event.target.value)}
          />
        </Box>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="import-error">
            {error}
          </Alert>
        )}
        {(stage === 'checking' || stage === 'importing') && <Progress progress={progress} total={file?.rows ?? 0} />}
        {report && <Report report={report} />}
        <Box sx={{ display: 'flex', gap: 2 }}>
          {(stage === 'choose' || stage === 'checked') && (
            <Button
              label="resources.profileTransfer.import.dryRun"
              variant={stage === 'choose' ? 'contained' : 'outlined'}
              disabled={!file}
              onClick={() => run(true)}
            />
          )}
          {stage === 'checked' && report && report.rowsAccepted > 0 && (
            <Button label="resources.profileTransfer.import.start" variant="contained" onClick={() => run(false)} />
          )}
          {stage === 'imported' && <Button component={Link} to="/profiles" label="resources.profileTransfer.import.toTravellers" variant="contained" />}
        </Box>
      </CardContent>
    </Card>
  );
};
