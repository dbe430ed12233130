import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  CreateStaffMemberDocument,
  RolesDocument,
  StaffMemberByIdDocument,
  StaffMemberListDocument,
  UpdateStaffMemberDocument,
  type CreateStaffMemberInput,
  type CreateStaffMemberMutation,
  type RolesQuery,
  type StaffMemberByIdQuery,
  type StaffMemberFilter,
  type StaffMemberListQuery,
  type StaffMemberListQueryVariables,
  type StaffMemberSortField,
  type UpdateStaffMemberInput,
  type UpdateStaffMemberMutation,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

export const STAFF_SORT_FIELDS: Record<string, StaffMemberSortField> = {
  username: 'USERNAME',
  createdAt: 'CREATED_AT',
};

const STAFF_FILTER_KEYS = ['search', 'role', 'active'] as const;

interface StaffFormValues {
  username?: string;
  displayName?: string;
  password?: string | null;
  roles?: string[];
  active?: boolean;
}

export const createStaffMemberInput = (values: StaffFormValues): CreateStaffMemberInput => ({
  username: values.username?.trim() ?? '',
  displayName: values.displayName?.trim() ?? '',
  password: values.password ?? '',
  roles: values.roles ?? [],
});

/** An empty password field on edit means "keep the current password". */
export const updateStaffMemberInput = (values: StaffFormValues, expectedVersion: number): UpdateStaffMemberInput => ({
  expectedVersion,
  displayName: values.displayName?.trim() ?? '',
  roles: values.roles ?? [],
  active: values.active ?? true,
  ...(values.password ? { password: values.password } : {}),
});

export const staffOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<StaffMemberListQuery> => {
    const variables: StaffMemberListQueryVariables = {
      filter: toFilter<StaffMemberFilter>(params.filter, STAFF_FILTER_KEYS),
      sort: toSort(params.sort, STAFF_SORT_FIELDS),
      page: toPage('staff', params),
    };
    return {
      query: StaffMemberListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.staffMembers, variables.page!, 'staff', params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<StaffMemberByIdQuery> => ({
    query: StaffMemberByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.staffMember),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateStaffMemberMutation> => ({
    query: CreateStaffMemberDocument,
    variables: { input: createStaffMemberInput(params.data) },
    parseResponse: ({ data }) => ({ data: data.createStaffMember }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<UpdateStaffMemberMutation> => ({
    query: UpdateStaffMemberDocument,
    variables: { id: String(params.id), input: updateStaffMemberInput(params.data, params.previousData.version) },
    parseResponse: ({ data }) => ({ data: data.updateStaffMember }),
  }),
};

/** Roles are not a resource of their own in the API; react-admin reads them as one so inputs can offer them. */
const rolesRequest = (pickIds?: readonly string[]): GraphQLRequest<RolesQuery> => ({
  query: RolesDocument,
  variables: {},
  parseResponse: ({ data }) => {
    const roles = data.roles.map((role) => ({ id: role.name, ...role })).filter((role) => !pickIds || pickIds.includes(role.id));
    return pickIds ? { data: roles } : { data: roles, total: roles.length };
  },
});

export const roleOperations: ResourceOperations = {
  GET_LIST: () => rolesRequest(),
  GET_MANY: (params: GetManyParams) => rolesRequest(params.ids.map(String)),
};
