import { TestGraph } from '@wayfarer/gateway/testing';
import { uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const FIELDS =
  'id profileId profile { id } productType supplierCode supplierName rating comment channel bookingReference givenAt recordedById recordedBy { id }';
const RECORD = `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: FeedbackFilter, $sort: FeedbackSort, $page: PageInput) { feedbacks(filter: $filter, sort: $sort, page: $page) { items { ${FIELDS} } total nextCursor } }`;
const AGGREGATE = 'count averageRating distribution { rating count }';
const SUMMARY = `query($filter: FeedbackSummaryFilter) { feedbackSummary(filter: $filter) { ${AGGREGATE} products { productType ${AGGREGATE} } suppliers { supplierCode supplierName ${AGGREGATE} } } }`;
const EXPORT = 'query($id: ID!) { communicationsDataSubjectExport(subjectId: $id) { found document } }';
const ERASE = 'mutation($id: ID!) { communicationsDataSubjectErase(subjectId: $id) { outcome } }';

const distribution = (...counts: number[]) => counts.map((count, index) => ({ rating: index + 1, count }));

describe.each(everyDatabase())('feedback through the gateway on %s', (_database, environment) => {
  let graph: TestGraph;
  let agent: string;
  let agentId: string;
  const request = (query: string, variables: Record<string, unknown>, token = agent) => graph.request(query, variables, { token });
  const ok = async (query: string, variables: Record<string, unknown> = {}, token = agent) => {
    const result = await request(query, variables, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const failure = async (query: string, variables: Record<string, unknown>, token = agent) => {
    const error = (await request(query, variables, token)).body.errors?.[0];
    return { code: error?.extensions?.code, violation: error?.extensions?.violations?.[0] };
  };
  const record = async (input: Record<string, unknown>) =>
    (await ok(RECORD, { input: { profileId: uuid7(), productType: 'HOTEL', supplierName: 'Some hotel', channel: 'EMAIL', ...input } })).recordFeedback;

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: environment });
    agentId = uuid7();
    agent = await graph.sessionToken({ sub: agentId, roles: ['agent'], scopes: [...ROLE_SCOPES.agent] });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('records feedback on a product and supplier, linked to the traveller, and lists it newest first', async () => {
    const profileId = uuid7();
    const first = await record({
      profileId,
      supplierCode: 'RITZ',
      supplierName: 'The Ritz',
      rating: 5,
      comment: 'Wonderful stay',
      bookingReference: 'ABC123',
      givenAt: '2026-05-01T10:00:00.000Z',
    });
    expect(first).toMatchObject({
      profileId,
      profile: { id: profileId },
      productType: 'HOTEL',
      supplierCode: 'RITZ',
      supplierName: 'The Ritz',
      rating: 5,
      comment: 'Wonderful stay',
      channel: 'EMAIL',
      bookingReference: 'ABC123',
      givenAt: '2026-05-01T10:00:00.000Z',
      recordedBy: { id: agentId },
    });
    const second = await record({ profileId, productType: 'FLIGHT', supplierCode: 'BA', supplierName: 'British Airways', rating: 2, channel: 'TELEPHONE' });
    const { feedbacks } = await ok(LIST, { filter: { profileId } });
    expect(feedbacks.items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
    expect((await ok(LIST, { filter: { profileId, rating: 5 } })).feedbacks.items.map((item: { id: string }) => item.id)).toEqual([first.id]);
    expect((await ok(LIST, { filter: { profileId }, page: { limit: 1 } })).feedbacks.nextCursor).not.toBeNull();
  });

  it('refuses bad input naming the field and rule, writing nothing', async () => {
    const profileId = uuid7();
    const input = { profileId, productType: 'TOUR', supplierCode: 'GRAYLINE', supplierName: 'Gray Line', rating: 3, channel: 'SMS' };
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ rating: 0 }, 'input.rating', 'min'],
      [{ rating: 6 }, 'input.rating', 'max'],
      [{ supplierCode: 'gray line' }, 'input.supplierCode', 'matches'],
      [{ supplierName: '' }, 'input.supplierName', 'isLength'],
      [{ givenAt: new Date(Date.now() + 3_600_000).toISOString() }, 'input.givenAt', 'notInFuture'],
    ];
    for (const [change, field, rule] of refusals)
      expect(await failure(RECORD, { input: { ...input, ...change } })).toMatchObject({ code: 'BAD_USER_INPUT', violation: { field, rule } });
    expect((await failure(RECORD, { input: { ...input, channel: 'PIGEON' } })).code).toBe('BAD_USER_INPUT');
    expect((await ok(LIST, { filter: { profileId } })).feedbacks.total).toBe(0);
    expect(await failure(SUMMARY, { filter: { from: '2026-05-02', to: '2026-05-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violation: { field: 'filter.to', rule: 'notBeforeFrom' },
    });
  });

  it('aggregates ratings per product and supplier over a period for the reports', async () => {
    const at = (day: string) => `${day}T12:00:00.000Z`;
    await record({ productType: 'CRUISE', supplierCode: 'SEAWAYS', supplierName: 'Sea Ways', rating: 5, givenAt: at('2025-03-01') });
    await record({ productType: 'CRUISE', supplierCode: 'SEAWAYS', supplierName: 'Sea Ways Ltd', rating: 4, givenAt: at('2025-03-02') });
    await record({ productType: 'CRUISE', supplierCode: 'SEAWAYS', supplierName: 'Sea Ways Ltd', rating: 4, givenAt: at('2025-03-03') });
    await record({ productType: 'CRUISE', supplierCode: 'OCEANIC', supplierName: 'Oceanic', rating: 1, givenAt: at('2025-03-02') });
    await record({ productType: 'RAIL', supplierCode: 'SEAWAYS', supplierName: 'Sea Ways Ltd', rating: 2, givenAt: at('2025-03-02') });
    // Outside the period:
    await record({ productType: 'CRUISE', supplierCode: 'SEAWAYS', supplierName: 'Sea Ways', rating: 1, givenAt: at('2025-04-01') });

    const march = { from: '2025-03-01', to: '2025-03-31' };
    const { feedbackSummary: all } = await ok(SUMMARY, { filter: march });
    expect(all).toMatchObject({ count: 5, averageRating: 3.2, distribution: distribution(1, 1, 0, 2, 1) });
    expect(all.products).toEqual([
      { productType: 'CRUISE', count: 4, averageRating: 3.5, distribution: distribution(1, 0, 0, 2, 1) },
      { productType: 'RAIL', count: 1, averageRating: 2, distribution: distribution(0, 1, 0, 0, 0) },
    ]);
    expect(all.suppliers).toEqual([
      { supplierCode: 'SEAWAYS', supplierName: 'Sea Ways Ltd', count: 4, averageRating: 3.75, distribution: distribution(0, 1, 0, 2, 1) },
      { supplierCode: 'OCEANIC', supplierName: 'Oceanic', count: 1, averageRating: 1, distribution: distribution(1, 0, 0, 0, 0) },
    ]);
    const { feedbackSummary: cruises } = await ok(SUMMARY, { filter: { ...march, productType: 'CRUISE', supplierCode: 'SEAWAYS' } });
    expect(cruises).toMatchObject({ count: 3, averageRating: 4.33, distribution: distribution(0, 0, 0, 2, 1) });
    const { feedbackSummary: oneDay } = await ok(SUMMARY, { filter: { from: '2025-03-02', to: '2025-03-02', supplierCode: 'SEAWAYS' } });
    expect(oneDay).toMatchObject({ count: 2, averageRating: 3 });
    const { feedbackSummary: none } = await ok(SUMMARY, { filter: { from: '2020-01-01', to: '2020-01-31' } });
    expect(none).toEqual({ count: 0, averageRating: null, distribution: distribution(0, 0, 0, 0, 0), products: [], suppliers: [] });
  });

  it('exports the traveller’s feedback and erases the person and the comment, keeping the rating for the reports', async () => {
    const dpo = await graph.sessionToken({ roles: ['dpo'], scopes: [...ROLE_SCOPES.dpo] });
    const profileId = uuid7();
    const given = await record({
      profileId,
      productType: 'CAR',
      supplierCode: 'ERASECAR',
      supplierName: 'Erase Cars',
      rating: 3,
      comment: 'Dirty car',
      bookingReference: 'XYZ9',
    });
    const exported = (await ok(EXPORT, { id: profileId }, dpo)).communicationsDataSubjectExport;
    expect(JSON.parse(exported.document).feedback).toEqual([
      expect.objectContaining({ id: given.id, rating: 3, comment: 'Dirty car', bookingReference: 'XYZ9' }),
    ]);
    expect((await ok(ERASE, { id: profileId }, dpo)).communicationsDataSubjectErase.outcome).toBe('ERASED');
    expect((await ok(EXPORT, { id: profileId }, dpo)).communicationsDataSubjectExport.found).toBe(false);
    const { feedbacks } = await ok(LIST, { filter: { ids: [given.id] } });
    expect(feedbacks.items).toEqual([
      expect.objectContaining({ profileId: null, profile: null, comment: null, bookingReference: null, rating: 3, supplierCode: 'ERASECAR' }),
    ]);
    expect((await ok(SUMMARY, { filter: { supplierCode: 'ERASECAR' } })).feedbackSummary).toMatchObject({ count: 1, averageRating: 3 });
  });

  it('is FORBIDDEN to marketing', async () => {
    const marketing = await graph.sessionToken({ roles: ['marketing'], scopes: [...ROLE_SCOPES.marketing] });
    expect((await failure(SUMMARY, {}, marketing)).code).toBe('FORBIDDEN');
    expect(
      (
        await failure(
          RECORD,
          { input: { profileId: uuid7(), productType: 'HOTEL', supplierCode: 'X', supplierName: 'X', rating: 3, channel: 'SMS' } },
          marketing,
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
