import { Arg, ID, Query, Resolver } from 'type-graphql';
import { RequiresScopes, ValidationFailedError } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileSummaryService } from './profile-summary.service';
import { ProfileSummary } from './profile-summary.types';

const EMAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

@Resolver()
export class ProfileSummaryResolver {
  constructor(private readonly summaries: ProfileSummaryService) {}

  @Query(() => ProfileSummary, {
    nullable: true,
    description: 'The traveller’s profile as they are sent it to agree (services only); null when there is no such active or archived traveller.',
  })
  @RequiresScopes([PROFILE_SCOPES.readProfileSummary])
  profileSummary(@Arg('id', () => ID) id: string): Promise<ProfileSummary | null> {
    return this.summaries.summary(id);
  }

  @Query(() => [ID], {
    description: 'The active travellers whose default e-mail is this address, at most ten (services only): captured e-mail is matched to its sender by it.',
  })
  @RequiresScopes([PROFILE_SCOPES.matchEmailSenders])
  travellersWithEmail(@Arg('address') address: string): Promise<string[]> {
    if (!EMAIL_ADDRESS.test(address.trim()) || address.length > 254) throw ValidationFailedError.single('address', 'isEmail', 'must be an e-mail address');
    return this.summaries.travellersWithEmail(address);
  }
}
