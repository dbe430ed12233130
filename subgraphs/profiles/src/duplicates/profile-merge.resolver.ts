import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AuditedMutation, groupByKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { MergeProfilesInput } from './merge-profiles.input';
import { ProfileMergeService } from './profile-merge.service';

@Resolver(() => Profile)
export class ProfileMergeResolver {
  constructor(private readonly merges: ProfileMergeService) {}

  @Mutation(() => Profile, { description: 'Merges one profile into another; returns the survivor.' })
  @RequiresScopes([PROFILE_SCOPES.merge])
  @AuditedMutation('Profile')
  mergeProfiles(@Arg('input') input: MergeProfilesInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    return this.merges.merge(input, context.principal);
  }

  @FieldResolver(() => [ID], { description: 'Profiles merged into this one, directly or through earlier merges; each of their ids resolves here.' })
  mergedFrom(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<string[]> {
    return context.loaders
      .get<string, string[]>('mergedFromBySurvivor', async (ids) => {
        const rows = await this.merges.mergedInto(ids);
        return groupByKeys(ids, rows, (row) => row.mergedInto!).map((group) => group.map((row) => row.id));
      })
      .load(profile.id);
  }
}
