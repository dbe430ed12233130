import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from './profile.reference';
import { ComplianceFinding, PolicyCompliance, TripCheck } from './policy-compliance.types';
import { TravellerPolicyService } from './traveller-policy.service';
import { TripInput } from './trip.input';
import { Employment } from '../employment/employment.entity';
import { EmploymentService } from '../employment/employment.service';
import { today } from '../employment/link-dates';
import {
  approvalNeeded,
  checkTrip,
  ComplianceOutcome,
  Finding,
  isInPolicy,
  judgePreferences,
  Preference,
  PreferenceFinding,
} from '../policies/policy-evaluation';
import { CORPORATE_SCOPES } from '../corporate.scopes';

const asFinding = (finding: Finding | PreferenceFinding): ComplianceFinding => ({
  rule: finding.rule,
  outcome: finding.outcome,
  inPolicy: finding.outcome !== ComplianceOutcome.OUT_OF_POLICY,
  reason: finding.reason,
  preference: 'preference' in finding ? (finding.preference as ComplianceFinding['preference']) : null,
});

@Resolver(() => Profile)
export class ProfileCorporateResolver {
  constructor(
    private readonly employmentService: EmploymentService,
    private readonly travellerPolicies: TravellerPolicyService,
  ) {}

  @FieldResolver(() => Employment, { nullable: true, description: 'The traveller’s link to a corporate account today.' })
  @RequiresScopes([CORPORATE_SCOPES.read])
  async employment(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<Employment | null> {
    return this.employmentService.current(await this.travellerPolicies.assertMayRead(profile.id, context));
  }

  @FieldResolver(() => [Employment], { nullable: true, description: 'Every link to a corporate account, newest first.' })
  @RequiresScopes([CORPORATE_SCOPES.read])
  async employments(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<Employment[]> {
    return this.employmentService.visible(context.principal, await this.travellerPolicies.assertMayRead(profile.id, context));
  }

  @FieldResolver(() => PolicyCompliance, { nullable: true, description: 'Null when the traveller has no current account or the account no policy in force.' })
  @RequiresScopes([CORPORATE_SCOPES.read])
  @Directive('@requires(fields: "travelPreferences { category value stance context }")')
  async policyCompliance(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<PolicyCompliance | null> {
    const governing = await this.travellerPolicies.forTraveller(profile.id, context);
    if (!governing) return null;
    const findings = judgePreferences(governing.rules, (profile.travelPreferences ?? []) as Preference[]);
    return {
      accountId: governing.employment.accountId,
      policyId: governing.policy.id,
      policyName: governing.policy.name,
      evaluatedOn: governing.on,
      inPolicy: isInPolicy(findings),
      findings: findings.map(asFinding),
    };
  }

  @Query(() => TripCheck, { nullable: true, description: 'A proposed trip against the traveller’s policy in force on the departure date; null without one.' })
  @RequiresScopes([CORPORATE_SCOPES.read])
  async checkTrip(
    @Arg('profileId', () => ID) profileId: string,
    @Arg('trip', () => TripInput) trip: TripInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TripCheck | null> {
    const governing = await this.travellerPolicies.forTraveller(profileId, context, trip.departureDate);
    if (!governing) return null;
    const findings = checkTrip(governing.rules, { ...trip, bookingDate: trip.bookingDate ?? today() });
    return {
      policyId: governing.policy.id,
      inPolicy: isInPolicy(findings),
      approval: approvalNeeded(governing.rules, findings),
      approvers: governing.rules.approvers ?? [],
      findings: findings.map(asFinding),
    };
  }
}
