import type { CreateParams, GetListParams, GetOneParams } from 'react-admin';
import {
  InteractionByIdDocument,
  InteractionListDocument,
  LogInteractionDocument,
  type InteractionByIdQuery,
  type InteractionFilter,
  type InteractionListQuery,
  type InteractionListQueryVariables,
  type LogInteractionInput,
  type LogInteractionMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage } from '../../dataProvider/listParams';
import { allowingConfidentialRefusals } from './confidential';

type Optional<T> = T | null | undefined;

/** The quick call entry's form: the API's input, with the duration in minutes and the recording switches flat. */
export interface CallFormValues {
  profileId?: Optional<string>;
  channel?: Optional<LogInteractionInput['channel']>;
  direction?: Optional<LogInteractionInput['direction']>;
  requirement?: Optional<LogInteractionInput['requirement']>;
  durationMinutes?: Optional<number>;
  summary?: Optional<string>;
  outcome?: Optional<string>;
  confidential?: Optional<boolean>;
  recorded?: Optional<boolean>;
  monitored?: Optional<boolean>;
  customerToldAndAgreed?: Optional<boolean>;
}

const text = (value: Optional<string>) => (value?.trim() ? value.trim() : undefined);

/** A recording agreement only when the call was recorded or monitored; the server checks consent and the customer's agreement. */
export const logInteractionInput = (values: CallFormValues): LogInteractionInput => {
  const recording = values.recorded || values.monitored;
  return {
    profileId: values.profileId ?? '',
    channel: values.channel ?? 'TELEPHONE',
    direction: values.direction ?? 'INBOUND',
    requirement: values.requirement ?? 'INFORMATION',
    durationSeconds: values.durationMinutes == null ? undefined : Math.round(values.durationMinutes * 60),
    summary: text(values.summary),
    outcome: text(values.outcome),
    confidential: values.confidential ?? false,
    recording: recording
      ? { recorded: values.recorded ?? false, monitored: values.monitored ?? false, customerToldAndAgreed: values.customerToldAndAgreed ?? false }
      : undefined,
  };
};

/** Every interaction, newest first, filtered by channel and requirement; a row leads to the interaction. */
export const interactionOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<InteractionListQuery> => {
    const variables: InteractionListQueryVariables = {
      filter: toFilter<InteractionFilter>(params.filter, ['channel', 'requirement', 'profileId']),
      direction: params.sort?.order === 'ASC' ? 'ASC' : 'DESC',
      page: toPage('interactions', params),
    };
    return {
      query: InteractionListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.interactions, variables.page!, 'interactions', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<InteractionByIdQuery> =>
    allowingConfidentialRefusals({
      query: InteractionByIdDocument,
      variables: { id: String(params.id) },
      parseResponse: ({ data }) => requireRecord(data.interaction),
    }),
  CREATE: (params: CreateParams): GraphQLRequest<LogInteractionMutation> => ({
    query: LogInteractionDocument,
    variables: { input: logInteractionInput(params.data as CallFormValues) },
    parseResponse: ({ data }) => ({ data: data.logInteraction }),
  }),
};
