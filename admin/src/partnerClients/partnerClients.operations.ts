import type { CreateParams, GetListParams, GetOneParams } from 'react-admin';
import {
  CreatePartnerClientDocument,
  PartnerClientByIdDocument,
  PartnerClientListDocument,
  RevokePartnerClientDocument,
  RotatePartnerClientKeyDocument,
  type CreatePartnerClientInput,
  type CreatePartnerClientMutation,
  type PartnerClientByIdQuery,
  type PartnerClientFilter,
  type PartnerClientListQuery,
  type PartnerClientListQueryVariables,
  type PartnerClientSortField,
  type RevokePartnerClientMutation,
  type RotatePartnerClientKeyMutation,
} from '../graphql/generated';
import type { CommandSender, GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

export const PARTNER_CLIENT_SORT_FIELDS: Record<string, PartnerClientSortField> = {
  name: 'NAME',
  createdAt: 'CREATED_AT',
};

const PARTNER_CLIENT_FILTER_KEYS = ['search', 'revoked'] as const;

interface PartnerClientFormValues {
  name?: string;
  scopes?: string[];
  accountIds?: string[];
}

export const createPartnerClientInput = (values: PartnerClientFormValues): CreatePartnerClientInput => ({
  name: values.name?.trim() ?? '',
  scopes: values.scopes ?? [],
  accountIds: (values.accountIds ?? []).map((id) => id.trim()).filter(Boolean),
});

export const partnerClientOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<PartnerClientListQuery> => {
    const variables: PartnerClientListQueryVariables = {
      filter: toFilter<PartnerClientFilter>(params.filter, PARTNER_CLIENT_FILTER_KEYS),
      sort: toSort(params.sort, PARTNER_CLIENT_SORT_FIELDS),
      page: toPage('partnerClients', params),
    };
    return {
      query: PartnerClientListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.partnerClients, variables.page!, 'partnerClients', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<PartnerClientByIdQuery> => ({
    query: PartnerClientByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.partnerClient),
  }),
};

/** A partner client with the key issued for it; the key is never stored, so it can only be shown now. */
export interface IssuedPartnerKey {
  apiKey: string;
  partnerClient: CreatePartnerClientMutation['createPartnerClient']['partnerClient'];
}

/** Partner-client actions that are not plain CRUD. */
export const partnerClientCommands = ({ mutate }: CommandSender) => ({
  createPartnerClient: (params: Pick<CreateParams, 'data'>) =>
    mutate<IssuedPartnerKey>({
      query: CreatePartnerClientDocument,
      variables: { input: createPartnerClientInput(params.data) },
      parseResponse: ({ data }: { data: CreatePartnerClientMutation }): IssuedPartnerKey => data.createPartnerClient,
    }),
  rotatePartnerClientKey: (id: string) =>
    mutate<IssuedPartnerKey>({
      query: RotatePartnerClientKeyDocument,
      variables: { id },
      parseResponse: ({ data }: { data: RotatePartnerClientKeyMutation }): IssuedPartnerKey => data.rotatePartnerClientKey,
    }),
  revokePartnerClient: (id: string) =>
    mutate<{ data: RevokePartnerClientMutation['revokePartnerClient'] }>({
      query: RevokePartnerClientDocument,
      variables: { id },
      parseResponse: ({ data }: { data: RevokePartnerClientMutation }) => ({ data: data.revokePartnerClient }),
    }),
});
