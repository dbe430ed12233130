import { TestGraph } from '@wayfarer/gateway/testing';
import { demoId, Logger } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { communicationsServices } from '../communications.feature';
import { DEMO_COMMUNICATIONS, DEMO_CONVERSATION_HOLDERS, seedDemoCommunications } from './demo-communications';

const traveller = (index: number) => demoId({ kind: 'traveller', index });

describe.each(everyDatabase())('the demo’s communications, on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['interactions', 'conversations', 'referrals', 'undertakings', 'complaints', 'feedback', 'timeline_entries'].map(async (table) => {
          const [{ count }] = await graph.subgraphs.communications.dataSource.query(`SELECT COUNT(*) AS count FROM ${table}`);
          return [table, Number(count)];
        }),
      ),
    );

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: { ...environment, DEMO: 'true' } });
    token = await graph.sessionToken({ roles: ['admin'], scopes: [...ROLE_SCOPES.admin] });
  }, 180_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('gives a few dozen demo travellers conversations across channels, one switching channel in one thread, and one confidential', async () => {
    const holders = await Promise.all(
      Array.from(
        { length: DEMO_CONVERSATION_HOLDERS },
        async (_, index) => (await ok('query($id: ID!) { conversations(filter: { profileId: $id }) { total } }', { id: traveller(index) })).conversations.total,
      ),
    );
    expect(holders.every((total) => total === 1)).toBe(true);
    const { interactions } = await ok('query { interactions(page: { limit: 200 }) { total items { channel } } }');
    expect(new Set(interactions.items.map((item: { channel: string }) => item.channel)).size).toBeGreaterThanOrEqual(6);

    const { conversations } = await ok(
      'query($id: ID!) { conversations(filter: { profileId: $id }) { items { interactions(direction: ASC) { items { channel } } } } }',
      {
        id: traveller(DEMO_COMMUNICATIONS.switchedChannel),
      },
    );
    expect(conversations.items[0].interactions.items).toEqual([{ channel: 'TELEPHONE' }, { channel: 'EMAIL' }]);
    const { confidentialInteractions } = await ok('query { confidentialInteractions { items { profile { id } summary } } }');
    expect(confidentialInteractions.items).toEqual([{ profile: { id: traveller(DEMO_COMMUNICATIONS.confidential) }, summary: expect.any(String) }]);
  });

  it('has a referral to a team, undertakings overdue and due today, complaints in several states with one escalated, and feedback on suppliers', async () => {
    const { referrals } = await ok('query($team: String) { referrals(filter: { team: $team }) { items { status conversation { profile { id } } } } }', {
      team: DEMO_COMMUNICATIONS.referralTeam,
    });
    expect(referrals.items).toEqual([{ status: 'OPEN', conversation: { profile: { id: traveller(DEMO_COMMUNICATIONS.referred) } } }]);

    const { undertakings } = await ok('query { undertakings { items { profileId dueAt overdue status conversation { id } } } }');
    const of = (index: number) => undertakings.items.find((item: { profileId: string }) => item.profileId === traveller(index));
    expect(of(DEMO_COMMUNICATIONS.overdueUndertaking)).toMatchObject({ overdue: true, status: 'OPEN' });
    const dueToday = of(DEMO_COMMUNICATIONS.undertakingDueToday);
    expect(dueToday).toMatchObject({ overdue: false, conversation: { id: expect.any(String) } });
    expect(dueToday.dueAt.slice(0, 10) === new Date().toISOString().slice(0, 10) || Date.parse(dueToday.dueAt) - Date.now() < 120_000).toBe(true);

    const { complaints } = await ok('query { complaints { items { profileId status escalated escalations { clock } } } }');
    expect(complaints.items.map((item: { status: string }) => item.status).sort()).toEqual(
      ['ACKNOWLEDGED', 'CLOSED', 'INVESTIGATING', 'NEW', 'RESOLVED', 'WAITING_ON_CUSTOMER'].sort(),
    );
    const escalated = complaints.items.filter((item: { escalated: boolean }) => item.escalated);
    expect(escalated).toEqual([expect.objectContaining({ profileId: traveller(DEMO_COMMUNICATIONS.complaints[0]), status: 'NEW' })]);
    expect(escalated[0].escalations.length).toBeGreaterThan(0);

    const { feedbackSummary } = await ok('query { feedbackSummary { count suppliers { supplierCode count } } }');
    expect(feedbackSummary.count).toBe(DEMO_COMMUNICATIONS.feedback.length);
    expect(feedbackSummary.suppliers.map((supplier: { supplierCode: string }) => supplier.supplierCode).sort()).toEqual(['BA', 'HERTZ', 'MARRIOTT']);

    const { profile } = await ok('query($id: ID!) { profile(id: $id) { timeline { items { kind } } } }', { id: traveller(DEMO_COMMUNICATIONS.complaints[0]) });
    expect(profile.timeline.items.map((entry: { kind: string }) => entry.kind)).toEqual(expect.arrayContaining(['COMPLAINT', 'INTERACTION']));
  });

  it('seeds only into an empty database', async () => {
    const before = await counts();
    const services = communicationsServices(graph.subgraphs.communications.dataSource, graph.subgraphs.communications.config, undefined);
    await seedDemoCommunications(services, { info: () => undefined } as unknown as Logger);
    expect(await counts()).toEqual(before);
  });
});
