import { TestGraph } from '@wayfarer/gateway/testing';
import { createGatewayCall, DEMO_SCHEME_MEMBERS, demoId, utcToday } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { checkLedgerInvariants } from '../ledger/ledger-invariants';
import { addDays } from '../scheme/scheme-rules';
import { DEMO_MEMBERSHIP_HOLDERS, DEMO_SHARED_NUMBER } from './demo-members';

const traveller = (index: number) => demoId({ kind: 'traveller', index });

describe.each(everyDatabase())('the demo’s supplier memberships and scheme members, on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  const today = utcToday();
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const loyaltySql = (sql: string, parameters: unknown[] = []) => graph.subgraphs.loyalty.dataSource.query(sql, parameters);

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: { ...environment, DEMO: 'true' } });
    token = await graph.sessionToken({ roles: ['admin'], scopes: ['profiles:read', 'loyalty:read', 'loyalty.numbers:read'] });
  }, 180_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('gives many demo travellers memberships of catalogue programmes, with valid numbers and tiers, some expiring soon, some expired, some leisure', async () => {
    const items: any[] = [];
    let after: string | null = null;
    do {
      const { supplierMemberships }: Record<string, any> = await ok(
        'query($after: String) { supplierMemberships(page: { limit: 200, after: $after }) { nextCursor items { profileId number tier expiresOn context programme { tierNames numberFormat { minLength maxLength pattern } } } } }',
        { after },
      );
      items.push(...supplierMemberships.items);
      after = supplierMemberships.nextCursor;
    } while (after);
    expect(new Set(items.map((item) => item.profileId)).size).toBeGreaterThan(DEMO_MEMBERSHIP_HOLDERS * 0.9);
    for (const { number, tier, programme } of items) {
      const { minLength, maxLength, pattern } = programme.numberFormat;
      expect(number.length >= minLength && number.length <= maxLength && new RegExp(`^(?:${pattern})$`).test(number)).toBe(true);
      expect(programme.tierNames).toContain(tier);
    }
    const expiring = items.filter((item) => item.expiresOn && item.expiresOn >= today && item.expiresOn <= addDays(today, 90));
    const expired = items.filter((item) => item.expiresOn && item.expiresOn < today);
    expect(expiring.length).toBeGreaterThan(5);
    expect(expired.length).toBeGreaterThan(5);
    expect(items.filter((item) => item.context === 'LEISURE').length).toBeGreaterThan(5);
  });

  it('has one membership number held by two travellers, found by number search', async () => {
    const { supplierProgrammes } = await ok('query($search: String) { supplierProgrammes(filter: { search: $search }) { items { id name } } }', {
      search: DEMO_SHARED_NUMBER.programme,
    });
    const programme = supplierProgrammes.items.find((item: { name: string }) => item.name === DEMO_SHARED_NUMBER.programme);
    const { supplierMemberships } = await ok('query($filter: SupplierMembershipFilter) { supplierMemberships(filter: $filter) { items { profileId } } }', {
      filter: { programmeId: programme.id, number: DEMO_SHARED_NUMBER.number },
    });
    expect(supplierMemberships.items.map((item: { profileId: string }) => item.profileId).sort()).toEqual(DEMO_SHARED_NUMBER.travellers.map(traveller).sort());
  });

  it('enrols exactly the travellers who consented in the profiles demo, with earns, a redemption and an adjustment, the books balanced', async () => {
    const { loyaltyMembers } = await ok(
      '{ loyaltyMembers(page: { limit: 100 }) { total items { profileId status tier { code } availablePoints pendingPoints pointsExpiringNextMonth } } }',
    );
    const members: any[] = loyaltyMembers.items;
    const memberTravellers = members.map((member) => member.profileId).sort();
    expect(memberTravellers).toEqual(DEMO_SCHEME_MEMBERS.map(traveller).sort());

    const consents = await createGatewayCall({
      gatewayUrl: graph.url,
      service: 'loyalty',
      serviceSecret: graph.subgraphs.loyalty.config.SERVICE_TOKEN_SECRET,
    })<{
      consentStates: { profileId: string; inForce: boolean }[];
    }>('query($ids: [ID!]!) { consentStates(profileIds: $ids, purpose: LOYALTY_SCHEME) { profileId inForce } }', { ids: memberTravellers });
    expect(consents.data!.consentStates.every((state) => state.inForce)).toBe(true);
    const consenting: { profile_id: string }[] = await graph.subgraphs.profiles.dataSource.query(
      "SELECT DISTINCT profile_id FROM consent_records WHERE purpose = 'LOYALTY_SCHEME' AND withdrawn_at IS NULL",
    );
    expect(consenting.map((row) => row.profile_id).sort()).toEqual(memberTravellers);

    expect(members.every((member) => member.status === 'ACTIVE')).toBe(true);
    expect(new Set(members.map((member) => member.tier.code))).toEqual(new Set(['BLUE', 'SILVER', 'GOLD']));
    expect(members.filter((member) => member.pendingPoints > 0).length).toBeGreaterThan(5);
    expect(members.filter((member) => member.availablePoints > 0).length).toBe(members.length);
    expect(members.filter((member) => member.pointsExpiringNextMonth > 0).length).toBeGreaterThan(5);
    const kinds: { kind: string }[] = await loyaltySql('SELECT DISTINCT kind FROM loyalty_ledger_entries ORDER BY kind');
    expect(kinds.map((row) => row.kind)).toEqual(['ADJUST', 'EARN', 'REDEEM']);
    expect(await checkLedgerInvariants(graph.subgraphs.loyalty.dataSource)).toEqual([]);
  });

  it('puts the demo members in their loyalty segments once loyalty’s outbox has reported them', async () => {
    await graph.subgraphs.loyalty.outbox!.relay();
    const { segmentCounts } = await ok('{ segmentCounts { segment count } }');
    const counts = Object.fromEntries(
      segmentCounts
        .filter((row: { segment: string }) => row.segment.startsWith('loyalty:'))
        .map((row: { segment: string; count: number }) => [row.segment, row.count]),
    );
    const { loyaltyMembers } = await ok('{ loyaltyMembers(filter: { tier: "GOLD" }) { total } }');
    expect(counts['loyalty:gold']).toBe(loyaltyMembers.total);
    expect(counts['loyalty:member']).toBe((counts['loyalty:blue'] ?? 0) + (counts['loyalty:silver'] ?? 0) + counts['loyalty:gold']);
  });
});
