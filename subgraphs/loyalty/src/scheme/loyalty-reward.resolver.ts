import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { LoyaltyReward } from './loyalty-reward.entity';
import { LoyaltyRewardService } from './loyalty-reward.service';
import { CreateLoyaltyRewardInput, LoyaltyRewardList, LoyaltyRewardListArgs, UpdateLoyaltyRewardInput } from './loyalty-reward.input';
import { LOYALTY_SCOPES } from '../loyalty.scopes';

@Resolver(() => LoyaltyReward)
export class LoyaltyRewardResolver {
  constructor(private readonly rewards: LoyaltyRewardService) {}

  /** The one way a reward is fetched by id (queries, references, statement lines), batched per request. */
  load(id: string, context: SubgraphContext): Promise<LoyaltyReward | null> {
    return context.loaders
      .get<string, LoyaltyReward | null>('loyaltyRewardById', async (ids) => byKeys(ids, await this.rewards.findByIds(ids), (reward) => reward.id))
      .load(id);
  }

  @Query(() => LoyaltyRewardList)
  @RequiresScopes([LOYALTY_SCOPES.read])
  async loyaltyRewards(@Args() args: LoyaltyRewardListArgs): Promise<LoyaltyRewardList> {
    return LoyaltyRewardList.of(await this.rewards.list(args));
  }

  @Query(() => LoyaltyReward, { nullable: true })
  @RequiresScopes([LOYALTY_SCOPES.read])
  loyaltyReward(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<LoyaltyReward | null> {
    return this.load(id, context);
  }

  @Mutation(() => LoyaltyReward)
  @RequiresScopes([LOYALTY_SCOPES.admin])
  @AuditedMutation('LoyaltyReward')
  createLoyaltyReward(@Arg('input', () => CreateLoyaltyRewardInput) input: CreateLoyaltyRewardInput): Promise<LoyaltyReward> {
    return this.rewards.create(input);
  }

  @Mutation(() => LoyaltyReward)
  @RequiresScopes([LOYALTY_SCOPES.admin])
  @AuditedMutation('LoyaltyReward')
  updateLoyaltyReward(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateLoyaltyRewardInput) input: UpdateLoyaltyRewardInput): Promise<LoyaltyReward> {
    return this.rewards.update(id, input);
  }
}
