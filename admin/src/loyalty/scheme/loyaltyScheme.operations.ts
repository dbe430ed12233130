import type { GetOneParams, UpdateParams } from 'react-admin';
import {
  LoyaltySchemeDocument,
  ReviseLoyaltySchemeDocument,
  type LoyaltySchemeQuery,
  type LoyaltySchemeRulesInput,
  type LoyaltySchemeRulesPartsFragment,
  type ReviseLoyaltySchemeMutation,
} from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';

export interface RevisionFormValues {
  effectiveFrom?: string | null;
  rules?: LoyaltySchemeRulesPartsFragment;
}

const orNull = <T>(value: T | null | undefined | '') => (value === undefined || value === '' ? null : value);

/** The rules as read back (with __typename) to the API's input, blanks as null. */
export const rulesInput = (rules: LoyaltySchemeRulesPartsFragment): LoyaltySchemeRulesInput => ({
  earningRules: (rules.earningRules ?? []).map(({ productType, currency, pointsPerUnit }) => ({
    productType,
    currency: (currency ?? '').trim().toUpperCase(),
    pointsPerUnit,
  })),
  bonusRules: (rules.bonusRules ?? []).map(({ name, segment, productTypes, from, to, multiplier, extraPoints }) => ({
    name: (name ?? '').trim(),
    segment: orNull(segment?.trim()),
    productTypes: productTypes?.length ? productTypes : null,
    from: orNull(from),
    to: orNull(to),
    multiplier: orNull(multiplier),
    extraPoints: orNull(extraPoints),
  })),
  tiers: (rules.tiers ?? []).map(({ code, name, qualifyingPoints, qualifyingTrips, retentionPoints }) => ({
    code: (code ?? '').trim().toUpperCase(),
    name: (name ?? '').trim(),
    qualifyingPoints,
    qualifyingTrips: orNull(qualifyingTrips),
    retentionPoints,
  })),
  gracePeriodDays: rules.gracePeriodDays,
  expiryMonths: orNull(rules.expiryMonths),
  termsVersion: (rules.termsVersion ?? '').trim(),
});

/** The one scheme (id `scheme`) with every version; UPDATE revises it from a date. */
export const loyaltySchemeOperations: ResourceOperations = {
  GET_ONE: (_params: GetOneParams): GraphQLRequest<LoyaltySchemeQuery> => ({
    query: LoyaltySchemeDocument,
    variables: {},
    parseResponse: ({ data }) => ({ data: { ...data.loyaltyScheme, id: 'scheme', schemeId: data.loyaltyScheme.id } }),
  }),
  UPDATE: (params: UpdateParams): GraphQLRequest<ReviseLoyaltySchemeMutation> => {
    const values = params.data as RevisionFormValues;
    return {
      query: ReviseLoyaltySchemeDocument,
      variables: { input: { expectedVersion: params.previousData.version, effectiveFrom: values.effectiveFrom ?? '', rules: rulesInput(values.rules!) } },
      parseResponse: ({ data }) => ({ data: { ...data.reviseLoyaltyScheme, id: 'scheme', schemeId: data.reviseLoyaltyScheme.id } }),
    };
  },
};
