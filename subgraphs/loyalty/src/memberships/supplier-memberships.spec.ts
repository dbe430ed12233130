import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const MEMBERSHIP = 'id profileId sector ownerCode tier tierExpiresOn expiresOn points pointsReadOn status context primary version numberMasked';
const ADD = `mutation($input: AddSupplierMembershipInput!) { addSupplierMembership(input: $input) { ${MEMBERSHIP} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSupplierMembershipInput!) { updateSupplierMembership(id: $id, input: $input) { ${MEMBERSHIP} } }`;
const CLOSE = `mutation($id: ID!, $expectedVersion: Int!) { closeSupplierMembership(id: $id, expectedVersion: $expectedVersion) { ${MEMBERSHIP} } }`;
const GET = `query($id: ID!) { supplierMembership(id: $id) { ${MEMBERSHIP} } }`;
const LIST = `query($filter: SupplierMembershipFilter, $page: PageInput) { supplierMemberships(filter: $filter, page: $page) { total items { id profileId } } }`;
const CREATE_PROGRAMME = 'mutation($input: CreateSupplierProgrammeInput!) { createSupplierProgramme(input: $input) { id } }';
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const digits = (length: number, checkDigit = 'NONE') => ({ minLength: length, maxLength: length, pattern: null, checkDigit });

describe.each(everyDatabase())('supplier memberships through the whole gateway on %s', (_database, subgraphEnv) => {
  let graph: TestGraph;
  let admin: string;
  let agent: string;
  let marketing: string;
  let dpo: string;
  let britishAirways: string;
  let swiss: string;
  let hotel: string;
  let luhnRail: string;
  const tokenFor = (role: keyof typeof ROLE_SCOPES) => graph.sessionToken({ roles: [role], scopes: [...ROLE_SCOPES[role]] });

  const run = (query: string, variables: Record<string, unknown> = {}, options: { token?: string; apiKey?: string } = { token: agent }) =>
    graph.request(query, variables, options).then((result) => result.body);
  const ok = async (query: string, variables: Record<string, unknown> = {}, options: { token?: string; apiKey?: string } = { token: agent }) => {
    const body = await run(query, variables, options);
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, any>;
  };
  const createTraveller = async (familyName: string): Promise<string> =>
    (
      await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
        input: { givenName: 'Pat', familyName, lawfulBasis: LAWFUL_BASIS },
      })
    ).createProfile.id;
  const add = async (input: Record<string, unknown>, options?: { token?: string; apiKey?: string }) =>
    (await ok(ADD, { input }, options)).addSupplierMembership;
  const membershipsOf = async (profileId: string) => (await ok(LIST, { filter: { profileId } }, { token: admin })).supplierMemberships;
  const auditOf = async (subjectId: string) => {
    await graph.subgraphs.loyalty.audit.flush();
    await graph.subgraphs.loyalty.audit.relay();
    const { auditEvents } = await ok(
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, page: { limit: 50 }) { items { operation subjectType fields actorId } } }',
      { filter: { subjectId, service: 'loyalty' } },
      { token: admin },
    );
    return auditEvents.items as { operation: string; subjectType: string; fields: string[] }[];
  };

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv });
    [admin, agent, marketing, dpo] = await Promise.all([tokenFor('admin'), tokenFor('agent'), tokenFor('marketing'), tokenFor('dpo')]);
    const programme = async (input: Record<string, unknown>) => (await ok(CREATE_PROGRAMME, { input }, { token: admin })).createSupplierProgramme.id as string;
    britishAirways = await programme({
      name: 'Executive Club',
      sector: 'AIR',
      ownerCode: 'BA',
      alliance: 'ONEWORLD',
      tierNames: ['Blue', 'Bronze', 'Silver', 'Gold'],
      numberFormat: { ...digits(8), pattern: '[0-9]{8}' },
    });
    swiss = await programme({ name: 'Swiss Miles', sector: 'AIR', ownerCode: 'LX', tierNames: ['Member', 'Senator'], numberFormat: digits(9) });
    hotel = await programme({
      name: 'Hotel Points',
      sector: 'HOTEL',
      ownerCode: 'MC',
      tierNames: ['Member', 'Gold'],
      numberFormat: { minLength: 6, maxLength: 12, pattern: '[A-Z0-9]+', checkDigit: 'NONE' },
    });
    luhnRail = await programme({ name: 'Rail Card', sector: 'RAIL', ownerCode: 'DB', tierNames: ['Blue'], numberFormat: digits(11, 'LUHN') });
  }, 180_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(subgraphEnv);
  });

  it('keeps the number encrypted, masked to marketing, in full to agents with every full read audited', async () => {
    const traveller = await createTraveller('Masked');
    const membership = await add({ profileId: traveller, programmeId: britishAirways, number: '1234 5678', tier: 'Silver', points: 1200 });
    expect(membership).toMatchObject({
      profileId: traveller,
      sector: 'AIR',
      ownerCode: 'BA',
      tier: 'Silver',
      points: 1200,
      pointsReadOn: daysFromToday(0),
      status: 'ACTIVE',
      context: 'BUSINESS',
      primary: false,
      version: 1,
      numberMasked: '•••678',
    });
    const [stored] = await graph.subgraphs.loyalty.dataSource.query('SELECT number_encrypted, number_tail FROM supplier_memberships WHERE id = ?', [
      membership.id,
    ]);
    expect(stored.number_encrypted).not.toContain('12345678');
    expect(stored.number_tail).toBe('678');

    const asAgent = await ok(`query($id: ID!) { supplierMembership(id: $id) { number numberMasked } }`, { id: membership.id });
    expect(asAgent.supplierMembership).toEqual({ number: '12345678', numberMasked: '•••678' });
    expect((await auditOf(membership.id)).some((event) => event.operation === 'read' && event.fields.includes('number'))).toBe(true);

    const asMarketing = await run(`query($id: ID!) { supplierMembership(id: $id) { numberMasked number } }`, { id: membership.id }, { token: marketing });
    expect(asMarketing.data?.supplierMembership?.numberMasked).toBe('•••678');
    expect(asMarketing.data?.supplierMembership?.number ?? null).toBeNull();
    expect(asMarketing.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const fromProfile = await ok(
      `query($id: ID!) { profile(id: $id) { supplierMemberships { numberMasked programme { name } } } }`,
      { id: traveller },
      { token: marketing },
    );
    expect(fromProfile.profile.supplierMemberships).toEqual([{ numberMasked: '•••678', programme: { name: 'Executive Club' } }]);
  });

  it.each([
    ['too short', { programme: 'britishAirways', number: '1234567' }, 'input.number', 'minLength'],
    ['too long', { programme: 'britishAirways', number: '123456789' }, 'input.number', 'maxLength'],
    ['off the pattern', { programme: 'britishAirways', number: '1234567A' }, 'input.number', 'pattern'],
    ['a failing check digit', { programme: 'luhnRail', number: '79927398710' }, 'input.number', 'checkDigit'],
    ['a tier the programme lacks', { programme: 'britishAirways', number: '12345678', tier: 'Platinum' }, 'input.tier', 'programmeTier'],
    ['an unknown programme', { programme: null, number: '12345678' }, 'input.programmeId', 'exists'],
  ])('refuses a number %s naming the field and rule, writing nothing', async (_case, { programme, ...fields }, field, rule) => {
    const traveller = await createTraveller(`Refused ${rule}`);
    const programmeId = { britishAirways, luhnRail }[programme as 'britishAirways' | 'luhnRail'] ?? uuid7();
    const body = await run(ADD, { input: { profileId: traveller, programmeId, ...fields } });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [expect.objectContaining({ field, rule })] });
    expect((await membershipsOf(traveller)).total).toBe(0);
  });

  it('accepts a number passing its check digit', async () => {
    const traveller = await createTraveller('Luhn');
    expect((await add({ profileId: traveller, programmeId: luhnRail, number: '79927398713' })).numberMasked).toBe('•••713');
  });

  it('finds a membership by exact programme and number only with loyalty.numbers:read, and surfaces other travellers holding it', async () => {
    const [first, second, third] = [await createTraveller('Holder'), await createTraveller('Duplicate'), await createTraveller('Other')];
    const held = await add({ profileId: first, programmeId: hotel, number: 'ab12cd34' });
    const shared = await add({ profileId: second, programmeId: hotel, number: 'AB12 CD34' });
    await add({ profileId: third, programmeId: swiss, number: '000000034' });
    await add({ profileId: third, programmeId: hotel, number: 'AB12CD35' });

    const found = await ok(LIST, { filter: { programmeId: hotel, number: 'AB12CD34' } });
    expect(found.supplierMemberships.items.map((item: { profileId: string }) => item.profileId).sort()).toEqual([first, second].sort());
    expect((await run(LIST, { filter: { programmeId: hotel, number: 'AB12CD34' } }, { token: marketing })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await run(LIST, { filter: { number: 'AB12CD34' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [expect.objectContaining({ field: 'filter.programmeId', rule: 'requiredWithNumber' })],
    });

    const duplicates = await ok(`query($id: ID!) { supplierMembership(id: $id) { sharedWith { id profileId } } }`, { id: held.id }, { token: marketing });
    expect(duplicates.supplierMembership.sharedWith).toEqual([{ id: shared.id, profileId: second }]);
    const fromProfile = await ok(`query($id: ID!) { profile(id: $id) { supplierMemberships { sharedWith { profileId } } } }`, { id: third });
    expect(fromProfile.profile.supplierMemberships).toEqual([{ sharedWith: [] }, { sharedWith: [] }]);
  });

  it('keeps one primary membership per traveller and sector, and refuses a stale version with CONFLICT', async () => {
    const traveller = await createTraveller('Primary');
    const first = await add({ profileId: traveller, programmeId: britishAirways, number: '11111111', primary: true });
    const second = await add({ profileId: traveller, programmeId: swiss, number: '222222222', primary: true });
    const stay = await add({ profileId: traveller, programmeId: hotel, number: 'HOTEL1', primary: true });
    expect((await ok(GET, { id: first.id })).supplierMembership).toMatchObject({ primary: false, version: 2 });
    expect((await ok(GET, { id: second.id })).supplierMembership.primary).toBe(true);
    expect((await ok(GET, { id: stay.id })).supplierMembership.primary).toBe(true);

    const stale = await run(UPDATE, { id: first.id, input: { expectedVersion: 1, tier: 'Gold' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { updateSupplierMembership: updated } = await ok(UPDATE, { id: first.id, input: { expectedVersion: 2, tier: 'Gold', status: 'SUSPENDED' } });
    expect(updated).toMatchObject({ tier: 'Gold', status: 'SUSPENDED', version: 3 });
    const { closeSupplierMembership: closed } = await ok(CLOSE, { id: second.id, expectedVersion: second.version });
    expect(closed).toMatchObject({ status: 'CLOSED', primary: false });
    expect((await ok(LIST, { filter: { profileId: traveller, status: 'CLOSED' } })).supplierMemberships.items).toEqual([
      { id: second.id, profileId: traveller },
    ]);
    expect((await auditOf(first.id)).filter((event) => event.operation === 'updateSupplierMembership').length).toBeGreaterThanOrEqual(2);
  });

  it('flags a programme outside the offer through profiles, and a supplier the traveller’s policy prefers through corporate', async () => {
    await ok(
      'mutation($input: AddOfferCatalogueEntryInput!) { addOfferCatalogueEntry(input: $input) { id } }',
      { input: { kind: 'AIRLINE', code: 'BA', name: 'British Airways' } },
      { token: admin },
    );
    const traveller = await createTraveller('Policy');
    const unemployed = await createTraveller('Freelance');
    const { createCorporateAccount: account } = await ok(
      'mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }',
      {
        input: {
          legalName: 'Acme Loyalty',
          registrationNumber: '01234567',
          legalEntities: [{ name: 'Acme Loyalty Ltd', countryCode: 'GB' }],
          billingAddress: { lines: ['1 High Street'], city: 'London', countryCode: 'GB' },
          contractStart: '2026-01-01',
        },
      },
      { token: admin },
    );
    await ok(
      'mutation($input: CreateTravelPolicyInput!) { createTravelPolicy(input: $input) { id } }',
      {
        input: {
          accountId: account.id,
          name: 'Acme',
          appliesTo: 'ACCOUNT',
          effectiveFrom: '2026-01-01',
          rules: { preferredAirlines: ['BA'], preferredHotelChains: ['HH'] },
        },
      },
      { token: admin },
    );
    await ok(
      'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }',
      { input: { profileId: traveller, accountId: account.id, validFrom: '2026-01-01' } },
      { token: admin },
    );
    for (const [programmeId, number] of [
      [britishAirways, '33333333'],
      [swiss, '333333333'],
      [hotel, 'HOTEL3'],
      [luhnRail, '79927398713'],
    ])
      await add({ profileId: traveller, programmeId, number });
    await add({ profileId: unemployed, programmeId: britishAirways, number: '44444444' });

    const flags = async (profileId: string) =>
      (
        await ok(
          `query($id: ID!) { profile(id: $id) { supplierMemberships { ownerCode preferredByPolicy programme { inOffer } } } }`,
          { id: profileId },
          { token: admin },
        )
      ).profile.supplierMemberships;
    expect(await flags(traveller)).toEqual([
      { ownerCode: 'BA', preferredByPolicy: true, programme: { inOffer: true } },
      { ownerCode: 'LX', preferredByPolicy: false, programme: { inOffer: false } },
      // No hotel chain in the offer yet: the catalogue says nothing about hotels. The policy prefers another chain.
      { ownerCode: 'MC', preferredByPolicy: false, programme: { inOffer: null } },
      // Policies name no rail operators.
      { ownerCode: 'DB', preferredByPolicy: null, programme: { inOffer: null } },
    ]);
    expect(await flags(unemployed)).toEqual([{ ownerCode: 'BA', preferredByPolicy: null, programme: { inOffer: true } }]);
  });

  it('lists tier and membership expiries as reminders, expired apart from expiring', async () => {
    const traveller = await createTraveller('Reminded');
    const tierSoon = await add({
      profileId: traveller,
      programmeId: britishAirways,
      number: '55555555',
      tier: 'Gold',
      tierExpiresOn: daysFromToday(10),
      expiresOn: daysFromToday(400),
    });
    const lapsed = await add({
      profileId: traveller,
      programmeId: swiss,
      number: '555555555',
      tier: 'Senator',
      tierExpiresOn: daysFromToday(-3),
      expiresOn: daysFromToday(-5),
    });
    const closed = await add({ profileId: traveller, programmeId: hotel, number: 'HOTEL5', expiresOn: daysFromToday(5) });
    await ok(CLOSE, { id: closed.id, expectedVersion: 1 });

    const reminders = async (kind: string, extra: Record<string, unknown> = {}, token = marketing) =>
      (
        await ok(
          'query($filter: LoyaltyReminderFilter!) { loyaltyReminders(filter: $filter) { total items { id kind dueOn daysLeft profileId membership { id } profile { id } } } }',
          { filter: { kind, profileId: traveller, ...extra } },
          { token },
        )
      ).loyaltyReminders;
    expect((await reminders('TIER_EXPIRING')).items).toEqual([
      {
        id: `TIER_EXPIRING:${tierSoon.id}`,
        kind: 'TIER_EXPIRING',
        dueOn: daysFromToday(10),
        daysLeft: 10,
        profileId: traveller,
        membership: { id: tierSoon.id },
        profile: { id: traveller },
      },
    ]);
    expect((await reminders('TIER_EXPIRING', { dueBefore: daysFromToday(9) })).total).toBe(0);
    expect(
      (await reminders('TIER_EXPIRED')).items.map((item: { membership: { id: string }; daysLeft: number }) => [item.membership.id, item.daysLeft]),
    ).toEqual([[lapsed.id, -3]]);
    expect((await reminders('MEMBERSHIP_EXPIRED')).items.map((item: { membership: { id: string } }) => item.membership.id)).toEqual([lapsed.id]);
    expect((await reminders('MEMBERSHIP_EXPIRING')).total).toBe(0);
    expect(
      (await reminders('MEMBERSHIP_EXPIRING', { dueBefore: daysFromToday(500) })).items.map((item: { membership: { id: string } }) => item.membership.id),
    ).toEqual([tierSoon.id]);

    const { loyaltyReminderCounts } = await ok('{ loyaltyReminderCounts { kind count countIsExact } }', {}, { token: marketing });
    expect(loyaltyReminderCounts.map((row: { kind: string }) => row.kind)).toEqual([
      'TIER_EXPIRING',
      'TIER_EXPIRED',
      'MEMBERSHIP_EXPIRING',
      'MEMBERSHIP_EXPIRED',
    ]);
    expect(loyaltyReminderCounts.find((row: { kind: string }) => row.kind === 'TIER_EXPIRED').count).toBeGreaterThanOrEqual(1);
  });

  it('exports memberships with numbers in clear to the data-protection officer, and erasure destroys numbers and keeps a tombstone', async () => {
    const traveller = await createTraveller('Subject');
    const other = await createTraveller('Keeps');
    const membership = await add({ profileId: traveller, programmeId: britishAirways, number: '66666666', tier: 'Blue', points: 10 });
    const kept = await add({ profileId: other, programmeId: britishAirways, number: '66666666' });
    const EXPORT = 'query($id: ID!) { loyaltyDataSubjectExport(subjectId: $id) { found document } }';
    expect((await run(EXPORT, { id: traveller }, { token: agent })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = (await ok(EXPORT, { id: traveller }, { token: dpo })).loyaltyDataSubjectExport;
    expect(exported.found).toBe(true);
    expect(JSON.parse(exported.document).supplierMemberships).toEqual([
      expect.objectContaining({ id: membership.id, programme: 'Executive Club', number: '66666666', tier: 'Blue', points: 10, context: 'BUSINESS' }),
    ]);

    const ERASE = 'mutation($id: ID!) { loyaltyDataSubjectErase(subjectId: $id) { outcome } }';
    expect((await ok(ERASE, { id: traveller }, { token: dpo })).loyaltyDataSubjectErase.outcome).toBe('ERASED');
    expect((await ok(ERASE, { id: traveller }, { token: dpo })).loyaltyDataSubjectErase.outcome).toBe('ALREADY_ERASED');
    const [tombstone] = await graph.subgraphs.loyalty.dataSource.query(
      'SELECT number_encrypted, number_hash, number_tail, tier, points, status, erased_at FROM supplier_memberships WHERE id = ?',
      [membership.id],
    );
    expect(tombstone).toMatchObject({ number_encrypted: '', number_hash: '', number_tail: '', tier: null, points: null, status: 'CLOSED' });
    expect(tombstone.erased_at).not.toBeNull();
    expect((await ok(EXPORT, { id: traveller }, { token: dpo })).loyaltyDataSubjectExport.found).toBe(false);
    expect((await ok(GET, { id: membership.id })).supplierMembership).toBeNull();
    expect((await ok(`query($id: ID!) { supplierMembership(id: $id) { sharedWith { id } } }`, { id: kept.id })).supplierMembership.sharedWith).toEqual([]);
  });
});
