import type { GetListParams, GetOneParams } from 'react-admin';
import {
  AuditEventByIdDocument,
  AuditEventListDocument,
  type AuditEventByIdQuery,
  type AuditEventFilter,
  type AuditEventListQuery,
  type AuditEventListQueryVariables,
  type AuditEventSortField,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

export const AUDIT_EVENT_SORT_FIELDS: Record<string, AuditEventSortField> = {
  occurredAt: 'OCCURRED_AT',
};

const AUDIT_EVENT_FILTER_KEYS = ['actorId', 'subjectId', 'operation', 'service', 'from', 'to'] as const;

/**
 * The date inputs give calendar days (YYYY-MM-DD) in the person's time zone; the API wants instants and its
 * `to` is exclusive, so "to 3 May" becomes the start of 4 May.
 */
export const startOfDay = (day: string, daysLater = 0): string => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + daysLater).toISOString();
};

export const auditEventFilter = (filter: Record<string, unknown> | undefined): AuditEventFilter => {
  const result = toFilter<AuditEventFilter>(filter, AUDIT_EVENT_FILTER_KEYS);
  return {
    ...result,
    ...(result.from ? { from: startOfDay(result.from) } : {}),
    ...(result.to ? { to: startOfDay(result.to, 1) } : {}),
  };
};

export const auditEventOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<AuditEventListQuery> => {
    const variables: AuditEventListQueryVariables = {
      filter: auditEventFilter(params.filter),
      sort: toSort(params.sort, AUDIT_EVENT_SORT_FIELDS),
      page: toPage('auditEvents', params),
    };
    return {
      query: AuditEventListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.auditEvents, variables.page!, 'auditEvents', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<AuditEventByIdQuery> => ({
    query: AuditEventByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.auditEvent),
  }),
};
