import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { WayfarerDataProvider } from '../resources';
import type { PartnerClientFieldsFragment } from '../graphql/generated';
import { ApiKeyDialog } from './ApiKeyDialog';
import type { IssuedPartnerKey } from './partnerClients.operations';

type PendingAction = 'revoke' | 'rotate' | null;

/** Row actions for an active partner client: rotate its key (shown once) or revoke it. */
export const PartnerClientActions = () => {
  const partnerClient = useRecordContext<PartnerClientFieldsFragment>();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState<PendingAction>(null);
  const [working, setWorking] = useState(false);
  const [issued, setIssued] = useState<IssuedPartnerKey | null>(null);
  if (!partnerClient || partnerClient.revokedAt) return null;

  const confirm = async () => {
    setWorking(true);
    try {
      if (pending === 'revoke') {
        await dataProvider.revokePartnerClient(partnerClient.id);
        notify('resources.partnerClients.revoke.done', { type: 'info' });
      } else {
        setIssued(await dataProvider.rotatePartnerClientKey(partnerClient.id));
      }
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setWorking(false);
      setPending(null);
    }
  };

  return (
    <>
      <Button label="wayfarer.action.rotate_key" onClick={() => setPending('rotate')}>
        <AutorenewIcon />
      </Button>
      <Button label="wayfarer.action.revoke" color="error" onClick={() => setPending('revoke')}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={pending !== null}
        loading={working}
        title={pending === 'revoke' ? 'resources.partnerClients.revoke.title' : 'resources.partnerClients.rotate.title'}
        content={pending === 'revoke' ? 'resources.partnerClients.revoke.content' : 'resources.partnerClients.rotate.content'}
        translateOptions={{ name: partnerClient.name }}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      />
      <ApiKeyDialog issued={issued} onClose={() => setIssued(null)} />
    </>
  );
};
