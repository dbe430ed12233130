import { Arg, Int, Mutation, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes } from '@wayfarer/kit';
import { AccountLinkService } from './account-link.service';
import { AccountLinksInput } from './account-links.input';
import { PROFILE_SCOPES } from '../profile/profile.scopes';

@Resolver()
export class AccountLinkResolver {
  constructor(private readonly accountLinks: AccountLinkService) {}

  @Mutation(() => Int, { description: 'The corporate subgraph’s report of which accounts each traveller belongs to (services only).' })
  @RequiresScopes([PROFILE_SCOPES.recordAccountLinks])
  @AuditedMutation('Profile')
  recordAccountLinks(@Arg('links', () => [AccountLinksInput]) links: AccountLinksInput[]): Promise<number> {
    return this.accountLinks.record(links);
  }
}
