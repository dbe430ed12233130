import type { CreateParams, GetListParams } from 'react-admin';
import {
  AcceptReferralDocument,
  CancelUndertakingDocument,
  CloseReferralDocument,
  CompleteUndertakingDocument,
  CreateUndertakingDocument,
  MyReferralsDocument,
  MyUndertakingsDocument,
  ReferConversationDocument,
  TeamReferralsDocument,
  type AcceptReferralMutation,
  type CancelUndertakingMutation,
  type CloseReferralMutation,
  type CloseUndertakingInput,
  type CompleteUndertakingMutation,
  type CreateUndertakingMutation,
  type MyReferralsQuery,
  type MyUndertakingsQuery,
  type ReferConversationMutation,
  type TeamReferralsQuery,
  type ReferralStatus,
  type UndertakingPartsFragment,
} from '../../graphql/generated';
import type { CommandSender, GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { toListResult, toPage } from '../../dataProvider/listParams';

type Optional<T> = T | null | undefined;

/** Closing an overdue undertaking: the explanation given to the traveller and whether they were told (PC10). */
export interface CloseUndertakingFormValues {
  delayNote?: Optional<string>;
  customerTold?: Optional<boolean>;
}

/** Only an overdue undertaking sends the delay explanation; the server refuses closing one without it. */
export const closeUndertakingInput = (undertaking: UndertakingPartsFragment, values: CloseUndertakingFormValues): CloseUndertakingInput =>
  undertaking.overdue && !undertaking.delayNote
    ? { expectedVersion: undertaking.version, delayNote: values.delayNote?.trim() ?? '', customerTold: values.customerTold ?? false }
    : { expectedVersion: undertaking.version };

/** The signed-in staff member's open undertakings, soonest due first; `overdue: true` keeps only those past their time. */
export const myUndertakingOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<MyUndertakingsQuery> => {
    const page = toPage('myUndertakings', params);
    return {
      query: MyUndertakingsDocument,
      variables: { overdue: params.filter?.overdue === true ? true : undefined, page },
      parseResponse: ({ data }) => toListResult(data.myUndertakings, page, 'myUndertakings', params),
    };
  },
};

/** A promise made to the traveller (CREATE with profileId, description, dueAt). */
export const undertakingOperations: ResourceOperations = {
  CREATE: (params: CreateParams): GraphQLRequest<CreateUndertakingMutation> => ({
    query: CreateUndertakingDocument,
    variables: {
      input: {
        profileId: String(params.data.profileId ?? ''),
        description: String(params.data.description ?? '').trim(),
        dueAt: params.data.dueAt ? new Date(params.data.dueAt).toISOString() : '',
        team: params.data.team?.trim() || undefined,
      },
    },
    parseResponse: ({ data }) => ({ data: data.createUndertaking }),
  }),
};

/** Referrals to the signed-in staff member or their team, oldest first: open and accepted unless a status is chosen. */
export const myReferralOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<MyReferralsQuery> => {
    const page = toPage('myReferrals', params);
    return {
      query: MyReferralsDocument,
      variables: { status: (params.filter?.status as ReferralStatus | undefined) || undefined, page },
      parseResponse: ({ data }) => toListResult(data.myReferrals, page, 'myReferrals', params),
    };
  },
};

/** A team's referrals no colleague has accepted yet, oldest first: teams are codes, so the worklist asks for one by its code. */
export const teamReferralOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<TeamReferralsQuery> => {
    const page = toPage('teamReferrals', params);
    return {
      query: TeamReferralsDocument,
      variables: { filter: { team: String(params.filter?.team ?? ''), status: 'OPEN' }, page },
      parseResponse: ({ data }) => toListResult(data.referrals, page, 'teamReferrals', params),
    };
  },
};

/** A conversation referred to a team (CREATE with conversationId, toTeam and the reason given to the customer); it lands on their worklist. */
export const referralOperations: ResourceOperations = {
  CREATE: (params: CreateParams): GraphQLRequest<ReferConversationMutation> => ({
    query: ReferConversationDocument,
    variables: {
      input: {
        conversationId: String(params.data.conversationId ?? ''),
        toTeam: String(params.data.toTeam ?? '').trim(),
        reasonGiven: String(params.data.reasonGiven ?? '').trim(),
      },
    },
    parseResponse: ({ data }) => ({ data: data.referConversation }),
  }),
};

export const workCommands = ({ mutate }: CommandSender) => ({
  completeUndertaking: (undertaking: UndertakingPartsFragment, values: CloseUndertakingFormValues) =>
    mutate<CompleteUndertakingMutation['completeUndertaking']>({
      query: CompleteUndertakingDocument,
      variables: { id: undertaking.id, input: closeUndertakingInput(undertaking, values) },
      parseResponse: ({ data }: { data: CompleteUndertakingMutation }) => data.completeUndertaking,
    }),
  cancelUndertaking: (undertaking: UndertakingPartsFragment, values: CloseUndertakingFormValues) =>
    mutate<CancelUndertakingMutation['cancelUndertaking']>({
      query: CancelUndertakingDocument,
      variables: { id: undertaking.id, input: closeUndertakingInput(undertaking, values) },
      parseResponse: ({ data }: { data: CancelUndertakingMutation }) => data.cancelUndertaking,
    }),
  acceptReferral: (id: string, expectedVersion: number) =>
    mutate<AcceptReferralMutation['acceptReferral']>({
      query: AcceptReferralDocument,
      variables: { id, input: { expectedVersion } },
      parseResponse: ({ data }: { data: AcceptReferralMutation }) => data.acceptReferral,
    }),
  closeReferral: (id: string, expectedVersion: number) =>
    mutate<CloseReferralMutation['closeReferral']>({
      query: CloseReferralDocument,
      variables: { id, input: { expectedVersion } },
      parseResponse: ({ data }: { data: CloseReferralMutation }) => data.closeReferral,
    }),
});
