import type { CreateParams, GetListParams, GetManyReferenceParams, GetOneParams } from 'react-admin';
import {
  AdjustLoyaltyPointsDocument,
  EnrolLoyaltyMemberDocument,
  LoyaltyMemberListDocument,
  LoyaltyStatementDocument,
  ProfileLoyaltyMemberDocument,
  RedeemLoyaltyPointsDocument,
  type AdjustLoyaltyPointsMutation,
  type EnrolLoyaltyMemberMutation,
  type LoyaltyMemberFilter,
  type LoyaltyMemberListQuery,
  type LoyaltyMemberListQueryVariables,
  type LoyaltyMemberSortField,
  type LoyaltyStatementQuery,
  type ProfileLoyaltyMemberQuery,
  type RedeemLoyaltyPointsInput,
  type RedeemLoyaltyPointsMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort, type ListParams } from '../../dataProvider/listParams';

const SORT_FIELDS: Record<string, LoyaltyMemberSortField> = { enrolledAt: 'ENROLLED_AT', availablePoints: 'AVAILABLE_POINTS' };

type Optional<T> = T | null | undefined;

export interface RedemptionFormValues {
  memberId?: Optional<string>;
  /** Whether a reward or a number of points is redeemed. */
  redeem?: Optional<'reward' | 'points'>;
  rewardId?: Optional<string>;
  points?: Optional<number>;
}

export interface AdjustmentFormValues {
  memberId?: Optional<string>;
  points?: Optional<number>;
  reason?: Optional<string>;
}

/** A reward or a number of points, never both: the API takes exactly one. */
export const redemptionInput = (values: RedemptionFormValues): RedeemLoyaltyPointsInput => ({
  memberId: values.memberId ?? '',
  ...(values.redeem === 'points' ? { points: values.points ?? null } : { rewardId: values.rewardId ?? null }),
});

/** Scheme members, filtered by tier and status, each with the traveller it belongs to. */
export const loyaltyMemberOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<LoyaltyMemberListQuery> => {
    const variables: LoyaltyMemberListQueryVariables = {
      filter: toFilter<LoyaltyMemberFilter>(params.filter, ['tier', 'status']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage('loyaltyMembers', params),
    };
    return {
      query: LoyaltyMemberListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.loyaltyMembers, variables.page!, 'loyaltyMembers', params),
    };
  },
};

/** The traveller's membership of our scheme as one record (id = the profile's; `loyaltyMember` null until enrolled). */
export const profileLoyaltyMemberOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams): GraphQLRequest<ProfileLoyaltyMemberQuery> => ({
    query: ProfileLoyaltyMemberDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
};

const statementRequest = (memberId: string, params: ListParams): GraphQLRequest<LoyaltyStatementQuery> => {
  const page = toPage('loyaltyStatement', params);
  return {
    query: LoyaltyStatementDocument,
    variables: { memberId, page },
    parseResponse: ({ data }) => toListResult(requireRecord(data.loyaltyMember).data.statement, page, 'loyaltyStatement', params),
  };
};

/** A member's ledger, newest first, one page at a time by cursor (as fast at any depth). */
export const loyaltyStatementOperations: ResourceOperations = {
  GET_MANY_REFERENCE: (params: GetManyReferenceParams) => statementRequest(String(params.id), params),
  GET_LIST: (params: GetListParams) => statementRequest(String(params.filter?.memberId), params),
};

/** Enrolment in our scheme: CREATE with the traveller's profileId. */
export const loyaltyEnrolmentOperations: ResourceOperations = {
  CREATE: (params: CreateParams): GraphQLRequest<EnrolLoyaltyMemberMutation> => ({
    query: EnrolLoyaltyMemberDocument,
    variables: { input: { profileId: String(params.data.profileId) } },
    parseResponse: ({ data }) => ({ data: data.enrolLoyaltyMember }),
  }),
};

/** A redemption (CREATE): a reward at its price, or a number of points. */
export const loyaltyRedemptionOperations: ResourceOperations = {
  CREATE: (params: CreateParams): GraphQLRequest<RedeemLoyaltyPointsMutation> => ({
    query: RedeemLoyaltyPointsDocument,
    variables: { input: redemptionInput(params.data) },
    parseResponse: ({ data }) => ({ data: data.redeemLoyaltyPoints }),
  }),
};

/** A supervisor's adjustment (CREATE): points added or, negative, deducted, with the reason. */
export const loyaltyAdjustmentOperations: ResourceOperations = {
  CREATE: (params: CreateParams): GraphQLRequest<AdjustLoyaltyPointsMutation> => {
    const values = params.data as AdjustmentFormValues;
    return {
      query: AdjustLoyaltyPointsDocument,
      // Sent even when blank so the server names the field and its rule.
      variables: { input: { memberId: values.memberId ?? '', points: values.points ?? 0, reason: values.reason?.trim() ?? '' } },
      parseResponse: ({ data }) => ({ data: data.adjustLoyaltyPoints }),
    };
  },
};
