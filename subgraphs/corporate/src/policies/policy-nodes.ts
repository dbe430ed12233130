import { EntityManager, In } from 'typeorm';
import { TravelPolicy } from './travel-policy.entity';
import { TravelPolicyVersion } from './travel-policy-version.entity';
import { PolicyNode } from './policy-evaluation';

export type NamedPolicyNode = PolicyNode & { name: string };

// Reads take the manager of the caller's transaction: a policy change judges travellers by what it is writing.

export async function policiesOfAccounts(manager: EntityManager, accountIds: readonly string[]): Promise<TravelPolicy[]> {
  if (!accountIds.length) return [];
  return manager.getRepository(TravelPolicy).find({ where: { accountId: In([...accountIds]) }, order: { appliesTo: 'ASC', name: 'ASC' } });
}

export async function versionsOfPolicies(manager: EntityManager, policyIds: readonly string[]): Promise<TravelPolicyVersion[]> {
  if (!policyIds.length) return [];
  return manager.getRepository(TravelPolicyVersion).find({ where: { policyId: In([...policyIds]) }, order: { effectiveFrom: 'DESC' } });
}

/** Every policy of the accounts with its versions, as the evaluation functions take them: two statements, whatever the number of accounts. */
export async function policyNodesOfAccounts(manager: EntityManager, accountIds: readonly string[]): Promise<Map<string, NamedPolicyNode[]>> {
  const policies = await policiesOfAccounts(manager, accountIds);
  const versions = await versionsOfPolicies(
    manager,
    policies.map((policy) => policy.id),
  );
  const nodes = new Map<string, NamedPolicyNode[]>();
  for (const policy of policies) {
    const node: NamedPolicyNode = { ...policy, versions: versions.filter((version) => version.policyId === policy.id) };
    nodes.set(policy.accountId, [...(nodes.get(policy.accountId) ?? []), node]);
  }
  return nodes;
}
