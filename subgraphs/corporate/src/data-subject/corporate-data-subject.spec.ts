import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';

const SUPERVISOR_SCOPES = ['profiles:read', 'profiles:write', 'corporate:read', 'corporate:write', 'access:admin'];
const DPO_SCOPES = ['profiles:read', 'data-subject:export', 'data-subject:erase'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };

const EXPORT = 'query($id: ID!) { corporateDataSubjectExport(subjectId: $id) { subjectId service found document } }';
const ERASE = 'mutation($id: ID!) { corporateDataSubjectErase(subjectId: $id) { subjectId service outcome } }';
const ERASE_PROFILE = 'mutation($id: ID!) { profilesDataSubjectErase(subjectId: $id) { outcome } }';
const TRAVELLERS =
  'query($id: ID!, $filter: AccountTravellerFilter) { corporateAccount(id: $id) { travellers(filter: $filter) { total items { profile { id fullName } employeeId } } } }';
const LINK = 'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }';

const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// The whole graph on MariaDB, as the console reaches it: erasure in corporate must reach profiles' partner rule too.
describe('data-subject rights in corporate', () => {
  let graph: TestGraph;
  let supervisor: string;
  let dpo: string;
  let medico: { id: string; version: number };
  let northwind: string;
  let partnerKey: string;

  const as = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const codeOf = async (token: string, query: string, variables: Record<string, unknown>) =>
    (await graph.request(query, variables, { token })).body.errors?.[0].extensions?.code;
  const settle = async () => {
    await graph.subgraphs.corporate.outbox!.relay();
    await graph.subgraphs.profiles.outbox!.relay();
    await graph.subgraphs.corporate.outbox!.relay();
  };
  const corporateSql = (sql: string, parameters: unknown[] = []) => graph.subgraphs.corporate.dataSource.query(sql, parameters);
  const createTraveller = async (familyName: string) => {
    const { createProfile } = await as(supervisor, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
      input: { givenName: 'Erin', familyName, lawfulBasis: LAWFUL_BASIS },
    });
    await as(supervisor, 'mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { id } }', {
      id: createProfile.id,
      input: { expectedVersion: createProfile.version, preferences: [{ category: 'CABIN_CLASS', value: 'ECONOMY', context: 'BUSINESS' }] },
    });
    return createProfile.id as string;
  };
  const travellerIds = async (filter: object | null = null) =>
    ((await as(supervisor, TRAVELLERS, { id: medico.id, filter })).corporateAccount.travellers.items as { profile: { id: string } }[]).map(
      (item) => item.profile.id,
    );
  const partnerReads = async (profileId: string) =>
    (await graph.request('query($id: ID!) { profile(id: $id) { id } }', { id: profileId }, { apiKey: partnerKey })).body.data?.profile?.id === profileId;

  beforeAll(async () => {
    graph = await TestGraph.start();
    supervisor = await graph.sessionToken({ roles: ['supervisor'], scopes: SUPERVISOR_SCOPES });
    dpo = await graph.sessionToken({ roles: ['dpo'], scopes: DPO_SCOPES });
    const account = (legalName: string) =>
      as(supervisor, 'mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id version } }', {
        input: {
          legalName,
          departments: [{ code: 'MED', name: 'Medical affairs' }],
          costCentres: [{ code: 'CC-7', name: 'Clinical' }],
          contacts: [{ role: 'TRAVEL_MANAGER', name: 'Tom Manager', email: 'tom@example.com' }],
        },
      });
    medico = (await account('Medico Labs')).createCorporateAccount;
    northwind = (await account('Northwind')).createCorporateAccount.id;
    await as(supervisor, 'mutation($input: CreateTravelPolicyInput!) { createTravelPolicy(input: $input) { id } }', {
      input: {
        accountId: medico.id,
        name: 'Medico standard',
        appliesTo: 'ACCOUNT',
        effectiveFrom: '2025-01-01',
        rules: { cabinByDuration: [{ minHours: 0, cabin: 'ECONOMY' }] },
      },
    });
    const { createPartnerClient } = await as(supervisor, 'mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }', {
      input: { name: 'Medico HR', scopes: ['profiles:read', 'corporate:read'], accountIds: [medico.id] },
    });
    partnerKey = createPartnerClient.apiKey;
  }, 120_000);
  afterAll(() => graph?.stop());

  /** A traveller who worked at Northwind last year and is a director at Medico now, with reported preferences judged in policy. */
  const employedTraveller = async (familyName: string) => {
    const id = await createTraveller(familyName);
    await as(supervisor, LINK, { input: { profileId: id, accountId: northwind, employeeId: 'NW-55', validFrom: '2024-03-01', validTo: '2024-12-31' } });
    await as(supervisor, LINK, {
      input: {
        profileId: id,
        accountId: medico.id,
        employeeId: 'E1021',
        grade: 'DIRECTOR',
        departmentCode: 'MED',
        costCentreCode: 'CC-7',
        travellerType: 'CONTRACTOR',
        validFrom: '2025-01-01',
      },
    });
    await settle();
    return id;
  };

  it('exports every link with its identifiers, dates and compliance, and the reported preferences; only for the data-protection scopes', async () => {
    const id = await employedTraveller('Exportova');
    const { corporateDataSubjectExport } = await as(dpo, EXPORT, { id });
    expect(corporateDataSubjectExport).toMatchObject({ subjectId: id, service: 'corporate', found: true });
    const document = JSON.parse(corporateDataSubjectExport.document);
    expect(document.employments).toEqual([
      expect.objectContaining({
        accountId: northwind,
        accountName: 'Northwind',
        employeeId: 'NW-55',
        validFrom: '2024-03-01',
        validTo: '2024-12-31',
        erasedAt: null,
      }),
      expect.objectContaining({
        profileId: id,
        accountId: medico.id,
        accountName: 'Medico Labs',
        employeeId: 'E1021',
        grade: 'DIRECTOR',
        departmentCode: 'MED',
        departmentName: 'Medical affairs',
        costCentreCode: 'CC-7',
        costCentreName: 'Clinical',
        travellerType: 'CONTRACTOR',
        validFrom: '2025-01-01',
        validTo: null,
        inPolicy: true,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
    expect(document.reportedBusinessPreferences).toEqual({
      preferences: [expect.objectContaining({ category: 'CABIN_CLASS', value: 'ECONOMY' })],
      reportedAt: expect.any(String),
    });

    expect((await as(dpo, EXPORT, { id: uuid7() })).corporateDataSubjectExport).toMatchObject({ found: false, document: null });
    expect(await codeOf(supervisor, EXPORT, { id })).toBe('FORBIDDEN');
    expect(await codeOf(supervisor, ERASE, { id })).toBe('FORBIDDEN');
  });

  it('erases: the account no longer lists the traveller, partners lose access, identifiers are gone from every table, and a second erasure changes nothing', async () => {
    const id = await employedTraveller('Erasova');
    expect(await travellerIds()).toContain(id);
    expect(await travellerIds({ inPolicy: true })).toContain(id);
    expect(await partnerReads(id)).toBe(true);

    expect((await as(dpo, ERASE, { id })).corporateDataSubjectErase).toEqual({ subjectId: id, service: 'corporate', outcome: 'ERASED' });
    expect((await as(dpo, ERASE_PROFILE, { id })).profilesDataSubjectErase.outcome).toBe('ERASED');
    await settle();

    expect(await travellerIds()).not.toContain(id);
    expect(await travellerIds({ inPolicy: true })).not.toContain(id);
    expect(await travellerIds({ inPolicy: false })).not.toContain(id);
    expect(await partnerReads(id)).toBe(false);

    // The links stay as tombstones of who was linked when, ended the day before the erasure.
    const { profile } = await as(
      supervisor,
      'query($id: ID!) { profile(id: $id) { fullName employment { id } employments { accountId employeeId grade departmentCode costCentreCode validTo erasedAt } } }',
      { id },
    );
    expect(profile.fullName).toBe('Erased');
    expect(profile.employment).toBeNull();
    expect(profile.employments).toEqual([
      expect.objectContaining({
        accountId: medico.id,
        employeeId: null,
        grade: null,
        departmentCode: null,
        costCentreCode: null,
        validTo: dayFrom(-1),
        erasedAt: expect.any(String),
      }),
      expect.objectContaining({ accountId: northwind, employeeId: null, validTo: '2024-12-31', erasedAt: expect.any(String) }),
    ]);
    const everything = JSON.stringify([
      ...(await Promise.all(['employments', 'traveller_preferences'].map((table) => corporateSql(`SELECT * FROM ${table} WHERE profile_id = ?`, [id])))),
      ...(await Promise.all(['corporate_accounts', 'travel_policies', 'travel_policy_versions'].map((table) => corporateSql(`SELECT * FROM ${table}`)))),
    ]);
    for (const trace of ['E1021', 'NW-55', 'DIRECTOR']) expect(everything).not.toContain(trace);
    expect(await corporateSql('SELECT profile_id FROM traveller_preferences WHERE profile_id = ?', [id])).toEqual([]);

    expect((await as(dpo, ERASE, { id })).corporateDataSubjectErase.outcome).toBe('ALREADY_ERASED');
    expect((await as(dpo, ERASE, { id: uuid7() })).corporateDataSubjectErase.outcome).toBe('NOT_FOUND');

    // Nobody links the erased traveller again or reopens the ended link.
    const relink = await graph.request(LINK, { input: { profileId: id, accountId: medico.id, validFrom: dayFrom(0) } }, { token: supervisor });
    expect(relink.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [expect.objectContaining({ field: 'input.profileId', rule: 'exists' })],
    });
    const [{ id: linkId }] = await corporateSql('SELECT id FROM employments WHERE profile_id = ? AND account_id = ?', [id, medico.id]);
    const reopen = await graph.request(
      'mutation($id: ID!, $validTo: Date!) { endEmployment(id: $id, validTo: $validTo) { id } }',
      { id: linkId, validTo: dayFrom(365) },
      { token: supervisor },
    );
    expect(reopen.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [expect.objectContaining({ field: 'id', rule: 'notErased' })],
    });
    await settle();
    expect(await partnerReads(id)).toBe(false);
  });

  it('erased in profiles first, the traveller is dropped from the account all the same once corporate erases', async () => {
    const id = await employedTraveller('Laterova');
    // A link made just before, still on its way to profiles when the erasure there happens.
    await as(supervisor, LINK, { input: { profileId: id, accountId: medico.id, employeeId: 'E2042', validFrom: dayFrom(-10) } });
    expect((await as(dpo, ERASE_PROFILE, { id })).profilesDataSubjectErase.outcome).toBe('ERASED');
    await settle();
    expect(await partnerReads(id)).toBe(false);
    // Profiles reports that no preferences are left; the link itself waits for corporate's erasure.
    expect(await corporateSql('SELECT preferences FROM traveller_preferences WHERE profile_id = ?', [id])).toEqual([{ preferences: '[]' }]);

    expect((await as(dpo, ERASE, { id })).corporateDataSubjectErase.outcome).toBe('ERASED');
    await settle();
    expect(await travellerIds()).not.toContain(id);
    expect(await corporateSql('SELECT profile_id FROM traveller_preferences WHERE profile_id = ?', [id])).toEqual([]);
    expect(await partnerReads(id)).toBe(false);
  });

  it('deletes a link that had not begun before the erasure', async () => {
    const id = await createTraveller('Futurova');
    await as(supervisor, LINK, { input: { profileId: id, accountId: medico.id, employeeId: 'F-1', validFrom: dayFrom(0) } });
    await settle();
    expect(await travellerIds()).toContain(id);
    expect((await as(dpo, ERASE, { id })).corporateDataSubjectErase.outcome).toBe('ERASED');
    expect(await corporateSql('SELECT id FROM employments WHERE profile_id = ?', [id])).toEqual([]);
    expect(await travellerIds()).not.toContain(id);
  });
});
