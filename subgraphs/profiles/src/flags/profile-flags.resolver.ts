import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileFlagsService } from './profile-flags.service';
import { SetProfileFlagsInput } from './set-profile-flags.input';

@Resolver(() => Profile)
export class ProfileFlagsResolver {
  constructor(private readonly flags: ProfileFlagsService) {}

  @Mutation(() => Profile, {
    description: 'Sets VIP status (with its note) and, with profiles.special:write and the traveller’s special-category consent, special needs.',
  })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  setProfileFlags(@Arg('id', () => ID) id: string, @Arg('input') input: SetProfileFlagsInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    return this.flags.set(id, input, context.principal);
  }
}
