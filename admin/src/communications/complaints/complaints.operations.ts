import type { CreateParams, GetListParams, GetOneParams } from 'react-admin';
import {
  ComplaintByIdDocument,
  ComplaintListDocument,
  OpenComplaintDocument,
  RecordComplaintSatisfactionDocument,
  TransitionComplaintDocument,
  type ComplaintByIdQuery,
  type ComplaintFilter,
  type ComplaintListQuery,
  type ComplaintListQueryVariables,
  type ComplaintSortField,
  type ComplaintStatus,
  type OpenComplaintMutation,
  type RecordComplaintSatisfactionMutation,
  type TransitionComplaintMutation,
} from '../../graphql/generated';
import type { CommandSender, GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../../dataProvider/listParams';

const SORT_FIELDS: Record<string, ComplaintSortField> = { createdAt: 'CREATED_AT', acknowledgeDueAt: 'ACKNOWLEDGE_DUE_AT' };

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Complaints with their clocks, filtered by status, category, severity, owner, escalation and breach. */
export const complaintOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<ComplaintListQuery> => {
    const variables: ComplaintListQueryVariables = {
      filter: toFilter<ComplaintFilter>(params.filter, ['status', 'category', 'severity', 'ownerId', 'profileId', 'escalated', 'breached']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage('complaints', params),
    };
    return {
      query: ComplaintListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.complaints, variables.page!, 'complaints', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<ComplaintByIdQuery> => ({
    query: ComplaintByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.complaint),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<OpenComplaintMutation> => ({
    query: OpenComplaintDocument,
    variables: {
      input: {
        profileId: String(params.data.profileId ?? ''),
        subject: String(params.data.subject ?? '').trim(),
        description: String(params.data.description ?? '').trim(),
        category: params.data.category,
        severity: params.data.severity,
        team: blankToUndefined(params.data.team),
      },
    },
    parseResponse: ({ data }) => ({ data: data.openComplaint }),
  }),
};

export interface TransitionFormValues {
  note?: string | null;
  resolution?: string | null;
}

export const complaintCommands = ({ mutate }: CommandSender) => ({
  transitionComplaint: (id: string, expectedVersion: number, to: ComplaintStatus, values: TransitionFormValues) =>
    mutate<TransitionComplaintMutation['transitionComplaint']>({
      query: TransitionComplaintDocument,
      variables: {
        id,
        // The resolution goes only with RESOLVED, and then even blank, so the server names the rule.
        input: { expectedVersion, to, note: blankToUndefined(values.note), resolution: to === 'RESOLVED' ? (values.resolution ?? '').trim() : undefined },
      },
      parseResponse: ({ data }: { data: TransitionComplaintMutation }) => data.transitionComplaint,
    }),
  recordComplaintSatisfaction: (id: string, expectedVersion: number, score: number, comment: string | null | undefined) =>
    mutate<RecordComplaintSatisfactionMutation['recordComplaintSatisfaction']>({
      query: RecordComplaintSatisfactionDocument,
      variables: { id, input: { expectedVersion, score, comment: blankToUndefined(comment) } },
      parseResponse: ({ data }: { data: RecordComplaintSatisfactionMutation }) => data.recordComplaintSatisfaction,
    }),
});
