import type { CreateParams, GetListParams, GetOneParams } from 'react-admin';
import {
  FeedbackListDocument,
  FeedbackSummaryDocument,
  RecordFeedbackDocument,
  type FeedbackFilter,
  type FeedbackListQuery,
  type FeedbackListQueryVariables,
  type FeedbackSummaryFilter,
  type FeedbackSummaryQuery,
  type RecordFeedbackMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { toFilter, toListResult, toPage } from '../../dataProvider/listParams';

const FILTER_KEYS = ['productType', 'supplierCode', 'from', 'to'] as const;

/** Feedback newest first, by product type, supplier, rating and period. */
export const feedbackOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<FeedbackListQuery> => {
    const variables: FeedbackListQueryVariables = {
      filter: toFilter<FeedbackFilter>(params.filter, [...FILTER_KEYS, 'rating', 'profileId']),
      sort: { field: 'GIVEN_AT', direction: params.sort?.order === 'ASC' ? 'ASC' : 'DESC' },
      page: toPage('feedbacks', params),
    };
    return {
      query: FeedbackListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.feedbacks, variables.page!, 'feedbacks', params),
    };
  },
  CREATE: (params: CreateParams): GraphQLRequest<RecordFeedbackMutation> => ({
    query: RecordFeedbackDocument,
    variables: {
      input: {
        profileId: String(params.data.profileId ?? ''),
        productType: params.data.productType,
        supplierCode: String(params.data.supplierCode ?? '').trim(),
        supplierName: String(params.data.supplierName ?? '').trim(),
        rating: params.data.rating,
        channel: params.data.channel,
        comment: params.data.comment?.trim() || undefined,
        bookingReference: params.data.bookingReference?.trim() || undefined,
      },
    },
    parseResponse: ({ data }) => ({ data: data.recordFeedback }),
  }),
};

/** The summary for the list's filter as one record: overall, per product type and per supplier. */
export const feedbackSummaryOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams & { meta?: { filter?: Record<string, unknown> } }): GraphQLRequest<FeedbackSummaryQuery> => ({
    query: FeedbackSummaryDocument,
    variables: { filter: toFilter<FeedbackSummaryFilter>(params.meta?.filter, FILTER_KEYS) },
    parseResponse: ({ data }) => ({ data: { id: String(params.id), ...data.feedbackSummary } }),
  }),
};
