import { uuid7 } from '@wayfarer/kit';
import { AccessTestSubgraph, adminPrincipal, agentPrincipal, dpoPrincipal, servicePrincipal, startAccessSubgraph } from '../testing/access-test-subgraph';

const RECORD = 'mutation($events: [AuditEventInput!]!) { recordAuditEvents(events: $events) }';
const AUDIT_EVENTS = `query($filter: AuditEventFilter, $sort: AuditEventSort, $page: PageInput) {
  auditEvents(filter: $filter, sort: $sort, page: $page) { items { id service actorId subjectIds operation occurredAt } total nextCursor }
}`;
const PROFILE_A = '0190f0b2-2222-7000-8000-00000000000a';
const PROFILE_B = '0190f0b2-2222-7000-8000-00000000000b';

const profilesEvent = (overrides: Record<string, unknown> = {}) => ({
  id: uuid7(),
  occurredAt: '2030-01-01T10:00:00.000Z',
  service: 'profiles',
  actorId: agentPrincipal.id,
  actorKind: 'staff',
  client: 'console',
  operation: 'read',
  subjectType: 'Profile',
  subjectIds: [PROFILE_A],
  fields: ['dateOfBirth'],
  outcome: 'success',
  errorCode: null,
  ...overrides,
});

describe('audit log', () => {
  let access: AccessTestSubgraph;
  const profiles = servicePrincipal('profiles');

  beforeAll(async () => {
    access = await startAccessSubgraph();
  });
  afterAll(() => access.subgraph.stop());

  const list = async (variables: Record<string, unknown>) => (await access.subgraph.run(dpoPrincipal, AUDIT_EVENTS, variables)).data!.auditEvents;

  it('records a service’s events once, however often they are delivered', async () => {
    const events = [profilesEvent(), profilesEvent({ operation: 'updateProfile', subjectIds: [PROFILE_A, PROFILE_B], occurredAt: '2030-01-01T11:00:00.000Z' })];

    const first = await access.subgraph.run(profiles, RECORD, { events });
    const again = await access.subgraph.run(profiles, RECORD, {
      events: [...events, profilesEvent({ occurredAt: '2030-01-01T12:00:00.000Z', subjectIds: [PROFILE_B] })],
    });

    expect(first.data).toEqual({ recordAuditEvents: 2 });
    expect(again.data).toEqual({ recordAuditEvents: 1 });
    const recorded = await list({ filter: { service: 'profiles' } });
    expect(recorded.total).toBe(3);
  });

  it('takes events only from services, each for itself', async () => {
    const fromStaff = await access.subgraph.run({ ...adminPrincipal, scopes: [...adminPrincipal.scopes, 'audit:write'] }, RECORD, {
      events: [profilesEvent()],
    });
    const withoutScope = await access.subgraph.run(adminPrincipal, RECORD, { events: [profilesEvent()] });
    const forgery = await access.subgraph.run(servicePrincipal('loyalty'), RECORD, { events: [profilesEvent()] });

    expect(fromStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(withoutScope.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(forgery.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('validates events, naming the rule', async () => {
    const result = await access.subgraph.run(profiles, RECORD, { events: [profilesEvent({ id: 'not-a-uuid', outcome: 'maybe' })] });

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rules = (result.errors![0].extensions!.violations as { rule: string }[]).map((violation) => violation.rule);
    expect(rules).toEqual(expect.arrayContaining(['isUuid', 'isIn']));
  });

  it('filters by subject, actor, operation and time, newest first by default', async () => {
    const bySubject = await list({ filter: { subjectId: PROFILE_B } });
    const byTime = await list({ filter: { service: 'profiles', from: '2030-01-01T10:30:00.000Z', to: '2030-01-01T12:00:00.000Z' } });
    const byActorAndOperation = await list({ filter: { actorId: agentPrincipal.id, operation: 'read' }, sort: { field: 'OCCURRED_AT', direction: 'ASC' } });

    expect(bySubject.items.map((event: { occurredAt: string }) => event.occurredAt)).toEqual(['2030-01-01T12:00:00.000Z', '2030-01-01T11:00:00.000Z']);
    expect(byTime.items.map((event: { operation: string }) => event.operation)).toEqual(['updateProfile']);
    expect(byActorAndOperation.items.map((event: { occurredAt: string }) => event.occurredAt)).toEqual([
      '2030-01-01T10:00:00.000Z',
      '2030-01-01T12:00:00.000Z',
    ]);
  });

  it('walks the log page by page', async () => {
    const first = await list({ filter: { service: 'profiles' }, page: { limit: 2 } });
    const second = await list({ filter: { service: 'profiles' }, page: { limit: 2, after: first.nextCursor } });

    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it('shows the log only to audit:read', async () => {
    const result = await access.subgraph.run(agentPrincipal, AUDIT_EVENTS, {});
    const one = await access.subgraph.run(dpoPrincipal, 'query($id: ID!) { auditEvent(id: $id) { id } }', { id: uuid7() });

    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(one.data).toEqual({ auditEvent: null });
  });
});
