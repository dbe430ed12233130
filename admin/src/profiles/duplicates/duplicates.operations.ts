import type { GetListParams, GetOneParams } from 'react-admin';
import {
  DismissDuplicateCandidateDocument,
  DuplicateCandidateByIdDocument,
  DuplicateCandidateListDocument,
  MergeProfilesDocument,
  ScanForDuplicatesDocument,
  type DismissDuplicateCandidateMutation,
  type DuplicateCandidateByIdQuery,
  type DuplicateCandidateFilter,
  type DuplicateCandidateListQuery,
  type DuplicateCandidateListQueryVariables,
  type DuplicateCandidateSortField,
  type MergeProfilesInput,
  type MergeProfilesMutation,
  type ScanForDuplicatesMutation,
} from '../../graphql/generated';
import { fieldVisibility, specialVisibility } from '../../auth/scopes';
import type { CommandSender, GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../../dataProvider/listParams';

export const DUPLICATE_SORT_FIELDS: Record<string, DuplicateCandidateSortField> = {
  score: 'SCORE',
  foundAt: 'FOUND_AT',
};

const DUPLICATE_FILTER_KEYS = ['status', 'minScore', 'profileId'] as const;

export const duplicateCandidateOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<DuplicateCandidateListQuery> => {
    const variables: DuplicateCandidateListQueryVariables = {
      filter: toFilter<DuplicateCandidateFilter>(params.filter, DUPLICATE_FILTER_KEYS),
      sort: toSort(params.sort, DUPLICATE_SORT_FIELDS),
      page: toPage('duplicateCandidates', params),
    };
    return {
      query: DuplicateCandidateListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.duplicateCandidates, variables.page!, 'duplicateCandidates', params),
    };
  },
  GET_ONE: (params: GetOneParams, { scopes }): GraphQLRequest<DuplicateCandidateByIdQuery> => ({
    query: DuplicateCandidateByIdDocument,
    variables: { id: String(params.id), ...fieldVisibility(scopes), ...specialVisibility(scopes) },
    parseResponse: ({ data }) => requireRecord(data.duplicateCandidate),
  }),
};

export type ScanSummary = ScanForDuplicatesMutation['scanForDuplicates'];
export type MergedProfile = MergeProfilesMutation['mergeProfiles'];

/** Queue actions that are not plain CRUD. */
export const duplicateCommands = ({ mutate }: CommandSender) => ({
  scanForDuplicates: () =>
    mutate<ScanSummary>({
      query: ScanForDuplicatesDocument,
      variables: {},
      parseResponse: ({ data }: { data: ScanForDuplicatesMutation }): ScanSummary => data.scanForDuplicates,
    }),
  dismissDuplicateCandidate: (id: string) =>
    mutate<{ data: DismissDuplicateCandidateMutation['dismissDuplicateCandidate'] }>({
      query: DismissDuplicateCandidateDocument,
      variables: { id },
      parseResponse: ({ data }: { data: DismissDuplicateCandidateMutation }) => ({ data: data.dismissDuplicateCandidate }),
    }),
  mergeProfiles: (input: MergeProfilesInput) =>
    mutate<MergedProfile>({
      query: MergeProfilesDocument,
      variables: { input },
      parseResponse: ({ data }: { data: MergeProfilesMutation }): MergedProfile => data.mergeProfiles,
    }),
});
