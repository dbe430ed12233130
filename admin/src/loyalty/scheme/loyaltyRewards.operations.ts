import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  CreateLoyaltyRewardDocument,
  LoyaltyRewardByIdDocument,
  LoyaltyRewardListDocument,
  UpdateLoyaltyRewardDocument,
  type CreateLoyaltyRewardInput,
  type CreateLoyaltyRewardMutation,
  type LoyaltyRewardByIdQuery,
  type LoyaltyRewardFilter,
  type LoyaltyRewardListQuery,
  type LoyaltyRewardListQueryVariables,
  type LoyaltyRewardSortField,
  type UpdateLoyaltyRewardMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../../dataProvider/listParams';

const SORT_FIELDS: Record<string, LoyaltyRewardSortField> = { name: 'NAME', createdAt: 'CREATED_AT' };

/** Form values to the input; an empty stock means unlimited. */
export const rewardInput = (values: Record<string, unknown>): CreateLoyaltyRewardInput => ({
  name: String(values.name ?? '').trim(),
  pointsPrice: Number(values.pointsPrice ?? 0),
  stock: typeof values.stock === 'number' ? values.stock : null,
  active: values.active !== false,
});

export const loyaltyRewardOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<LoyaltyRewardListQuery> => {
    const variables: LoyaltyRewardListQueryVariables = {
      filter: toFilter<LoyaltyRewardFilter>(params.filter, ['search', 'active']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage('loyaltyRewards', params),
    };
    return {
      query: LoyaltyRewardListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.loyaltyRewards, variables.page!, 'loyaltyRewards', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<LoyaltyRewardByIdQuery> => ({
    query: LoyaltyRewardByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.loyaltyReward),
  }),
  GET_MANY: (params: GetManyParams): GraphQLRequest<LoyaltyRewardListQuery> => ({
    query: LoyaltyRewardListDocument,
    variables: { filter: { ids: params.ids.map(String) }, page: { limit: Math.max(params.ids.length, 1) } },
    parseResponse: ({ data }) => ({ data: data.loyaltyRewards.items }),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateLoyaltyRewardMutation> => ({
    query: CreateLoyaltyRewardDocument,
    variables: { input: rewardInput(params.data) },
    parseResponse: ({ data }) => ({ data: data.createLoyaltyReward }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<UpdateLoyaltyRewardMutation> => ({
    query: UpdateLoyaltyRewardDocument,
    variables: { id: String(params.id), input: { ...rewardInput(params.data), expectedVersion: params.previousData.version } },
    parseResponse: ({ data }) => ({ data: data.updateLoyaltyReward }),
  }),
};
