import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  InteractionByIdDocument,
  InteractionListDocument,
  CreateInteractionDocument,
  UpdateInteractionDocument,
  type InteractionByIdQuery,
  type InteractionFilter,
  type InteractionListQuery,
  type InteractionListQueryVariables,
  type InteractionSortField,
  type CreateInteractionInput,
  type CreateInteractionMutation,
  type UpdateInteractionMutation,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

const RESOURCE = 'interactions';
const SORT_FIELDS: Record<string, InteractionSortField> = { name: 'NAME', createdAt: 'CREATED_AT' };

/** Form values to the API's input: only the fields the input has, so records read back (with __typename) can be saved. */
const interactionInput = (values: Record<string, unknown>): CreateInteractionInput => ({
  name: String(values.name ?? '').trim(),
  contactEmail: typeof values.contactEmail === 'string' && values.contactEmail.trim() ? values.contactEmail.trim() : null,
});

export const interactionOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<InteractionListQuery> => {
    const variables: InteractionListQueryVariables = {
      filter: toFilter<InteractionFilter>(params.filter, ['search']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage(RESOURCE, params),
    };
    return {
      query: InteractionListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.interactions, variables.page!, RESOURCE, params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<InteractionByIdQuery> => ({
    query: InteractionByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.interaction),
  }),
  GET_MANY: (params: GetManyParams): GraphQLRequest<InteractionListQuery> => ({
    query: InteractionListDocument,
    variables: { filter: { ids: params.ids.map(String) }, page: { limit: Math.max(params.ids.length, 1) } },
    parseResponse: ({ data }) => ({ data: data.interactions.items }),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateInteractionMutation> => ({
    query: CreateInteractionDocument,
    variables: { input: interactionInput(params.data) },
    parseResponse: ({ data }) => ({ data: data.createInteraction }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<UpdateInteractionMutation> => ({
    query: UpdateInteractionDocument,
    variables: { id: String(params.id), input: { ...interactionInput(params.data), expectedVersion: params.previousData.version } },
    parseResponse: ({ data }) => ({ data: data.updateInteraction }),
  }),
};
