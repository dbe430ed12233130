import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/DoNotDisturbOn';
import EditIcon from '@mui/icons-material/Edit';
import { Chip, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Button,
  Confirm,
  DataTable,
  DateField,
  Loading,
  RecordContextProvider,
  SelectField,
  TextField,
  useGetOne,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { ProfileSupplierMembershipsFragment, SupplierMembershipItemFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { EmptyList } from '../../lists/EmptyList';
import { membershipContextChoices, membershipStatusChoices, sectorChoices } from '../loyaltyChoices';
import { MembershipDialog } from './MembershipDialog';

const label = (field: string) => `resources.supplierMemberships.fields.${field}`;

/** "Outside our offer" (PC3) and "preferred by policy", from the programme's owner. */
const MembershipFlags = () => {
  const translate = useTranslate();
  const membership = useRecordContext<SupplierMembershipItemFragment>();
  if (!membership) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {membership.programme.inOffer === false && <Chip size="small" color="warning" label={translate('resources.supplierMemberships.flags.outsideOffer')} />}
      {membership.preferredByPolicy === true && (
        <Chip size="small" color="success" label={translate('resources.supplierMemberships.flags.preferredByPolicy')} />
      )}
    </Stack>
  );
};

const PointsField = () => {
  const translate = useTranslate();
  const membership = useRecordContext<SupplierMembershipItemFragment>();
  if (membership?.points == null) return <>—</>;
  return (
    <>
      {membership.points.toLocaleString()}
      {membership.pointsReadOn && (
        <Typography variant="caption" component="div">
          {translate('resources.supplierMemberships.pointsReadOn', { date: membership.pointsReadOn })}
        </Typography>
      )}
    </>
  );
};

const CloseMembershipButton = ({ membership }: { membership: SupplierMembershipItemFragment }) => {
  const [confirming, setConfirming] = useState(false);
  const [update] = useUpdate();
  const saveDialog = useDialogSave(() => setConfirming(false), 'resources.supplierMemberships.closed');
  const close = () =>
    saveDialog(() => update('supplierMemberships', { id: membership.id, data: {}, previousData: membership, meta: { close: true } }, { returnPromise: true }));
  return (
    <>
      <Button label="resources.supplierMemberships.close" onClick={() => setConfirming(true)}>
        <CloseIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title="resources.supplierMemberships.closeTitle"
        content="resources.supplierMemberships.closeContent"
        translateOptions={{ programme: membership.programme.name }}
        onConfirm={close}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const RowActions = ({ onEdit }: { onEdit: (membership: SupplierMembershipItemFragment) => void }) => {
  const membership = useRecordContext<SupplierMembershipItemFragment>();
  if (!membership || membership.status === 'CLOSED') return null;
  return (
    <Stack direction="row">
      <Button label="ra.action.edit" onClick={() => onEdit(membership)}>
        <EditIcon />
      </Button>
      <CloseMembershipButton membership={membership} />
    </Stack>
  );
};

/** The traveller's frequent-flyer, hotel, car and rail memberships: masked numbers for everyone, the full one only for loyalty.numbers:read. */
export const SupplierMemberships = ({ profileId }: { profileId: string }) => {
  const translate = useTranslate();
  const { can } = useScopes();
  const { data, isPending } = useGetOne<ProfileSupplierMembershipsFragment>('profileSupplierMemberships', { id: profileId });
  const [editing, setEditing] = useState<SupplierMembershipItemFragment | 'new' | null>(null);
  if (isPending || !data) return <Loading />;
  const canWrite = can('loyalty:write');

  return (
    <Stack spacing={1} data-testid="supplier-memberships">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{translate('resources.supplierMemberships.name')}</Typography>
        {canWrite && (
          <Button label="resources.supplierMemberships.add" onClick={() => setEditing('new')}>
            <AddIcon />
          </Button>
        )}
      </Stack>
      <RecordContextProvider value={data}>
        <ArrayField source="supplierMemberships">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.supplierMemberships.empty" />}>
            <DataTable.Col source="programme.name" label={label('programme')} />
            <DataTable.Col source="sector" label={label('sector')}>
              <SelectField source="sector" choices={sectorChoices} />
            </DataTable.Col>
            <DataTable.Col source="numberMasked" label={label('numberMasked')} />
            {can('loyalty.numbers:read') && <DataTable.Col source="number" label={label('number')} />}
            <DataTable.Col source="tier" label={label('tier')}>
              <TextField source="tier" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="tierExpiresOn" label={label('tierExpiresOn')}>
              <DateField source="tierExpiresOn" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="expiresOn" label={label('expiresOn')}>
              <DateField source="expiresOn" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="points" label={label('points')}>
              <PointsField />
            </DataTable.Col>
            <DataTable.Col source="status" label={label('status')}>
              <SelectField source="status" choices={membershipStatusChoices} />
            </DataTable.Col>
            <DataTable.Col source="context" label={label('context')}>
              <SelectField source="context" choices={membershipContextChoices} />
            </DataTable.Col>
            <DataTable.Col source="primary" label={label('primary')}>
              <BooleanField source="primary" />
            </DataTable.Col>
            <DataTable.Col label={label('flags')}>
              <MembershipFlags />
            </DataTable.Col>
            {canWrite && (
              <DataTable.Col label={label('actions')}>
                <RowActions onEdit={setEditing} />
              </DataTable.Col>
            )}
          </DataTable>
        </ArrayField>
      </RecordContextProvider>
      {editing && <MembershipDialog profileId={profileId} membership={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
};
