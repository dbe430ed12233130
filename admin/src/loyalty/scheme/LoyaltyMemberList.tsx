import { DataTable, DateField, FunctionField, Link, List, NumberField, SelectField, SelectInput, useCreatePath, useGetOne } from 'react-admin';
import type { LoyaltyMemberListQuery, LoyaltySchemeQuery } from '../../graphql/generated';
import { memberStatusChoices } from './schemeChoices';

type MemberItem = LoyaltyMemberListQuery['loyaltyMembers']['items'][number];

/** The tiers of the rules in force today, by name. */
const useTierChoices = () => {
  const { data } = useGetOne<LoyaltySchemeQuery['loyaltyScheme']>('loyaltyScheme', { id: 'scheme' });
  const current = data?.versions.find((version) => version.effectiveTo === null) ?? data?.versions[0];
  return (current?.rules.tiers ?? []).map((tier) => ({ id: tier.code, name: tier.name }));
};

const TravellerLink = ({ member }: { member: MemberItem }) => {
  const createPath = useCreatePath();
  if (!member.profile) return <>—</>;
  return <Link to={`${createPath({ resource: 'profiles', id: member.profile.id, type: 'show' })}/loyalty`}>{member.profile.fullName}</Link>;
};

export const LoyaltyMemberList = () => {
  const tiers = useTierChoices();
  const filters = [
    <SelectInput key="tier" source="tier" choices={tiers} translateChoice={false} alwaysOn />,
    <SelectInput key="status" source="status" choices={memberStatusChoices} alwaysOn />,
  ];
  return (
    <List filters={filters} sort={{ field: 'enrolledAt', order: 'DESC' }}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="profile.fullName" disableSort>
          <FunctionField<MemberItem> render={(member) => <TravellerLink member={member} />} />
        </DataTable.Col>
        <DataTable.Col source="tier.name" disableSort />
        <DataTable.Col source="status" disableSort>
          <SelectField source="status" choices={memberStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="availablePoints">
          <NumberField source="availablePoints" />
        </DataTable.Col>
        <DataTable.Col source="pendingPoints" disableSort>
          <NumberField source="pendingPoints" />
        </DataTable.Col>
        <DataTable.Col source="enrolledAt">
          <DateField source="enrolledAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
