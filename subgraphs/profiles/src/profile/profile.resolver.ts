import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksForTotal, AuditedMutation, groupByKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from './profile.entity';
import { ProfileService } from './profile.service';
import { CreateProfileInput } from './create-profile.input';
import { UpdateProfileInput } from './update-profile.input';
import { ProfileList, ProfileListArgs } from './profile-list.args';
import { PROFILE_SCOPES } from './profile.scopes';
import { Passport } from '../documents/passport.entity';
import { AccountLinkService } from '../account-links/account-link.service';

@Resolver(() => Profile)
export class ProfileResolver {
  constructor(
    private readonly profileService: ProfileService,
    private readonly accountLinks: AccountLinkService,
  ) {}

  /** The one way a profile is fetched by id, from a query or from another subgraph's reference: batched per request; a merged id gives its survivor. */
  load(id: string, context: SubgraphContext): Promise<Profile | null> {
    this.profileService.assertMayRead(context.principal, 'travellers');
    const profile = context.loaders.get<string, Profile | null>('profileById', (ids) => this.profileService.findFollowingMerges(ids)).load(id);
    return context.principal.kind === 'partner' ? profile.then((found) => this.accountLinks.assertPartnerMayRead(found, context)) : profile;
  }

  @Query(() => Profile, { nullable: true })
  @RequiresScopes([PROFILE_SCOPES.read])
  profile(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Profile | null> {
    return this.load(id, context);
  }

  @Query(() => ProfileList)
  @RequiresScopes([PROFILE_SCOPES.read])
  async profiles(@Args() args: ProfileListArgs, @Ctx() context: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<ProfileList> {
    this.profileService.assertMayRead(context.principal, 'travellers');
    return ProfileList.of(await this.profileService.list(args, context.principal, { countAlongside: asksForTotal(info) }));
  }

  @FieldResolver(() => [Passport])
  passports(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<Passport[]> {
    return context.loaders
      .get<string, Passport[]>('passportsByProfile', async (ids) =>
        groupByKeys(ids, await this.profileService.passportsOf(ids), (passport) => passport.profileId),
      )
      .load(profile.id);
  }

  @Mutation(() => Profile)
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  createProfile(@Arg('input') input: CreateProfileInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    return this.profileService.create(input, context.principal);
  }

  @Mutation(() => Profile)
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  updateProfile(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateProfileInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    return this.profileService.update(id, input, context.principal);
  }

  @Mutation(() => Profile)
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  archiveProfile(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.profileService.archive(id, expectedVersion, context.principal);
  }
}
