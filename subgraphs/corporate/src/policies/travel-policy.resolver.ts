import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, DateScalar, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { TravelPolicy } from './travel-policy.entity';
import { TravelPolicyVersion } from './travel-policy-version.entity';
import { TravelPolicyService } from './travel-policy.service';
import { CreateTravelPolicyInput, ReviseTravelPolicyInput, UpdateTravelPolicyInput } from './travel-policy.input';
import { PolicyRules } from './policy-rules.types';
import { rulesOn, versionOn as versionInForce } from './policy-evaluation';
import { CORPORATE_SCOPES } from '../corporate.scopes';
import { assertMayReadAccounts } from '../partner-scope';
import { CorporateAccount } from '../accounts/corporate-account.entity';
import { CorporateAccountResolver } from '../accounts/corporate-account.resolver';
import { TravellerPolicyService } from '../compliance/traveller-policy.service';
import { today } from '../employment/link-dates';

@Resolver(() => TravelPolicy)
export class TravelPolicyResolver {
  constructor(
    private readonly policies: TravelPolicyService,
    private readonly travellerPolicies: TravellerPolicyService,
    private readonly accounts: CorporateAccountResolver,
  ) {}

  private versions(policy: TravelPolicy, context: SubgraphContext): Promise<TravelPolicyVersion[]> {
    return context.loaders
      .get<string, TravelPolicyVersion[]>('versionsByPolicy', async (ids) => {
        const rows = await this.policies.versionsOf(ids);
        return ids.map((id) => rows.filter((row) => row.policyId === id));
      })
      .load(policy.id);
  }

  @Query(() => TravelPolicy, { nullable: true })
  @RequiresScopes([CORPORATE_SCOPES.read])
  async travelPolicy(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<TravelPolicy | null> {
    const policy = await context.loaders
      .get<string, TravelPolicy | null>('policyById', async (ids) => byKeys(ids, await this.policies.findByIds(ids), (row) => row.id))
      .load(id);
    if (policy) assertMayReadAccounts(context.principal, [policy.accountId]);
    return policy;
  }

  @FieldResolver(() => CorporateAccount, { nullable: true })
  account(@Root() policy: TravelPolicy, @Ctx() context: SubgraphContext): Promise<CorporateAccount | null> {
    return this.accounts.load(policy.accountId, context);
  }

  @FieldResolver(() => TravelPolicy, { nullable: true, description: 'The policy this one inherits from.' })
  parent(@Root() policy: TravelPolicy, @Ctx() context: SubgraphContext): Promise<TravelPolicy | null> | null {
    return policy.parentId ? this.travelPolicy(policy.parentId, context) : null;
  }

  @FieldResolver(() => [TravelPolicyVersion], { name: 'versions', description: 'Every version, newest first.' })
  versionHistory(@Root() policy: TravelPolicy, @Ctx() context: SubgraphContext): Promise<TravelPolicyVersion[]> {
    return this.versions(policy, context);
  }

  @FieldResolver(() => TravelPolicyVersion, { nullable: true, description: 'The version in force on the date (default today).' })
  async versionOn(
    @Root() policy: TravelPolicy,
    @Ctx() context: SubgraphContext,
    @Arg('date', () => DateScalar, { nullable: true }) date?: string,
  ): Promise<TravelPolicyVersion | null> {
    return versionInForce(await this.versions(policy, context), date ?? today()) as TravelPolicyVersion | null;
  }

  @FieldResolver(() => PolicyRules, { nullable: true, description: 'The rules in force on the date (default today), inherited ones included.' })
  async effectiveRules(
    @Root() policy: TravelPolicy,
    @Ctx() context: SubgraphContext,
    @Arg('date', () => DateScalar, { nullable: true }) date?: string,
  ): Promise<PolicyRules | null> {
    const nodes = await this.travellerPolicies.policyNodesOf(policy.accountId, context);
    const node = nodes.find((candidate) => candidate.id === policy.id);
    return node ? rulesOn(nodes, node, date ?? today()) : null;
  }

  @Mutation(() => TravelPolicy)
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('TravelPolicy')
  createTravelPolicy(@Arg('input', () => CreateTravelPolicyInput) input: CreateTravelPolicyInput, @Ctx() context: SubgraphContext): Promise<TravelPolicy> {
    return this.policies.create(input, context.principal);
  }

  @Mutation(() => TravelPolicy, { description: 'A new version of the rules from a date; the current one ends the day before.' })
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('TravelPolicy')
  reviseTravelPolicy(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReviseTravelPolicyInput) input: ReviseTravelPolicyInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TravelPolicy> {
    return this.policies.revise(id, input, context.principal);
  }

  @Mutation(() => TravelPolicy)
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('TravelPolicy')
  updateTravelPolicy(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateTravelPolicyInput) input: UpdateTravelPolicyInput): Promise<TravelPolicy> {
    return this.policies.update(id, input);
  }
}
