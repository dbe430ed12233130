import { Arg, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes } from '@wayfarer/kit';
import { AccountLinkService } from './account-link.service';
import { AccountLinksInput } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';

@Resolver()
export class AccountLinkResolver {
  constructor(private readonly accountLinks: AccountLinkService) {}

  @Query(() => [ID], { description: 'Which of these travellers exist and were not erased (services only): the corporate subgraph asks before linking one.' })
  @RequiresScopes([PROFILE_SCOPES.recordAccountLinks])
  existingProfileIds(@Arg('ids', () => [ID]) ids: string[]): Promise<string[]> {
    return this.accountLinks.existing(ids);
  }

  @Mutation(() => Int, { description: 'The corporate subgraph’s report of which accounts each traveller belongs to (services only).' })
  @RequiresScopes([PROFILE_SCOPES.recordAccountLinks])
  @AuditedMutation('Profile')
  recordAccountLinks(@Arg('links', () => [AccountLinksInput]) links: AccountLinksInput[]): Promise<number> {
    return this.accountLinks.record(links);
  }
}
