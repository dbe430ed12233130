import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { ComplianceOutcome, PolicyRule } from '../policies/policy-evaluation';
import { ApprovalLevel } from '../policies/policy-rules.types';
import { PreferenceCategory, PreferenceStance, TravelContext } from './travel-preference.type';

registerEnumType(PolicyRule, { name: 'PolicyRule' });
registerEnumType(ComplianceOutcome, {
  name: 'ComplianceOutcome',
  description: 'AT_OWN_COST: beyond the policy, allowed if the traveller pays the difference.',
});

@ObjectType({ description: 'The preference a finding is about.' })
export class JudgedPreference {
  @Field(() => PreferenceCategory)
  category: PreferenceCategory;

  @Field()
  value: string;

  @Field(() => PreferenceStance)
  stance: PreferenceStance;

  @Field(() => TravelContext)
  context: TravelContext;
}

@ObjectType()
export class ComplianceFinding {
  @Field(() => PolicyRule)
  rule: PolicyRule;

  @Field(() => JudgedPreference, { nullable: true })
  preference: JudgedPreference | null;

  @Field(() => ComplianceOutcome)
  outcome: ComplianceOutcome;

  @Field()
  inPolicy: boolean;

  @Field({ description: 'Why, in words.' })
  reason: string;
}

@ObjectType({ description: 'How a traveller’s business preferences fit the travel policy in force today.' })
export class PolicyCompliance {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID)
  policyId: string;

  @Field()
  policyName: string;

  @Field(() => DateScalar)
  evaluatedOn: string;

  @Field({ description: 'False when any finding is OUT_OF_POLICY.' })
  inPolicy: boolean;

  @Field(() => [ComplianceFinding])
  findings: ComplianceFinding[];
}

@ObjectType()
export class TripCheck {
  @Field(() => ID)
  policyId: string;

  @Field()
  inPolicy: boolean;

  @Field(() => ApprovalLevel)
  approval: ApprovalLevel;

  @Field(() => [String])
  approvers: string[];

  @Field(() => [ComplianceFinding])
  findings: ComplianceFinding[];
}
