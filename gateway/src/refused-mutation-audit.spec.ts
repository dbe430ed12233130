import { TestGraph } from './testing';

describe('mutations the gateway refuses', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await TestGraph.start();
  });
  afterAll(() => graph.stop());

  it('are recorded in the audit log with who tried and why', async () => {
    const marketing = await graph.createStaff('marketing');
    const refused = await graph.request(
      'mutation { createProfile(input: { givenName: "Not", familyName: "Allowed", lawfulBasis: { legalBasis: CONTRACT, noticeVersion: "2026-01", channel: WEB } }) { id } }',
      {},
      { token: marketing.token },
    );
    expect(refused.status).toBe(200);
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');

    await graph.running.stop();
    const another = await graph.startGateway({});
    const auditor = await graph.sessionToken({ roles: ['dpo'], scopes: ['audit:read'] });
    const log = await another.request(
      '{ auditEvents(filter: { service: "gateway" }) { items { actorId actorKind client operation outcome errorCode } } }',
      {},
      { token: auditor },
    );
    expect(log.body.data!.auditEvents.items).toEqual([
      { actorId: marketing.id, actorKind: 'staff', client: 'console', operation: 'createProfile', outcome: 'failure', errorCode: 'FORBIDDEN' },
    ]);
  });
});
