import { TestGraph } from '@wayfarer/gateway/testing';
import { createGatewayCall, utcToday, uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { reevaluateTiers } from '../ledger/ledger-tasks';
import { checkLedgerInvariants } from '../ledger/ledger-invariants';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';

const STAFF_SCOPES = ['profiles:read', 'profiles:write', 'access:admin', 'loyalty:read', 'loyalty:write', 'loyalty:earn', 'data-subject:erase'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const SCHEME_TERMS = { purpose: 'LOYALTY_SCHEME', legalBasis: 'CONSENT', noticeVersion: 'scheme-2026', channel: 'WEB' };
const RULES = {
  earningRules: [{ productType: 'FLIGHT', currency: 'EUR', pointsPerUnit: 1 }],
  bonusRules: [],
  tiers: [
    { code: 'BLUE', name: 'Blue', qualifyingPoints: 0, retentionPoints: 0 },
    { code: 'SILVER_PLUS', name: 'Silver plus', qualifyingPoints: 1000, retentionPoints: 800 },
  ],
  gracePeriodDays: 30,
  expiryMonths: 12,
  termsVersion: 'scheme-2026',
};

const SEGMENTS = 'query($id: ID!) { profile(id: $id) { segments } }';
const IN_SEGMENT = 'query($segment: String!) { profiles(filter: { segment: $segment }, page: { limit: 100 }) { items { id } } }';
const RECORD = 'mutation($states: [LoyaltyTierStateInput!]!) { recordLoyaltyTiers(states: $states) }';

describe.each(everyDatabase())('loyalty tiers as profile segments, reported from loyalty to profiles, on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  let marketing: string;
  const today = utcToday();

  const asService = (service: string) =>
    createGatewayCall({ gatewayUrl: graph.url, service, serviceSecret: graph.subgraphs[service].config.SERVICE_TOKEN_SECRET });
  const ok = async (query: string, variables: Record<string, unknown> = {}, as = token) => {
    const result = await graph.request(query, variables, { token: as });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const segmentsOf = async (profileId: string, as = token): Promise<string[]> => (await ok(SEGMENTS, { id: profileId }, as)).profile.segments;
  const inSegment = async (segment: string): Promise<string[]> => (await ok(IN_SEGMENT, { segment })).profiles.items.map((item: { id: string }) => item.id);
  const loyaltyOf = (segments: string[]) => segments.filter((segment) => segment.startsWith('loyalty:'));
  const reports = (profileId: string) =>
    graph.subgraphs.loyalty.dataSource.query("SELECT status FROM outbox WHERE topic = 'loyalty-tiers' AND subject_id = ? ORDER BY id", [profileId]);

  const member = async (familyName: string) => {
    const { createProfile: traveller } = await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
      input: { givenName: 'Lou', familyName, lawfulBasis: LAWFUL_BASIS },
    });
    const { recordConsent } = await ok(
      'mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version consents { id purpose active } } }',
      { id: traveller.id, input: { expectedVersion: traveller.version, granted: true, ...SCHEME_TERMS } },
    );
    const consentId = recordConsent.consents.find((item: { purpose: string; active: boolean }) => item.purpose === 'LOYALTY_SCHEME' && item.active).id;
    const { enrolLoyaltyMember } = await ok('mutation($input: EnrolLoyaltyMemberInput!) { enrolLoyaltyMember(input: $input) { id } }', {
      input: { profileId: traveller.id },
    });
    await graph.subgraphs.loyalty.outbox!.relay();
    return { profileId: traveller.id as string, memberId: enrolLoyaltyMember.id as string, version: recordConsent.version as number, consentId };
  };

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: environment });
    token = await graph.sessionToken({ roles: ['admin'], scopes: STAFF_SCOPES });
    marketing = await graph.sessionToken({ roles: ['marketing'], scopes: ['profiles:read'] });
    const { loyaltyScheme } = await ok('{ loyaltyScheme { version } }');
    await ok('mutation($input: ReviseLoyaltySchemeInput!) { reviseLoyaltyScheme(input: $input) { id } }', {
      input: { expectedVersion: loyaltyScheme.version, effectiveFrom: today, rules: RULES },
    });
  }, 120_000);
  afterEach(async () => {
    expect(await checkLedgerInvariants(graph.subgraphs.loyalty.dataSource)).toEqual([]);
  });
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('puts an enrolled member in loyalty:member and their tier’s segment, which list filters, counts and marketing see', async () => {
    const { profileId } = await member('Enrolled');
    expect(await reports(profileId)).toEqual([{ status: 'SENT' }]);
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual(['loyalty:blue', 'loyalty:member']);
    expect(loyaltyOf(await segmentsOf(profileId, marketing))).toEqual(['loyalty:blue', 'loyalty:member']);
    expect(await inSegment('loyalty:blue')).toContain(profileId);
    expect(await inSegment('loyalty:member')).toContain(profileId);
    const { segmentCounts } = await ok('{ segmentCounts { segment count } }', {}, marketing);
    expect(segmentCounts.find((row: { segment: string }) => row.segment === 'loyalty:blue')?.count).toBeGreaterThanOrEqual(1);
  });

  it('moves the traveller to their new tier’s segment when the tier review changes it', async () => {
    const { profileId } = await member('Promoted');
    await ok('mutation($input: EarnLoyaltyPointsInput!) { earnLoyaltyPoints(input: $input) { id } }', {
      input: { profileId, bookingReference: `UP-${profileId}`, productType: 'FLIGHT', amount: 1000, currency: 'EUR', bookedOn: today, travelDate: today },
    });
    await graph.subgraphs.loyalty.outbox!.relay();
    // Earning alone changes no tier, so tells profiles nothing.
    expect(await reports(profileId)).toHaveLength(1);

    const loyalty = graph.subgraphs.loyalty.dataSource;
    await reevaluateTiers(loyalty, new LoyaltySchemeService(loyalty), today);
    await graph.subgraphs.loyalty.outbox!.relay();
    expect(await reports(profileId)).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual(['loyalty:member', 'loyalty:silver-plus']);
    expect(await inSegment('loyalty:silver-plus')).toContain(profileId);
    expect(await inSegment('loyalty:blue')).not.toContain(profileId);

    // A second run changes nothing, and reports nothing.
    await reevaluateTiers(loyalty, new LoyaltySchemeService(loyalty), today);
    expect(await reports(profileId)).toHaveLength(2);
  });

  it('takes the traveller out of the loyalty segments when withdrawn consent closes the membership', async () => {
    const { profileId, version, consentId } = await member('Withdrawn');
    await ok('mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version } }', {
      id: profileId,
      input: { expectedVersion: version, consentId },
    });
    await graph.subgraphs.profiles.outbox!.relay();
    await graph.subgraphs.loyalty.outbox!.relay();
    expect(await reports(profileId)).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual([]);
    expect(await inSegment('loyalty:member')).not.toContain(profileId);
    expect(await graph.subgraphs.profiles.dataSource.query('SELECT member_status FROM profile_loyalty_tiers WHERE profile_id = ?', [profileId])).toEqual([
      { member_status: 'CLOSED' },
    ]);
  });

  it('takes the traveller out of the loyalty segments when loyalty erases them, keeping nothing of the membership in profiles', async () => {
    const { profileId } = await member('Erased');
    await ok('mutation($id: ID!) { loyaltyDataSubjectErase(subjectId: $id) { outcome } }', { id: profileId });
    await graph.subgraphs.loyalty.outbox!.relay();
    expect(await reports(profileId)).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual([]);
    expect(await graph.subgraphs.profiles.dataSource.query('SELECT * FROM profile_loyalty_tiers WHERE profile_id = ?', [profileId])).toEqual([]);
  });

  it('takes reports only from a service with the scope, refuses bad states naming the field, and an unknown traveller as NOT_FOUND, writing nothing', async () => {
    const { profileId } = await member('Reported');
    const states = [{ profileId, memberStatus: 'ACTIVE', tierCode: 'GOLD_PLUS' }];
    expect((await graph.request(RECORD, { states }, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await asService('corporate')(RECORD, { states })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual(['loyalty:blue', 'loyalty:member']);

    const missingTier = await asService('loyalty')(RECORD, { states: [{ profileId, memberStatus: 'ACTIVE' }] });
    expect(missingTier.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [{ field: 'states.0.tierCode', rule: 'withMemberStatus' }],
    });
    const lowerCase = await asService('loyalty')(RECORD, { states: [{ profileId, memberStatus: 'ACTIVE', tierCode: 'gold' }] });
    expect(lowerCase.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await asService('loyalty')(RECORD, { states: [...states, { profileId: uuid7(), memberStatus: null, tierCode: null }] });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual(['loyalty:blue', 'loyalty:member']);

    expect(await asService('loyalty')(RECORD, { states })).toMatchObject({ data: { recordLoyaltyTiers: 1 } });
    expect(loyaltyOf(await segmentsOf(profileId))).toEqual(['loyalty:gold-plus', 'loyalty:member']);
  });
});
