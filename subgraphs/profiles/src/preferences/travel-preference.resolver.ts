import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, Classification, Classified, groupByKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { TravelPreference } from './travel-preference.entity';
import { TravelPreferenceService, visibleTo } from './travel-preference.service';
import { SetTravelPreferencesInput } from './set-travel-preferences.input';
import { PreferenceValueList } from './preference-value-list.types';
import { PREFERENCE_VALUE_LISTS } from './preference-codes';

@Resolver(() => Profile)
export class TravelPreferenceResolver {
  constructor(
    private readonly preferences: TravelPreferenceService,
    private readonly profiles: ProfileService,
  ) {}

  /** Both lists come from one query per request, whatever the number of profiles. */
  private async all(profile: Profile, context: SubgraphContext): Promise<TravelPreference[]> {
    const rows = await context.loaders
      .get<string, TravelPreference[]>('travelPreferencesByProfile', async (ids) =>
        groupByKeys(ids, await this.preferences.findByProfileIds(ids), (preference) => preference.profileId),
      )
      .load(profile.id);
    return visibleTo(context.principal, rows);
  }

  @Query(() => [PreferenceValueList], { description: 'The values each category with a fixed list accepts, as setTravelPreferences checks them.' })
  @RequiresScopes([PROFILE_SCOPES.read])
  preferenceValueLists(): PreferenceValueList[] {
    return PREFERENCE_VALUE_LISTS.map(({ category, values }) => ({ category, values: [...values] }));
  }

  @FieldResolver(() => [TravelPreference], {
    description: 'Seating, room, car, airlines, airports, route, mode, sustainability, class… (not diet or assistance needs).',
  })
  async travelPreferences(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<TravelPreference[]> {
    return (await this.all(profile, context)).filter((preference) => !preference.special);
  }

  @FieldResolver(() => [TravelPreference], { nullable: true, description: 'Diet (MEAL), MOBILITY and VISUAL_HEARING needs; needs profiles.special:read.' })
  @RequiresScopes([PROFILE_SCOPES.readSpecial])
  @Classified(Classification.SpecialCategory)
  async specialCategoryPreferences(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<TravelPreference[]> {
    return (await this.all(profile, context)).filter((preference) => preference.special);
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s ordinary travel preferences with the list given.' })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  setTravelPreferences(
    @Arg('profileId', () => ID) profileId: string,
    @Arg('input') input: SetTravelPreferencesInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.set(profileId, input, context, false, 'setTravelPreferences');
  }

  @Mutation(() => Profile, {
    description:
      'Replaces the diet, mobility and visual / hearing needs; needs the traveller’s explicit consent on record, and profiles.special:read to see the list it replaces.',
  })
  @RequiresScopes([PROFILE_SCOPES.write, PROFILE_SCOPES.writeSpecial, PROFILE_SCOPES.readSpecial])
  @AuditedMutation('Profile')
  setSpecialCategoryPreferences(
    @Arg('profileId', () => ID) profileId: string,
    @Arg('input') input: SetTravelPreferencesInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.set(profileId, input, context, true, 'setSpecialCategoryPreferences');
  }

  private set(profileId: string, input: SetTravelPreferencesInput, context: SubgraphContext, special: boolean, operation: string): Promise<Profile> {
    const { principal } = context;
    return this.profiles.changeVersioned(profileId, input.expectedVersion, principal, operation, (profile, manager) =>
      this.preferences.replace(manager, { profileId, principal, operation }, special, input.preferences, profile.updatedAt),
    );
  }
}
