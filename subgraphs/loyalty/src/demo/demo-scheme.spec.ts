import { TestGraph } from '@wayfarer/gateway/testing';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';

describe.each(everyDatabase())('the demo loyalty scheme, on %s', (_database, environment) => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: { ...environment, DEMO: 'true' } });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('is in force with its tiers, expiry and rewards', async () => {
    const token = await graph.sessionToken({ roles: ['agent'], scopes: ['loyalty:read'] });
    const result = await graph.request(
      '{ loyaltyScheme { versionOn { effectiveFrom rules { tiers { code } expiryMonths termsVersion } } } loyaltyRewards(filter: { search: "airport" }) { items { name pointsPrice stock } } }',
      {},
      { token },
    );
    expect(result.body.errors).toBeUndefined();
    const { loyaltyScheme, loyaltyRewards } = result.body.data as Record<string, any>;
    expect(loyaltyScheme.versionOn).toMatchObject({
      effectiveFrom: '2025-01-01',
      rules: { tiers: [{ code: 'BLUE' }, { code: 'SILVER' }, { code: 'GOLD' }], expiryMonths: 24 },
    });
    expect(loyaltyRewards.items).toEqual([{ name: 'Airport lounge pass', pointsPrice: 2500, stock: 200 }]);
  });
});
