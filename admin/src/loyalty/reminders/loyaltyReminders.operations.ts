import type { GetListParams } from 'react-admin';
import {
  LoyaltyReminderCountsDocument,
  LoyaltyRemindersDocument,
  type LoyaltyReminderCountsQuery,
  type LoyaltyReminderKind,
  type LoyaltyRemindersQuery,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { toListResult, toPage } from '../../dataProvider/listParams';

/** Tier and membership expiries of one kind (`filter.kind`), paged like every list. */
export const loyaltyReminderOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<LoyaltyRemindersQuery> => {
    const page = toPage('loyaltyReminders', params);
    return {
      query: LoyaltyRemindersDocument,
      variables: { filter: { kind: params.filter?.kind as LoyaltyReminderKind }, page },
      parseResponse: ({ data }) => toListResult(data.loyaltyReminders, page, 'loyaltyReminders', params),
    };
  },
};

/** The dashboard's loyalty counts, one record per kind (id = the kind). */
export const loyaltyReminderCountOperations: ResourceOperations = {
  GET_LIST: (): GraphQLRequest<LoyaltyReminderCountsQuery> => ({
    query: LoyaltyReminderCountsDocument,
    variables: {},
    parseResponse: ({ data }) => ({ data: data.loyaltyReminderCounts.map((row) => ({ id: row.kind, ...row })), total: data.loyaltyReminderCounts.length }),
  }),
};
