import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useTranslate } from 'react-admin';
import type { IssuedPartnerKey } from './partnerClients.operations';

/** Shows a freshly issued API key once; closing the dialog drops it from memory for good. */
export const ApiKeyDialog = ({ issued, onClose }: { issued: IssuedPartnerKey | null; onClose: () => void }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  if (!issued) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(issued.apiKey);
    setCopied(true);
  };
  const close = () => {
    setCopied(false);
    onClose();
  };
  return (
    <Dialog open onClose={(_event, reason) => reason !== 'backdropClick' && close()} maxWidth="md" fullWidth>
      <DialogTitle>{translate('resources.partnerClients.issued.title', { name: issued.partnerClient.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">{translate('resources.partnerClients.issued.warning')}</Alert>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              label={translate('resources.partnerClients.issued.label')}
              value={issued.apiKey}
              fullWidth
              slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
              onFocus={(event) => event.target.select()}
            />
            <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
              {translate(copied ? 'wayfarer.action.copied' : 'wayfarer.action.copy')}
            </Button>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={close}>
          {translate('wayfarer.action.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
