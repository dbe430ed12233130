import { Alert, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, Loading, TabbedShowLayout, TabProps, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { ProfileCorporateQuery } from '../graphql/generated';
import { useScopes } from '../auth/useScopes';
import { ComplianceChip } from './AccountTravellers';

type ProfileCorporate = NonNullable<ProfileCorporateQuery['profile']>;

const OUTCOME_COLOUR = { IN_POLICY: 'success', OUT_OF_POLICY: 'error', AT_OWN_COST: 'warning' } as const;

/** The traveller's account and how their business preferences fit its travel policy (leisure ones are not judged). */
const ProfileCompliance = ({ profileId }: { profileId: string }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetOne<ProfileCorporate>('profileCorporate', { id: profileId });
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="warning">{translate('wayfarer.errors.forbidden')}</Alert>;
  const { employment, policyCompliance } = data;
  if (!employment) return <Typography>{translate('resources.profileCompliance.noEmployment')}</Typography>;
  return (
    <Stack spacing={2}>
      <Typography>
        {translate('resources.profileCompliance.employment', {
          department: employment.departmentCode ?? '—',
          grade: employment.grade ?? '—',
          since: employment.validFrom,
        })}{' '}
        {employment.account && <Link to={`/corporateAccounts/${employment.account.id}/show`}>{employment.account.legalName}</Link>}
      </Typography>
      {policyCompliance ? (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="h6">{translate('resources.profileCompliance.policy', { name: policyCompliance.policyName })}</Typography>
            <ComplianceChip compliance={policyCompliance} />
          </Stack>
          <List dense data-testid="compliance-findings">
            {policyCompliance.findings.map((finding, index) => (
              <ListItem key={index} disableGutters>
                <Chip
                  size="small"
                  sx={{ mr: 1 }}
                  color={OUTCOME_COLOUR[finding.outcome]}
                  label={translate(`resources.profileCompliance.outcome.${finding.outcome}`)}
                />
                <ListItemText
                  primary={
                    finding.preference
                      ? `${translate(`resources.profilePreferences.category.${finding.preference.category}`)}: ${finding.preference.value}`
                      : translate(`resources.profileCompliance.rule.${finding.rule}`)
                  }
                  secondary={finding.reason}
                />
              </ListItem>
            ))}
          </List>
          {policyCompliance.findings.length === 0 && <Typography>{translate('resources.profileCompliance.nothingJudged')}</Typography>}
        </>
      ) : (
        <Typography>{translate('resources.profileCompliance.noPolicy')}</Typography>
      )}
    </Stack>
  );
};

/** Shown only to roles with corporate:read (a tab rendering nothing has no header either). */
export const ProfileComplianceTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  const { can } = useScopes();
  if (!can('corporate:read')) return null;
  return <TabbedShowLayout.Tab {...props}>{profile && <ProfileCompliance profileId={String(profile.id)} />}</TabbedShowLayout.Tab>;
};
