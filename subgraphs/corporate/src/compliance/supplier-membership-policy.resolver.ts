import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { PolicyRules } from '../policies/policy-rules.types';
import { CORPORATE_SCOPES } from '../corporate.scopes';
import { SupplierMembership, SupplierSector } from './supplier-membership.reference';
import { TravellerPolicyService } from './traveller-policy.service';

/** The policy list of preferred suppliers of each sector; policies name no preferred rail operators. */
const PREFERRED: Record<SupplierSector, ((rules: PolicyRules) => string[] | null | undefined) | null> = {
  AIR: (rules) => rules.preferredAirlines,
  HOTEL: (rules) => rules.preferredHotelChains,
  CAR: (rules) => rules.preferredCarHireFirms,
  RAIL: null,
};

@Resolver(() => SupplierMembership)
export class SupplierMembershipPolicyResolver {
  constructor(private readonly travellerPolicies: TravellerPolicyService) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the traveller’s travel policy in force today prefers this membership’s supplier; null without a policy, or for rail (policies name no rail operators).',
  })
  @RequiresScopes([CORPORATE_SCOPES.read])
  @Directive('@requires(fields: "profileId sector ownerCode")')
  async preferredByPolicy(@Root() membership: SupplierMembership, @Ctx() context: SubgraphContext): Promise<boolean | null> {
    const preferred = PREFERRED[membership.sector!];
    if (!preferred) return null;
    const governing = await this.travellerPolicies.forTraveller(membership.profileId!, context);
    if (!governing) return null;
    return (preferred(governing.rules) ?? []).includes(membership.ownerCode!);
  }
}
