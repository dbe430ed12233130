import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, groupByKeys, RequiresScopes, SubgraphContext, ValidationFailedError } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileSegmentsService } from './profile-segments.service';
import { SetProfileTagsInput } from './set-profile-tags.input';
import { SegmentCount, TagCount } from './segment-count.types';
import { ProfileTag } from './profile-tag.entity';
import { ProfileSegment } from './profile-segment.entity';

@Resolver(() => Profile)
export class ProfileSegmentsResolver {
  constructor(
    private readonly service: ProfileSegmentsService,
    private readonly profiles: ProfileService,
  ) {}

  @FieldResolver(() => [String], { description: 'Free tags staff set, as first written.' })
  async tags(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<string[]> {
    const rows = await context.loaders
      .get<string, ProfileTag[]>('tagsByProfile', async (ids) => groupByKeys(ids, await this.service.tagsOf(ids), (row) => row.profileId))
      .load(profile.id);
    return rows.map((row) => row.tag);
  }

  @FieldResolver(() => [String], {
    description:
      'Derived from the profile: region:…, age:…, context:…, vip, special-needs (with profiles.special:read); from loyalty’s report: loyalty:member and loyalty:<tier> for active scheme members. Active travellers only.',
  })
  async segments(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<string[]> {
    const rows = await context.loaders
      .get<string, ProfileSegment[]>('segmentsByProfile', async (ids) => groupByKeys(ids, await this.service.segmentsOf(ids), (row) => row.profileId))
      .load(profile.id);
    return this.service.visibleSegments(
      rows.map((row) => row.segment),
      context.principal,
    );
  }

  @Query(() => [SegmentCount], { description: 'Active travellers per segment.' })
  @RequiresScopes([PROFILE_SCOPES.read])
  segmentCounts(@Ctx() context: SubgraphContext): Promise<SegmentCount[]> {
    this.profiles.assertMayRead(context.principal);
    return this.service.segmentCounts(context.principal);
  }

  @Query(() => [TagCount], { description: 'The most used tags among active travellers.' })
  @RequiresScopes([PROFILE_SCOPES.read])
  tagCounts(@Arg('limit', () => Int, { defaultValue: 50 }) limit: number, @Ctx() context: SubgraphContext): Promise<TagCount[]> {
    this.profiles.assertMayRead(context.principal);
    if (limit < 1 || limit > 200) throw ValidationFailedError.single('limit', 'isInRange', 'must be between 1 and 200');
    return this.service.tagCounts(limit);
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s free tags.' })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  setProfileTags(@Arg('id', () => ID) id: string, @Arg('input') input: SetProfileTagsInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    const { principal } = context;
    const tags = this.service.normaliseTags(input.tags);
    return this.profiles.changeVersioned(id, input.expectedVersion, principal, 'setProfileTags', (profile, manager) =>
      this.service.replaceTags(manager, { profileId: id, principal, operation: 'setProfileTags' }, tags, profile.updatedAt),
    );
  }
}
