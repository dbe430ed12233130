import {
  AddSupplierMembershipDocument,
  CloseSupplierMembershipDocument,
  RedeemLoyaltyPointsDocument,
  UpdateSupplierMembershipDocument,
} from '../graphql/generated';
import { createBuildQuery } from '../dataProvider/buildQuery';
import { profileSupplierMembershipOperations, supplierMembershipOperations } from './memberships/supplierMemberships.operations';
import { loyaltyAdjustmentOperations, loyaltyRedemptionOperations, loyaltyStatementOperations } from './scheme/loyaltyMembers.operations';
import { rulesInput } from './scheme/loyaltyScheme.operations';

const operations = {
  profileSupplierMemberships: profileSupplierMembershipOperations,
  supplierMemberships: supplierMembershipOperations,
  loyaltyRedemptions: loyaltyRedemptionOperations,
  loyaltyAdjustments: loyaltyAdjustmentOperations,
  loyaltyStatement: loyaltyStatementOperations,
};
const buildQuery = (scopes: string[]) => createBuildQuery(() => scopes, operations);
const AGENT = ['loyalty:read', 'loyalty.numbers:read', 'loyalty:write', 'corporate:read'];
const MARKETING = ['loyalty:read', 'corporate:read'];
const DPO = ['loyalty:read', 'loyalty.numbers:read'];

const stored = { id: 'm1', version: 4, number: '992003400012345', numberMasked: '••••••••••••345', programme: { name: 'Miles & More' } };

describe('supplier memberships', () => {
  it('asks for full numbers only with loyalty.numbers:read, and for the policy flag only with corporate:read', () => {
    expect(buildQuery(AGENT)('GET_ONE', 'profileSupplierMemberships', { id: 'p1' }).variables).toEqual({
      id: 'p1',
      canReadLoyaltyNumbers: true,
      canReadCorporate: true,
    });
    expect(buildQuery(MARKETING)('GET_ONE', 'profileSupplierMemberships', { id: 'p1' }).variables).toMatchObject({ canReadLoyaltyNumbers: false });
    expect(buildQuery(DPO)('GET_ONE', 'profileSupplierMemberships', { id: 'p1' }).variables).toMatchObject({ canReadCorporate: false });
  });

  it('adds with the number trimmed and cleared fields as null', () => {
    const data = { profileId: 'p1', programmeId: 'g1', number: ' 992003400012345 ', tier: 'Senator', tierExpiresOn: '', points: 48200, context: 'LEISURE' };
    const request = buildQuery(AGENT)('CREATE', 'supplierMemberships', { data });
    expect(request.query).toBe(AddSupplierMembershipDocument);
    expect(request.variables.input).toEqual({
      profileId: 'p1',
      programmeId: 'g1',
      number: '992003400012345',
      tier: 'Senator',
      tierExpiresOn: null,
      expiresOn: null,
      points: 48200,
      pointsReadOn: null,
      context: 'LEISURE',
      primary: false,
    });
  });

  it('keeps the stored number when none is typed, at the version edited; closing sends only the version', () => {
    const update = buildQuery(AGENT)('UPDATE', 'supplierMemberships', { id: 'm1', data: { ...stored, number: '', status: 'SUSPENDED' }, previousData: stored });
    expect(update.query).toBe(UpdateSupplierMembershipDocument);
    expect(update.variables.input).toMatchObject({ expectedVersion: 4, status: 'SUSPENDED' });
    expect(update.variables.input).not.toHaveProperty('number');
    const close = buildQuery(AGENT)('UPDATE', 'supplierMemberships', { id: 'm1', data: {}, previousData: stored, meta: { close: true } });
    expect(close.query).toBe(CloseSupplierMembershipDocument);
    expect(close.variables).toMatchObject({ id: 'm1', expectedVersion: 4 });
  });
});

describe('our scheme', () => {
  it('redeems a reward or a number of points, never both', () => {
    const reward = buildQuery(AGENT)('CREATE', 'loyaltyRedemptions', { data: { memberId: 'x1', redeem: 'reward', rewardId: 'r1', points: 40 } });
    expect(reward.query).toBe(RedeemLoyaltyPointsDocument);
    expect(reward.variables.input).toEqual({ memberId: 'x1', rewardId: 'r1' });
    const points = buildQuery(AGENT)('CREATE', 'loyaltyRedemptions', { data: { memberId: 'x1', redeem: 'points', rewardId: 'r1', points: 40 } });
    expect(points.variables.input).toEqual({ memberId: 'x1', points: 40 });
  });

  it('sends a blank reason as blank, so the server names the field and its rule', () => {
    const request = buildQuery(['loyalty:adjust'])('CREATE', 'loyaltyAdjustments', { data: { memberId: 'x1', points: -500, reason: '   ' } });
    expect(request.variables.input).toEqual({ memberId: 'x1', points: -500, reason: '' });
  });

  it('walks the statement by the cursor of the page before', () => {
    const params = { target: 'memberId', id: 'x1', pagination: { page: 1, perPage: 10 }, sort: { field: 'postedAt', order: 'DESC' }, filter: {} };
    const first = buildQuery(AGENT)('GET_MANY_REFERENCE', 'loyaltyStatement', params);
    expect(first.variables).toEqual({ memberId: 'x1', page: { limit: 10, offset: 0 } });
    first.parseResponse({ data: { loyaltyMember: { id: 'x1', statement: { items: [], total: 30, totalIsExact: true, nextCursor: 'c2' } } } });
    const second = buildQuery(AGENT)('GET_MANY_REFERENCE', 'loyaltyStatement', { ...params, pagination: { page: 2, perPage: 10 } });
    expect(second.variables).toEqual({ memberId: 'x1', page: { limit: 10, after: 'c2' } });
  });

  it('revises with the rules as read back, codes upper-cased and blanks as null', () => {
    const rules = {
      __typename: 'LoyaltySchemeRules',
      earningRules: [{ __typename: 'LoyaltyEarningRule', productType: 'FLIGHT', currency: 'eur ', pointsPerUnit: 1 }],
      bonusRules: [{ name: 'VIP', segment: '', productTypes: [], from: '', to: null, multiplier: 2, extraPoints: '' }],
      tiers: [{ code: 'blue', name: 'Blue', qualifyingPoints: 0, qualifyingTrips: '', retentionPoints: 0 }],
      gracePeriodDays: 30,
      expiryMonths: '',
      termsVersion: ' scheme-2026 ',
    } as never;
    expect(rulesInput(rules)).toEqual({
      earningRules: [{ productType: 'FLIGHT', currency: 'EUR', pointsPerUnit: 1 }],
      bonusRules: [{ name: 'VIP', segment: null, productTypes: null, from: null, to: null, multiplier: 2, extraPoints: null }],
      tiers: [{ code: 'BLUE', name: 'Blue', qualifyingPoints: 0, qualifyingTrips: null, retentionPoints: 0 }],
      gracePeriodDays: 30,
      expiryMonths: null,
      termsVersion: 'scheme-2026',
    });
  });
});
