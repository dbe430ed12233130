import { Arg, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { ListResult, PageInput, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileChange } from './profile-change.entity';
import { ProfileHistoryService } from './profile-history.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';

@ObjectType()
export class ProfileChangeList extends ListResult(ProfileChange) {}

@Resolver(() => Profile)
export class ProfileHistoryResolver {
  constructor(private readonly changes: ProfileHistoryService) {}

  @FieldResolver(() => ProfileChangeList, { description: 'Who changed which field, when, newest first; changes to special-category data only with profiles.special:read.' })
  @RequiresScopes([PROFILE_SCOPES.read])
  async history(
    @Root() profile: Profile,
    @Ctx() context: SubgraphContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ProfileChangeList> {
    return ProfileChangeList.of(await this.changes.list(profile.id, page ?? { limit: 25 }, context.principal));
  }
}
