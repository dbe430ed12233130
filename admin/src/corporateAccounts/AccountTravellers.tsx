import { useState } from 'react';
import { Chip, FormControlLabel, Switch, Tooltip } from '@mui/material';
import { DataTable, Link, Pagination, ReferenceManyField, SelectField, useListContext, useRecordContext, useTranslate } from 'react-admin';
import type { AccountTravellersQuery } from '../graphql/generated';
import { travellerTypeChoices } from './corporateChoices';

type Traveller = NonNullable<AccountTravellersQuery['corporateAccount']>['travellers']['items'][number];

export const ComplianceChip = ({ compliance }: { compliance: { inPolicy: boolean; findings: { reason: string; outcome: string }[] } | null | undefined }) => {
  const translate = useTranslate();
  if (!compliance) return <Chip size="small" variant="outlined" label={translate('resources.profileCompliance.noPolicy')} />;
  const outside = compliance.findings.filter((finding) => finding.outcome === 'OUT_OF_POLICY');
  const chip = (
    <Chip
      size="small"
      color={compliance.inPolicy ? 'success' : 'error'}
      label={translate(compliance.inPolicy ? 'resources.profileCompliance.inPolicy' : 'resources.profileCompliance.outOfPolicy', { smart_count: outside.length })}
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

/** The page of travellers, optionally only those out of policy (compliance is judged per traveller from their profile). */
const TravellerTable = () => {
  const { data } = useListContext<Traveller>();
  const translate = useTranslate();
  const [onlyOutOfPolicy, setOnlyOutOfPolicy] = useState(false);
  const rows = onlyOutOfPolicy ? (data ?? []).filter((traveller) => traveller.profile?.policyCompliance?.inPolicy === false) : data;
  return (
    <>
      <FormControlLabel
        control={<Switch checked={onlyOutOfPolicy} onChange={(event) => setOnlyOutOfPolicy(event.target.checked)} />}
        label={translate('resources.accountTravellers.onlyOutOfPolicy')}
      />
      <DataTable data={rows} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="profile.fullName" label="resources.accountTravellers.fields.name">
          <TravellerName />
        </DataTable.Col>
        <DataTable.Col source="employeeId" label="resources.accountTravellers.fields.employeeId" />
        <DataTable.Col source="departmentCode" label="resources.accountTravellers.fields.departmentCode" />
        <DataTable.Col source="grade" label="resources.accountTravellers.fields.grade" />
        <DataTable.Col source="travellerType" label="resources.accountTravellers.fields.travellerType">
          <SelectField source="travellerType" choices={travellerTypeChoices} />
        </DataTable.Col>
        <DataTable.Col source="profile.policyCompliance" label="resources.accountTravellers.fields.compliance">
          <TravellerCompliance />
        </DataTable.Col>
      </DataTable>
    </>
  );
};

export const AccountTravellers = () => (
  <ReferenceManyField reference="accountTravellers" target="accountId" perPage={25} pagination={<Pagination />}>
    <TravellerTable />
  </ReferenceManyField>
);
