import { randomBytes } from 'node:crypto';
import { Principal, StatementCounter, uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData, staff, TestSubgraph } from '@wayfarer/kit/testing';
import { loyaltyModule } from '../index';

const ACME = uuid7();
const GLOBEX = uuid7();
const partnerOf = (accountId: string): Principal => ({
  id: uuid7(),
  kind: 'partner',
  roles: [],
  scopes: ['loyalty:read', 'loyalty:write', 'loyalty.numbers:read'],
  accountIds: [accountId],
  client: 'acme-hr',
});
const ACME_PARTNER = partnerOf(ACME);
const GLOBEX_PARTNER = partnerOf(GLOBEX);
const AGENT = staff(['loyalty:read', 'loyalty:write', 'loyalty.numbers:read'], ['agent']);
const ADMIN = staff(['access:admin', 'loyalty:read'], ['admin']);
const CORPORATE: Principal = { id: 'corporate', kind: 'service', roles: [], scopes: ['loyalty:record-account-links'], client: 'corporate' };

const MEMBERSHIP = 'id profileId tier context version number';
const ADD = `mutation($input: AddSupplierMembershipInput!) { addSupplierMembership(input: $input) { ${MEMBERSHIP} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSupplierMembershipInput!) { updateSupplierMembership(id: $id, input: $input) { ${MEMBERSHIP} } }`;
const CLOSE = `mutation($id: ID!) { closeSupplierMembership(id: $id, expectedVersion: 1) { id } }`;
const GET = `query($id: ID!) { supplierMembership(id: $id) { ${MEMBERSHIP} } }`;
const LIST = `query($filter: SupplierMembershipFilter) { supplierMemberships(filter: $filter, page: { limit: 200 }) { total items { id } } }`;
const REMINDERS = 'query($filter: LoyaltyReminderFilter!) { loyaltyReminders(filter: $filter, page: { limit: 200 }) { total items { membershipId } } }';
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on SupplierMembership { id } ... on Profile { supplierMemberships { id } } } }`;
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(everyDatabase())('partners reach memberships only of their accounts’ business travel, on %s', (_database, environment) => {
  let loyalty: TestSubgraph;
  let programmeId: string;
  let linked: string;
  let outsider: string;
  let business: { id: string };
  let leisure: { id: string };
  let foreign: { id: string };

  const ok = async (principal: Principal, query: string, variables: Record<string, unknown> = {}) => {
    const result = await loyalty.run(principal, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };
  const codeOf = async (principal: Principal, query: string, variables: Record<string, unknown> = {}) =>
    (await loyalty.run(principal, query, variables)).errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    loyalty = await TestSubgraph.start(loyaltyModule, { FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, ...environment });
    ({
      createSupplierProgramme: { id: programmeId },
    } = await ok(ADMIN, 'mutation($input: CreateSupplierProgrammeInput!) { createSupplierProgramme(input: $input) { id } }', {
      input: { name: 'Club', sector: 'AIR', ownerCode: 'BA', tierNames: ['Blue', 'Gold'], numberFormat: { minLength: 4, maxLength: 12, checkDigit: 'NONE' } },
    }));
    [linked, outsider] = [uuid7(), uuid7()];
    await ok(CORPORATE, 'mutation($links: [AccountLinksInput!]!) { recordLoyaltyAccountLinks(links: $links) }', {
      links: [
        { profileId: linked, accounts: [{ accountId: ACME, validFrom: daysFromToday(-30) }] },
        { profileId: outsider, accounts: [{ accountId: GLOBEX, validFrom: daysFromToday(-30) }] },
      ],
    });
    const add = async (input: Record<string, unknown>) =>
      (await ok(AGENT, ADD, { input: { programmeId, tierExpiresOn: daysFromToday(5), ...input } })).addSupplierMembership;
    business = await add({ profileId: linked, number: 'BUS1' });
    leisure = await add({ profileId: linked, number: 'LEI1', context: 'LEISURE' });
    foreign = await add({ profileId: outsider, number: 'BUS1' });
  }, 60_000);
  afterAll(async () => {
    await loyalty.stop();
    removeEmbeddedData(environment);
  });

  it('reads its travellers’ business memberships on every path', async () => {
    expect((await ok(ACME_PARTNER, GET, { id: business.id })).supplierMembership).toMatchObject({ id: business.id, number: 'BUS1' });
    expect((await ok(ACME_PARTNER, LIST, { filter: { profileId: linked } })).supplierMemberships.items).toEqual([{ id: business.id }]);
    expect((await ok(ACME_PARTNER, LIST, {})).supplierMemberships.items).toEqual([{ id: business.id }]);
    expect((await ok(ACME_PARTNER, REMINDERS, { filter: { kind: 'TIER_EXPIRING' } })).loyaltyReminders.items).toEqual([{ membershipId: business.id }]);
    const entities = await ok(ACME_PARTNER, ENTITIES, {
      representations: [
        { __typename: 'SupplierMembership', id: business.id },
        { __typename: 'Profile', id: linked },
      ],
    });
    expect(entities._entities).toEqual([{ id: business.id }, { supplierMemberships: [{ id: business.id }] }]);
    // The same number held by a traveller outside the partner's accounts is not revealed to it.
    expect(
      (await ok(ACME_PARTNER, `query($id: ID!) { supplierMembership(id: $id) { sharedWith { id } } }`, { id: business.id })).supplierMembership.sharedWith,
    ).toEqual([]);
    expect(
      (await ok(AGENT, `query($id: ID!) { supplierMembership(id: $id) { sharedWith { id } } }`, { id: business.id })).supplierMembership.sharedWith,
    ).toEqual([{ id: foreign.id }]);
    expect((await ok(ACME_PARTNER, LIST, { filter: { programmeId, number: 'BUS1' } })).supplierMemberships.items).toEqual([{ id: business.id }]);
  });

  it('never sees a leisure membership, nor records or changes one', async () => {
    expect((await ok(ACME_PARTNER, GET, { id: leisure.id })).supplierMembership).toBeNull();
    expect((await ok(ACME_PARTNER, ENTITIES, { representations: [{ __typename: 'SupplierMembership', id: leisure.id }] }))._entities).toEqual([null]);
    expect((await ok(ACME_PARTNER, LIST, { filter: { programmeId, number: 'LEI1' } })).supplierMemberships.total).toBe(0);
    const refused = await loyalty.run(ACME_PARTNER, ADD, { input: { profileId: linked, programmeId, number: 'LEI2', context: 'LEISURE' } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [expect.objectContaining({ field: 'input.context', rule: 'partnerContext' })],
    });
    expect(await codeOf(ACME_PARTNER, UPDATE, { id: leisure.id, input: { expectedVersion: 1, tier: 'Gold' } })).toBe('NOT_FOUND');
    expect(await codeOf(ACME_PARTNER, UPDATE, { id: business.id, input: { expectedVersion: 1, context: 'LEISURE' } })).toBe('BAD_USER_INPUT');
    expect((await ok(AGENT, GET, { id: leisure.id })).supplierMembership).toMatchObject({ tier: null, version: 1 });
    expect((await ok(AGENT, LIST, { filter: { profileId: linked } })).supplierMemberships.total).toBe(2);
  });

  it('is refused every traveller outside its accounts, and writes nothing', async () => {
    expect(await codeOf(GLOBEX_PARTNER, GET, { id: business.id })).toBe('FORBIDDEN');
    expect(await codeOf(GLOBEX_PARTNER, ENTITIES, { representations: [{ __typename: 'SupplierMembership', id: business.id }] })).toBe('FORBIDDEN');
    expect(await codeOf(GLOBEX_PARTNER, ENTITIES, { representations: [{ __typename: 'Profile', id: linked }] })).toBe('FORBIDDEN');
    expect(await codeOf(GLOBEX_PARTNER, LIST, { filter: { profileId: linked } })).toBe('FORBIDDEN');
    expect(await codeOf(GLOBEX_PARTNER, REMINDERS, { filter: { kind: 'TIER_EXPIRING', profileId: linked } })).toBe('FORBIDDEN');
    expect((await ok(GLOBEX_PARTNER, LIST, {})).supplierMemberships.items).toEqual([{ id: foreign.id }]);
    expect((await ok(GLOBEX_PARTNER, REMINDERS, { filter: { kind: 'TIER_EXPIRING' } })).loyaltyReminders.items).toEqual([{ membershipId: foreign.id }]);

    expect(await codeOf(GLOBEX_PARTNER, ADD, { input: { profileId: linked, programmeId, number: 'NEW1' } })).toBe('FORBIDDEN');
    expect(await codeOf(GLOBEX_PARTNER, UPDATE, { id: business.id, input: { expectedVersion: 1, tier: 'Gold' } })).toBe('FORBIDDEN');
    expect(await codeOf(GLOBEX_PARTNER, CLOSE, { id: business.id })).toBe('FORBIDDEN');
    expect((await ok(AGENT, LIST, { filter: { profileId: linked } })).supplierMemberships.total).toBe(2);
    expect((await ok(AGENT, GET, { id: business.id })).supplierMembership).toMatchObject({ tier: null, version: 1 });
  });

  it('reads the memberships of every traveller of a plan step in the same number of statements, however many travellers', async () => {
    const counter = loyalty.running.dataSource.logger as StatementCounter;
    const measure = async (profileIds: string[]) => {
      await loyalty.running.audit.flush();
      const before = counter.total;
      await ok(AGENT, ENTITIES, { representations: profileIds.map((id) => ({ __typename: 'Profile', id })) });
      return counter.total - before;
    };
    const many = [linked, outsider, uuid7(), uuid7(), uuid7()];
    expect(await measure(many)).toBe(await measure([linked]));
  });
});
