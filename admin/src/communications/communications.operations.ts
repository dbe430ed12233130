import type { GetListParams, GetOneParams } from 'react-admin';
import {
  InteractionByIdDocument,
  InteractionListDocument,
  type InteractionByIdQuery,
  type InteractionFilter,
  type InteractionListQuery,
  type InteractionListQueryVariables,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage } from '../dataProvider/listParams';

const RESOURCE = 'interactions';

export const interactionOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<InteractionListQuery> => {
    const variables: InteractionListQueryVariables = {
      filter: toFilter<InteractionFilter>(params.filter, ['channel', 'requirement']),
      direction: params.sort?.order === 'ASC' ? 'ASC' : 'DESC',
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
};
