import type { CreateParams, DeleteParams, GetListParams } from 'react-admin';
import {
  AddOfferCatalogueEntryDocument,
  OfferCatalogueListDocument,
  RemoveOfferCatalogueEntryDocument,
  type AddOfferCatalogueEntryMutation,
  type OfferCatalogueFilter,
  type OfferCatalogueListQuery,
  type OfferCatalogueListQueryVariables,
  type OfferCatalogueSortField,
  type OfferKind,
  type RemoveOfferCatalogueEntryMutation,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

const SORT_FIELDS: Record<string, OfferCatalogueSortField> = { code: 'CODE', name: 'NAME', createdAt: 'CREATED_AT' };

export const offerCatalogueOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<OfferCatalogueListQuery> => {
    const variables: OfferCatalogueListQueryVariables = {
      filter: toFilter<OfferCatalogueFilter>(params.filter, ['search', 'kind']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage('offerCatalogue', params),
    };
    return {
      query: OfferCatalogueListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.offerCatalogue, variables.page!, 'offerCatalogue', params),
    };
  },
  CREATE: (params: CreateParams): GraphQLRequest<AddOfferCatalogueEntryMutation> => ({
    query: AddOfferCatalogueEntryDocument,
    variables: {
      input: { kind: params.data.kind as OfferKind, code: String(params.data.code ?? '').trim(), name: String(params.data.name ?? '').trim() },
    },
    parseResponse: ({ data }) => ({ data: data.addOfferCatalogueEntry }),
  }),
  DELETE: (params: DeleteParams): GraphQLRequest<RemoveOfferCatalogueEntryMutation> => ({
    query: RemoveOfferCatalogueEntryDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => ({ data: data.removeOfferCatalogueEntry }),
  }),
};
