import type { GetOneParams, UpdateParams } from 'react-admin';
import {
  PreferenceValueListsDocument,
  ProfilePreferencesDocument,
  SetSpecialCategoryPreferencesDocument,
  SetTravelPreferencesDocument,
  type PreferenceCategory,
  type PreferenceStance,
  type PreferenceValueListsQuery,
  type ProfilePreferencesQuery,
  type SetSpecialCategoryPreferencesMutation,
  type SetTravelPreferencesMutation,
  type TravelContext,
  type TravelPreferenceInput,
} from '../../graphql/generated';
import { specialVisibility } from '../../auth/scopes';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord } from '../../dataProvider/listParams';

type Optional<T> = T | null | undefined;

export interface PreferenceFormValues {
  preferences?: Optional<
    {
      category?: Optional<PreferenceCategory>;
      value?: Optional<string>;
      stance?: Optional<PreferenceStance>;
      context?: Optional<TravelContext>;
      notes?: Optional<string>;
    }[]
  >;
}

export const preferenceInputs = (values: PreferenceFormValues): TravelPreferenceInput[] =>
  (values.preferences ?? []).map((preference) => ({
    category: preference.category as PreferenceCategory,
    value: preference.value?.trim() ?? '',
    stance: preference.stance ?? 'PREFERRED',
    context: preference.context ?? 'ANY',
    notes: preference.notes?.trim() || null,
  }));

/** A profile's preferences as their own record (id = the profile's), so the tab loads and saves them apart from the contact form. */
export const profilePreferenceOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams, { scopes }): GraphQLRequest<ProfilePreferencesQuery> => ({
    query: ProfilePreferencesDocument,
    variables: { id: String(params.id), ...specialVisibility(scopes) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
  /** `meta.special` saves the special-category list, otherwise the ordinary one; either replaces the whole list. */
  UPDATE: (params: UpdateParams, { scopes }): GraphQLRequest<SetTravelPreferencesMutation | SetSpecialCategoryPreferencesMutation> => ({
    query: params.meta?.special ? SetSpecialCategoryPreferencesDocument : SetTravelPreferencesDocument,
    variables: {
      profileId: String(params.id),
      input: { expectedVersion: params.previousData.version, preferences: preferenceInputs(params.data) },
      ...specialVisibility(scopes),
    },
    parseResponse: ({ data }) => ({
      data: 'setSpecialCategoryPreferences' in data ? data.setSpecialCategoryPreferences : data.setTravelPreferences,
    }),
  }),
};

/** The values each category with a fixed list accepts, as the API checks them: one row per category. */
export const preferenceValueListOperations: ResourceOperations = {
  GET_LIST: (): GraphQLRequest<PreferenceValueListsQuery> => ({
    query: PreferenceValueListsDocument,
    variables: {},
    parseResponse: ({ data }) => ({ data: data.preferenceValueLists.map((list) => ({ id: list.category, ...list })), total: data.preferenceValueLists.length }),
  }),
};
