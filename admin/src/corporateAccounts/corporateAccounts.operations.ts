import type { CreateParams, GetListParams, GetManyParams, GetManyReferenceParams, GetOneParams, UpdateParams } from 'react-admin';
import {
  AccountTravellersDocument,
  CorporateAccountByIdDocument,
  CorporateAccountListDocument,
  CreateCorporateAccountDocument,
  CreateTravelPolicyDocument,
  EndEmploymentDocument,
  LinkTravellerDocument,
  ProfileCorporateDocument,
  ReviseTravelPolicyDocument,
  TravelPolicyByIdDocument,
  UpdateCorporateAccountDocument,
  type AccountTravellerFilter,
  type AccountTravellersQuery,
  type CorporateAccountByIdQuery,
  type CorporateAccountFilter,
  type CorporateAccountListQuery,
  type CorporateAccountListQueryVariables,
  type CorporateAccountSortField,
  type CreateCorporateAccountInput,
  type CreateCorporateAccountMutation,
  type CreateTravelPolicyMutation,
  type EndEmploymentMutation,
  type LinkTravellerMutation,
  type PolicyRulesInput,
  type PolicyScope,
  type ProfileCorporateQuery,
  type ReviseTravelPolicyMutation,
  type TravelPolicyByIdQuery,
  type UpdateCorporateAccountMutation,
} from '../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../dataProvider/graphqlRequest';
import { requireRecord, toFilter, toListResult, toPage, toSort } from '../dataProvider/listParams';

export const ACCOUNT_SORT_FIELDS: Record<string, CorporateAccountSortField> = {
  legalName: 'LEGAL_NAME',
  createdAt: 'CREATED_AT',
};
const ACCOUNT_FILTER_KEYS = ['search', 'status'] as const;
const ACCOUNT_TRAVELLER_FILTER_KEYS = ['inPolicy'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-admin's form values have whatever shape the inputs gave them
type Values = Record<string, any>;
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const list = <T>(items: unknown, pick: (item: Values) => T): T[] => (Array.isArray(items) ? items.map((item) => pick(item ?? {})) : []);

/** Form values to the API's input: only the fields the input has, so records read back (with __typename) can be saved. */
export const accountInput = (values: Values): CreateCorporateAccountInput => ({
  legalName: values.legalName?.trim() ?? '',
  registrationNumber: text(values.registrationNumber),
  legalEntities: list(values.legalEntities, (entity) => ({
    name: entity.name ?? '',
    registrationNumber: text(entity.registrationNumber),
    countryCode: entity.countryCode ?? '',
  })),
  billingAddress: values.billingAddress?.city
    ? {
        lines: (values.billingAddress.lines ?? []).filter((line: string) => line.trim()),
        city: values.billingAddress.city,
        region: text(values.billingAddress.region),
        postalCode: text(values.billingAddress.postalCode),
        countryCode: values.billingAddress.countryCode ?? '',
      }
    : null,
  offices: list(values.offices, (office) => ({ name: office.name ?? '', city: office.city ?? '', countryCode: office.countryCode ?? '' })),
  departments: list(values.departments, (department) => ({ code: department.code ?? '', name: department.name ?? '' })),
  costCentres: list(values.costCentres, (costCentre) => ({ code: costCentre.code ?? '', name: costCentre.name ?? '' })),
  contacts: list(values.contacts, (contact) => ({ role: contact.role, name: contact.name ?? '', email: contact.email ?? '', phone: text(contact.phone) })),
  accountManagerId: text(values.accountManagerId),
  contractStart: values.contractStart || null,
  contractEnd: values.contractEnd || null,
});

const codes = (value: unknown): string[] | null => {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const cleaned = items.map((item: string) => item.trim().toUpperCase()).filter(Boolean);
  return cleaned.length ? cleaned : null;
};
const numberOrNull = (value: unknown): number | null => (value === '' || value === null || value === undefined ? null : Number(value));

/** The policy editor's values; an empty rule is left out (inherited on an override, unrestricted on the account policy). */
export const rulesInput = (rules: Values = {}): PolicyRulesInput => ({
  cabinByDuration: rules.cabinByDuration?.length ? list(rules.cabinByDuration, (band) => ({ minHours: Number(band.minHours ?? 0), cabin: band.cabin })) : null,
  railClass: rules.railClass || null,
  hotelCaps: rules.hotelCaps?.length
    ? list(rules.hotelCaps, (cap) => ({
        countryCode: cap.countryCode ?? '',
        city: text(cap.city),
        amount: Number(cap.amount),
        currency: (cap.currency ?? '').toUpperCase(),
      }))
    : null,
  carClasses: codes(rules.carClasses),
  preferredAirlines: codes(rules.preferredAirlines),
  blockedAirlines: codes(rules.blockedAirlines),
  preferredHotelChains: codes(rules.preferredHotelChains),
  blockedHotelChains: codes(rules.blockedHotelChains),
  preferredCarHireFirms: codes(rules.preferredCarHireFirms),
  blockedCarHireFirms: codes(rules.blockedCarHireFirms),
  advanceBookingDays: numberOrNull(rules.advanceBookingDays),
  approval: rules.approval || null,
  approvers: Array.isArray(rules.approvers)
    ? rules.approvers.filter(Boolean)
    : typeof rules.approvers === 'string' && rules.approvers.trim()
      ? rules.approvers.split(/[\s,]+/).filter(Boolean)
      : null,
  railBelowKm: numberOrNull(rules.railBelowKm),
  personalPreferencesAtOwnCost: rules.personalPreferencesAtOwnCost ?? null,
});

const accountRequest = (id: string): GraphQLRequest<CorporateAccountByIdQuery> => ({
  query: CorporateAccountByIdDocument,
  variables: { id },
  parseResponse: ({ data }) => requireRecord(data.corporateAccount),
});

export const corporateAccountOperations: ResourceOperations = {
  GET_LIST: (params: GetListParams): GraphQLRequest<CorporateAccountListQuery> => {
    const variables: CorporateAccountListQueryVariables = {
      filter: toFilter<CorporateAccountFilter>(params.filter, ACCOUNT_FILTER_KEYS),
      sort: toSort(params.sort, ACCOUNT_SORT_FIELDS),
      page: toPage('corporateAccounts', params),
    };
    return {
      query: CorporateAccountListDocument,
      variables,
      parseResponse: ({ data }) => toListResult(data.corporateAccounts, variables.page!, 'corporateAccounts', params),
    };
  },
  GET_ONE: (params: GetOneParams) => accountRequest(String(params.id)),
  GET_MANY: (params: GetManyParams): GraphQLRequest<CorporateAccountListQuery> => ({
    query: CorporateAccountListDocument,
    variables: { filter: { ids: params.ids.map(String) }, page: { limit: Math.max(params.ids.length, 1) } },
    parseResponse: ({ data }) => ({ data: data.corporateAccounts.items }),
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateCorporateAccountMutation> => ({
    query: CreateCorporateAccountDocument,
    variables: { input: accountInput(params.data) },
    parseResponse: ({ data }) => ({ data: data.createCorporateAccount }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<UpdateCorporateAccountMutation> => ({
    query: UpdateCorporateAccountDocument,
    variables: { id: String(params.id), input: { ...accountInput(params.data), expectedVersion: params.previousData.version, status: params.data.status } },
    parseResponse: ({ data }) => ({ data: data.updateCorporateAccount }),
  }),
};

/**
 * An account's travellers today, with names from profiles and compliance from corporate, in one
 * request, optionally only those in or out of policy; CREATE links a traveller, UPDATE ends a link.
 */
export const accountTravellerOperations: ResourceOperations = {
  GET_MANY_REFERENCE: (params: GetManyReferenceParams): GraphQLRequest<AccountTravellersQuery> => {
    const page = toPage('accountTravellers', params);
    return {
      query: AccountTravellersDocument,
      variables: { id: String(params.id), page, filter: toFilter<AccountTravellerFilter>(params.filter, ACCOUNT_TRAVELLER_FILTER_KEYS) },
      parseResponse: ({ data }) => toListResult(requireRecord(data.corporateAccount).data.travellers, page, 'accountTravellers', params),
    };
  },
  CREATE: (params: CreateParams): GraphQLRequest<LinkTravellerMutation> => ({
    query: LinkTravellerDocument,
    variables: {
      input: {
        profileId: params.data.profileId,
        accountId: params.data.accountId,
        departmentCode: text(params.data.departmentCode),
        costCentreCode: text(params.data.costCentreCode),
        employeeId: text(params.data.employeeId),
        grade: text(params.data.grade),
        travellerType: params.data.travellerType,
        validFrom: params.data.validFrom,
        validTo: params.data.validTo || null,
      },
    },
    parseResponse: ({ data }) => ({ data: data.linkTraveller }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<EndEmploymentMutation> => ({
    query: EndEmploymentDocument,
    variables: { id: String(params.id), validTo: params.data.validTo },
    parseResponse: ({ data }) => ({ data: { ...params.previousData, ...data.endEmployment } }),
  }),
};

/** A policy with its versions; UPDATE adds a version from `effectiveFrom` (the old ones stay as they were). */
export const travelPolicyOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams): GraphQLRequest<TravelPolicyByIdQuery> => ({
    query: TravelPolicyByIdDocument,
    variables: { id: String(params.id) },
    // `rules` (those of the version in force) is what the editor starts a new version from.
    parseResponse: ({ data }) => {
      const { data: policy } = requireRecord(data.travelPolicy);
      return { data: { ...policy, rules: policy.versionOn?.rules ?? {} } };
    },
  }),
  CREATE: (params: CreateParams): GraphQLRequest<CreateTravelPolicyMutation> => ({
    query: CreateTravelPolicyDocument,
    variables: {
      input: {
        accountId: params.data.accountId,
        name: params.data.name?.trim() ?? '',
        appliesTo: params.data.appliesTo as PolicyScope,
        departmentCode: text(params.data.departmentCode),
        grade: text(params.data.grade),
        effectiveFrom: params.data.effectiveFrom,
        rules: rulesInput(params.data.rules),
      },
    },
    parseResponse: ({ data }) => ({ data: data.createTravelPolicy }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<ReviseTravelPolicyMutation> => ({
    query: ReviseTravelPolicyDocument,
    variables: {
      id: String(params.id),
      input: { expectedVersion: params.previousData.version, effectiveFrom: params.data.effectiveFrom, rules: rulesInput(params.data.rules) },
    },
    parseResponse: ({ data }) => ({ data: data.reviseTravelPolicy }),
  }),
};

/** A traveller's employment and policy compliance, as a record of its own (id = the profile's) for the profile's tab. */
export const profileCorporateOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams): GraphQLRequest<ProfileCorporateQuery> => ({
    query: ProfileCorporateDocument,
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
};
