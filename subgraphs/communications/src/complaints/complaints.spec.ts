import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { Complaint } from './complaint.entity';
import { escalateComplaints } from './complaint-escalation.task';

const FIELDS = `id profileId profile { id } subject description category severity status allowedTransitions ownerId owner { id } team conversationId reopenCount
  acknowledgeDueAt acknowledgedAt acknowledgeBreached resolveDueAt resolveClockPaused resolveBreached escalated escalatedAt
  resolution resolvedAt closedAt followUpDueAt satisfactionScore satisfactionComment satisfactionRecordedAt createdAt version
  transitions { fromStatus toStatus note byId at } escalations { clock cycle breached dueAt notifiedId escalatedAt }`;
const OPEN = `mutation($input: OpenComplaintInput!) { openComplaint(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $input: TransitionComplaintInput!) { transitionComplaint(id: $id, input: $input) { ${FIELDS} } }`;
const SATISFACTION = `mutation($id: ID!, $input: RecordComplaintSatisfactionInput!) { recordComplaintSatisfaction(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST =
  'query($filter: ComplaintFilter, $sort: ComplaintSort, $page: PageInput) { complaints(filter: $filter, sort: $sort, page: $page) { items { id } total nextCursor } }';
const POLICY_FIELDS =
  'timeZone workingDays opensAt closesAt targets { severity acknowledgeWithinMinutes resolveWithinMinutes } escalateAtPercent followUpAfterDays version';
const POLICY = `{ complaintSlaPolicy { ${POLICY_FIELDS} } }`;
const SET_POLICY = `mutation($input: UpdateComplaintSlaPolicyInput!) { updateComplaintSlaPolicy(input: $input) { ${POLICY_FIELDS} } }`;

const MINUTE = 60_000;
const TARGETS = [
  { severity: 'LOW', acknowledgeWithinMinutes: 960, resolveWithinMinutes: 4800 },
  { severity: 'MEDIUM', acknowledgeWithinMinutes: 480, resolveWithinMinutes: 2400 },
  { severity: 'HIGH', acknowledgeWithinMinutes: 240, resolveWithinMinutes: 960 },
  { severity: 'CRITICAL', acknowledgeWithinMinutes: 60, resolveWithinMinutes: 480 },
];
/** Round the clock, so business time is wall time whenever the tests run; the arithmetic itself is unit-tested in business-hours.spec. */
const ALWAYS = {
  timeZone: 'UTC',
  workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
  opensAt: '00:00',
  closesAt: '24:00',
  targets: TARGETS,
  escalateAtPercent: 75,
  followUpAfterDays: 7,
};
const ms = (iso: string) => new Date(iso).getTime();

describe.each(everyDatabase())('complaints through the gateway on %s', (_database, environment) => {
  let graph: TestGraph;
  let agent: string;
  let agentId: string;
  let admin: string;
  const request = (query: string, variables: Record<string, unknown>, token = agent) => graph.request(query, variables, { token });
  const ok = async (query: string, variables: Record<string, unknown> = {}, token = agent) => {
    const result = await request(query, variables, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const failure = async (query: string, variables: Record<string, unknown>, token = agent) => {
    const error = (await request(query, variables, token)).body.errors?.[0];
    return { code: error?.extensions?.code, violation: error?.extensions?.violations?.[0], field: error?.extensions?.field, rule: error?.extensions?.rule };
  };
  const open = async (input: Record<string, unknown> = {}) =>
    (
      await ok(OPEN, {
        input: { profileId: uuid7(), subject: 'Lost luggage', description: 'My bag never arrived', category: 'SUPPLIER', severity: 'CRITICAL', ...input },
      })
    ).openComplaint;
  const move = async (complaint: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) => {
    const moved = (await ok(MOVE, { id: complaint.id, input: { expectedVersion: complaint.version, to, ...extra } })).transitionComplaint;
    complaint.version = moved.version;
    return moved;
  };
  const get = async (id: string) => (await ok(GET, { id })).complaint;
  /** A conversation with the traveller, opened by logging a call. */
  const conversationWith = async (profileId: string) =>
    (
      await ok('mutation($input: LogInteractionInput!) { logInteraction(input: $input) { conversation { id } } }', {
        input: { profileId, channel: 'TELEPHONE', direction: 'INBOUND', requirement: 'INFORMATION' },
      })
    ).logInteraction.conversation.id as string;
  const ids = async (filter: Record<string, unknown>) => (await ok(LIST, { filter })).complaints.items.map((item: { id: string }) => item.id);
  const dataSource = () => graph.subgraphs.communications.dataSource;

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: environment });
    agentId = uuid7();
    agent = await graph.sessionToken({ sub: agentId, roles: ['agent'], scopes: [...ROLE_SCOPES.agent] });
    admin = await graph.sessionToken({ roles: ['admin'], scopes: [...ROLE_SCOPES.admin] });
    const { complaintSlaPolicy } = await ok(POLICY);
    await ok(SET_POLICY, { input: { ...ALWAYS, expectedVersion: complaintSlaPolicy.version } }, admin);
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('opens a complaint with both clocks set from its severity’s targets and records the receipt', async () => {
    const profileId = uuid7();
    const conversationId = await conversationWith(profileId);
    const complaint = await open({ profileId, conversationId, team: 'CARE', severity: 'HIGH' });
    expect((await ok('query($id: ID!) { complaint(id: $id) { conversation { id } } }', { id: complaint.id })).complaint.conversation).toEqual({
      id: conversationId,
    });
    for (const [conversation, rule] of [
      [uuid7(), 'conversationExists'],
      [await conversationWith(uuid7()), 'sameTraveller'],
    ]) {
      const refused = await failure(OPEN, {
        input: { profileId, subject: 'Noise', description: 'Loud', category: 'SERVICE', severity: 'LOW', conversationId: conversation },
      });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', violation: { field: 'input.conversationId', rule } });
    }
    expect(complaint).toMatchObject({
      profileId,
      profile: { id: profileId },
      status: 'NEW',
      ownerId: agentId,
      owner: { id: agentId },
      team: 'CARE',
      conversationId,
      resolveClockPaused: false,
      acknowledgeBreached: false,
      resolveBreached: false,
      escalated: false,
      version: 1,
      transitions: [{ fromStatus: null, toStatus: 'NEW', byId: agentId }],
      escalations: [],
    });
    expect(ms(complaint.acknowledgeDueAt) - ms(complaint.createdAt)).toBe(240 * MINUTE);
    expect(ms(complaint.resolveDueAt) - ms(complaint.createdAt)).toBe(960 * MINUTE);
    expect(await ids({ profileId })).toEqual([complaint.id]);
    expect(await ids({ team: 'CARE', severity: 'HIGH', status: 'NEW' })).toContain(complaint.id);
  });

  it('refuses bad input naming the field and rule, writing nothing', async () => {
    const profileId = uuid7();
    const input = { profileId, subject: 'Noise', description: 'Loud room', category: 'SERVICE', severity: 'LOW' };
    expect(await failure(OPEN, { input: { ...input, subject: '' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.subject', rule: 'isLength' },
    });
    expect(await failure(OPEN, { input: { ...input, team: 'care team' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.team', rule: 'matches' },
    });
    expect((await failure(OPEN, { input: { ...input, category: 'WEATHER' } })).code).toBe('BAD_USER_INPUT');
    expect((await ok(LIST, { filter: { profileId } })).complaints.total).toBe(0);
  });

  it('moves only along the workflow, pausing the resolve clock while waiting on the customer, and records every step', async () => {
    const complaint = await open();
    expect(await failure(MOVE, { id: complaint.id, input: { expectedVersion: 1, to: 'INVESTIGATING' } })).toMatchObject({
      code: 'CONFLICT',
      field: 'input.to',
      rule: 'allowedTransition',
    });
    expect(await get(complaint.id)).toMatchObject({ status: 'NEW', allowedTransitions: ['ACKNOWLEDGED'], version: 1, transitions: [{ toStatus: 'NEW' }] });

    const acknowledged = await move(complaint, 'ACKNOWLEDGED', { note: 'Called the traveller back' });
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgeBreached: false });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    await move(complaint, 'INVESTIGATING');
    const waiting = await move(complaint, 'WAITING_ON_CUSTOMER', { note: 'Asked for the baggage tag' });
    expect(waiting).toMatchObject({ resolveClockPaused: true, resolveDueAt: null, allowedTransitions: ['INVESTIGATING', 'RESOLVED'] });
    expect(await failure(MOVE, { id: complaint.id, input: { expectedVersion: complaint.version, to: 'CLOSED' } })).toMatchObject({ rule: 'allowedTransition' });
    const resumed = await move(complaint, 'INVESTIGATING');
    // The time spent waiting does not count: the new due time is later than the first by about the pause.
    expect(resumed.resolveClockPaused).toBe(false);
    expect(ms(resumed.resolveDueAt)).toBeGreaterThanOrEqual(ms(complaint.resolveDueAt));
    expect(ms(resumed.resolveDueAt) - ms(complaint.resolveDueAt)).toBeLessThan(MINUTE);

    expect(await failure(MOVE, { id: complaint.id, input: { expectedVersion: complaint.version, to: 'RESOLVED' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.resolution', rule: 'requiredToResolve' },
    });
    expect(await failure(MOVE, { id: complaint.id, input: { expectedVersion: complaint.version, to: 'WAITING_ON_CUSTOMER', resolution: 'x' } })).toMatchObject({
      violation: { field: 'input.resolution', rule: 'onlyWhenResolving' },
    });
    const resolved = await move(complaint, 'RESOLVED', { resolution: 'Bag found and delivered' });
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'Bag found and delivered', resolveClockPaused: true, resolveBreached: false });
    expect(ms(resolved.followUpDueAt) - ms(resolved.resolvedAt)).toBe(7 * 24 * 60 * MINUTE);
    expect((await move(complaint, 'CLOSED')).allowedTransitions).toEqual(['REOPENED']);
    const reopened = await move(complaint, 'REOPENED', { note: 'The bag was damaged' });
    expect(reopened).toMatchObject({ status: 'REOPENED', reopenCount: 1, resolvedAt: null, closedAt: null, followUpDueAt: null, resolveClockPaused: false });
    expect(await failure(MOVE, { id: complaint.id, input: { expectedVersion: complaint.version, to: 'RESOLVED', resolution: 'x' } })).toMatchObject({
      rule: 'allowedTransition',
    });
    const investigating = await move(complaint, 'INVESTIGATING');
    expect(investigating.transitions.map((step: { fromStatus: string | null; toStatus: string }) => [step.fromStatus, step.toStatus])).toEqual([
      [null, 'NEW'],
      ['NEW', 'ACKNOWLEDGED'],
      ['ACKNOWLEDGED', 'INVESTIGATING'],
      ['INVESTIGATING', 'WAITING_ON_CUSTOMER'],
      ['WAITING_ON_CUSTOMER', 'INVESTIGATING'],
      ['INVESTIGATING', 'RESOLVED'],
      ['RESOLVED', 'CLOSED'],
      ['CLOSED', 'REOPENED'],
      ['REOPENED', 'INVESTIGATING'],
    ]);
    expect(investigating.transitions[1]).toMatchObject({ note: 'Called the traveller back', byId: agentId });
    expect(await failure(MOVE, { id: complaint.id, input: { expectedVersion: 1, to: 'WAITING_ON_CUSTOMER' } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('asks for satisfaction after resolution, once, and lists due follow-ups', async () => {
    const complaint = await open({ severity: 'LOW' });
    expect(await failure(SATISFACTION, { id: complaint.id, input: { expectedVersion: 1, score: 4 } })).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      rule: 'isResolved',
    });
    await move(complaint, 'ACKNOWLEDGED');
    await move(complaint, 'INVESTIGATING');
    await move(complaint, 'RESOLVED', { resolution: 'Refunded the difference' });
    const inEightDays = new Date(Date.now() + 8 * 24 * 60 * MINUTE).toISOString();
    expect(await ids({ followUpDueBefore: inEightDays })).toContain(complaint.id);
    expect(await ids({ followUpDueBefore: new Date().toISOString() })).not.toContain(complaint.id);
    expect(await failure(SATISFACTION, { id: complaint.id, input: { expectedVersion: complaint.version, score: 6 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.score', rule: 'max' },
    });
    const answered = (await ok(SATISFACTION, { id: complaint.id, input: { expectedVersion: complaint.version, score: 4, comment: 'Quick, thanks' } }))
      .recordComplaintSatisfaction;
    expect(answered).toMatchObject({ satisfactionScore: 4, satisfactionComment: 'Quick, thanks' });
    expect(answered.satisfactionRecordedAt).not.toBeNull();
    expect(await ids({ followUpDueBefore: inEightDays })).not.toContain(complaint.id);
    expect(await failure(SATISFACTION, { id: complaint.id, input: { expectedVersion: answered.version, score: 1 } })).toMatchObject({
      code: 'CONFLICT',
      field: 'input.score',
      rule: 'recordedOnce',
    });
  });

  it('escalates a clock about to breach once, however often the task runs, and shows escalated and breached cases on worklists', async () => {
    const owner = uuid7();
    const complaint = await open({ ownerId: owner, severity: 'CRITICAL' });
    const received = ms(complaint.createdAt);
    const at = (minutes: number) => new Date(received + minutes * MINUTE);
    const escalationsOf = async (id: string) => (await get(id)).escalations as { clock: string; cycle: number; breached: boolean; notifiedId: string }[];
    // Other tests' complaints are escalated alongside: what matters is this one's entries.
    await escalateComplaints(dataSource(), at(44));
    expect(await escalationsOf(complaint.id)).toEqual([]);
    await Promise.all([escalateComplaints(dataSource(), at(50)), escalateComplaints(dataSource(), at(50))]);
    await escalateComplaints(dataSource(), at(50));
    let current = await get(complaint.id);
    expect(current).toMatchObject({ escalated: true, version: 2, escalations: [{ clock: 'ACKNOWLEDGE', cycle: 0, breached: false, notifiedId: owner }] });
    expect(await ids({ ownerId: owner, escalated: true })).toEqual([complaint.id]);
    expect(await ids({ ownerId: owner, escalated: false })).toEqual([]);
    // Six hours in, the resolve clock reaches 75% of its eight hours; the acknowledge clock, already escalated, is not again.
    await escalateComplaints(dataSource(), at(370));
    await escalateComplaints(dataSource(), at(600));
    current = await get(complaint.id);
    expect(current.escalations.map((entry: { clock: string; breached: boolean }) => [entry.clock, entry.breached])).toEqual([
      ['ACKNOWLEDGE', false],
      ['RESOLVE', false],
    ]);

    // A case found only after its clock breached is escalated as breached.
    const late = await open({ ownerId: owner, severity: 'HIGH' });
    await escalateComplaints(dataSource(), new Date(ms(late.createdAt) + 300 * MINUTE));
    expect((await get(late.id)).escalations).toEqual([expect.objectContaining({ clock: 'ACKNOWLEDGE', breached: true })]);

    // The acknowledge time passes (moved back in the table, as time itself would): the case is breached on the worklist.
    expect(await ids({ ownerId: owner, breached: true })).toEqual([]);
    await dataSource()
      .getRepository(Complaint)
      .update(late.id, { acknowledgeDueAt: new Date(Date.now() - MINUTE) });
    expect(await ids({ ownerId: owner, breached: true })).toEqual([late.id]);
    expect(await ids({ ownerId: owner, breached: false })).toEqual([complaint.id]);
    const acknowledged = await move({ id: late.id, version: (await get(late.id)).version }, 'ACKNOWLEDGED');
    expect(acknowledged.acknowledgeBreached).toBe(true);
    expect(await ids({ ownerId: owner, breached: true })).toEqual([late.id]);
  });

  it('moves the clocks when the severity changes; stale changes are CONFLICT', async () => {
    const complaint = await open({ severity: 'LOW' });
    const updated = (await ok(UPDATE, { id: complaint.id, input: { expectedVersion: 1, severity: 'CRITICAL', subject: 'Lost passport', team: 'VIP' } }))
      .updateComplaint;
    expect(updated).toMatchObject({ severity: 'CRITICAL', subject: 'Lost passport', team: 'VIP', version: 2 });
    expect(ms(updated.acknowledgeDueAt) - ms(updated.createdAt)).toBe(60 * MINUTE);
    expect(ms(updated.resolveDueAt) - ms(updated.createdAt)).toBe(480 * MINUTE);
    expect(await failure(UPDATE, { id: complaint.id, input: { expectedVersion: 1, subject: 'Lost' } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps the service levels with access:admin, refusing an inconsistent policy', async () => {
    const { complaintSlaPolicy: policy } = await ok(POLICY);
    expect(policy).toMatchObject({ ...ALWAYS, targets: TARGETS });
    const input = { ...ALWAYS, expectedVersion: policy.version };
    expect((await failure(SET_POLICY, { input }, agent)).code).toBe('FORBIDDEN');
    expect(await failure(SET_POLICY, { input: { ...input, timeZone: 'Europe/Atlantis' } }, admin)).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.timeZone', rule: 'isTimeZone' },
    });
    expect(await failure(SET_POLICY, { input: { ...input, opensAt: '17:00', closesAt: '09:00' } }, admin)).toMatchObject({
      violation: { field: 'input.closesAt', rule: 'afterOpensAt' },
    });
    expect(await failure(SET_POLICY, { input: { ...input, targets: TARGETS.slice(1) } }, admin)).toMatchObject({
      violation: { field: 'input.targets', rule: 'onePerSeverity' },
    });
    expect(
      await failure(SET_POLICY, { input: { ...input, targets: [{ ...TARGETS[0], acknowledgeWithinMinutes: 5000 }, ...TARGETS.slice(1)] } }, admin),
    ).toMatchObject({
      violation: { field: 'input.targets.0.acknowledgeWithinMinutes', rule: 'notAfterResolve' },
    });
    expect((await ok(POLICY)).complaintSlaPolicy).toEqual(policy);
    const weekdays = (
      await ok(SET_POLICY, { input: { ...input, timeZone: 'Europe/London', workingDays: ['FRIDAY', 'MONDAY'], opensAt: '09:30', closesAt: '17:00' } }, admin)
    ).updateComplaintSlaPolicy;
    expect(weekdays).toMatchObject({
      timeZone: 'Europe/London',
      workingDays: ['MONDAY', 'FRIDAY'],
      opensAt: '09:30',
      closesAt: '17:00',
      version: policy.version + 1,
    });
    expect(await failure(SET_POLICY, { input }, admin)).toMatchObject({ code: 'CONFLICT' });
    await ok(SET_POLICY, { input: { ...input, expectedVersion: weekdays.version } }, admin);
  });

  it('exports the traveller’s complaints; erasure removes the person and free text, closes open cases and keeps the statistics', async () => {
    const dpo = await graph.sessionToken({ roles: ['dpo'], scopes: [...ROLE_SCOPES.dpo] });
    const profileId = uuid7();
    const settled = await open({ profileId, severity: 'MEDIUM', category: 'BILLING' });
    await move(settled, 'ACKNOWLEDGED', { note: 'Spoke to Mrs Smith' });
    await move(settled, 'INVESTIGATING');
    await move(settled, 'RESOLVED', { resolution: 'Refunded Mrs Smith' });
    await ok(SATISFACTION, { id: settled.id, input: { expectedVersion: settled.version, score: 2, comment: 'Too slow for me' } });
    const pending = await open({ profileId, severity: 'CRITICAL', category: 'PRIVACY' });

    const exported = JSON.parse(
      (await ok('query($id: ID!) { communicationsDataSubjectExport(subjectId: $id) { document } }', { id: profileId }, dpo)).communicationsDataSubjectExport
        .document,
    ).complaints;
    expect(exported).toEqual([
      expect.objectContaining({ id: settled.id, subject: 'Lost luggage', resolution: 'Refunded Mrs Smith', satisfactionComment: 'Too slow for me' }),
      expect.objectContaining({ id: pending.id, status: 'NEW' }),
    ]);
    expect(exported[0].transitions[1]).toMatchObject({ toStatus: 'ACKNOWLEDGED', note: 'Spoke to Mrs Smith' });

    const erase = 'mutation($id: ID!) { communicationsDataSubjectErase(subjectId: $id) { outcome } }';
    expect((await ok(erase, { id: profileId }, dpo)).communicationsDataSubjectErase.outcome).toBe('ERASED');
    const kept = await get(settled.id);
    expect(kept).toMatchObject({
      profileId: null,
      profile: null,
      subject: null,
      description: null,
      resolution: null,
      satisfactionComment: null,
      category: 'BILLING',
      severity: 'MEDIUM',
      status: 'RESOLVED',
      satisfactionScore: 2,
      resolveBreached: false,
    });
    expect(kept.resolvedAt).not.toBeNull();
    expect(kept.transitions.every((step: { note: string | null }) => step.note === null)).toBe(true);
    const closed = await get(pending.id);
    expect(closed).toMatchObject({ status: 'CLOSED', profileId: null, resolveClockPaused: true, resolveDueAt: null });
    expect(closed.transitions.at(-1)).toMatchObject({ fromStatus: 'NEW', toStatus: 'CLOSED', byId: null });
    expect(await ids({ profileId })).toEqual([]);
    expect((await failure(MOVE, { id: pending.id, input: { expectedVersion: closed.version, to: 'REOPENED' } })).code).toBe('NOT_FOUND');
    expect((await ok(erase, { id: profileId }, dpo)).communicationsDataSubjectErase.outcome).toBe('NOT_FOUND');
  });

  it('audits every change, refused ones too', async () => {
    const complaint = await open();
    await failure(MOVE, { id: complaint.id, input: { expectedVersion: 1, to: 'CLOSED' } });
    await graph.subgraphs.communications.audit.flush();
    await graph.subgraphs.communications.audit.relay();
    const { auditEvents } = await ok(
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, page: { limit: 50 }) { items { operation subjectType fields actorId errorCode } } }',
      { filter: { subjectId: complaint.id, service: 'communications' } },
      admin,
    );
    expect(auditEvents.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'openComplaint', subjectType: 'Complaint', actorId: agentId }),
        expect.objectContaining({ operation: 'transitionComplaint', fields: ['to'], errorCode: 'CONFLICT' }),
      ]),
    );
  });

  it('is FORBIDDEN to marketing', async () => {
    const marketing = await graph.sessionToken({ roles: ['marketing'], scopes: [...ROLE_SCOPES.marketing] });
    expect((await failure(LIST, {}, marketing)).code).toBe('FORBIDDEN');
    expect((await failure(POLICY, {}, marketing)).code).toBe('FORBIDDEN');
  });
});
