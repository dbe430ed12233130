import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { Undertaking } from './undertaking.entity';

const FIELDS =
  'id profileId profile { id } description dueAt ownerId owner { id } team status conversationId conversation { id } delayNote customerTold customerToldAt closedAt overdue createdById version';
const CREATE = `mutation($input: CreateUndertakingInput!) { createUndertaking(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUndertakingInput!) { updateUndertaking(id: $id, input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $input: CloseUndertakingInput!) { completeUndertaking(id: $id, input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $input: CloseUndertakingInput!) { cancelUndertaking(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { undertaking(id: $id) { ${FIELDS} } }`;
const LIST =
  'query($filter: UndertakingFilter, $sort: UndertakingSort, $page: PageInput) { undertakings(filter: $filter, sort: $sort, page: $page) { items { id description overdue } total nextCursor } }';
const MINE =
  'query($overdue: Boolean, $dueBefore: DateTimeISO) { myUndertakings(overdue: $overdue, dueBefore: $dueBefore) { items { id description } total } }';

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe.each(everyDatabase())('undertakings through the gateway on %s', (_database, environment) => {
  let graph: TestGraph;
  let agent: string;
  let agentId: string;
  const request = (query: string, variables: Record<string, unknown>, token = agent) => graph.request(query, variables, { token });
  const ok = async (query: string, variables: Record<string, unknown>, token = agent) => {
    const result = await request(query, variables, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const failure = async (query: string, variables: Record<string, unknown>, token = agent) => {
    const error = (await request(query, variables, token)).body.errors?.[0];
    return { code: error?.extensions?.code, violation: error?.extensions?.violations?.[0], field: error?.extensions?.field, rule: error?.extensions?.rule };
  };
  const create = async (input: Record<string, unknown>, token = agent) => (await ok(CREATE, { input }, token)).createUndertaking;
  const get = async (id: string) => (await ok(GET, { id })).undertaking;
  /** A conversation with the traveller, opened by logging a call. */
  const conversationWith = async (profileId: string) =>
    (
      await ok('mutation($input: LogInteractionInput!) { logInteraction(input: $input) { conversation { id } } }', {
        input: { profileId, channel: 'TELEPHONE', direction: 'INBOUND', requirement: 'INFORMATION' },
      })
    ).logInteraction.conversation.id as string;
  /** The promised time passes: moved back in the table, as time itself would. */
  const passDue = (id: string) => graph.subgraphs.communications.dataSource.getRepository(Undertaking).update(id, { dueAt: new Date(Date.now() - 3_600_000) });

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: environment });
    agentId = uuid7();
    agent = await graph.sessionToken({ sub: agentId, roles: ['agent'], scopes: [...ROLE_SCOPES.agent] });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('records a promise owned by the caller unless another owner is named, and lists it on the worklists', async () => {
    const profileId = uuid7();
    const conversationId = await conversationWith(profileId);
    const colleague = uuid7();
    const mine = await create({ profileId, description: '  Call back with the refund amount ', dueAt: inHours(4), team: 'REFUNDS', conversationId });
    expect(mine).toMatchObject({
      profileId,
      profile: { id: profileId },
      description: 'Call back with the refund amount',
      ownerId: agentId,
      owner: { id: agentId },
      team: 'REFUNDS',
      status: 'OPEN',
      conversationId,
      conversation: { id: conversationId },
      overdue: false,
      createdById: agentId,
      version: 1,
    });
    const theirs = await create({ profileId, description: 'Send the visa letter', dueAt: inHours(2), ownerId: colleague, team: 'VISAS' });
    expect(theirs.ownerId).toBe(colleague);
    expect(theirs.conversation).toBeNull();
    for (const [conversation, rule] of [
      [uuid7(), 'conversationExists'],
      [await conversationWith(uuid7()), 'sameTraveller'],
    ]) {
      const refused = await failure(CREATE, { input: { profileId, description: 'Call back', dueAt: inHours(4), conversationId: conversation } });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', violation: { field: 'input.conversationId', rule } });
    }

    const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);
    expect(ids((await ok(LIST, { filter: { ownerId: colleague } })).undertakings)).toEqual([theirs.id]);
    expect(ids((await ok(LIST, { filter: { team: 'REFUNDS' } })).undertakings)).toEqual([mine.id]);
    expect(ids((await ok(LIST, { filter: { profileId } })).undertakings)).toEqual([theirs.id, mine.id]);
    expect(ids((await ok(LIST, { filter: { profileId, dueBefore: inHours(3) } })).undertakings)).toEqual([theirs.id]);
    expect(ids((await ok(LIST, { filter: { profileId }, sort: { field: 'CREATED_AT', direction: 'DESC' } })).undertakings)).toEqual([theirs.id, mine.id]);
    expect(ids((await ok(LIST, { filter: { profileId }, page: { limit: 1 } })).undertakings)).toEqual([theirs.id]);
    expect((await ok(MINE, {})).myUndertakings.items.map((item: { id: string }) => item.id)).toContain(mine.id);
    expect((await ok(MINE, {})).myUndertakings.items.map((item: { id: string }) => item.id)).not.toContain(theirs.id);
  });

  it('refuses a promise due in the past and bad input, naming the field and rule, writing nothing', async () => {
    const profileId = uuid7();
    expect(await failure(CREATE, { input: { profileId, description: 'Too late', dueAt: inHours(-1) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.dueAt', rule: 'notInPast' },
    });
    expect(await failure(CREATE, { input: { profileId, description: 'Bad team', dueAt: inHours(1), team: 'refunds team' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.team', rule: 'matches' },
    });
    expect(await failure(CREATE, { input: { profileId, description: '', dueAt: inHours(1) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'input.description', rule: 'isLength' },
    });
    expect((await ok(LIST, { filter: { profileId } })).undertakings.total).toBe(0);
  });

  it('refuses to complete, cancel or change an overdue undertaking without the delay explanation, and keeps what was told (PC10)', async () => {
    const profileId = uuid7();
    const promise = await create({ profileId, description: 'Confirm the new hotel', dueAt: inHours(1), team: 'HOTELS' });
    await passDue(promise.id);
    expect(await get(promise.id)).toMatchObject({ overdue: true, version: 1 });
    expect((await ok(LIST, { filter: { team: 'HOTELS', overdue: true } })).undertakings.items.map((item: { id: string }) => item.id)).toEqual([promise.id]);
    expect((await ok(LIST, { filter: { profileId, overdue: false } })).undertakings.total).toBe(0);
    expect((await ok(MINE, { overdue: true })).myUndertakings.items.map((item: { id: string }) => item.id)).toContain(promise.id);

    for (const [query, input] of [
      [COMPLETE, { expectedVersion: 1 }],
      [CANCEL, { expectedVersion: 1 }],
      [UPDATE, { expectedVersion: 1, dueAt: inHours(24) }],
    ] as const)
      expect(await failure(query, { id: promise.id, input })).toMatchObject({
        code: 'BAD_USER_INPUT',
        violation: { field: 'input.delayNote', rule: 'requiredWhenOverdue' },
      });
    expect(await failure(COMPLETE, { id: promise.id, input: { expectedVersion: 1, delayNote: 'The hotel answered late' } })).toMatchObject({
      violation: { field: 'input.customerTold', rule: 'requiredWithDelayNote' },
    });
    expect(
      await failure(COMPLETE, { id: promise.id, input: { expectedVersion: 1, delayNote: 'Late', customerTold: false, customerToldAt: inHours(-1) } }),
    ).toMatchObject({ violation: { field: 'input.customerToldAt', rule: 'onlyWhenTold' } });
    expect(
      await failure(COMPLETE, { id: promise.id, input: { expectedVersion: 1, delayNote: 'Late', customerTold: true, customerToldAt: inHours(1) } }),
    ).toMatchObject({ violation: { field: 'input.customerToldAt', rule: 'notInFuture' } });
    expect(await get(promise.id)).toMatchObject({ status: 'OPEN', delayNote: null, customerTold: null, version: 1 });

    const toldAt = inHours(-0.5);
    const rescheduled = (
      await ok(UPDATE, {
        id: promise.id,
        input: { expectedVersion: 1, dueAt: inHours(24), delayNote: 'The hotel has not confirmed yet', customerTold: true, customerToldAt: toldAt },
      })
    ).updateUndertaking;
    expect(rescheduled).toMatchObject({ overdue: false, delayNote: 'The hotel has not confirmed yet', customerTold: true, customerToldAt: toldAt, version: 2 });
    await passDue(promise.id);
    // The explanation on file covers the delay: completing needs nothing more.
    const done = (await ok(COMPLETE, { id: promise.id, input: { expectedVersion: 2 } })).completeUndertaking;
    expect(done).toMatchObject({ status: 'DONE', overdue: false, version: 3 });
    expect(done.closedAt).not.toBeNull();
  });

  it('completes and cancels on time without a note; stale versions and closed undertakings are CONFLICT', async () => {
    const profileId = uuid7();
    const first = await create({ profileId, description: 'Send the itinerary', dueAt: inHours(3) });
    const updated = (await ok(UPDATE, { id: first.id, input: { expectedVersion: 1, description: 'Send the final itinerary', team: 'TOURS' } }))
      .updateUndertaking;
    expect(updated).toMatchObject({ description: 'Send the final itinerary', team: 'TOURS', version: 2 });
    expect(await failure(UPDATE, { id: first.id, input: { expectedVersion: 1, description: 'Lost' } })).toMatchObject({ code: 'CONFLICT' });
    expect((await ok(COMPLETE, { id: first.id, input: { expectedVersion: 2 } })).completeUndertaking.status).toBe('DONE');
    expect(await failure(CANCEL, { id: first.id, input: { expectedVersion: 3 } })).toMatchObject({ code: 'CONFLICT', field: 'id', rule: 'isOpen' });
    const second = await create({ profileId, description: 'Hold the seats', dueAt: inHours(3) });
    expect((await ok(CANCEL, { id: second.id, input: { expectedVersion: 1 } })).cancelUndertaking.status).toBe('CANCELLED');
    expect((await ok(LIST, { filter: { profileId, status: 'CANCELLED' } })).undertakings.items.map((item: { id: string }) => item.id)).toEqual([second.id]);
    expect(await get(first.id)).toMatchObject({ description: 'Send the final itinerary', status: 'DONE', version: 3 });
  });

  it('audits every change, refused ones too', async () => {
    const promise = await create({ profileId: uuid7(), description: 'Ring back', dueAt: inHours(3) });
    await failure(UPDATE, { id: promise.id, input: { expectedVersion: 9, description: 'Stale' } });
    await graph.subgraphs.communications.audit.flush();
    await graph.subgraphs.communications.audit.relay();
    const admin = await graph.sessionToken({ roles: ['admin'], scopes: [...ROLE_SCOPES.admin] });
    const { auditEvents } = await ok(
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, page: { limit: 50 }) { items { operation subjectType fields actorId errorCode } } }',
      { filter: { subjectId: promise.id, service: 'communications' } },
      admin,
    );
    expect(auditEvents.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'createUndertaking', subjectType: 'Undertaking', actorId: agentId }),
        expect.objectContaining({ operation: 'updateUndertaking', fields: ['description'], errorCode: 'CONFLICT' }),
      ]),
    );
  });

  it('exports the traveller’s undertakings and erases them outright', async () => {
    const dpo = await graph.sessionToken({ roles: ['dpo'], scopes: [...ROLE_SCOPES.dpo] });
    const profileId = uuid7();
    const promise = await create({ profileId, description: 'Post the brochure', dueAt: inHours(5) });
    const exported = (await ok('query($id: ID!) { communicationsDataSubjectExport(subjectId: $id) { document } }', { id: profileId }, dpo))
      .communicationsDataSubjectExport;
    expect(JSON.parse(exported.document).undertakings).toEqual([expect.objectContaining({ id: promise.id, description: 'Post the brochure', status: 'OPEN' })]);
    const erase = 'mutation($id: ID!) { communicationsDataSubjectErase(subjectId: $id) { outcome } }';
    expect((await ok(erase, { id: profileId }, dpo)).communicationsDataSubjectErase.outcome).toBe('ERASED');
    expect(await get(promise.id)).toBeNull();
    expect((await ok(erase, { id: profileId }, dpo)).communicationsDataSubjectErase.outcome).toBe('NOT_FOUND');
  });

  it('is FORBIDDEN to a role without the scopes: marketing neither reads nor writes', async () => {
    const marketing = await graph.sessionToken({ roles: ['marketing'], scopes: [...ROLE_SCOPES.marketing] });
    expect((await failure(LIST, {}, marketing)).code).toBe('FORBIDDEN');
    expect((await failure(CREATE, { input: { profileId: uuid7(), description: 'No', dueAt: inHours(1) } }, marketing)).code).toBe('FORBIDDEN');
  });
});
