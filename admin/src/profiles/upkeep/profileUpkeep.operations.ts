import type { GetListParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  ProfileUpkeepDocument,
  ReminderCountsDocument,
  RemindersDocument,
  SegmentCountsDocument,
  SetProfileFlagsDocument,
  SetProfileTagsDocument,
  VerifyProfileDocument,
  type ProfileUpkeepQuery,
  type ReminderCountsQuery,
  type ReminderKind,
  type RemindersQuery,
  type SegmentCountsQuery,
  type SetProfileFlagsMutation,
  type SetProfileTagsMutation,
  type VerifyProfileMutation,
} from '../../graphql/generated';
import { hasScope, specialVisibility } from '../../auth/scopes';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toListResult, toPage } from '../../dataProvider/listParams';

export type UpkeepAction = 'tags' | 'flags' | 'verify';

export interface UpkeepFormValues {
  tags?: string[] | null;
  vip?: boolean | null;
  vipNote?: string | null;
  specialNeeds?: boolean | null;
}

/** A profile's verification, flags, tags and segments as their own record (id = the profile's); `meta.action` picks the mutation. */
export const profileUpkeepOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams, { scopes }): GraphQLRequest<ProfileUpkeepQuery> => ({
    query: ProfileUpkeepDocument,
    variables: { id: String(params.id), ...specialVisibility(scopes) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
  UPDATE: (params: UpdateParams, { scopes }): GraphQLRequest<SetProfileTagsMutation | SetProfileFlagsMutation | VerifyProfileMutation> => {
    const id = String(params.id);
    const expectedVersion = params.previousData.version as number;
    const action = params.meta?.action as UpkeepAction;
    const visibility = specialVisibility(scopes);
    const parseResponse = ({ data }: { data: Record<string, unknown> }) => ({ data: data.setProfileTags ?? data.setProfileFlags ?? data.verifyProfile });
    if (action === 'verify') return { query: VerifyProfileDocument, variables: { id, expectedVersion, ...visibility }, parseResponse };
    if (action === 'tags') {
      return {
        query: SetProfileTagsDocument,
        variables: { id, input: { expectedVersion, tags: (params.data as UpkeepFormValues).tags ?? [] }, ...visibility },
        parseResponse,
      };
    }
    const { vip, vipNote, specialNeeds } = params.data as UpkeepFormValues;
    const input = {
      expectedVersion,
      vip: Boolean(vip),
      vipNote: vip ? vipNote?.trim() || null : null,
      ...(hasScope(scopes, 'profiles.special:write') && hasScope(scopes, 'profiles.special:read') ? { specialNeeds: Boolean(specialNeeds) } : {}),
    };
    return { query: SetProfileFlagsDocument, variables: { id, input, ...visibility }, parseResponse };
  },
};

/** Reminders of one kind (`filter.kind`), paged like every list. */
export const reminderOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<RemindersQuery> => {
    const page = toPage('reminders', params);
    const { kind, withinDays } = params.filter ?? {};
    return {
      query: RemindersDocument,
      variables: { filter: { kind: kind as ReminderKind, ...(withinDays !== undefined && withinDays !== '' ? { withinDays: Number(withinDays) } : {}) }, page },
      parseResponse: ({ data }) => toListResult(data.reminders, page, 'reminders', params),
    };
  },
};

/** The dashboard's counts, one record per kind (id = the kind). */
export const reminderCountOperations: ResourceOperations = {
  GET_LIST: (): GraphQLRequest<ReminderCountsQuery> => ({
    query: ReminderCountsDocument,
    variables: {},
    parseResponse: ({ data }) => ({ data: data.reminderCounts.map((row) => ({ id: row.kind, ...row })), total: data.reminderCounts.length }),
  }),
};

/** Segments with their counts, for the travellers list's filter (id = the segment). */
export const segmentCountOperations: ResourceOperations = {
  GET_LIST: (): GraphQLRequest<SegmentCountsQuery> => ({
    query: SegmentCountsDocument,
    variables: {},
    parseResponse: ({ data }) => ({ data: data.segmentCounts.map((row) => ({ id: row.segment, ...row })), total: data.segmentCounts.length }),
  }),
};
