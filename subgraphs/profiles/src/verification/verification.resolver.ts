import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { VerificationService } from './verification.service';

@Resolver(() => Profile)
export class VerificationResolver {
  constructor(private readonly verification: VerificationService) {}

  @Mutation(() => Profile, { description: 'Records that you checked the profile with the traveller today; sets the next review due.' })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  verifyProfile(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.verification.verify(id, expectedVersion, context.principal);
  }
}
