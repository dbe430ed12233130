import { useState } from 'react';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Typography } from '@mui/material';
import { Button, Confirm, TabbedShowLayout, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type TabProps } from 'react-admin';
import type { WayfarerDataProvider } from '../dataProvider';
import type { DataProviderError } from '../dataProvider/graphqlRequest';
import { useScopes } from '../auth/useScopes';
import { download } from '../profileTransfer/profileTransfer.operations';

/** The traveller's data-subject rights for the data-protection officer: a copy of everything held, and erasure. */
export const DataSubjectTab = (props: Omit<TabProps, 'children'>) => {
  const record = useRecordContext<{ id: string; status: string }>();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const { can } = useScopes();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  // Shown to the data-protection roles only (a tab rendering nothing has no header either).
  if (!record || !(can('data-subject:export') || can('data-subject:erase'))) return null;
  const erased = record.status === 'ERASED';

  const exportAll = async () => {
    setPending(true);
    try {
      const copy = await dataProvider.exportDataSubject(record.id);
      download(`traveller-${record.id}.json`, 'application/json', JSON.stringify({ subjectId: copy.subjectId, generatedAt: copy.generatedAt, [copy.service]: JSON.parse(copy.document ?? 'null') }, null, 2));
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
      await dataProvider.eraseDataSubject(record.id);
      notify('resources.dataSubject.erased', { type: 'info' });
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
        {can('data-subject:erase') && !erased && (
          <Button label="resources.dataSubject.erase" variant="outlined" color="error" onClick={() => setConfirming(true)} disabled={pending}>
            <DeleteForeverIcon />
          </Button>
        )}
      </Box>
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
