import { TestGraph } from './testing';

describe('audit events across a graceful stop', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await TestGraph.start();
  });
  afterAll(() => graph.stop());

  it('delivers every event a subgraph recorded just before it stopped', async () => {
    const agent = await graph.createStaff('agent');
    const created = await graph.request(
      'mutation { createProfile(input: { givenName: "Last", familyName: "Words", dateOfBirth: "1970-07-07", lawfulBasis: { legalBasis: CONTRACT, noticeVersion: "2026-01", channel: WEB } }) { id } }',
      {},
      { token: agent.token },
    );
    const id = created.body.data!.createProfile.id;
    await graph.request('query($id: ID!) { profile(id: $id) { dateOfBirth } }', { id }, { token: agent.token });

    await graph.subgraphs.profiles.stop();

    const auditor = await graph.sessionToken({ roles: ['dpo'], scopes: ['audit:read'] });
    const log = await graph.request(
      'query($id: String) { auditEvents(filter: { subjectId: $id }) { items { operation fields } } }',
      { id },
      { token: auditor },
    );
    expect(log.body.data!.auditEvents.items).toEqual(
      expect.arrayContaining([
        { operation: 'createProfile', fields: expect.arrayContaining(['givenName', 'dateOfBirth']) },
        { operation: 'read', fields: ['dateOfBirth'] },
      ]),
    );
  });
});
