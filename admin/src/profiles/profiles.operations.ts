import type { CreateParams, DeleteParams, GetListParams, GetManyParams, GetManyReferenceParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  ArchiveProfileDocument,
  CreateProfileDocument,
  ProfileByIdDocument,
  ProfileListDocument,
  ProfilesByIdsDocument,
  UpdateProfileDocument,
  type ArchiveProfileMutation,
  type CreateProfileMutation,
  type ProfileByIdQuery,
  type ProfileFilter,
  type ProfileListQuery,
  type ProfileListQueryVariables,
  type ProfileSortField,
  type ProfilesByIdsQuery,
  type UpdateProfileMutation,
} from '../graphql/generated';
import { fieldVisibility } from '../auth/scopes';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';
import { createProfileInput, updateProfileInput } from './profileInput';
import { underRequestedId } from './duplicates/survivorRecord';

export const PROFILE_SORT_FIELDS: Record<string, ProfileSortField> = {
  familyName: 'FAMILY_NAME',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

export const PROFILE_FILTER_KEYS = ['search', 'status', 'department', 'documentNumber', 'phone', 'tag', 'segment'] as const;

const listRequest = (params: GetListParams, extraFilter: ProfileFilter = {}): GraphQLRequest<ProfileListQuery> => {
  const variables: ProfileListQueryVariables = {
    filter: { ...toFilter<ProfileFilter>(params.filter, PROFILE_FILTER_KEYS), ...extraFilter },
    sort: toSort(params.sort, PROFILE_SORT_FIELDS),
    page: toPage('profiles', params),
  };
  return {
    query: ProfileListDocument,
    variables,
    parseResponse: ({ data }) => toListResult(data.profiles, variables.page!, 'profiles', params),
  };
};

export const profileOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams) => listRequest(params),
  GET_MANY_REFERENCE: (params: GetManyReferenceParams) => listRequest(params, { [params.target]: params.id }),
  GET_MANY: (params: GetManyParams): GraphQLRequest<ProfilesByIdsQuery> => ({
    query: ProfilesByIdsDocument,
    variables: { ids: params.ids.map(String), limit: params.ids.length },
    parseResponse: ({ data }) => ({ data: data.profiles.items }),
  }),
  GET_ONE: (params: GetOneParams, { scopes }): GraphQLRequest<ProfileByIdQuery> => ({
    query: ProfileByIdDocument,
    variables: { id: String(params.id), ...fieldVisibility(scopes) },
    parseResponse: ({ data }) => requireRecord(underRequestedId(String(params.id), data.profile)),
  }),
  CREATE: (params: CreateParams, { scopes }): GraphQLRequest<CreateProfileMutation> => ({
    query: CreateProfileDocument,
    variables: { input: createProfileInput(params.data, scopes), ...fieldVisibility(scopes) },
    parseResponse: ({ data }) => ({ data: data.createProfile }),
  }),
  UPDATE: (params: UpdateParams, { scopes }): GraphQLRequest<UpdateProfileMutation> => ({
    query: UpdateProfileDocument,
    variables: {
      id: String(params.id),
      input: updateProfileInput(params.data, params.previousData.version, scopes),
      ...fieldVisibility(scopes),
    },
    parseResponse: ({ data }) => ({ data: data.updateProfile }),
  }),
  DELETE: (params: DeleteParams, { scopes }): GraphQLRequest<ArchiveProfileMutation> => ({
    query: ArchiveProfileDocument,
    variables: { id: String(params.id), expectedVersion: params.previousData?.version, ...fieldVisibility(scopes) },
    parseResponse: ({ data }) => ({ data: data.archiveProfile }),
  }),
};
