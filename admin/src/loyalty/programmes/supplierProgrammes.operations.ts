import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  SupplierProgrammeByIdDocument,
  SupplierProgrammeListDocument,
  CreateSupplierProgrammeDocument,
  UpdateSupplierProgrammeDocument,
  type SupplierProgrammeByIdQuery,
  type SupplierProgrammeFilter,
  type SupplierProgrammeListQuery,
  type SupplierProgrammeListQueryVariables,
  type SupplierProgrammeSortField,
  type CreateSupplierProgrammeInput,
  type CreateSupplierProgrammeMutation,
  type UpdateSupplierProgrammeMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../../dataProvider/listParams';

const RESOURCE = 'supplierProgrammes';
const SORT_FIELDS: Record<string, SupplierProgrammeSortField> = { name: 'NAME', ownerCode: 'OWNER_CODE', createdAt: 'CREATED_AT' };

/** Form values to the API's input: only the fields the input has, so records read back (with __typename) can be saved. */
const supplierProgrammeInput = (values: Record<string, unknown>): CreateSupplierProgrammeInput => ({
  name: String(values.name ?? '').trim(),
  sector: values.sector as CreateSupplierProgrammeInput['sector'],
  ownerCode: String(values.ownerCode ?? '').trim(),
  alliance: (values.alliance as CreateSupplierProgrammeInput['alliance']) || null,
  tierNames: (Array.isArray(values.tierNames) ? values.tierNames : []).map(String),
  numberFormat: (({ minLength, maxLength, pattern, checkDigit }) => ({ minLength, maxLength, pattern: pattern || null, checkDigit }))(
    values.numberFormat as CreateSupplierProgrammeInput['numberFormat'],
  ),
  active: values.active !== false,
});

export const supplierProgrammeOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<SupplierProgrammeListQuery> => {
    const variables: SupplierProgrammeListQueryVariables = {
      filter: toFilter<SupplierProgrammeFilter>(params.filter, ['search', 'sector', 'active']),
      sort: toSort(params.sort, SORT_FIELDS),
      page: toPage(RESOURCE, params),
    };
    return {
      query: SupplierProgrammeListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.supplierProgrammes, variables.page!, RESOURCE, params),
    };
  },
  GET_ONE: (params: GetOneParams): GraphQLRequest<SupplierProgrammeByIdQuery> => ({
    query: SupplierProgrammeByIdDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.supplierProgramme),
  }),
  GET_MANY: (params: GetManyParams): GraphQLRequest<SupplierProgrammeListQuery> => ({
    query: SupplierProgrammeListDocument,
    variables: { filter: { ids: params.ids.map(String) }, page: { limit: Math.max(params.ids.length, 1) } },
    parseResponse: ({ data }) => ({ data: data.supplierProgrammes.items }),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateSupplierProgrammeMutation> => ({
    query: CreateSupplierProgrammeDocument,
    variables: { input: supplierProgrammeInput(params.data) },
    parseResponse: ({ data }) => ({ data: data.createSupplierProgramme }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<UpdateSupplierProgrammeMutation> => ({
    query: UpdateSupplierProgrammeDocument,
    // The sector is fixed when a programme is created.
    variables: {
      id: String(params.id),
      input: { ...(({ sector: _sector, ...fields }) => fields)(supplierProgrammeInput(params.data)), expectedVersion: params.previousData.version },
    },
    parseResponse: ({ data }) => ({ data: data.updateSupplierProgramme }),
  }),
};
