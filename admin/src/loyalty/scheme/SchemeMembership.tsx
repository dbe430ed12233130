import { useState, type ReactNode } from 'react';
import AddIcon from '@mui/icons-material/Add';
import RedeemIcon from '@mui/icons-material/Redeem';
import TuneIcon from '@mui/icons-material/Tune';
import { Box, Chip, Grid, Stack, Typography } from '@mui/material';
import {
  Button,
  DataTable,
  DateField,
  FunctionField,
  Loading,
  Pagination,
  RecordContextProvider,
  ReferenceManyField,
  SelectField,
  useGetOne,
  useTranslate,
} from 'react-admin';
import type { LoyaltyMemberStatusPartsFragment, LoyaltyStatementQuery, ProfileLoyaltyMemberQuery } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { EmptyList } from '../../lists/EmptyList';
import { entryKindChoices } from './schemeChoices';
import { AdjustDialog, EnrolDialog, RedeemDialog } from './SchemeDialogs';

type ProfileMember = NonNullable<ProfileLoyaltyMemberQuery['profile']>;
type StatementEntry = NonNullable<LoyaltyStatementQuery['loyaltyMember']>['statement']['items'][number];

const Figure = ({ name, children }: { name: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 6, sm: 4, md: 3 }}>
      <Box data-testid={`scheme-${name}`}>
        <Typography variant="caption" color="text.secondary">
          {translate(`resources.loyaltyMembers.fields.${name}`)}
        </Typography>
        <Typography variant="h6">{children}</Typography>
      </Box>
    </Grid>
  );
};

const points = (value: number | null | undefined) => (value == null ? '—' : value.toLocaleString());

const MemberStatus = ({ member }: { member: LoyaltyMemberStatusPartsFragment }) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Figure name="tier">{member.tier.name}</Figure>
      <Figure name="nextTier">{member.nextTier?.name ?? translate('resources.loyaltyMembers.topTier')}</Figure>
      <Figure name="pointsToNextTier">{points(member.pointsToNextTier)}</Figure>
      <Figure name="qualifyingPoints">{points(member.qualifyingPoints)}</Figure>
      <Figure name="availablePoints">{points(member.availablePoints)}</Figure>
      <Figure name="pendingPoints">{points(member.pendingPoints)}</Figure>
      <Figure name="earnedPoints">{points(member.earnedPoints)}</Figure>
      <Figure name="usedPoints">{points(member.usedPoints)}</Figure>
      <Figure name="expiredPoints">{points(member.expiredPoints)}</Figure>
      <Figure name="pointsExpiringNextMonth">{points(member.pointsExpiringNextMonth)}</Figure>
      <Figure name="retainBy">
        {member.pointsToRetainTier == null
          ? '—'
          : translate('resources.loyaltyMembers.retain', {
              date: member.tierPeriodEndsOn,
              points: points(member.pointsToRetainTier),
              smart_count: member.daysUntilTierRetention ?? 0,
            })}
      </Figure>
    </Grid>
  );
};

const EntryDetail = ({ entry }: { entry: StatementEntry }) => {
  const translate = useTranslate();
  const parts = [
    entry.reward?.name,
    entry.productType ? translate(`resources.loyaltyMembers.productType.${entry.productType}`) : null,
    entry.bookingReference,
    entry.amount != null && entry.currency ? `${entry.amount.toLocaleString()} ${entry.currency}` : null,
    entry.travelDate ? translate('resources.loyaltyMembers.travelOn', { date: entry.travelDate }) : null,
    entry.reason,
  ];
  return <>{parts.filter(Boolean).join(' · ') || '—'}</>;
};

/** The ledger, newest first; each page is fetched by the cursor of the one before. */
const Statement = ({ member }: { member: LoyaltyMemberStatusPartsFragment }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} data-testid="loyalty-statement">
      <Typography variant="subtitle1">{translate('resources.loyaltyMembers.statement')}</Typography>
      <RecordContextProvider value={member}>
        <ReferenceManyField reference="loyaltyStatement" target="memberId" perPage={10} pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.loyaltyMembers.noEntries" />}>
            <DataTable.Col source="postedAt" label="resources.loyaltyMembers.fields.postedAt">
              <DateField source="postedAt" showTime />
            </DataTable.Col>
            <DataTable.Col source="kind" label="resources.loyaltyMembers.fields.kind">
              <SelectField source="kind" choices={entryKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="points" label="resources.loyaltyMembers.fields.entryPoints">
              <FunctionField<StatementEntry> render={(entry) => (entry.points > 0 ? `+${entry.points.toLocaleString()}` : entry.points.toLocaleString())} />
            </DataTable.Col>
            <DataTable.Col label="resources.loyaltyMembers.fields.detail">
              <FunctionField<StatementEntry> render={(entry) => <EntryDetail entry={entry} />} />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </RecordContextProvider>
    </Stack>
  );
};

/** The traveller's membership of our own scheme: status, statement, and the enrol, redeem and adjust dialogs each role may use. */
export const SchemeMembership = ({ profileId }: { profileId: string }) => {
  const translate = useTranslate();
  const { can } = useScopes();
  const { data, isPending } = useGetOne<ProfileMember>('profileLoyaltyMember', { id: profileId });
  const [dialog, setDialog] = useState<'enrol' | 'redeem' | 'adjust' | null>(null);
  if (isPending || !data) return <Loading />;
  const member = data.loyaltyMember;
  const active = member?.status === 'ACTIVE';

  return (
    <Stack spacing={2} data-testid="loyalty-scheme">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h6">{translate('resources.loyaltyMembers.scheme')}</Typography>
          {member && (
            <Chip
              size="small"
              color={active ? 'success' : 'default'}
              label={translate(`resources.loyaltyMembers.status.${member.status}`)}
              title={member.closeReason ? translate(`resources.loyaltyMembers.closeReason.${member.closeReason}`) : undefined}
            />
          )}
        </Stack>
        <Stack direction="row">
          {(!member || !active) && can('loyalty:write') && (
            <Button label="resources.loyaltyMembers.enrol" onClick={() => setDialog('enrol')}>
              <AddIcon />
            </Button>
          )}
          {member && active && can('loyalty:write') && (
            <Button label="resources.loyaltyMembers.redeem" onClick={() => setDialog('redeem')}>
              <RedeemIcon />
            </Button>
          )}
          {member && active && can('loyalty:adjust') && (
            <Button label="resources.loyaltyMembers.adjust" onClick={() => setDialog('adjust')}>
              <TuneIcon />
            </Button>
          )}
        </Stack>
      </Stack>
      {member ? (
        <>
          {member.closeReason && <Typography variant="body2">{translate(`resources.loyaltyMembers.closeReason.${member.closeReason}`)}</Typography>}
          <MemberStatus member={member} />
          <Statement member={member} />
        </>
      ) : (
        <Typography variant="body2">{translate('resources.loyaltyMembers.notEnrolled')}</Typography>
      )}
      {dialog === 'enrol' && <EnrolDialog profileId={profileId} onClose={() => setDialog(null)} />}
      {dialog === 'redeem' && member && <RedeemDialog member={member} onClose={() => setDialog(null)} />}
      {dialog === 'adjust' && member && <AdjustDialog member={member} onClose={() => setDialog(null)} />}
    </Stack>
  );
};
