import { TestGraph } from '@wayfarer/gateway/testing';
import { utcToday } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { checkLedgerInvariants } from './ledger-invariants';
import { confirmPendingPoints, expirePointsLots, reevaluateTiers } from './ledger-tasks';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { addDays, addMonths } from '../scheme/scheme-rules';
import { LoyaltySchemeRules } from '../scheme/scheme-rules.types';

const STAFF_SCOPES = [
  'profiles:read',
  'profiles:write',
  'corporate:read',
  'corporate:write',
  'access:admin',
  'loyalty:read',
  'loyalty:write',
  'loyalty:earn',
  'loyalty:adjust',
  'data-subject:export',
  'data-subject:erase',
];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const SCHEME_TERMS = { purpose: 'LOYALTY_SCHEME', legalBasis: 'CONSENT', noticeVersion: 'scheme-2026', channel: 'WEB' };
const RULES = {
  earningRules: [
    { productType: 'FLIGHT', currency: 'EUR', pointsPerUnit: 1 },
    { productType: 'HOTEL', currency: 'EUR', pointsPerUnit: 2 },
  ],
  bonusRules: [{ name: 'VIP double', segment: 'VIP', multiplier: 2 }],
  tiers: [
    { code: 'BLUE', name: 'Blue', qualifyingPoints: 0, retentionPoints: 0 },
    { code: 'SILVER', name: 'Silver', qualifyingPoints: 1000, qualifyingTrips: 5, retentionPoints: 800 },
    { code: 'GOLD', name: 'Gold', qualifyingPoints: 5000, retentionPoints: 4000 },
  ],
  gracePeriodDays: 30,
  expiryMonths: 12,
  termsVersion: 'scheme-2026',
};

const STATUS = `id profileId status tier { code } nextTier { code } availablePoints pendingPoints earnedPoints usedPoints expiredPoints
  qualifyingPoints qualifyingTrips pointsToNextTier tripsToNextTier daysUntilTierRetention pointsToRetainTier pointsExpiringNextMonth version`;
const ENTRY = 'id memberId kind points bookingReference amount currency travelDate reversesId reason reward { id name }';
const REVISE = 'mutation($input: ReviseLoyaltySchemeInput!) { reviseLoyaltyScheme(input: $input) { id version } }';
const ENROL = `mutation($input: EnrolLoyaltyMemberInput!) { enrolLoyaltyMember(input: $input) { ${STATUS} } }`;
const EARN = `mutation($input: EarnLoyaltyPointsInput!) { earnLoyaltyPoints(input: $input) { ${ENTRY} } }`;
const REDEEM = `mutation($input: RedeemLoyaltyPointsInput!) { redeemLoyaltyPoints(input: $input) { ${ENTRY} } }`;
const ADJUST = `mutation($input: AdjustLoyaltyPointsInput!) { adjustLoyaltyPoints(input: $input) { ${ENTRY} } }`;
const REVERSE = `mutation($input: ReverseLoyaltyEntryInput!) { reverseLoyaltyEntry(input: $input) { ${ENTRY} } }`;
const MEMBER = `query($id: ID!, $page: PageInput) { loyaltyMember(id: $id) { ${STATUS} statement(page: $page) { items { ${ENTRY} } nextCursor total } tierHistory { fromTier toTier cause } } }`;
const CREATE_REWARD = 'mutation($input: CreateLoyaltyRewardInput!) { createLoyaltyReward(input: $input) { id stock version } }';

describe.each(everyDatabase())('our loyalty scheme’s ledger through the gateway, on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  const today = utcToday();

  const request = (query: string, variables: Record<string, unknown>, options: { token?: string; apiKey?: string } = { token }) =>
    graph.request(query, variables, options);
  const ok = async (query: string, variables: Record<string, unknown> = {}, options?: { token?: string; apiKey?: string }) => {
    const result = await request(query, variables, options);
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const failure = async (query: string, variables: Record<string, unknown>, options?: { token?: string; apiKey?: string }) => {
    const error = (await request(query, variables, options)).body.errors?.[0];
    return { code: error?.extensions?.code, violation: error?.extensions?.violations?.[0], field: error?.extensions?.field, rule: error?.extensions?.rule };
  };
  const loyaltySql = (sql: string, parameters: unknown[] = []) => graph.subgraphs.loyalty.dataSource.query(sql, parameters);
  const entryCount = async () => Number((await loyaltySql('SELECT COUNT(*) AS n FROM loyalty_ledger_entries'))[0].n);

  const createTraveller = async (familyName: string): Promise<{ id: string; version: number }> =>
    (
      await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
        input: { givenName: 'Lou', familyName, lawfulBasis: LAWFUL_BASIS },
      })
    ).createProfile;
  const consent = async (traveller: { id: string; version: number }) => {
    const { recordConsent } = await ok(
      'mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version consents { id purpose active } } }',
      {
        id: traveller.id,
        input: { expectedVersion: traveller.version, granted: true, ...SCHEME_TERMS },
      },
    );
    traveller.version = recordConsent.version;
    return recordConsent.consents.find((item: { purpose: string; active: boolean }) => item.purpose === 'LOYALTY_SCHEME' && item.active).id as string;
  };
  const enrolled = async (familyName: string) => {
    const traveller = await createTraveller(familyName);
    await consent(traveller);
    const member = (await ok(ENROL, { input: { profileId: traveller.id } })).enrolLoyaltyMember;
    return { traveller, member };
  };
  const earnInput = (profileId: string, bookingReference: string, overrides: Record<string, unknown> = {}) => ({
    profileId,
    bookingReference,
    productType: 'FLIGHT',
    amount: 100,
    currency: 'EUR',
    bookedOn: today,
    travelDate: today,
    ...overrides,
  });
  const status = async (memberId: string) => (await ok(MEMBER, { id: memberId })).loyaltyMember;

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: environment });
    token = await graph.sessionToken({ roles: ['admin'], scopes: STAFF_SCOPES });
    const { loyaltyScheme } = await ok('{ loyaltyScheme { version } }');
    await ok(REVISE, { input: { expectedVersion: loyaltyScheme.version, effectiveFrom: today, rules: RULES } });
  }, 120_000);
  afterEach(async () => {
    expect(await checkLedgerInvariants(graph.subgraphs.loyalty.dataSource)).toEqual([]);
  });
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  describe('the scheme’s configuration', () => {
    it('is versioned: a new version from a later date, the one in force answered by date, a stale revision CONFLICT', async () => {
      const { loyaltyScheme } = await ok('{ loyaltyScheme { version } }');
      const from = addDays(today, 10);
      await ok(REVISE, { input: { expectedVersion: loyaltyScheme.version, effectiveFrom: from, rules: { ...RULES, expiryMonths: 24 } } });
      const { loyaltyScheme: read } = await ok(
        'query($later: Date) { loyaltyScheme { version versions { effectiveFrom effectiveTo } today: versionOn { rules { expiryMonths } } later: versionOn(date: $later) { rules { expiryMonths } } } }',
        { later: from },
      );
      expect(read.versions).toEqual([
        { effectiveFrom: from, effectiveTo: null },
        { effectiveFrom: today, effectiveTo: addDays(from, -1) },
      ]);
      expect([read.today.rules.expiryMonths, read.later.rules.expiryMonths]).toEqual([12, 24]);
      expect((await failure(REVISE, { input: { expectedVersion: loyaltyScheme.version, effectiveFrom: addDays(from, 1), rules: RULES } })).code).toBe(
        'CONFLICT',
      );
    });

    it('refuses inconsistent rules and a start in the past naming the field, and anyone without access:admin', async () => {
      const { loyaltyScheme } = await ok('{ loyaltyScheme { version } }');
      const base = { expectedVersion: loyaltyScheme.version, effectiveFrom: addDays(today, 20) };
      const unordered = { ...RULES, tiers: [RULES.tiers[0], RULES.tiers[2], RULES.tiers[1]] };
      expect((await failure(REVISE, { input: { ...base, rules: unordered } })).violation).toMatchObject({
        field: 'input.rules.tiers.2.qualifyingPoints',
        rule: 'ascending',
      });
      expect((await failure(REVISE, { input: { ...base, effectiveFrom: addDays(today, -1), rules: RULES } })).violation).toMatchObject({
        field: 'input.effectiveFrom',
        rule: 'notInPast',
      });
      const badCurrency = { ...RULES, earningRules: [{ productType: 'FLIGHT', currency: 'EURO', pointsPerUnit: 1 }] };
      expect((await failure(REVISE, { input: { ...base, rules: badCurrency } })).violation).toMatchObject({ field: 'input.rules.earningRules.0.currency' });
      const consultant = await graph.sessionToken({ roles: ['agent'], scopes: ['loyalty:read', 'loyalty:write'] });
      expect((await failure(REVISE, { input: { ...base, rules: RULES } }, { token: consultant })).code).toBe('FORBIDDEN');
      expect((await ok('{ loyaltyScheme { version } }')).loyaltyScheme.version).toBe(loyaltyScheme.version);
    });

    it('answers a revision made through another replica on the next request, though this one holds the versions it read', async () => {
      const versions = async () => (await ok('{ loyaltyScheme { version versions { effectiveFrom } } }')).loyaltyScheme;
      const held = await versions();
      // Another process of the subgraph: its own service, sharing only the database.
      const otherReplica = new LoyaltySchemeService(graph.subgraphs.loyalty.dataSource);
      const from = addDays(today, 40);
      await otherReplica.revise(
        { expectedVersion: held.version, effectiveFrom: from, rules: { ...RULES, expiryMonths: 24 } as unknown as LoyaltySchemeRules },
        { id: 'scheme-admin', kind: 'staff', roles: ['admin'], scopes: STAFF_SCOPES, client: 'console' },
      );
      expect((await versions()).versions.map((version: { effectiveFrom: string }) => version.effectiveFrom)).toEqual([
        from,
        ...held.versions.map((version: { effectiveFrom: string }) => version.effectiveFrom),
      ]);
    });
  });

  describe('enrolment', () => {
    it('is refused without consent to the scheme’s terms, writing nothing; with it the traveller starts in the entry tier', async () => {
      const traveller = await createTraveller('Unconsenting');
      expect((await failure(ENROL, { input: { profileId: traveller.id } })).violation).toMatchObject({ field: 'input.profileId', rule: 'schemeConsent' });
      expect((await ok('query($ids: [ID!]) { loyaltyMembers(filter: { profileIds: $ids }) { total } }', { ids: [traveller.id] })).loyaltyMembers.total).toBe(0);

      await consent(traveller);
      const member = (await ok(ENROL, { input: { profileId: traveller.id } })).enrolLoyaltyMember;
      expect(member).toMatchObject({
        profileId: traveller.id,
        status: 'ACTIVE',
        tier: { code: 'BLUE' },
        nextTier: { code: 'SILVER' },
        availablePoints: 0,
        pointsToNextTier: 1000,
        tripsToNextTier: 5,
      });
      expect(await failure(ENROL, { input: { profileId: traveller.id } })).toMatchObject({ code: 'CONFLICT', field: 'input.profileId', rule: 'notEnrolled' });
      const { profile } = await ok('query($id: ID!) { profile(id: $id) { loyaltyMember { id tier { name } } } }', { id: traveller.id });
      expect(profile.loyaltyMember).toEqual({ id: member.id, tier: { name: 'Blue' } });
    });

    it('closes the membership when the traveller withdraws consent, and opens it again with its points on renewed consent', async () => {
      const { traveller, member } = await enrolled('Withdrawing');
      await ok(EARN, { input: earnInput(traveller.id, `WD-${member.id}`) });
      const consentId = (await ok('query($id: ID!) { profile(id: $id) { version consents { id purpose active } } }', { id: traveller.id })).profile;
      traveller.version = consentId.version;
      const schemeConsent = consentId.consents.find((item: { purpose: string; active: boolean }) => item.purpose === 'LOYALTY_SCHEME' && item.active).id;
      await ok('mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version } }', {
        id: traveller.id,
        input: { expectedVersion: traveller.version, consentId: schemeConsent },
      });
      await graph.subgraphs.profiles.outbox!.relay();
      expect(await status(member.id)).toMatchObject({ status: 'CLOSED', availablePoints: 100 });
      expect((await failure(EARN, { input: earnInput(traveller.id, `WD2-${member.id}`) })).code).toBe('CONFLICT');

      traveller.version = (await ok('query($id: ID!) { profile(id: $id) { version } }', { id: traveller.id })).profile.version;
      await consent(traveller);
      expect((await ok(ENROL, { input: { profileId: traveller.id } })).enrolLoyaltyMember).toMatchObject({
        id: member.id,
        status: 'ACTIVE',
        availablePoints: 100,
      });
    });
  });

  describe('earning', () => {
    it('earns by the rules in force on the booking date, pending until travel, with the segment bonus', async () => {
      const { traveller, member } = await enrolled('Earner');
      const flown = (await ok(EARN, { input: earnInput(traveller.id, `F-${member.id}`, { amount: 250.75 }) })).earnLoyaltyPoints;
      expect(flown).toMatchObject({ kind: 'EARN', points: 250, amount: 250.75, currency: 'EUR' });
      const later = addDays(today, 40);
      const hotel = (await ok(EARN, { input: earnInput(traveller.id, `H-${member.id}`, { productType: 'HOTEL', travelDate: later, segments: ['VIP'] }) }))
        .earnLoyaltyPoints;
      expect(hotel.points).toBe(400);
      expect(await status(member.id)).toMatchObject({ availablePoints: 250, pendingPoints: 400, earnedPoints: 650, qualifyingPoints: 250, qualifyingTrips: 1 });

      expect((await failure(EARN, { input: earnInput(traveller.id, `C-${member.id}`, { productType: 'CAR' }) })).violation).toMatchObject({
        field: 'input.currency',
        rule: 'earnable',
      });
      expect((await failure(EARN, { input: earnInput(traveller.id, `G-${member.id}`, { currency: 'GBP' }) })).violation).toMatchObject({
        field: 'input.currency',
        rule: 'earnable',
      });
      expect((await failure(EARN, { input: earnInput(traveller.id, `X-${member.id}`, { currency: 'XYZ' }) })).violation).toMatchObject({
        field: 'input.currency',
        rule: 'isISO4217CurrencyCode',
      });
      expect((await failure(EARN, { input: earnInput(traveller.id, `N-${member.id}`, { amount: -5 }) })).violation).toMatchObject({
        field: 'input.amount',
        rule: 'isPositive',
      });
      expect((await failure(EARN, { input: earnInput(traveller.id, `D-${member.id}`, { amount: 10.005 }) })).violation).toMatchObject({
        field: 'input.amount',
        rule: 'isNumber',
      });
      expect((await failure(EARN, { input: earnInput(traveller.id, `T-${member.id}`, { travelDate: addDays(today, -1) }) })).violation).toMatchObject({
        field: 'input.travelDate',
        rule: 'notBeforeBookedOn',
      });
      const stranger = await createTraveller('Stranger');
      expect((await failure(EARN, { input: earnInput(stranger.id, `S-${member.id}`) })).violation).toMatchObject({
        field: 'input.profileId',
        rule: 'enrolled',
      });
      expect((await status(member.id)).earnedPoints).toBe(650);
    });

    it('makes one entry of 50 concurrent earns with one booking reference, and answers each with it', async () => {
      const { traveller, member } = await enrolled('Repeated');
      const before = await entryCount();
      const answers = await Promise.all(Array.from({ length: 50 }, () => request(EARN, { input: earnInput(traveller.id, `ONCE-${member.id}`) })));
      const ids = new Set(answers.map((answer) => answer.body.data?.earnLoyaltyPoints?.id));
      expect(answers.map((answer) => answer.body.errors)).toEqual(Array(50).fill(undefined));
      expect(ids.size).toBe(1);
      expect((await entryCount()) - before).toBe(1);
      expect((await status(member.id)).availablePoints).toBe(100);
      const other = await enrolled('Other');
      expect(await failure(EARN, { input: earnInput(other.traveller.id, `ONCE-${member.id}`) })).toMatchObject({
        code: 'CONFLICT',
        field: 'input.bookingReference',
      });
    });
  });

  describe('redeeming', () => {
    it('lets exactly 10 of 100 concurrent redemptions through when the balance covers 10, never below zero', async () => {
      const { traveller, member } = await enrolled('Crowded');
      await ok(EARN, { input: earnInput(traveller.id, `CROWD-${member.id}`) });
      const answers = await Promise.all(Array.from({ length: 100 }, () => request(REDEEM, { input: { memberId: member.id, points: 10 } })));
      const redeemed = answers.filter((answer) => answer.body.data?.redeemLoyaltyPoints);
      expect(redeemed).toHaveLength(10);
      const refusals = answers.filter((answer) => answer.body.errors).map((answer) => answer.body.errors![0].extensions?.violations?.[0]);
      expect(refusals).toHaveLength(90);
      expect(new Set(refusals.map((violation) => `${violation.field} ${violation.rule}`))).toEqual(new Set(['input.points withinAvailable']));
      const after = await status(member.id);
      expect(after).toMatchObject({ availablePoints: 0, usedPoints: 100 });
      expect(after.statement.items.filter((entry: { kind: string }) => entry.kind === 'REDEEM')).toHaveLength(10);
    });

    it('takes a reward’s price and one of its stock, never below zero however many redeem at once', async () => {
      const { traveller, member } = await enrolled('Rewarded');
      await ok(ADJUST, { input: { memberId: member.id, points: 5000, reason: 'Goodwill for a lost bag' } });
      const reward = (await ok(CREATE_REWARD, { input: { name: 'Lounge pass', pointsPrice: 300, stock: 3 } })).createLoyaltyReward;
      const answers = await Promise.all(Array.from({ length: 10 }, () => request(REDEEM, { input: { memberId: member.id, rewardId: reward.id } })));
      expect(answers.filter((answer) => answer.body.data?.redeemLoyaltyPoints)).toHaveLength(3);
      expect(new Set(answers.filter((answer) => answer.body.errors).map((answer) => answer.body.errors![0].extensions?.rule))).toEqual(new Set(['inStock']));
      expect((await ok('query($id: ID!) { loyaltyReward(id: $id) { stock } }', { id: reward.id })).loyaltyReward.stock).toBe(0);
      expect(await status(member.id)).toMatchObject({ availablePoints: 4100, usedPoints: 900 });
      expect(traveller.id).toBeTruthy();
    });

    it('refuses bad redemptions and adjustments naming the field and rule, writing nothing', async () => {
      const { traveller, member } = await enrolled('Careless');
      await ok(EARN, { input: earnInput(traveller.id, `CARE-${member.id}`) });
      const before = await entryCount();
      const inactive = (await ok(CREATE_REWARD, { input: { name: 'Retired mug', pointsPrice: 10, active: false } })).createLoyaltyReward;
      const cases: [string, Record<string, unknown>, Record<string, string>][] = [
        [REDEEM, { memberId: member.id, points: -5 }, { field: 'input.points', rule: 'min' }],
        [REDEEM, { memberId: member.id, points: 101 }, { field: 'input.points', rule: 'withinAvailable' }],
        [REDEEM, { memberId: member.id }, { field: 'input.points', rule: 'pointsOrReward' }],
        [REDEEM, { memberId: member.id, rewardId: '01890000-0000-7000-8000-000000000000' }, { field: 'input.rewardId', rule: 'exists' }],
        [REDEEM, { memberId: member.id, rewardId: inactive.id }, { field: 'input.rewardId', rule: 'active' }],
        [REDEEM, { memberId: '01890000-0000-7000-8000-000000000000', points: 1 }, { field: 'input.memberId', rule: 'exists' }],
        [ADJUST, { memberId: member.id, points: 10, reason: '   ' }, { field: 'input.reason', rule: 'matches' }],
        [ADJUST, { memberId: member.id, points: 0, reason: 'Nothing' }, { field: 'input.points', rule: 'notEquals' }],
        [ADJUST, { memberId: member.id, points: -101, reason: 'Too much' }, { field: 'input.points', rule: 'withinAvailable' }],
      ];
      for (const [mutation, input, violation] of cases) expect((await failure(mutation, { input })).violation).toMatchObject(violation);
      const fractional = (await request(REDEEM, { input: { memberId: member.id, points: 1.5 } })).body.errors?.[0];
      expect(fractional?.message).toContain('input.points');
      expect(fractional?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await entryCount()).toBe(before);
      expect(await status(member.id)).toMatchObject({ availablePoints: 100, usedPoints: 0 });
    });
  });

  describe('reversing and adjusting', () => {
    it('reverses once, refuses to take back points already spent, and keeps every adjustment’s reason', async () => {
      const { traveller, member } = await enrolled('Reverser');
      const pending = (await ok(EARN, { input: earnInput(traveller.id, `P-${member.id}`, { travelDate: addDays(today, 5) }) })).earnLoyaltyPoints;
      const reversal = (await ok(REVERSE, { input: { entryId: pending.id, reason: 'Booking cancelled' } })).reverseLoyaltyEntry;
      expect(reversal).toMatchObject({ kind: 'REVERSE', points: -100, reversesId: pending.id, reason: 'Booking cancelled' });
      expect(await failure(REVERSE, { input: { entryId: pending.id } })).toMatchObject({ code: 'CONFLICT', field: 'input.entryId', rule: 'notReversed' });
      expect((await failure(REVERSE, { input: { entryId: reversal.id } })).violation).toMatchObject({ field: 'input.entryId', rule: 'reversible' });

      const flown = (await ok(EARN, { input: earnInput(traveller.id, `FL-${member.id}`) })).earnLoyaltyPoints;
      const spent = (await ok(REDEEM, { input: { memberId: member.id, points: 60 } })).redeemLoyaltyPoints;
      expect(await failure(REVERSE, { input: { entryId: flown.id } })).toMatchObject({ code: 'CONFLICT', rule: 'pointsStillHeld' });
      await ok(ADJUST, { input: { memberId: member.id, points: 100, reason: 'Complaint settled' } });
      expect((await ok(REVERSE, { input: { entryId: flown.id } })).reverseLoyaltyEntry.points).toBe(-100);
      expect((await ok(REVERSE, { input: { entryId: spent.id, reason: 'Refund' } })).reverseLoyaltyEntry.points).toBe(60);
      const after = await status(member.id);
      expect(after).toMatchObject({ availablePoints: 100, pendingPoints: 0, earnedPoints: 100, usedPoints: 0, qualifyingPoints: 0, qualifyingTrips: 0 });
      expect(after.statement.items.map((entry: { kind: string; points: number }) => `${entry.kind} ${entry.points}`)).toEqual([
        'REVERSE 60',
        'REVERSE -100',
        'ADJUST 100',
        'REDEEM -60',
        'EARN 100',
        'REVERSE -100',
        'EARN 100',
      ]);

      const agent = await graph.sessionToken({ roles: ['agent'], scopes: ['loyalty:read', 'loyalty:write', 'loyalty:earn'] });
      expect((await failure(ADJUST, { input: { memberId: member.id, points: 5, reason: 'Why not' } }, { token: agent })).code).toBe('FORBIDDEN');
      const redemption = (await ok(REDEEM, { input: { memberId: member.id, points: 1 } })).redeemLoyaltyPoints;
      expect((await failure(REVERSE, { input: { entryId: redemption.id } }, { token: agent })).code).toBe('FORBIDDEN');
    });

    it('pages the statement newest first by cursor at any depth', async () => {
      const { traveller, member } = await enrolled('Paged');
      for (let trip = 0; trip < 7; trip++) await ok(EARN, { input: earnInput(traveller.id, `PG-${trip}-${member.id}`, { amount: 10 + trip }) });
      const seen: number[] = [];
      let after: string | null = null;
      do {
        const page: { items: { points: number }[]; nextCursor: string | null } = (
          await ok(MEMBER, { id: member.id, page: { limit: 3, ...(after ? { after } : {}) } })
        ).loyaltyMember.statement;
        seen.push(...page.items.map((entry) => entry.points));
        after = page.nextCursor;
      } while (after);
      expect(seen).toEqual([16, 15, 14, 13, 12, 11, 10]);
    });
  });

  describe('periodic tasks', () => {
    it('confirm pending points after travel, expire lots and move tiers, with the same result run twice or at once', async () => {
      const dataSource = graph.subgraphs.loyalty.dataSource;
      const schemes = new LoyaltySchemeService(dataSource);
      const { traveller, member } = await enrolled('Traveller');
      const travel = addDays(today, 3);
      for (let trip = 0; trip < 5; trip++) await ok(EARN, { input: earnInput(traveller.id, `TR-${trip}-${member.id}`, { amount: 300, travelDate: travel }) });
      expect(await status(member.id)).toMatchObject({ pendingPoints: 1500, availablePoints: 0, tier: { code: 'BLUE' } });

      await Promise.all([confirmPendingPoints(dataSource, travel), confirmPendingPoints(dataSource, travel)]);
      await confirmPendingPoints(dataSource, travel);
      await Promise.all([reevaluateTiers(dataSource, schemes, travel), reevaluateTiers(dataSource, schemes, travel)]);
      const confirmed = await status(member.id);
      expect(confirmed).toMatchObject({
        pendingPoints: 0,
        availablePoints: 1500,
        qualifyingPoints: 1500,
        qualifyingTrips: 5,
        tier: { code: 'SILVER' },
        nextTier: { code: 'GOLD' },
      });
      expect(confirmed.tierHistory).toEqual([
        { fromTier: 'BLUE', toTier: 'SILVER', cause: 'QUALIFIED' },
        { fromTier: null, toTier: 'BLUE', cause: 'ENROLMENT' },
      ]);
      expect(confirmed.pointsToRetainTier).toBe(0);

      const expiry = addMonths(travel, 12);
      const before = await entryCount();
      await Promise.all([expirePointsLots(dataSource, expiry), expirePointsLots(dataSource, expiry)]);
      await expirePointsLots(dataSource, expiry);
      const expired = await status(member.id);
      expect(expired).toMatchObject({ availablePoints: 0, expiredPoints: 1500 });
      expect(expired.statement.items[0]).toMatchObject({ kind: 'EXPIRE', points: -1500 });
      expect(expired.statement.items.filter((entry: { kind: string }) => entry.kind === 'EXPIRE')).toHaveLength(1);
      expect(await entryCount()).toBeGreaterThan(before);

      // A year on, with nothing qualifying in the window and the grace period over, the member drops back.
      const review = addDays(addMonths(travel, 12), 30);
      await Promise.all([reevaluateTiers(dataSource, schemes, review), reevaluateTiers(dataSource, schemes, review)]);
      const history = (await status(member.id)).tierHistory;
      expect(history[0]).toEqual({ fromTier: 'SILVER', toTier: 'BLUE', cause: 'NOT_RETAINED' });
      expect(history).toHaveLength(3);
    });

    it('expire by the member’s mark: nothing more the same day, later lots on a later run, never redeemed or reversed once expired', async () => {
      const dataSource = graph.subgraphs.loyalty.dataSource;
      const { traveller, member } = await enrolled('Expiring');
      const early = (await ok(EARN, { input: earnInput(traveller.id, `EX-1-${member.id}`, { amount: 100 }) })).earnLoyaltyPoints;
      const later = addDays(today, 5);
      const late = (await ok(EARN, { input: earnInput(traveller.id, `EX-2-${member.id}`, { amount: 200, travelDate: later }) })).earnLoyaltyPoints;
      await confirmPendingPoints(dataSource, later);
      const remaining = async (entryId: string) => Number((await loyaltySql('SELECT remaining FROM loyalty_points_lots WHERE id = ?', [entryId]))[0].remaining);
      const expiries = async () => (await status(member.id)).statement.items.filter((entry: { kind: string }) => entry.kind === 'EXPIRE');

      const firstDue = addMonths(today, 12);
      await expirePointsLots(dataSource, firstDue);
      const entries = await entryCount();
      await Promise.all([expirePointsLots(dataSource, firstDue), expirePointsLots(dataSource, firstDue)]);
      expect(await entryCount()).toBe(entries);
      expect(await status(member.id)).toMatchObject({ availablePoints: 200, expiredPoints: 100 });
      expect(await expiries()).toMatchObject([{ points: -100 }]);

      // The expired lot still shows what it held, but the redemption takes from the live one only, and its earn has nothing left to reverse.
      await ok(REDEEM, { input: { memberId: member.id, points: 150 } });
      expect([await remaining(early.id), await remaining(late.id)]).toEqual([100, 50]);
      expect(await failure(REVERSE, { input: { entryId: early.id } })).toMatchObject({ code: 'CONFLICT', field: 'input.entryId', rule: 'notExpired' });

      await expirePointsLots(dataSource, addMonths(later, 12));
      expect(await status(member.id)).toMatchObject({ availablePoints: 0, usedPoints: 150, expiredPoints: 150 });
      expect(await expiries()).toMatchObject([{ points: -50 }, { points: -100 }]);

      // Points credited with a date the mark has passed expire as they are credited.
      await ok(ADJUST, { input: { memberId: member.id, points: 30, reason: 'Goodwill' } });
      expect(await status(member.id)).toMatchObject({ availablePoints: 0, earnedPoints: 330, expiredPoints: 180 });
      expect(await expiries()).toMatchObject([{ points: -30 }, { points: -50 }, { points: -100 }]);
    });
  });

  describe('a partner booking engine', () => {
    it('earns, reverses and reads status for its own accounts’ travellers only', async () => {
      const account = (
        await ok('mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }', {
          input: {
            legalName: 'Initech',
            registrationNumber: '01234567',
            legalEntities: [{ name: 'Initech Ltd', countryCode: 'GB' }],
            billingAddress: { lines: ['1 High Street'], city: 'London', countryCode: 'GB' },
            offices: [{ name: 'HQ', city: 'London', countryCode: 'GB' }],
            contractStart: '2026-01-01',
          },
        })
      ).createCorporateAccount.id;
      const ours = await enrolled('Employee');
      const theirs = await enrolled('Outsider');
      await ok('mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
        input: { profileId: ours.traveller.id, accountId: account, validFrom: addDays(today, -1) },
      });
      await graph.subgraphs.corporate.outbox!.relay();
      const { createPartnerClient } = await ok('mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }', {
        input: { name: 'Initech booking engine', scopes: ['loyalty:earn'], accountIds: [account] },
      });
      const partner = { apiKey: createPartnerClient.apiKey as string };

      const earned = (await ok(EARN, { input: earnInput(ours.traveller.id, `PARTNER-${ours.member.id}`) }, partner)).earnLoyaltyPoints;
      expect((await ok('query($id: ID!) { loyaltyMember(id: $id) { availablePoints } }', { id: ours.member.id }, partner)).loyaltyMember.availablePoints).toBe(
        100,
      );
      const before = await entryCount();
      expect((await failure(EARN, { input: earnInput(theirs.traveller.id, `PARTNER-${theirs.member.id}`) }, partner)).code).toBe('FORBIDDEN');
      expect((await failure('query($id: ID!) { loyaltyMember(id: $id) { availablePoints } }', { id: theirs.member.id }, partner)).code).toBe('FORBIDDEN');
      const listed = (await ok('{ loyaltyMembers(page: { limit: 200 }) { items { id } } }', {}, partner)).loyaltyMembers.items;
      expect(listed).toEqual([{ id: ours.member.id }]);
      const adjustment = (await ok(ADJUST, { input: { memberId: ours.member.id, points: 5, reason: 'Staff goodwill' } })).adjustLoyaltyPoints;
      expect((await failure(REVERSE, { input: { entryId: adjustment.id } }, partner)).code).toBe('FORBIDDEN');
      expect((await failure(REDEEM, { input: { memberId: ours.member.id, points: 1 } }, partner)).code).toBe('FORBIDDEN');
      expect(await entryCount()).toBe(before + 1);
      expect((await ok(REVERSE, { input: { entryId: earned.id } }, partner)).reverseLoyaltyEntry.points).toBe(-100);
    });
  });

  describe('data-subject rights', () => {
    it('exports the membership, ledger and tier history, and erasure keeps the amounts under a pseudonym', async () => {
      const { traveller, member } = await enrolled('Forgotten');
      await ok(EARN, { input: earnInput(traveller.id, `DS-${member.id}`) });
      await ok(ADJUST, { input: { memberId: member.id, points: -40, reason: 'Lou Forgotten asked to donate' } });
      const exported = (await ok('query($id: ID!) { loyaltyDataSubjectExport(subjectId: $id) { found document } }', { id: traveller.id }))
        .loyaltyDataSubjectExport;
      const document = JSON.parse(exported.document).scheme;
      expect(document.member).toMatchObject({ id: member.id, profileId: traveller.id, availablePoints: 60 });
      expect(document.ledger.map((entry: { kind: string; reason: string | null }) => [entry.kind, entry.reason])).toEqual([
        ['EARN', null],
        ['ADJUST', 'Lou Forgotten asked to donate'],
      ]);
      expect(document.tierHistory).toEqual([expect.objectContaining({ toTier: 'BLUE', cause: 'ENROLMENT' })]);

      const before = await entryCount();
      expect(
        (await ok('mutation($id: ID!) { loyaltyDataSubjectErase(subjectId: $id) { outcome } }', { id: traveller.id })).loyaltyDataSubjectErase.outcome,
      ).toBe('ERASED');
      expect(await entryCount()).toBe(before);
      const erased = await status(member.id);
      expect(erased).toMatchObject({ profileId: null, status: 'CLOSED', availablePoints: 60, earnedPoints: 100, usedPoints: 40 });
      expect(erased.statement.items.map((entry: { reason: string | null }) => entry.reason)).toEqual([null, null]);
      expect((await ok('query($id: ID!) { loyaltyDataSubjectExport(subjectId: $id) { found } }', { id: traveller.id })).loyaltyDataSubjectExport.found).toBe(
        false,
      );
    });
  });
});
