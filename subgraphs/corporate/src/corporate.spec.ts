import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';
import { DayChangeSweep } from './upkeep/day-change.sweep';
import { ComplianceStatusService } from './compliance/compliance-status.service';

const STAFF_SCOPES = ['profiles:read', 'profiles:write', 'corporate:read', 'corporate:write', 'access:admin'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const COMPLIANCE = 'policyCompliance { policyName inPolicy findings { rule outcome inPolicy reason preference { category value context } } }';

describe('corporate accounts, policies and compliance through the gateway', () => {
  let graph: TestGraph;
  let token: string;

  const ok = async (query: string, variables: Record<string, unknown> = {}, options: { token?: string; apiKey?: string } = { token }) => {
    const result = await graph.request(query, variables, options);
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const violation = async (query: string, variables: Record<string, unknown>) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return result.body.errors![0].extensions!.violations[0] as { field: string; rule: string };
  };

  const createTraveller = async (familyName: string, preferences: object[]) => {
    const { createProfile } = await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
      input: { givenName: 'Pat', familyName, lawfulBasis: LAWFUL_BASIS },
    });
    await ok('mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { id } }', {
      id: createProfile.id,
      input: { expectedVersion: createProfile.version, preferences },
    });
    return createProfile.id as string;
  };
  const createAccount = async (legalName: string) =>
    (
      await ok('mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id version } }', {
        input: {
          legalName,
          registrationNumber: '01234567',
          legalEntities: [{ name: `${legalName} Ltd`, countryCode: 'gb' }],
          billingAddress: { lines: ['1 High Street'], city: 'London', countryCode: 'GB' },
          offices: [{ name: 'HQ', city: 'London', countryCode: 'GB' }],
          departments: [
            { code: 'SALES', name: 'Sales' },
            { code: 'OPS', name: 'Operations' },
          ],
          costCentres: [{ code: 'CC-100', name: 'Sales UK' }],
          contacts: [{ role: 'TRAVEL_MANAGER', name: 'Tess Manager', email: 'Tess@Example.com' }],
          contractStart: '2026-01-01',
          contractEnd: '2028-12-31',
        },
      })
    ).createCorporateAccount as { id: string; version: number };
  const createPolicy = async (input: Record<string, unknown>) =>
    (await ok('mutation($input: CreateTravelPolicyInput!) { createTravelPolicy(input: $input) { id version } }', { input })).createTravelPolicy as {
      id: string;
      version: number;
    };
  const link = (profileId: string, accountId: string, extra: object = {}) =>
    ok('mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', { input: { profileId, accountId, validFrom: '2026-01-01', ...extra } });
  /** Delivers now what the subgraphs tell each other in the background: account links to profiles, then linked travellers' preferences back. */
  const settle = async () => {
    await graph.subgraphs.corporate.outbox!.relay();
    await graph.subgraphs.profiles.outbox!.relay();
  };
  const corporateSql = (sql: string, parameters: unknown[] = []) => graph.subgraphs.corporate.dataSource.query(sql, parameters);
  const today = new Date().toISOString().slice(0, 10);
  const dayFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  let acme: { id: string; version: number };
  let globex: { id: string; version: number };
  let acmePolicy: { id: string; version: number };
  let globexPolicy: { id: string; version: number };
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    graph = await TestGraph.start();
    token = await graph.sessionToken({ roles: ['admin'], scopes: STAFF_SCOPES });
    acme = await createAccount('Acme Travel Co');
    globex = await createAccount('Globex');
    acmePolicy = await createPolicy({
      accountId: acme.id,
      name: 'Acme standard',
      appliesTo: 'ACCOUNT',
      effectiveFrom: '2026-01-01',
      rules: {
        cabinByDuration: [
          { minHours: 0, cabin: 'ECONOMY' },
          { minHours: 6, cabin: 'BUSINESS' },
        ],
        railClass: 'STANDARD',
        blockedAirlines: ['FR'],
      },
    });
    globexPolicy = await createPolicy({
      accountId: globex.id,
      name: 'Globex',
      appliesTo: 'ACCOUNT',
      effectiveFrom: '2026-01-01',
      rules: { railClass: 'FIRST' },
    });
    alice = await createTraveller('Alpha', [
      { category: 'CABIN_CLASS', value: 'FIRST', context: 'BUSINESS' },
      { category: 'RAIL_CLASS', value: 'FIRST', context: 'LEISURE' },
      { category: 'AIRLINE', value: 'BA', context: 'ANY' },
    ]);
    bob = await createTraveller('Bravo', [{ category: 'RAIL_CLASS', value: 'FIRST', context: 'BUSINESS' }]);
    await link(alice, acme.id, { departmentCode: 'sales', costCentreCode: 'CC-100', employeeId: 'E1', grade: 'G7' });
    await link(bob, globex.id);
  }, 120_000);
  afterAll(() => graph?.stop());

  it('stores an account with its departments, contacts and contract', async () => {
    const { corporateAccount } = await ok(
      'query($id: ID!) { corporateAccount(id: $id) { legalName legalEntities { countryCode } departments { code } costCentres { code } contacts { role email } contractEnd status travellers { total items { profile { id } employeeId departmentCode } } } }',
      { id: acme.id },
    );
    expect(corporateAccount).toEqual({
      legalName: 'Acme Travel Co',
      legalEntities: [{ countryCode: 'GB' }],
      departments: [{ code: 'SALES' }, { code: 'OPS' }],
      costCentres: [{ code: 'CC-100' }],
      contacts: [{ role: 'TRAVEL_MANAGER', email: 'tess@example.com' }],
      contractEnd: '2028-12-31',
      status: 'ACTIVE',
      travellers: { total: 1, items: [{ profile: { id: alice }, employeeId: 'E1', departmentCode: 'SALES' }] },
    });
  });

  it('judges business preferences with @requires, leaving leisure ones alone', async () => {
    const { profile } = await ok(`query($id: ID!) { profile(id: $id) { fullName employment { account { legalName } grade travellerType } ${COMPLIANCE} } }`, {
      id: alice,
    });
    expect(profile.employment).toEqual({ account: { legalName: 'Acme Travel Co' }, grade: 'G7', travellerType: 'EMPLOYEE' });
    expect(profile.policyCompliance).toEqual({
      policyName: 'Acme standard',
      inPolicy: false,
      findings: [
        {
          rule: 'CABIN_CLASS',
          outcome: 'OUT_OF_POLICY',
          inPolicy: false,
          reason: 'the policy allows at most business, on flights of 6 h or more',
          preference: { category: 'CABIN_CLASS', value: 'FIRST', context: 'BUSINESS' },
        },
        {
          rule: 'AIRLINES',
          outcome: 'IN_POLICY',
          inPolicy: true,
          reason: 'airline BA is allowed',
          preference: { category: 'AIRLINE', value: 'BA', context: 'ANY' },
        },
      ],
    });
  });

  it('keeps old versions readable and judges by the version in force; overlapping versions are refused', async () => {
    const revise = 'mutation($id: ID!, $input: ReviseTravelPolicyInput!) { reviseTravelPolicy(id: $id, input: $input) { version } }';
    const rules = { cabinByDuration: [{ minHours: 0, cabin: 'FIRST' }], railClass: 'STANDARD', blockedAirlines: ['FR'] };
    expect(await violation(revise, { id: acmePolicy.id, input: { expectedVersion: acmePolicy.version, effectiveFrom: '2026-01-01', rules } })).toMatchObject({
      field: 'input.effectiveFrom',
      rule: 'noOverlap',
    });
    await ok(revise, { id: acmePolicy.id, input: { expectedVersion: acmePolicy.version, effectiveFrom: today, rules } });
    const { profile, travelPolicy } = await ok(
      `query($id: ID!, $policy: ID!) { profile(id: $id) { ${COMPLIANCE} } travelPolicy(id: $policy) { versions { effectiveFrom effectiveTo rules { cabinByDuration { cabin } } } } }`,
      { id: alice, policy: acmePolicy.id },
    );
    expect(profile.policyCompliance.inPolicy).toBe(true);
    expect(travelPolicy.versions).toHaveLength(2);
    expect(travelPolicy.versions[1]).toMatchObject({ effectiveFrom: '2026-01-01', rules: { cabinByDuration: [{ cabin: 'ECONOMY' }, { cabin: 'BUSINESS' }] } });
    expect(travelPolicy.versions[1].effectiveTo < today).toBe(true);
  });

  it('answers concurrent revisions of one policy version with one success and CONFLICT for the rest', async () => {
    const initech = await createAccount('Initech');
    const policy = await createPolicy({
      accountId: initech.id,
      name: 'Initech',
      appliesTo: 'ACCOUNT',
      effectiveFrom: '2026-01-01',
      rules: { railClass: 'STANDARD' },
    });
    const revise = 'mutation($id: ID!, $input: ReviseTravelPolicyInput!) { reviseTravelPolicy(id: $id, input: $input) { version } }';
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, day) =>
        graph.request(
          revise,
          { id: policy.id, input: { expectedVersion: policy.version, effectiveFrom: dayFrom(today, day + 1), rules: { railClass: 'FIRST' } } },
          { token },
        ),
      ),
    );
    const outcomes = answers.map((answer) => answer.body.errors?.[0].extensions?.code ?? 'OK');
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== 'OK')).toEqual(Array(9).fill('CONFLICT'));
  });

  it('refuses bad policies and links naming the field, writing nothing', async () => {
    const create = 'mutation($input: CreateTravelPolicyInput!) { createTravelPolicy(input: $input) { id } }';
    const base = { accountId: acme.id, name: 'x', effectiveFrom: '2026-01-01', rules: {} };
    expect(await violation(create, { input: { ...base, appliesTo: 'DEPARTMENT', departmentCode: 'LEGAL' } })).toMatchObject({
      field: 'input.departmentCode',
      rule: 'exists',
    });
    expect(
      await violation(create, {
        input: { ...base, appliesTo: 'GRADE', grade: 'G1', rules: { hotelCaps: [{ countryCode: 'GB', amount: -1, currency: 'GBP' }] } },
      }),
    ).toMatchObject({ field: 'input.rules.hotelCaps.0.amount' });
    expect(
      await violation(create, {
        input: { ...base, appliesTo: 'GRADE', grade: 'G1', rules: { hotelCaps: [{ countryCode: 'GB', amount: 100, currency: 'XYZ' }] } },
      }),
    ).toMatchObject({ field: 'input.rules.hotelCaps.0.currency' });
    const operations = await createPolicy({ ...base, appliesTo: 'DEPARTMENT', departmentCode: 'OPS', rules: { railClass: 'FIRST' } });
    const seniors = await createPolicy({ ...base, appliesTo: 'GRADE', grade: 'G9', parentId: operations.id });
    expect(
      await violation('mutation($id: ID!, $input: UpdateTravelPolicyInput!) { updateTravelPolicy(id: $id, input: $input) { id } }', {
        id: operations.id,
        input: { expectedVersion: operations.version, parentId: seniors.id },
      }),
    ).toMatchObject({ field: 'input.parentId', rule: 'noCycle' });

    const archived = await createAccount('Initech');
    await ok('mutation($id: ID!, $input: UpdateCorporateAccountInput!) { updateCorporateAccount(id: $id, input: $input) { status } }', {
      id: archived.id,
      input: { expectedVersion: archived.version, status: 'ARCHIVED' },
    });
    expect(
      await violation('mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
        input: { profileId: bob, accountId: archived.id, validFrom: '2026-02-01' },
      }),
    ).toMatchObject({
      field: 'input.accountId',
      rule: 'isActive',
    });
    expect(
      await violation('mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }', {
        input: { legalName: 'Bad', contractStart: '2027-01-01', contractEnd: '2026-01-01' },
      }),
    ).toMatchObject({
      field: 'input.contractEnd',
    });
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { employments { accountId } } }', { id: bob });
    expect(profile.employments).toEqual([{ accountId: globex.id }]);
  });

  it('lists an account’s travellers with names and compliance in the same SQL statements whatever the page size, filtered or not', async () => {
    for (const name of ['Charlie', 'Delta', 'Echo'])
      await link(await createTraveller(name, [{ category: 'RAIL_CLASS', value: 'FIRST', context: 'BUSINESS' }]), acme.id);
    const statements = async () => {
      await settle();
      return Promise.all(
        ['profiles', 'corporate'].map(async (name) => {
          // Drains audit events through to the log, so no timer-driven relay lands inside a measurement.
          await graph.subgraphs[name].audit.flush();
          await graph.subgraphs[name].audit.relay();
          const response = await fetch(graph.subgraphs[name].url.replace('/graphql', '/metrics'));
          return ((await response.json()) as { sqlStatements: number }).sqlStatements;
        }),
      );
    };
    const measure = async (limit: number, filter: object | null = null) => {
      const before = await statements();
      const { corporateAccount } = await ok(
        'query($id: ID!, $limit: Int!, $filter: AccountTravellerFilter) { corporateAccount(id: $id) { travellers(page: { limit: $limit }, filter: $filter) { total items { employeeId profile { fullName policyCompliance { inPolicy } } } } } }',
        { id: acme.id, limit, filter },
      );
      expect(corporateAccount.travellers.items).toHaveLength(limit);
      const after = await statements();
      return after.map((count, index) => count - before[index]);
    };
    await measure(1);
    // Pages short of the total: one that holds every match is counted without a statement.
    expect(await measure(1)).toEqual(await measure(3));
    expect(await measure(1, { inPolicy: false })).toEqual(await measure(2, { inPolicy: false }));
  });

  it('checks a proposed trip against the policy in force on its date', async () => {
    const { checkTrip } = await ok(
      'query($id: ID!, $trip: TripInput!) { checkTrip(profileId: $id, trip: $trip) { inPolicy approval findings { rule outcome reason } } }',
      { id: alice, trip: { departureDate: '2026-03-01', bookingDate: '2026-02-01', flightHours: 2, cabin: 'BUSINESS', airline: 'FR' } },
    );
    expect(checkTrip).toEqual({
      inPolicy: false,
      approval: 'NONE',
      findings: [
        { rule: 'CABIN_CLASS', outcome: 'OUT_OF_POLICY', reason: 'a 2 h flight allows at most economy' },
        { rule: 'AIRLINES', outcome: 'OUT_OF_POLICY', reason: 'airline FR is blocked by the policy' },
      ],
    });
  });

  it('refuses removing a department a policy override applies to, naming the field and the rule, and writes nothing', async () => {
    const update =
      'mutation($id: ID!, $input: UpdateCorporateAccountInput!) { updateCorporateAccount(id: $id, input: $input) { version departments { code } } }';
    const before = (await ok('query($id: ID!) { corporateAccount(id: $id) { version departments { code name } } }', { id: acme.id })).corporateAccount;
    expect(await violation(update, { id: acme.id, input: { expectedVersion: before.version, departments: [{ code: 'SALES', name: 'Sales' }] } })).toEqual({
      field: 'input.departments',
      rule: 'keepsOverriddenDepartments',
      message: 'must keep department OPS: the travel policy override “x” applies to it',
    });
    expect((await ok('query($id: ID!) { corporateAccount(id: $id) { version departments { code name } } }', { id: acme.id })).corporateAccount).toEqual(before);

    const { updateCorporateAccount } = await ok(update, {
      id: acme.id,
      input: {
        expectedVersion: before.version,
        departments: [
          { code: 'ops', name: 'Operations' },
          { code: 'SALES', name: 'Sales' },
        ],
      },
    });
    expect(updateCorporateAccount.departments).toEqual([{ code: 'ops' }, { code: 'SALES' }]);
  });

  describe('profiles and compliance kept in step with employment', () => {
    let hooli: { id: string; version: number };
    let partnerKey: string;
    const partnerReads = async (profileId: string) => {
      const answer = await graph.request('query($id: ID!) { profile(id: $id) { id } }', { id: profileId }, { apiKey: partnerKey });
      return answer.body.data?.profile?.id === profileId;
    };
    const travellers = async (accountId: string, filter: object, page: object = { limit: 25 }) =>
      (
        await ok(
          'query($id: ID!, $filter: AccountTravellerFilter, $page: PageInput) { corporateAccount(id: $id) { travellers(filter: $filter, page: $page) { total items { profile { id } } } } }',
          {
            id: accountId,
            filter,
            page,
          },
        )
      ).corporateAccount.travellers as { total: number; items: { profile: { id: string } }[] };
    const ids = (list: { items: { profile: { id: string } }[] }) => list.items.map((item) => item.profile.id).sort();

    beforeAll(async () => {
      hooli = await createAccount('Hooli');
      const { createPartnerClient } = await ok('mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }', {
        input: { name: 'Hooli HR', scopes: ['profiles:read', 'corporate:read'], accountIds: [hooli.id] },
      });
      partnerKey = createPartnerClient.apiKey;
    });

    it('refuses a link to a traveller profiles does not know, naming the field, and writes nothing', async () => {
      const unknown = uuid7();
      expect(
        await violation('mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
          input: { profileId: unknown, accountId: hooli.id, validFrom: '2026-01-01' },
        }),
      ).toEqual({
        field: 'input.profileId',
        rule: 'exists',
        message: 'is not a traveller',
      });
      expect(await corporateSql('SELECT id FROM employments WHERE profile_id = ?', [unknown])).toEqual([]);
      expect(await corporateSql('SELECT id FROM outbox WHERE subject_id = ?', [unknown])).toEqual([]);
    });

    it('tells profiles and loyalty of a link only when the change that made it commits', async () => {
      const foxtrot = await createTraveller('Foxtrot', []);
      // A failure after the link was written and reported rolls back the report with it.
      await corporateSql('RENAME TABLE traveller_preferences TO traveller_preferences_away');
      try {
        const failed = await graph.request(
          'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }',
          { input: { profileId: foxtrot, accountId: hooli.id, validFrom: '2026-01-01' } },
          { token },
        );
        expect(failed.body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await corporateSql('RENAME TABLE traveller_preferences_away TO traveller_preferences');
      }
      await settle();
      expect(await corporateSql('SELECT id FROM employments WHERE profile_id = ?', [foxtrot])).toEqual([]);
      expect(await partnerReads(foxtrot)).toBe(false);

      await link(foxtrot, hooli.id);
      await settle();
      expect(await partnerReads(foxtrot)).toBe(true);
      expect(await corporateSql('SELECT topic, status FROM outbox WHERE subject_id = ? ORDER BY topic', [foxtrot])).toEqual([
        { topic: 'account-links', status: 'SENT' },
        { topic: 'loyalty-account-links', status: 'SENT' },
      ]);
    });

    it('withdraws from profiles a link whose last day has passed, at the next day’s sweep', async () => {
      const golf = await createTraveller('Golf', []);
      await link(golf, hooli.id, { validTo: today });
      await settle();
      expect(await partnerReads(golf)).toBe(true);

      // A day passes: the link ended yesterday, and the last sweep ran yesterday.
      const yesterday = dayFrom(today, -1);
      await corporateSql('UPDATE employments SET valid_to = ? WHERE profile_id = ?', [yesterday, golf]);
      await corporateSql('UPDATE sweep_marks SET swept_on = ?', [yesterday]);
      await settle();
      expect(await partnerReads(golf)).toBe(true);

      const dataSource = graph.subgraphs.corporate.dataSource;
      await new DayChangeSweep(new ComplianceStatusService(dataSource)).run();
      await settle();
      expect(await partnerReads(golf)).toBe(false);
    });

    it('filters an account’s travellers by compliance across every page, kept current as preferences and policies change', async () => {
      const initrode = await createAccount('Initrode');
      const policy = await createPolicy({
        accountId: initrode.id,
        name: 'Initrode',
        appliesTo: 'ACCOUNT',
        effectiveFrom: '2026-01-01',
        rules: { cabinByDuration: [{ minHours: 0, cabin: 'ECONOMY' }] },
      });
      const business = [{ category: 'CABIN_CLASS', value: 'BUSINESS', context: 'BUSINESS' }];
      const [hotel, india, juliet, kilo] = [
        await createTraveller('Hotel', business),
        await createTraveller('India', business),
        await createTraveller('Juliet', [{ category: 'CABIN_CLASS', value: 'ECONOMY', context: 'ANY' }]),
        await createTraveller('Kilo', [{ category: 'CABIN_CLASS', value: 'FIRST', context: 'LEISURE' }]),
      ];
      for (const traveller of [hotel, india, juliet, kilo]) await link(traveller, initrode.id);
      await settle();

      const first = await travellers(initrode.id, { inPolicy: false }, { limit: 1 });
      const second = await travellers(initrode.id, { inPolicy: false }, { limit: 1, offset: 1 });
      expect([first.total, first.items.length, second.items.length]).toEqual([2, 1, 1]);
      expect([...ids(first), ...ids(second)].sort()).toEqual([hotel, india].sort());
      expect(ids(await travellers(initrode.id, { inPolicy: true }))).toEqual([juliet, kilo].sort());

      const { profile } = await ok('query($id: ID!) { profile(id: $id) { version } }', { id: hotel });
      await ok('mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { id } }', {
        id: hotel,
        input: { expectedVersion: profile.version, preferences: [{ category: 'CABIN_CLASS', value: 'ECONOMY', context: 'BUSINESS' }] },
      });
      await settle();
      expect(ids(await travellers(initrode.id, { inPolicy: false }))).toEqual([india]);

      const revise = 'mutation($id: ID!, $input: ReviseTravelPolicyInput!) { reviseTravelPolicy(id: $id, input: $input) { version } }';
      const { reviseTravelPolicy } = await ok(revise, {
        id: policy.id,
        input: { expectedVersion: policy.version, effectiveFrom: today, rules: { cabinByDuration: [{ minHours: 0, cabin: 'BUSINESS' }] } },
      });
      expect((await travellers(initrode.id, { inPolicy: false })).total).toBe(0);

      // A version taking effect tomorrow changes nothing today, and everything at tomorrow's sweep.
      const tomorrow = dayFrom(today, 1);
      await ok(revise, {
        id: policy.id,
        input: { expectedVersion: reviseTravelPolicy.version, effectiveFrom: tomorrow, rules: { cabinByDuration: [{ minHours: 0, cabin: 'ECONOMY' }] } },
      });
      expect((await travellers(initrode.id, { inPolicy: false })).total).toBe(0);
      const dataSource = graph.subgraphs.corporate.dataSource;
      await new DayChangeSweep(new ComplianceStatusService(dataSource)).run(tomorrow);
      expect(ids(await travellers(initrode.id, { inPolicy: false }))).toEqual([india]);
    });
  });

  describe('a partner client of one account', () => {
    let apiKey: string;
    const partner = (query: string, variables: Record<string, unknown> = {}) => graph.request(query, variables, { apiKey });
    const refused = (result: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
      expect(result.body.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');

    beforeAll(async () => {
      const { createPartnerClient } = await ok('mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }', {
        input: { name: 'Acme HR', scopes: ['profiles:read', 'corporate:read'], accountIds: [acme.id] },
      });
      apiKey = createPartnerClient.apiKey;
      await settle();
    });

    it('reads its account, its travellers, their policy and compliance, without leisure data', async () => {
      const answer = await partner(
        `query($id: ID!, $account: ID!) {
          profile(id: $id) { fullName travelPreferences { category context } ${COMPLIANCE} employments { account { legalName } } }
          corporateAccount(id: $account) { legalName travelPolicies { name effectiveRules { railClass } } travellers { items { profile { fullName policyCompliance { inPolicy } } } } }
          profiles { items { id } }
        }`,
        { id: alice, account: acme.id },
      );
      expect(answer.body.errors).toBeUndefined();
      const data = answer.body.data!;
      expect(data.profile.travelPreferences.map((preference: { context: string }) => preference.context)).not.toContain('LEISURE');
      expect(data.profile.policyCompliance.policyName).toBe('Acme standard');
      expect(data.corporateAccount.travellers.items).toContainEqual({ profile: { fullName: 'Pat Alpha', policyCompliance: { inPolicy: true } } });
      const listed = data.profiles.items.map((item: { id: string }) => item.id);
      expect(listed).toContain(alice);
      expect(listed).not.toContain(bob);
    });

    it('is refused another account’s traveller by id, by list filter and by nested paths', async () => {
      refused(await partner('query($id: ID!) { profile(id: $id) { fullName } }', { id: bob }));
      refused(await partner('query($ids: [ID!]) { profiles(filter: { ids: $ids }) { items { id } } }', { ids: [bob] }));
      refused(await partner('query($id: ID!) { corporateAccount(id: $id) { travellers { items { profile { fullName } } } } }', { id: globex.id }));
      refused(await partner('query($ids: [ID!]) { corporateAccounts(filter: { ids: $ids }) { items { id } } }', { ids: [globex.id] }));
      refused(await partner('query($id: ID!) { corporateAccount(id: $id) { accountManager { id username } } }', { id: acme.id }));
      refused(
        await partner('query($id: ID!) { travelPolicy(id: $id) { account { travellers { items { profile { fullName } } } } } }', { id: globexPolicy.id }),
      );
      refused(
        await partner('query($id: ID!) { checkTrip(profileId: $id, trip: { departureDate: "2027-01-10", railClass: FIRST }) { inPolicy } }', { id: bob }),
      );
      const listed = await partner('{ corporateAccounts { items { id } } }');
      expect(listed.body.data?.corporateAccounts.items).toEqual([{ id: acme.id }]);
    });

    it('may not change another account’s traveller, even with the write scope', async () => {
      const { createPartnerClient } = await ok('mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }', {
        input: { name: 'Acme HR writer', scopes: ['profiles:read', 'profiles:write'], accountIds: [acme.id] },
      });
      const update = 'mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { version } }';
      const { profile } = await ok('query($id: ID!) { profile(id: $id) { version } }', { id: bob });
      refused(
        await graph.request(
          update,
          { id: bob, input: { expectedVersion: profile.version, preferredName: 'Hijacked' } },
          { apiKey: createPartnerClient.apiKey },
        ),
      );
      const after = await ok('query($id: ID!) { profile(id: $id) { version preferredName } }', { id: bob });
      expect(after.profile).toEqual({ version: profile.version, preferredName: null });
    });
  });
});
