import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { backfillProfileDerivedData } from './derived-data';
import { grantSpecialCategoryConsent, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(
  [
    'profiles:read',
    'profiles:write',
    'profiles.personal:read',
    'profiles.documents:read',
    'profiles.documents:write',
    'profiles.special:read',
    'profiles.special:write',
  ],
  ['agent'],
);
const MARKETING = staff(['profiles:read'], ['marketing']);
const LAWFUL_BASIS = STORAGE_BASIS;

const CREATE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version passports { id } } }`;
const REMINDERS = `query($filter: ReminderFilter!, $page: PageInput) {
  reminders(filter: $filter, page: $page) { total totalIsExact nextCursor items { id kind dueOn daysLeft documentId documentType missing profile { id fullName } } }
}`;
const COUNTS = `query($withinDays: Int) { reminderCounts(withinDays: $withinDays) { kind dueBy count countIsExact } }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const COMPLETE = {
  givenName: 'Kai',
  familyName: 'Weber',
  dateOfBirth: '1980-04-04',
  emails: [{ address: 'kai@example.com', type: 'WORK' }],
  phones: [{ number: '+4915112345678', type: 'WORK' }],
  addresses: [{ type: 'HOME', lines: ['Unter den Linden 1'], city: 'Berlin', countryCode: 'DE' }],
  passports: [{ number: 'C01X00T47', issuingCountry: 'DE', expiryDate: day(2000) }],
  lawfulBasis: LAWFUL_BASIS,
};

describe('reminders', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const result = await graph.run(AGENT, CREATE, { input: { ...COMPLETE, ...overrides } });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile as { id: string; version: number; passports: { id: string }[] };
  };
  const reminders = async (filter: Record<string, unknown>, principal = AGENT, page = { limit: 50 }) => {
    const result = await graph.run(principal, REMINDERS, { filter, page });
    expect(result.errors).toBeUndefined();
    return result.data!.reminders;
  };

  it('lists passports expiring within six months by default, any window on request, and not once renewed', async () => {
    const { id, passports } = await create({ passports: [{ number: 'P1234567', issuingCountry: 'DE', expiryDate: day(90) }] });
    const soon = await reminders({ kind: 'PASSPORT_EXPIRING', profileId: id });
    expect(soon.items).toEqual([
      {
        id: `PASSPORT_EXPIRING:${id}:${passports[0].id}`,
        kind: 'PASSPORT_EXPIRING',
        dueOn: day(90),
        daysLeft: 90,
        documentId: passports[0].id,
        documentType: 'passports',
        missing: null,
        profile: { id, fullName: 'Kai Weber' },
      },
    ]);
    expect((await reminders({ kind: 'PASSPORT_EXPIRING', profileId: id, withinDays: 30 })).items).toEqual([]);

    const later = await create({ passports: [{ number: 'P7654321', issuingCountry: 'DE', expiryDate: day(250) }] });
    expect((await reminders({ kind: 'PASSPORT_EXPIRING', profileId: later.id })).total).toBe(0);
    expect((await reminders({ kind: 'PASSPORT_EXPIRING', profileId: later.id, withinDays: 300 })).total).toBe(1);

    await graph.run(AGENT, `mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { id } }`, {
      id,
      input: {
        expectedVersion: 1,
        passports: [
          { id: passports[0].id, issuingCountry: 'DE', expiryDate: day(90) },
          { number: 'P9999999', issuingCountry: 'DE', expiryDate: day(3000) },
        ],
      },
    });
    expect((await reminders({ kind: 'PASSPORT_EXPIRING', profileId: id, withinDays: 3650 })).items.map((item: { dueOn: string }) => item.dueOn)).toEqual([
      day(3000),
    ]);
  });

  it('lists other travel documents ending within the window, expired ones included', async () => {
    const { id } = await create();
    const result = await graph.run(AGENT, `mutation($id: ID!, $input: SetVisasInput!) { setVisas(profileId: $id, input: $input) { id } }`, {
      id,
      input: { expectedVersion: 1, visas: [{ number: 'V12345678', country: 'US', entryType: 'ESTA', validFrom: day(-300), validUntil: day(45) }] },
    });
    expect(result.errors).toBeUndefined();
    const documents = await reminders({ kind: 'DOCUMENT_EXPIRING', profileId: id });
    expect(documents.items).toEqual([expect.objectContaining({ kind: 'DOCUMENT_EXPIRING', dueOn: day(45), daysLeft: 45, documentType: 'visas' })]);
    expect((await reminders({ kind: 'DOCUMENT_EXPIRING', profileId: id, withinDays: 10 })).total).toBe(0);
    const [visa] = await graph.running.dataSource.query('SELECT id FROM visas WHERE profile_id = ?', [id]);
    await graph.running.dataSource.query('UPDATE visas SET valid_until = ? WHERE id = ?', [day(-10), visa.id]);
    await graph.run(AGENT, `mutation($id: ID!) { verifyProfile(id: $id, expectedVersion: 2) { id } }`, { id });
    expect((await reminders({ kind: 'DOCUMENT_EXPIRING', profileId: id, withinDays: 0 })).items).toEqual([
      expect.objectContaining({ dueOn: day(-10), daysLeft: -10 }),
    ]);
  });

  it('reports each missing item of an incomplete profile', async () => {
    const { id } = await create({ dateOfBirth: null, phones: [], passports: [], addresses: [] });
    const incomplete = await reminders({ kind: 'INCOMPLETE', profileId: id });
    expect(incomplete.items.map((item: { missing: string }) => item.missing).sort()).toEqual(['DATE_OF_BIRTH', 'DEFAULT_ADDRESS', 'PASSPORT', 'PHONE']);
    const complete = await create();
    expect((await reminders({ kind: 'INCOMPLETE', profileId: complete.id })).total).toBe(0);
  });

  it('makes a new profile due for verification until verified, then due again at the next review', async () => {
    const { id } = await create();
    expect((await reminders({ kind: 'VERIFICATION_DUE', profileId: id })).items).toEqual([expect.objectContaining({ dueOn: day(0), daysLeft: 0 })]);
    await graph.run(AGENT, `mutation($id: ID!) { verifyProfile(id: $id, expectedVersion: 1) { id } }`, { id });
    expect((await reminders({ kind: 'VERIFICATION_DUE', profileId: id })).total).toBe(0);
    expect((await reminders({ kind: 'VERIFICATION_DUE', profileId: id, withinDays: 365 })).items).toEqual([expect.objectContaining({ dueOn: day(365) })]);
  });

  it('keeps VIP and special needs under review until verified; special needs only for profiles.special:read', async () => {
    const { id } = await create();
    const { version } = await grantSpecialCategoryConsent(graph, AGENT, id, 1);
    const flags = await graph.run(
      AGENT,
      `mutation($id: ID!, $v: Int!) { setProfileFlags(id: $id, input: { expectedVersion: $v, vip: true, specialNeeds: true }) { id } }`,
      { id, v: version },
    );
    expect(flags.errors).toBeUndefined();
    expect((await reminders({ kind: 'VIP_REVIEW', profileId: id })).total).toBe(1);
    expect((await reminders({ kind: 'SPECIAL_NEEDS_REVIEW', profileId: id })).total).toBe(1);
    const refused = await graph.run(MARKETING, REMINDERS, { filter: { kind: 'SPECIAL_NEEDS_REVIEW' } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const marketingKinds = (await graph.run(MARKETING, COUNTS)).data!.reminderCounts.map((row: { kind: string }) => row.kind);
    expect(marketingKinds).not.toContain('SPECIAL_NEEDS_REVIEW');
    expect(marketingKinds).toContain('VIP_REVIEW');

    await graph.run(AGENT, `mutation($id: ID!, $v: Int!) { verifyProfile(id: $id, expectedVersion: $v) { id } }`, { id, v: version + 1 });
    expect((await reminders({ kind: 'VIP_REVIEW', profileId: id })).total).toBe(0);
    expect((await reminders({ kind: 'SPECIAL_NEEDS_REVIEW', profileId: id })).total).toBe(0);
  });

  it('drops an archived traveller’s reminders', async () => {
    const { id } = await create({ phones: [] });
    await graph.run(AGENT, `mutation($id: ID!) { archiveProfile(id: $id, expectedVersion: 1) { id } }`, { id });
    for (const kind of ['INCOMPLETE', 'VERIFICATION_DUE']) expect((await reminders({ kind, profileId: id })).total).toBe(0);
  });

  it('pages a kind with a total and a cursor, and counts every kind for the dashboard', async () => {
    for (let index = 0; index < 3; index++) await create({ emails: [] });
    const first = await reminders({ kind: 'INCOMPLETE' }, AGENT, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(3);
    const rest = await graph.run(AGENT, REMINDERS, { filter: { kind: 'INCOMPLETE' }, page: { limit: 200, after: first.nextCursor } });
    const seen = [...first.items, ...rest.data!.reminders.items].map((item: { id: string }) => item.id);
    expect(new Set(seen).size).toBe(first.total);

    const counts = (await graph.run(AGENT, COUNTS)).data!.reminderCounts as { kind: string; dueBy: string; count: number }[];
    expect(counts.map((row) => row.kind)).toEqual([
      'PASSPORT_EXPIRING',
      'DOCUMENT_EXPIRING',
      'VERIFICATION_DUE',
      'INCOMPLETE',
      'VIP_REVIEW',
      'SPECIAL_NEEDS_REVIEW',
    ]);
    expect(counts.find((row) => row.kind === 'INCOMPLETE')!.count).toBe(first.total);
    expect(counts.find((row) => row.kind === 'VERIFICATION_DUE')!.dueBy).toBe(day(30));
    const bad = await graph.run(AGENT, REMINDERS, { filter: { kind: 'INCOMPLETE', withinDays: -1 } });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [expect.objectContaining({ field: 'filter.withinDays', rule: 'min' })],
    });
  });

  it('refuses partner clients: reminders span every traveller', async () => {
    const partner = { id: 'partner-1', kind: 'partner' as const, roles: [], scopes: ['profiles:read'], accountIds: [], client: 'acme-hr' };
    expect((await graph.run(partner, REMINDERS, { filter: { kind: 'INCOMPLETE' } })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await graph.run(partner, COUNTS)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('derives reminders and segments for profiles loaded straight into the tables', async () => {
    const { id } = await create({ phones: [] });
    await graph.running.dataSource.query('DELETE FROM profile_reminders WHERE profile_id = ?', [id]);
    await graph.running.dataSource.query('DELETE FROM profile_segments WHERE profile_id = ?', [id]);
    expect(await backfillProfileDerivedData(graph.running.dataSource)).toBe(1);
    expect((await reminders({ kind: 'INCOMPLETE', profileId: id })).items.map((item: { missing: string }) => item.missing)).toEqual(['PHONE']);
    const segments = await graph.run(AGENT, `query($id: ID!) { profile(id: $id) { segments } }`, { id });
    expect(segments.data!.profile.segments).toContain('region:europe');
  });
});
