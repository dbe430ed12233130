import { Arg, Int, Mutation, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { LoyaltyTiersService } from './loyalty-tiers.service';
import { LoyaltyTierStateInput } from './loyalty-tier-state.input';

@Resolver()
export class LoyaltyTiersResolver {
  constructor(private readonly loyaltyTiers: LoyaltyTiersService) {}

  @Mutation(() => Int, {
    description: 'The loyalty subgraph’s report of travellers’ scheme membership and tier (services only); returns how many are members.',
  })
  @RequiresScopes([PROFILE_SCOPES.recordLoyaltyTiers])
  @AuditedMutation('Profile')
  recordLoyaltyTiers(@Arg('states', () => [LoyaltyTierStateInput]) states: LoyaltyTierStateInput[]): Promise<number> {
    return this.loyaltyTiers.record(states);
  }
}
