import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AuditedMutation, PartnerReach, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { EntityManager } from 'typeorm';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerService } from './ledger.service';
import { AdjustLoyaltyPointsInput, EarnLoyaltyPointsInput, RedeemLoyaltyPointsInput, ReverseLoyaltyEntryInput } from './ledger.input';
import { LoyaltyReward } from '../scheme/loyalty-reward.entity';
import { LoyaltyRewardResolver } from '../scheme/loyalty-reward.resolver';
import { LOYALTY_SCOPES } from '../loyalty.scopes';
import { LoyaltyAccountLink } from '../reach/loyalty-account-link.entity';

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly rewards: LoyaltyRewardResolver,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  /** A partner posts only for its own accounts' travellers, checked inside the write's transaction. */
  private mayWrite(context: SubgraphContext): (manager: EntityManager, profileId: string | null) => Promise<void> {
    return (manager, profileId) => this.reach.assertMayWrite(manager, profileId ?? '', context.principal);
  }

  @Mutation(() => LedgerEntry, { description: 'Points for a booking; the same bookingReference again answers the entry it made.' })
  @RequiresScopes([LOYALTY_SCOPES.earn])
  @AuditedMutation('LoyaltyLedgerEntry')
  earnLoyaltyPoints(@Arg('input', () => EarnLoyaltyPointsInput) input: EarnLoyaltyPointsInput, @Ctx() context: SubgraphContext): Promise<LedgerEntry> {
    return this.ledger.earn(input, context.principal, this.mayWrite(context));
  }

  @Mutation(() => LedgerEntry, { description: 'Spends available points, oldest expiry first; never more than are available.' })
  @RequiresScopes([LOYALTY_SCOPES.write])
  @AuditedMutation('LoyaltyLedgerEntry')
  redeemLoyaltyPoints(@Arg('input', () => RedeemLoyaltyPointsInput) input: RedeemLoyaltyPointsInput, @Ctx() context: SubgraphContext): Promise<LedgerEntry> {
    return this.ledger.redeem(input, context.principal, this.mayWrite(context));
  }

  @Mutation(() => LedgerEntry, { description: 'Adds or deducts points, with the reason.' })
  @RequiresScopes([LOYALTY_SCOPES.adjust])
  @AuditedMutation('LoyaltyLedgerEntry')
  adjustLoyaltyPoints(@Arg('input', () => AdjustLoyaltyPointsInput) input: AdjustLoyaltyPointsInput, @Ctx() context: SubgraphContext): Promise<LedgerEntry> {
    return this.ledger.adjust(input, context.principal);
  }

  @Mutation(() => LedgerEntry, {
    description: `Reverses an entry once. Earns need ${LOYALTY_SCOPES.earn} or ${LOYALTY_SCOPES.adjust}; anything else ${LOYALTY_SCOPES.adjust}.`,
  })
  @RequiresScopes([LOYALTY_SCOPES.earn], [LOYALTY_SCOPES.adjust])
  @AuditedMutation('LoyaltyLedgerEntry')
  reverseLoyaltyEntry(@Arg('input', () => ReverseLoyaltyEntryInput) input: ReverseLoyaltyEntryInput, @Ctx() context: SubgraphContext): Promise<LedgerEntry> {
    return this.ledger.reverse(input, context.principal, this.mayWrite(context));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was posted (adjustments, reversals); gone once the traveller is erased.' })
  reason(@Root() entry: LedgerEntry, @Ctx() context: SubgraphContext): Promise<string | null> {
    return context.loaders
      .get<string, string | null>('loyaltyEntryReason', async (ids) => {
        const reasons = new Map((await this.ledger.reasonsOf(ids)).map((row) => [row.entryId, row.reason]));
        return ids.map((id) => reasons.get(id) ?? null);
      })
      .load(entry.id);
  }

  @FieldResolver(() => LoyaltyReward, { nullable: true, description: 'REDEEM (and its reversal): the reward.' })
  reward(@Root() entry: LedgerEntry, @Ctx() context: SubgraphContext): Promise<LoyaltyReward | null> | null {
    return entry.rewardId ? this.rewards.load(entry.rewardId, context) : null;
  }
}
