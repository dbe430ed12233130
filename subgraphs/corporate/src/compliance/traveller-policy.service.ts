import { SubgraphContext } from '@wayfarer/kit';
import { Employment } from '../employment/employment.entity';
import { EmploymentService } from '../employment/employment.service';
import { today } from '../employment/link-dates';
import { TravelPolicyService } from '../policies/travel-policy.service';
import { governingRules } from '../policies/policy-evaluation';
import { PolicyRules } from '../policies/policy-rules.types';
import { NamedPolicyNode } from '../policies/policy-nodes';

export interface TravellerPolicy {
  employment: Employment;
  policy: NamedPolicyNode;
  rules: PolicyRules;
  on: string;
}

/**
 * Which policy governs a traveller today, read with per-request loaders: one statement for
 * the employments of every traveller asked about, two for the policies of their accounts.
 */
export class TravellerPolicyService {
  constructor(
    private readonly employments: EmploymentService,
    private readonly policies: TravelPolicyService,
  ) {}

  employmentsOf(profileId: string, context: SubgraphContext): Promise<Employment[]> {
    return context.loaders
      .get<string, Employment[]>('employmentsByProfile', async (ids) => {
        const rows = await this.employments.ofProfiles(ids);
        return ids.map((id) => rows.filter((row) => row.profileId === id));
      })
      .load(profileId);
  }

  policyNodesOf(accountId: string, context: SubgraphContext): Promise<NamedPolicyNode[]> {
    return context.loaders
      .get<string, NamedPolicyNode[]>('policyNodesByAccount', async (ids) => {
        const nodes = await this.policies.nodesOfAccounts(ids);
        return ids.map((id) => nodes.get(id) ?? []);
      })
      .load(accountId);
  }

  /** Refuses partners that are not linked to the traveller, on every path that reaches a traveller here. */
  async assertMayRead(profileId: string, context: SubgraphContext): Promise<Employment[]> {
    const employments = await this.employmentsOf(profileId, context);
    this.employments.assertMayReadTraveller(context.principal, employments);
    return employments;
  }

  async forTraveller(profileId: string, context: SubgraphContext, on = today()): Promise<TravellerPolicy | null> {
    const employment = this.employments.current(await this.assertMayRead(profileId, context), on);
    if (!employment) return null;
    const governing = governingRules(await this.policyNodesOf(employment.accountId, context), employment, on);
    return governing && { employment, ...governing, on };
  }
}
