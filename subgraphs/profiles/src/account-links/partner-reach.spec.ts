import { Principal } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData, staff, TestSubgraph } from '@wayfarer/kit/testing';
import { recordAccountLinks, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read'], ['agent']);
const ACCOUNT = '0190f0b2-0000-7000-8000-00000000acc7';
const PARTNER: Principal = {
  id: 'partner-7',
  kind: 'partner',
  roles: [],
  scopes: ['profiles:read', 'profiles:write'],
  accountIds: [ACCOUNT],
  client: 'acme-hr',
};

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const PROFILE = `query($id: ID!) { profile(id: $id) { familyName emails { address } } }`;
const LIST = `query($filter: ProfileFilter) { profiles(filter: $filter, page: { limit: 100 }) { total items { id familyName } } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Profile { familyName emails { address } } } }`;
const SET_TAGS = `mutation($id: ID!, $input: SetProfileTagsInput!) { setProfileTags(id: $id, input: $input) { version } }`;

describe.each(everyDatabase())('a partner reaches a traveller only through a link in force today, on %s', (_database, environment) => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph(environment);
  });
  afterAll(async () => {
    await graph.stop();
    removeEmbeddedData(environment);
  });

  const create = async (familyName: string): Promise<string> => {
    const result = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { givenName: 'Rhiannon', familyName, emails: [{ address: `${familyName.toLowerCase()}@example.org` }], lawfulBasis: STORAGE_BASIS },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile.id;
  };

  const expectUnreachable = async (id: string, familyName: string) => {
    const single = await graph.run(PARTNER, PROFILE, { id });
    expect(single.data?.profile ?? null).toBeNull();
    expect(single.errors![0].extensions!.code).toBe('FORBIDDEN');

    const unfiltered = await graph.run(PARTNER, LIST, {});
    expect(unfiltered.errors).toBeUndefined();
    expect(unfiltered.data!.profiles.items.map((item: { id: string }) => item.id)).not.toContain(id);
    const searched = await graph.run(PARTNER, LIST, { filter: { search: familyName } });
    expect(searched.data!.profiles).toEqual({ total: 0, items: [] });
    const byEmail = await graph.run(PARTNER, LIST, { filter: { search: `${familyName.toLowerCase()}@` } });
    expect(byEmail.data!.profiles).toEqual({ total: 0, items: [] });

    const byIds = await graph.run(PARTNER, LIST, { filter: { ids: [id] } });
    expect(byIds.errors![0].extensions!.code).toBe('FORBIDDEN');

    const entities = await graph.run(PARTNER, ENTITIES, { representations: [{ __typename: 'Profile', id }] });
    expect(entities.data?._entities?.[0] ?? null).toBeNull();
    expect(entities.errors![0].extensions!.code).toBe('FORBIDDEN');

    const write = await graph.run(PARTNER, SET_TAGS, { id, input: { expectedVersion: 1, tags: ['poked'] } });
    expect(write.errors![0].extensions!.code).toBe('FORBIDDEN');
    const unchanged = await graph.run(AGENT, `query($id: ID!) { profile(id: $id) { version tags } }`, { id });
    expect(unchanged.data!.profile).toEqual({ version: 1, tags: [] });
  };

  it('not before the link starts', async () => {
    const id = await create('Futurelink');
    await recordAccountLinks(graph, id, [{ accountId: ACCOUNT, validFrom: daysFromToday(30) }]);
    await expectUnreachable(id, 'Futurelink');
  });

  it('not after its last day, without corporate reporting it again', async () => {
    const id = await create('Endedlink');
    await recordAccountLinks(graph, id, [{ accountId: ACCOUNT, validFrom: daysFromToday(-60), validTo: daysFromToday(-1) }]);
    await expectUnreachable(id, 'Endedlink');
  });

  it('on every path while the link is in force, its last day included', async () => {
    const id = await create('Currentlink');
    await recordAccountLinks(graph, id, [
      { accountId: ACCOUNT, validFrom: daysFromToday(-60), validTo: daysFromToday(-10) },
      { accountId: ACCOUNT, validFrom: daysFromToday(-9), validTo: daysFromToday(0) },
    ]);
    const single = await graph.run(PARTNER, PROFILE, { id });
    expect(single.data!.profile).toEqual({ familyName: 'Currentlink', emails: [{ address: 'currentlink@example.org' }] });
    const searched = await graph.run(PARTNER, LIST, { filter: { search: 'Currentlink' } });
    expect(searched.data!.profiles.items).toEqual([{ id, familyName: 'Currentlink' }]);
    const byIds = await graph.run(PARTNER, LIST, { filter: { ids: [id] } });
    expect(byIds.data!.profiles.total).toBe(1);
    const entities = await graph.run(PARTNER, ENTITIES, { representations: [{ __typename: 'Profile', id }] });
    expect(entities.data!._entities).toEqual([{ familyName: 'Currentlink', emails: [{ address: 'currentlink@example.org' }] }]);
    const write = await graph.run(PARTNER, SET_TAGS, { id, input: { expectedVersion: 1, tags: ['golfer'] } });
    expect(write.errors).toBeUndefined();
  });

  it('refuses a link that ends before it starts', async () => {
    const id = await create('Backwardslink');
    await expect(recordAccountLinks(graph, id, [{ accountId: ACCOUNT, validFrom: daysFromToday(5), validTo: daysFromToday(1) }])).rejects.toThrow(
      /isAfterStart/,
    );
  });
});
