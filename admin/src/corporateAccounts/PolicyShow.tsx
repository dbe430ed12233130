import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { DateField, EditButton, Labeled, Link, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { TravelPolicyDetailFragment } from '../graphql/generated';
import { useScopes } from '../auth/useScopes';
import { policyScopeChoices } from './corporateChoices';
import { PolicySummary } from './PolicySummary';

const PolicyActions = () => {
  const { can } = useScopes();
  return <TopToolbar>{can('corporate:write') && <EditButton label="resources.travelPolicies.action.revise" />}</TopToolbar>;
};

const AccountLink = () => {
  const policy = useRecordContext<TravelPolicyDetailFragment>();
  if (!policy?.account) return null;
  return <Link to={`/corporateAccounts/${policy.account.id}/show/policies`}>{policy.account.legalName}</Link>;
};

/** Every version, newest first, each in sentences; the one in force today is marked. */
const VersionHistory = () => {
  const policy = useRecordContext<TravelPolicyDetailFragment>();
  const translate = useTranslate();
  if (!policy) return null;
  return (
    <Stack spacing={1}>
      {policy.versions.map((version) => (
        <Card key={version.id} variant="outlined" data-testid="policy-version">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle1">
                {translate(version.effectiveTo ? 'resources.travelPolicies.versionRange' : 'resources.travelPolicies.versionFrom', {
                  from: version.effectiveFrom,
                  to: version.effectiveTo,
                })}
              </Typography>
              {version.id === policy.versionOn?.id && <Chip size="small" color="primary" label={translate('resources.travelPolicies.inForce')} />}
            </Stack>
            <PolicySummary
              rules={version.rules}
              emptyText={policy.parentId ? 'resources.travelPolicies.summary.inheritsAll' : 'resources.travelPolicies.summary.none'}
            />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

const EffectiveRules = () => {
  const policy = useRecordContext<TravelPolicyDetailFragment>();
  return <PolicySummary rules={policy?.effectiveRules} />;
};

export const PolicyShow = () => (
  <Show actions={<PolicyActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <Labeled label="resources.travelPolicies.fields.account">
        <AccountLink />
      </Labeled>
      <SelectField source="appliesTo" choices={policyScopeChoices} />
      <TextField source="departmentCode" emptyText="—" />
      <TextField source="grade" emptyText="—" />
      <Labeled label="resources.travelPolicies.fields.effectiveRules">
        <EffectiveRules />
      </Labeled>
      <Labeled label="resources.travelPolicies.fields.versions">
        <VersionHistory />
      </Labeled>
      <DateField source="versionOn.effectiveFrom" label="resources.travelPolicies.fields.inForceSince" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
