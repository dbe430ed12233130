import { useState } from 'react';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Chip, FormControlLabel, Stack, Switch, Tooltip } from '@mui/material';
import { Button, DataTable, DateField, Link, Pagination, ReferenceManyField, SelectField, useRecordContext, useTranslate } from 'react-admin';
import type { CorporateAccountByIdQuery } from '../graphql/generated';
import { useScopes } from '../auth/useScopes';
import { travellerTypeChoices } from './corporateChoices';
import { EndLinkDialog, LinkTravellerDialog, type Traveller } from './TravellerLinkDialogs';

type Account = NonNullable<CorporateAccountByIdQuery['corporateAccount']>;

export const ComplianceChip = ({ compliance }: { compliance: { inPolicy: boolean; findings: { reason: string; outcome: string }[] } | null | undefined }) => {
  const translate = useTranslate();
  if (!compliance) return <Chip size="small" variant="outlined" label={translate('resources.profileCompliance.noPolicy')} />;
  const outside = compliance.findings.filter((finding) => finding.outcome === 'OUT_OF_POLICY');
  const chip = (
    <Chip
      size="small"
      color={compliance.inPolicy ? 'success' : 'error'}
      label={translate(compliance.inPolicy ? 'resources.profileCompliance.inPolicy' : 'resources.profileCompliance.outOfPolicy', {
        smart_count: outside.length,
      })}
    />
  );
  return outside.length ? <Tooltip title={outside.map((finding) => finding.reason).join('; ')}>{chip}</Tooltip> : chip;
};

const TravellerName = () => {
  const traveller = useRecordContext<Traveller>();
  return traveller?.profile ? <Link to={`/profiles/${traveller.profile.id}/show/compliance`}>{traveller.profile.fullName}</Link> : null;
};

const TravellerCompliance = () => {
  const traveller = useRecordContext<Traveller>();
  return <ComplianceChip compliance={traveller?.profile?.policyCompliance} />;
};

const EndLinkButton = () => {
  const traveller = useRecordContext<Traveller>();
  const [open, setOpen] = useState(false);
  if (!traveller) return null;
  return (
    <>
      <Button label="resources.accountTravellers.action.end" onClick={() => setOpen(true)}>
        <LinkOffIcon />
      </Button>
      {open && <EndLinkDialog traveller={traveller} onClose={() => setOpen(false)} />}
    </>
  );
};

const TravellerTable = () => {
  const { can } = useScopes();
  return (
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="profile.fullName" label="resources.accountTravellers.fields.name">
        <TravellerName />
      </DataTable.Col>
      <DataTable.Col source="employeeId" label="resources.accountTravellers.fields.employeeId" />
      <DataTable.Col source="departmentCode" label="resources.accountTravellers.fields.departmentCode" />
      <DataTable.Col source="grade" label="resources.accountTravellers.fields.grade" />
      <DataTable.Col source="travellerType" label="resources.accountTravellers.fields.travellerType">
        <SelectField source="travellerType" choices={travellerTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="validTo" label="resources.accountTravellers.fields.validTo">
        <DateField source="validTo" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="profile.policyCompliance" label="resources.accountTravellers.fields.compliance">
        <TravellerCompliance />
      </DataTable.Col>
      {can('corporate:write') && (
        <DataTable.Col label="">
          <EndLinkButton />
        </DataTable.Col>
      )}
    </DataTable>
  );
};

/** The account's travellers today; the out-of-policy filter covers the whole account, page by page. */
export const AccountTravellers = () => {
  const account = useRecordContext<Account>();
  const translate = useTranslate();
  const { can } = useScopes();
  const [onlyOutOfPolicy, setOnlyOutOfPolicy] = useState(false);
  const [linking, setLinking] = useState(false);
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <FormControlLabel
          control={<Switch checked={onlyOutOfPolicy} onChange={(event) => setOnlyOutOfPolicy(event.target.checked)} />}
          label={translate('resources.accountTravellers.onlyOutOfPolicy')}
        />
        {can('corporate:write') && account && (
          <Button label="resources.accountTravellers.action.link" onClick={() => setLinking(true)}>
            <PersonAddIcon />
          </Button>
        )}
      </Stack>
      <ReferenceManyField
        reference="accountTravellers"
        target="accountId"
        perPage={25}
        pagination={<Pagination />}
        filter={onlyOutOfPolicy ? { inPolicy: false } : undefined}
      >
        <TravellerTable />
      </ReferenceManyField>
      {linking && account && <LinkTravellerDialog account={account} onClose={() => setLinking(false)} />}
    </>
  );
};
