import type { GetOneParams, UpdateParams } from 'react-admin';
import {
  ProfileConsentsDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
  type ConsentChannel,
  type ConsentPurpose,
  type LegalBasis,
  type ProfileConsentsQuery,
  type RecordConsentMutation,
  type WithdrawConsentMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord } from '../../dataProvider/listParams';

type Optional<T> = T | null | undefined;

export interface ConsentFormValues {
  purpose?: Optional<ConsentPurpose>;
  granted?: Optional<boolean>;
  legalBasis?: Optional<LegalBasis>;
  noticeVersion?: Optional<string>;
  channel?: Optional<ConsentChannel>;
}

/** A profile's consent records; UPDATE records a new one, or with `meta.withdraw` (a record id) withdraws it. */
export const profileConsentOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams): GraphQLRequest<ProfileConsentsQuery> => ({
    query: ProfileConsentsDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<RecordConsentMutation | WithdrawConsentMutation> => {
    const expectedVersion = params.previousData.version;
    const profileId = String(params.id);
    if (params.meta?.withdraw) {
      return {
        query: WithdrawConsentDocument,
        variables: { profileId, input: { expectedVersion, consentId: params.meta.withdraw } },
        parseResponse: ({ data }) => ({ data: (data as WithdrawConsentMutation).withdrawConsent }),
      };
    }
    const values = params.data as ConsentFormValues;
    return {
      query: RecordConsentDocument,
      variables: {
        profileId,
        input: {
          expectedVersion,
          purpose: values.purpose as ConsentPurpose,
          granted: values.granted ?? true,
          legalBasis: values.legalBasis as LegalBasis,
          noticeVersion: values.noticeVersion?.trim() ?? '',
          channel: values.channel as ConsentChannel,
        },
      },
      parseResponse: ({ data }) => ({ data: (data as RecordConsentMutation).recordConsent }),
    };
  },
};
