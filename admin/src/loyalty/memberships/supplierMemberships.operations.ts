import type { CreateParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  AddSupplierMembershipDocument,
  CloseSupplierMembershipDocument,
  ProfileSupplierMembershipsDocument,
  UpdateSupplierMembershipDocument,
  type AddSupplierMembershipInput,
  type AddSupplierMembershipMutation,
  type CloseSupplierMembershipMutation,
  type MembershipContext,
  type MembershipStatus,
  type ProfileSupplierMembershipsQuery,
  type UpdateSupplierMembershipInput,
  type UpdateSupplierMembershipMutation,
} from '../../graphql/generated';
import { membershipVisibility } from '../../auth/scopes';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord } from '../../dataProvider/listParams';

type Optional<T> = T | null | undefined;

export interface MembershipFormValues {
  profileId?: Optional<string>;
  programmeId?: Optional<string>;
  number?: Optional<string>;
  tier?: Optional<string>;
  tierExpiresOn?: Optional<string>;
  expiresOn?: Optional<string>;
  points?: Optional<number>;
  pointsReadOn?: Optional<string>;
  context?: Optional<MembershipContext>;
  primary?: Optional<boolean>;
  status?: Optional<MembershipStatus>;
}

const text = (value: Optional<string>): string | null => (value?.trim() ? value.trim() : null);
const points = (value: Optional<number>): number | null => (typeof value === 'number' && !Number.isNaN(value) ? value : null);

/** What add and update share; cleared fields are sent as null so the stored value is cleared too. */
const membershipFields = (values: MembershipFormValues) => ({
  tier: text(values.tier),
  tierExpiresOn: text(values.tierExpiresOn),
  expiresOn: text(values.expiresOn),
  points: points(values.points),
  pointsReadOn: text(values.pointsReadOn),
  context: values.context ?? 'BUSINESS',
  primary: Boolean(values.primary),
});

// The number is required when adding: sent even when blank so the server names it in its validation error.
export const addMembershipInput = (values: MembershipFormValues): AddSupplierMembershipInput => ({
  profileId: values.profileId ?? '',
  programmeId: values.programmeId ?? '',
  number: text(values.number) ?? '',
  ...membershipFields(values),
});

/** An empty number keeps the stored one, which the form never holds (only its masked form). */
export const updateMembershipInput = (values: MembershipFormValues, expectedVersion: number): UpdateSupplierMembershipInput => {
  const number = text(values.number);
  return { expectedVersion, ...(number ? { number } : {}), ...membershipFields(values), status: values.status ?? 'ACTIVE' };
};

/** A traveller's supplier memberships as one record (id = the profile's). */
export const profileSupplierMembershipOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams, { scopes }): GraphQLRequest<ProfileSupplierMembershipsQuery> => ({
    query: ProfileSupplierMembershipsDocument,
    variables: { id: String(params.id), ...membershipVisibility(scopes) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
};

/** One membership: CREATE adds it, UPDATE changes it, or with `meta.close` closes it. */
export const supplierMembershipOperations: ResourceOperations = {
  CREATE: (params: CreateParams, { scopes }): GraphQLRequest<AddSupplierMembershipMutation> => ({
    query: AddSupplierMembershipDocument,
    variables: { input: addMembershipInput(params.data), ...membershipVisibility(scopes) },
    parseResponse: ({ data }) => ({ data: data.addSupplierMembership }),
  }),
  UPDATE: (params: UpdateParams, { scopes }): GraphQLRequest<UpdateSupplierMembershipMutation | CloseSupplierMembershipMutation> => {
    const id = String(params.id);
    const expectedVersion = params.previousData.version as number;
    if (params.meta?.close) {
      return {
        query: CloseSupplierMembershipDocument,
        variables: { id, expectedVersion, ...membershipVisibility(scopes) },
        parseResponse: ({ data }) => ({ data: (data as CloseSupplierMembershipMutation).closeSupplierMembership }),
      };
    }
    return {
      query: UpdateSupplierMembershipDocument,
      variables: { id, input: updateMembershipInput(params.data, expectedVersion), ...membershipVisibility(scopes) },
      parseResponse: ({ data }) => ({ data: (data as UpdateSupplierMembershipMutation).updateSupplierMembership }),
    };
  },
};
