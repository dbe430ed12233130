import type { CreateParams, GetListParams, GetManyReferenceParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  CampaignByIdDocument,
  CampaignDryRunDocument,
  CampaignListDocument,
  CampaignRecipientsDocument,
  CancelCampaignDocument,
  CreateCampaignDocument,
  ScheduleCampaignDocument,
  SendCampaignDocument,
  UpdateCampaignDocument,
  type CampaignAudienceInput,
  type CampaignByIdQuery,
  type CampaignChannel,
  type CampaignContentInput,
  type CampaignDryRunQuery,
  type CampaignListQuery,
  type CampaignPartsFragment,
  type CampaignRecipientsQuery,
  type CampaignStatus,
  type CancelCampaignMutation,
  type CreateCampaignMutation,
  type DeliveryStatus,
  type ScheduleCampaignMutation,
  type SendCampaignMutation,
  type UpdateCampaignMutation,
} from '../../graphql/generated';
import type { CommandSender, GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toListResult, toPage } from '../../dataProvider/listParams';

type Optional<T> = T | null | undefined;

/** The draft form: the API's input, the audience's account optional and contents as entered. */
export interface CampaignFormValues {
  name?: Optional<string>;
  channel?: Optional<CampaignChannel>;
  audience?: Optional<{ segments?: Optional<string[]>; tags?: Optional<string[]>; accountId?: Optional<string> }>;
  defaultLanguage?: Optional<string>;
  contents?: Optional<{ language?: Optional<string>; subject?: Optional<string>; body?: Optional<string> }[]>;
}

const words = (values: Optional<string[]>) => (values ?? []).map((value) => value.trim()).filter(Boolean);

const audienceInput = (audience: CampaignFormValues['audience']): CampaignAudienceInput => ({
  segments: words(audience?.segments),
  tags: words(audience?.tags),
  accountId: audience?.accountId || null,
});

/** E-mail carries a subject, SMS none: one left over from switching channel is not sent. */
const contentsInput = (values: CampaignFormValues, channel: Optional<CampaignChannel>): CampaignContentInput[] =>
  (values.contents ?? []).map((content) => ({
    language: content.language?.trim() ?? '',
    subject: channel === 'SMS' ? undefined : (content.subject?.trim() ?? ''),
    body: content.body ?? '',
  }));

export const campaignOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<CampaignListQuery> => {
    const page = toPage('campaigns', params);
    return {
      query: CampaignListDocument,
      variables: { status: (params.filter?.status as CampaignStatus | undefined) || undefined, page },
      parseResponse: ({ data }) => toListResult(data.campaigns, page, 'campaigns', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<CampaignByIdQuery> => ({
    query: CampaignByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.campaign),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateCampaignMutation> => {
    const values = params.data as CampaignFormValues;
    return {
      query: CreateCampaignDocument,
      variables: {
        input: {
          name: values.name?.trim() ?? '',
          channel: values.channel ?? 'EMAIL',
          audience: audienceInput(values.audience),
          defaultLanguage: values.defaultLanguage?.trim() ?? '',
          contents: contentsInput(values, values.channel),
        },
      },
      parseResponse: ({ data }) => ({ data: data.createCampaign }),
    };
  },
  UPDATE: (params: UpdateParams): GraphQLRequest<UpdateCampaignMutation> => {
    const values = params.data as CampaignFormValues;
    const previous = params.previousData as CampaignPartsFragment;
    return {
      query: UpdateCampaignDocument,
      variables: {
        id: String(params.id),
        input: {
          expectedVersion: previous.version,
          name: values.name?.trim() ?? '',
          audience: audienceInput(values.audience),
          defaultLanguage: values.defaultLanguage?.trim() ?? '',
          contents: contentsInput(values, previous.channel),
        },
      },
      parseResponse: ({ data }) => ({ data: data.updateCampaign }),
    };
  },
};

/** The delivery report's recipients, a page at a time, filtered by delivery status. */
export const campaignRecipientOperations: ResourceOperations = {
  GET_MANY_REFERENCE: (params: GetManyReferenceParams): GraphQLRequest<CampaignRecipientsQuery> => {
    const page = toPage('campaignRecipients', params);
    return {
      query: CampaignRecipientsDocument,
      variables: { id: String(params.id), status: (params.filter?.status as DeliveryStatus | undefined) || undefined, page },
      parseResponse: ({ data }) => toListResult(requireRecord(data.campaign).data.recipients, page, 'campaignRecipients', params),
    };
  },
};

/** Who the campaign would reach now and who is excluded why, as one record; nothing is sent. */
export const campaignDryRunOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams): GraphQLRequest<CampaignDryRunQuery> => ({
    query: CampaignDryRunDocument,
    variables: { id: String(params.id), limit: 50 },
    parseResponse: ({ data }) => ({ data: { id: String(params.id), ...data.campaignDryRun } }),
  }),
};

export const campaignCommands = ({ mutate }: CommandSender) => ({
  scheduleCampaign: (campaign: CampaignPartsFragment, sendAt: string) =>
    mutate<ScheduleCampaignMutation['scheduleCampaign']>({
      query: ScheduleCampaignDocument,
      variables: { id: campaign.id, input: { expectedVersion: campaign.version, sendAt } },
      parseResponse: ({ data }: { data: ScheduleCampaignMutation }) => data.scheduleCampaign,
    }),
  sendCampaign: (campaign: CampaignPartsFragment) =>
    mutate<SendCampaignMutation['sendCampaign']>({
      query: SendCampaignDocument,
      variables: { id: campaign.id, input: { expectedVersion: campaign.version } },
      parseResponse: ({ data }: { data: SendCampaignMutation }) => data.sendCampaign,
    }),
  cancelCampaign: (campaign: CampaignPartsFragment) =>
    mutate<CancelCampaignMutation['cancelCampaign']>({
      query: CancelCampaignDocument,
      variables: { id: campaign.id, input: { expectedVersion: campaign.version } },
      parseResponse: ({ data }: { data: CancelCampaignMutation }) => data.cancelCampaign,
    }),
});
