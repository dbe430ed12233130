import { Principal } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData, staff, TestSubgraph } from '@wayfarer/kit/testing';
import { recordAccountLinks, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(
  ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write', 'profiles.special:read'],
  ['agent'],
);
const MARKETING = staff(['profiles:read'], ['marketing'], '0190f0b2-0000-7000-8000-000000000002');
const ACCOUNT = '0190f0b2-0000-7000-8000-00000000acc5';
const PARTNER: Principal = {
  id: 'partner-5',
  kind: 'partner',
  roles: [],
  scopes: ['profiles:read', 'profiles.documents:read'],
  accountIds: [ACCOUNT],
  client: 'acme-hr',
};

const LIST = `query($filter: ProfileFilter) { profiles(filter: $filter, page: { limit: 100 }) { total items { id segments } } }`;
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const visa = (number: string, context: string, country: string) => ({
  number,
  context,
  country,
  entryType: 'MULTIPLE',
  validFrom: '2025-01-01',
  validUntil: daysFromToday(300),
});

describe.each(everyDatabase())('who may filter and search by what, on %s', (_database, environment) => {
  let graph: TestSubgraph;
  let traveller: string;

  const create = async (familyName: string, email: string): Promise<string> => {
    const result = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { givenName: 'Ffion', familyName, emails: [{ address: email }], lawfulBasis: STORAGE_BASIS },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile.id;
  };

  beforeAll(async () => {
    graph = await startProfilesSubgraph(environment);
    traveller = await create('Filterman', 'f_filterman@example.org');
    await create('Lookalike', 'fxfilterman@example.org');
    await recordAccountLinks(graph, traveller, [{ accountId: ACCOUNT }]);
    const visas = await graph.run(AGENT, `mutation($id: ID!, $input: SetVisasInput!) { setVisas(profileId: $id, input: $input) { version } }`, {
      id: traveller,
      input: { expectedVersion: 1, visas: [visa('LEI5550001', 'LEISURE', 'TH'), visa('BIZ5550002', 'BUSINESS', 'CN')] },
    });
    expect(visas.errors).toBeUndefined();
    const preferences = await graph.run(
      AGENT,
      `mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { version } }`,
      {
        id: traveller,
        input: { expectedVersion: 2, preferences: [{ category: 'ROUTE', value: 'Via the coast', context: 'LEISURE' }] },
      },
    );
    expect(preferences.errors).toBeUndefined();
  });
  afterAll(async () => {
    await graph.stop();
    removeEmbeddedData(environment);
  });

  const ids = async (principal: Principal, filter: Record<string, unknown>) => {
    const result = await graph.run(principal, LIST, { filter });
    expect(result.errors).toBeUndefined();
    return result.data!.profiles.items.map((item: { id: string }) => item.id);
  };

  it('a document number is a filter only for those who may read full numbers', async () => {
    expect(await ids(AGENT, { documentNumber: 'LEI5550001' })).toEqual([traveller]);
    const refused = await graph.run(MARKETING, LIST, { filter: { documentNumber: 'LEI5550001' } });
    expect(refused.data?.profiles ?? null).toBeNull();
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('filter.documentNumber') });
  });

  it('a partner finds a traveller by a business document number, never by a leisure one', async () => {
    expect(await ids(PARTNER, { documentNumber: 'BIZ5550002' })).toEqual([traveller]);
    expect(await ids(PARTNER, { documentNumber: 'LEI5550001' })).toEqual([]);
  });

  it('a partner neither sees nor filters by the leisure-travel segment', async () => {
    const agentView = await graph.run(AGENT, LIST, { filter: { segment: 'context:leisure' } });
    expect(agentView.data!.profiles.items).toEqual([{ id: traveller, segments: expect.arrayContaining(['context:leisure']) }]);
    const partnerView = await graph.run(PARTNER, LIST, { filter: { ids: [traveller] } });
    expect(partnerView.data!.profiles.items[0].segments).not.toContain('context:leisure');
    const refused = await graph.run(PARTNER, LIST, { filter: { segment: 'context:leisure' } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it.each(['', '%', '-', ' ', '*', '\\', '%_%', '  --  '])('a search of nothing but %j is refused, naming the field and the rule', async (search) => {
    const result = await graph.run(AGENT, LIST, { filter: { search } });
    expect(result.data?.profiles ?? null).toBeNull();
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: expect.arrayContaining([expect.objectContaining({ field: 'filter.search' })]),
    });
  });

  it('LIKE wildcards in a meaningful search match only themselves', async () => {
    expect(await ids(AGENT, { search: 'f_filterman@' })).toEqual([traveller]);
    expect(await ids(AGENT, { search: 'f%filterman@' })).toEqual([]);
    expect(await ids(AGENT, { search: 'f\\filterman@' })).toEqual([]);
    expect(await ids(AGENT, { search: '%@example.org' })).toEqual([]);
  });
});
