import { TestGraph } from '@wayfarer/gateway/testing';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { BackfillTimeline1796713000000 } from '../migrations/1796713000000-backfill-timeline';

const TIMELINE = `query($id: ID!, $filter: TimelineFilter, $page: PageInput) { profile(id: $id) {
  timeline(filter: $filter, page: $page) { total nextCursor items { id kind channel occurredAt item {
    __typename
    ... on Interaction { id summary }
    ... on Undertaking { id description }
    ... on Complaint { id subject }
    ... on Feedback { id supplierCode channel }
  } } } } }`;
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };

interface Entry {
  id: string;
  kind: string;
  channel: string | null;
  occurredAt: string;
}

const newestFirst = (entries: Entry[]) =>
  [...entries].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

describe.each(everyDatabase())('the traveller’s timeline across interactions, undertakings, complaints and feedback on %s', (_database, subgraphEnv) => {
  let graph: TestGraph;
  let token: string;
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const timelineOf = async (profileId: string, variables: Record<string, unknown> = {}) =>
    (await ok(TIMELINE, { id: profileId, ...variables })).profile.timeline;
  const walk = async (profileId: string, filter?: Record<string, unknown>) => {
    const walked: Entry[] = [];
    let after: string | undefined;
    do {
      const page = await timelineOf(profileId, { filter, page: { limit: 2, after } });
      for (const entry of page.items) {
        expect(entry.item.id).toBe(entry.id);
        walked.push({ id: entry.id, kind: entry.kind, channel: entry.channel, occurredAt: entry.occurredAt });
      }
      after = page.nextCursor ?? undefined;
    } while (after);
    return walked;
  };

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv });
    token = await graph.sessionToken({ roles: ['supervisor'], scopes: [...ROLE_SCOPES.supervisor] });
  }, 180_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(subgraphEnv);
  });

  it('shows each kind newest first in exact keyset pages, filters by kind and channel, back-fills what was written before, and is erased with the traveller', async () => {
    const { createProfile: traveller } = await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Tia', familyName: 'Timeline', lawfulBasis: LAWFUL_BASIS },
    });
    const entries: Entry[] = [];
    const sameMoment = '2026-03-01T09:00:00.000Z';
    for (const channel of ['TELEPHONE', 'EMAIL']) {
      const { logInteraction } = await ok('mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id occurredAt } }', {
        input: { profileId: traveller.id, channel, direction: 'INBOUND', requirement: 'BOOKING', occurredAt: sameMoment, summary: 'Asked about Lisbon' },
      });
      entries.push({ id: logInteraction.id, kind: 'INTERACTION', channel, occurredAt: logInteraction.occurredAt });
    }
    // Feedback given at the interactions' moment ties with them; the id orders them.
    for (const [channel, givenAt] of [
      ['EMAIL', sameMoment],
      ['SURVEY', '2026-02-15T10:00:00.000Z'],
    ]) {
      const { recordFeedback } = await ok('mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id givenAt } }', {
        input: { profileId: traveller.id, productType: 'HOTEL', supplierCode: 'MARRIOTT', supplierName: 'Marriott', rating: 4, channel, givenAt },
      });
      entries.push({ id: recordFeedback.id, kind: 'FEEDBACK', channel: channel === 'SURVEY' ? null : channel, occurredAt: recordFeedback.givenAt });
    }
    const { createUndertaking } = await ok('mutation($input: CreateUndertakingInput!) { createUndertaking(input: $input) { id createdAt } }', {
      input: { profileId: traveller.id, description: 'Call back with the refund', dueAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    entries.push({ id: createUndertaking.id, kind: 'UNDERTAKING', channel: null, occurredAt: createUndertaking.createdAt });
    const { openComplaint } = await ok('mutation($input: OpenComplaintInput!) { openComplaint(input: $input) { id createdAt } }', {
      input: { profileId: traveller.id, subject: 'Noise', description: 'Loud room', category: 'SERVICE', severity: 'LOW' },
    });
    entries.push({ id: openComplaint.id, kind: 'COMPLAINT', channel: null, occurredAt: openComplaint.createdAt });

    const all = await walk(traveller.id);
    expect(all).toEqual(newestFirst(entries));
    expect(new Set(all.map((entry) => entry.kind))).toEqual(new Set(['INTERACTION', 'FEEDBACK', 'UNDERTAKING', 'COMPLAINT']));
    const first = await timelineOf(traveller.id, { page: { limit: 10 } });
    expect(first.total).toBe(entries.length);
    expect(first.items.map((entry: { item: { __typename: string } }) => entry.item.__typename)).toEqual(
      newestFirst(entries).map(
        (entry) => ({ INTERACTION: 'Interaction', FEEDBACK: 'Feedback', UNDERTAKING: 'Undertaking', COMPLAINT: 'Complaint' })[entry.kind],
      ),
    );
    expect(first.items.find((entry: Entry) => entry.kind === 'UNDERTAKING').item.description).toBe('Call back with the refund');

    for (const kinds of [['COMPLAINT', 'FEEDBACK'], ['UNDERTAKING'], ['INTERACTION']]) {
      expect(await walk(traveller.id, { kinds })).toEqual(newestFirst(entries.filter((entry) => kinds.includes(entry.kind))));
    }
    expect(await walk(traveller.id, { channels: ['EMAIL'] })).toEqual(newestFirst(entries.filter((entry) => entry.channel === 'EMAIL')));
    expect((await walk(traveller.id, { channels: ['EMAIL'] })).map((entry) => entry.kind).sort()).toEqual(['FEEDBACK', 'INTERACTION']);

    // Rows written before their kinds were on the timeline: the migration puts them there, once.
    const dataSource = graph.subgraphs.communications.dataSource;
    const written = entries.filter((entry) => entry.kind !== 'INTERACTION').map((entry) => entry.id);
    await dataSource.query(`DELETE FROM timeline_entries WHERE id IN (${written.map(() => '?').join(', ')})`, written);
    expect((await timelineOf(traveller.id)).total).toBe(2);
    const backfill = async () => {
      const runner = dataSource.createQueryRunner();
      try {
        await new BackfillTimeline1796713000000().up(runner);
      } finally {
        await runner.release();
      }
    };
    await backfill();
    await backfill();
    expect(await walk(traveller.id)).toEqual(newestFirst(entries));

    const dpo = await graph.sessionToken({ roles: ['dpo'], scopes: [...ROLE_SCOPES.dpo] });
    const erased = await graph.request(
      'mutation($id: ID!) { communicationsDataSubjectErase(subjectId: $id) { outcome } }',
      { id: traveller.id },
      { token: dpo },
    );
    expect(erased.body.data?.communicationsDataSubjectErase.outcome).toBe('ERASED');
    expect((await timelineOf(traveller.id)).total).toBe(0);
    // What erasure keeps for statistics (complaints, feedback) is no longer the traveller's, so a back-fill finds nothing of theirs.
    await backfill();
    const [{ remaining }] = await dataSource.query(
      'SELECT COUNT(*) AS remaining FROM timeline_entries WHERE id IN (' + entries.map(() => '?').join(', ') + ')',
      entries.map((entry) => entry.id),
    );
    expect(Number(remaining)).toBe(0);
  });
});
