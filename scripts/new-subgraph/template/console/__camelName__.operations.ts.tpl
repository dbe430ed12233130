import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  __Entity__ByIdDocument,
  __Entity__ListDocument,
  Create__Entity__Document,
  Update__Entity__Document,
  type __Entity__ByIdQuery,
  type __Entity__Filter,
  type __Entity__ListQuery,
  type __Entity__ListQueryVariables,
  type __Entity__SortField,
  type Create__Entity__Input,
  type Create__Entity__Mutation,
  type Update__Entity__Mutation,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

const RESOURCE = '__entities__';
const SORT_FIELDS: Record<string, __Entity__SortField> = { name: 'NAME', createdAt: 'CREATED_AT' };

/** Form values to the API's input: only the fields the input has, so records read back (with __typename) can be saved. */
const __entity__Input = (values: Record<string, unknown>): Create__Entity__Input => ({
  name: String(values.name ?? '').trim(),
  contactEmail: typeof values.contactEmail === 'string' && values.contactEmail.trim() ? values.contactEmail.trim() : null,
});

export const __entity__Operations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<__Entity__ListQuery> => {
    const variables: __Entity__ListQueryVariables = {
      filter: toFilter<__Entity__Filter>(params.filter, ['search']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage(RESOURCE, params),
    };
    return {
      query: __Entity__ListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.__entities__, variables.page!, RESOURCE, params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<__Entity__ByIdQuery> => ({
    query: __Entity__ByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.__entity__),
  }),
  GET_MANY: (params: GetManyParams): GraphQLRequest<__Entity__ListQuery> => ({
    query: __Entity__ListDocument,
    variables: { filter: { ids: params.ids.map(String) }, page: { limit: Math.max(params.ids.length, 1) } },
    parseResponse: ({ data }) => ({ data: data.__entities__.items }),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<Create__Entity__Mutation> => ({
    query: Create__Entity__Document,
    variables: { input: __entity__Input(params.data) },
    parseResponse: ({ data }) => ({ data: data.create__Entity__ }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<Update__Entity__Mutation> => ({
    query: Update__Entity__Document,
    variables: { id: String(params.id), input: { ...__entity__Input(params.data), expectedVersion: params.previousData.version } },
    parseResponse: ({ data }) => ({ data: data.update__Entity__ }),
  }),
};
