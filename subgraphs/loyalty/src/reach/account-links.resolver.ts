import { Arg, Int, Mutation, Resolver } from 'type-graphql';
import { DataSource } from 'typeorm';
import { AccountLinksInput, AuditedMutation, inTransaction, PartnerReach, RequiresScopes } from '@wayfarer/kit';
import { LoyaltyAccountLink } from './loyalty-account-link.entity';
import { LOYALTY_SCOPES } from '../loyalty.scopes';

@Resolver()
export class AccountLinksResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  @Mutation(() => Int, { description: 'The corporate subgraph’s report of which accounts each traveller belongs to, for partner reach (services only).' })
  @RequiresScopes([LOYALTY_SCOPES.recordAccountLinks])
  @AuditedMutation('Profile')
  async recordLoyaltyAccountLinks(@Arg('links', () => [AccountLinksInput]) links: AccountLinksInput[]): Promise<number> {
    return (await inTransaction(this.dataSource, (manager) => this.reach.record(manager, links))).length;
  }
}
