import { Stack } from '@mui/material';
import { TabbedShowLayout, useRecordContext, type TabProps } from 'react-admin';
import { useScopes } from '../auth/useScopes';
import { SupplierMemberships } from './memberships/SupplierMemberships';
import { SchemeMembership } from './scheme/SchemeMembership';

/** The traveller's supplier memberships and their membership of our own scheme. */
export const ProfileLoyaltyTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  const { can } = useScopes();
  if (!can('loyalty:read')) return null;
  return (
    <TabbedShowLayout.Tab {...props}>
      {profile && (
        <Stack spacing={4}>
          <SchemeMembership profileId={String(profile.id)} />
          <SupplierMemberships profileId={String(profile.id)} />
        </Stack>
      )}
    </TabbedShowLayout.Tab>
  );
};
