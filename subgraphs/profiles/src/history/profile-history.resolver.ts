import { Arg, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { ForbiddenError, ListResult, PageInput, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileChange } from './profile-change.entity';
import { ProfileHistoryService } from './profile-history.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';

@ObjectType()
export class ProfileChangeList extends ListResult(ProfileChange) {}

@Resolver(() => Profile)
export class ProfileHistoryResolver {
  constructor(private readonly changes: ProfileHistoryService) {}

  @FieldResolver(() => ProfileChangeList, {
    description: 'Who changed which field, when, newest first; changes to special-category data only with profiles.special:read.',
  })
  @RequiresScopes([PROFILE_SCOPES.read])
  async history(
    @Root() profile: Profile,
    @Ctx() context: SubgraphContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ProfileChangeList> {
    return ProfileChangeList.of(await this.changes.list(profile.id, page ?? { limit: 25 }, context.principal));
  }
}

@Resolver(() => ProfileChange)
export class ProfileChangeResolver {
  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: 'The staff member who made the change; null when a partner client or a service did. Staff only: partners never reach staff records.',
  })
  actor(@Root() change: ProfileChange, @Ctx() context: SubgraphContext): StaffMember | null {
    if (context.principal.kind === 'partner') throw new ForbiddenError('Partner clients do not see staff records');
    return change.actorKind === 'staff' ? { id: change.actorId } : null;
  }
}
