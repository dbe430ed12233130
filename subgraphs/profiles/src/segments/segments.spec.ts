import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { AGE_SEGMENTS, deriveSegments } from './segments';
import { grantSpecialCategoryConsent, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.special:read', 'profiles.special:write'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing']);
const LAWFUL_BASIS = STORAGE_BASIS;

const CREATE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }`;
const TAGS = `mutation($id: ID!, $input: SetProfileTagsInput!) { setProfileTags(id: $id, input: $input) { version tags } }`;
const FLAGS = `mutation($id: ID!, $input: SetProfileFlagsInput!) { setProfileFlags(id: $id, input: $input) { version } }`;
const SEGMENTS = `query($id: ID!) { profile(id: $id) { tags segments } }`;
const LIST = `query($filter: ProfileFilter, $page: PageInput) { profiles(filter: $filter, page: $page) { total items { id } } }`;

const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

describe('tags and segments', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  const create = async (input: Record<string, unknown> = {}) => {
    const result = await graph.run(AGENT, CREATE, { input: { givenName: 'Ana', familyName: 'Sousa', lawfulBasis: LAWFUL_BASIS, ...input } });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile.id as string;
  };
  const ids = async (filter: Record<string, unknown>, principal = AGENT) => {
    const result = await graph.run(principal, LIST, { filter, page: { limit: 200 } });
    expect(result.errors).toBeUndefined();
    return result.data!.profiles.items.map((item: { id: string }) => item.id);
  };

  it('keeps free tags folded and de-duplicated, and finds travellers by any spelling of one', async () => {
    const id = await create();
    const result = await graph.run(AGENT, TAGS, { id, input: { expectedVersion: 1, tags: ['Golf', ' golf ', 'Café  lover', 'Frequent flyer'] } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setProfileTags).toEqual({ version: 2, tags: ['Café lover', 'Frequent flyer', 'Golf'] });
    expect(await ids({ tag: 'CAFE LOVER' })).toEqual([id]);
    const counts = await graph.run(AGENT, `{ tagCounts(limit: 10) { tag count } }`);
    expect(counts.data!.tagCounts).toEqual(expect.arrayContaining([{ tag: 'Golf', count: 1 }]));
    const history = await graph.run(AGENT, `query($id: ID!) { profile(id: $id) { history { items { operation field newValue } } } }`, { id });
    expect(history.data!.profile.history.items).toEqual(
      expect.arrayContaining([{ operation: 'setProfileTags', field: 'tags', newValue: JSON.stringify(['Café lover', 'Frequent flyer', 'Golf']) }]),
    );
  });

  it('refuses more than 30 tags, tags over 40 characters or without a letter or digit, and writes nothing', async () => {
    const id = await create();
    const cases: [string[], string, string][] = [
      [Array.from({ length: 31 }, (_, index) => `tag ${index}`), 'input.tags', 'arrayMaxSize'],
      [['x'.repeat(41)], 'input.tags', 'isLength'],
      [['---'], 'input.tags', 'matches'],
      [[''], 'input.tags', 'isLength'],
    ];
    for (const [tags, field, rule] of cases) {
      const result = await graph.run(AGENT, TAGS, { id, input: { expectedVersion: 1, tags } });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: expect.arrayContaining([expect.objectContaining({ field, rule })]),
      });
    }
    const [row] = await graph.running.dataSource.query('SELECT version FROM profiles WHERE id = ?', [id]);
    expect(row.version).toBe(1);
    expect(await graph.running.dataSource.query('SELECT * FROM profile_tags WHERE profile_id = ?', [id])).toEqual([]);
  });

  it('derives region, age band, travel context and VIP from the profile, and keeps them current on every write', async () => {
    const id = await create({
      dateOfBirth: yearsAgo(40),
      department: 'Sales',
      addresses: [{ type: 'HOME', lines: ['1 Rue de Rivoli'], city: 'Paris', countryCode: 'FR' }],
    });
    expect((await graph.run(AGENT, SEGMENTS, { id })).data!.profile.segments).toEqual(['age:35-44', 'context:business', 'region:europe']);
    await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 1, vip: true } });
    await graph.run(AGENT, `mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { id } }`, {
      id,
      input: { expectedVersion: 2, addresses: [{ type: 'WORK', lines: ['1 Raffles Place'], city: 'Singapore', countryCode: 'SG' }] },
    });
    expect((await graph.run(AGENT, SEGMENTS, { id })).data!.profile.segments).toEqual(['age:35-44', 'context:business', 'region:asia', 'vip']);
    expect(await ids({ segment: 'region:asia' })).toContain(id);
    expect(await ids({ segment: 'region:europe' })).not.toContain(id);
    expect(await ids({ segment: 'vip', tag: 'nothing-tagged-so' })).toEqual([]);

    await graph.run(AGENT, `mutation($id: ID!) { archiveProfile(id: $id, expectedVersion: 3) { id } }`, { id });
    expect((await graph.run(AGENT, SEGMENTS, { id })).data!.profile.segments).toEqual([]);
  });

  it('takes the travel context from preferences when there are any', async () => {
    const id = await create({ department: 'Sales' });
    const result = await graph.run(
      AGENT,
      `mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { id } }`,
      {
        id,
        input: { expectedVersion: 1, preferences: [{ category: 'SEATING', value: 'AISLE', context: 'LEISURE' }] },
      },
    );
    expect(result.errors).toBeUndefined();
    expect((await graph.run(AGENT, SEGMENTS, { id })).data!.profile.segments).toEqual(['context:leisure']);
  });

  it('shows, filters and counts the special-needs segment only for profiles.special:read', async () => {
    const id = await create();
    const { version } = await grantSpecialCategoryConsent(graph, AGENT, id, 1);
    expect((await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: version, specialNeeds: true } })).errors).toBeUndefined();
    expect((await graph.run(AGENT, SEGMENTS, { id })).data!.profile.segments).toEqual(['special-needs']);
    expect((await graph.run(MARKETING, SEGMENTS, { id })).data!.profile.segments).toEqual([]);
    expect(await ids({ segment: 'special-needs' })).toContain(id);
    const refused = await graph.run(MARKETING, LIST, { filter: { segment: 'special-needs' } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const counts = async (principal = AGENT) =>
      ((await graph.run(principal, `{ segmentCounts { segment count } }`)).data!.segmentCounts as { segment: string; count: number }[]).map(
        (row) => row.segment,
      );
    expect(await counts()).toContain('special-needs');
    expect(await counts(MARKETING)).not.toContain('special-needs');
  });

  it('filters by tag and segment in the same number of statements whatever the page size', async () => {
    for (let index = 0; index < 12; index++) {
      const id = await create({ addresses: [{ type: 'HOME', lines: ['1 Main St'], city: 'Toronto', countryCode: 'CA' }] });
      await graph.run(AGENT, TAGS, { id, input: { expectedVersion: 1, tags: ['Hockey'] } });
    }
    const statements = async (limit: number) => {
      await graph.running.audit.flush();
      const before = await statementCount();
      const result = await graph.run(
        AGENT,
        `query($page: PageInput) { profiles(filter: { tag: "hockey", segment: "region:north-america" }, page: $page) { total items { id tags segments } } }`,
        {
          page: { limit },
        },
      );
      expect(result.data!.profiles.total).toBe(12);
      expect(result.data!.profiles.items).toHaveLength(limit);
      return (await statementCount()) - before;
    };
    expect(await statements(10)).toBe(await statements(2));
  });

  it("lists a segment's travellers in name order, page after page either way, and follows a rename", async () => {
    const inOceania = { addresses: [{ type: 'HOME', lines: ['1 Quay St'], city: 'Sydney', countryCode: 'AU' }] };
    const byFamily = new Map<string, string>();
    for (const familyName of ['Zane', 'Adams', 'Moss', 'Bell', 'Cole']) byFamily.set(familyName, await create({ ...inOceania, familyName }));
    const walk = async (direction: string) => {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const result = await graph.run(
          AGENT,
          `query($page: PageInput, $sort: ProfileSort) { profiles(filter: { segment: "region:oceania" }, sort: $sort, page: $page) { total nextCursor items { familyName } } }`,
          { page: { limit: 2, after }, sort: { field: 'FAMILY_NAME', direction } },
        );
        expect(result.errors).toBeUndefined();
        seen.push(...result.data!.profiles.items.map((item: { familyName: string }) => item.familyName));
        after = result.data!.profiles.nextCursor ?? undefined;
      } while (after);
      return seen;
    };
    const total = async () => (await graph.run(AGENT, `{ profiles(filter: { segment: "region:oceania" }) { total } }`)).data!.profiles.total;
    expect(await walk('ASC')).toEqual(['Adams', 'Bell', 'Cole', 'Moss', 'Zane']);
    expect(await total()).toBe(5);
    expect(await walk('DESC')).toEqual(['Zane', 'Moss', 'Cole', 'Bell', 'Adams']);
    const renamed = await graph.run(AGENT, `mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { version } }`, {
      id: byFamily.get('Zane'),
      input: { expectedVersion: 1, familyName: 'Abbot' },
    });
    expect(renamed.errors).toBeUndefined();
    expect(await walk('ASC')).toEqual(['Abbot', 'Adams', 'Bell', 'Cole', 'Moss']);
    const archived = await graph.run(AGENT, `mutation($id: ID!) { archiveProfile(id: $id, expectedVersion: 1) { status } }`, { id: byFamily.get('Moss') });
    expect(archived.errors).toBeUndefined();
    expect(await walk('ASC')).toEqual(['Abbot', 'Adams', 'Bell', 'Cole']);
    expect(await total()).toBe(4);
  });

  it('moves tags to the survivor on a merge, and erases tags, segments and reminders with the person', async () => {
    const SUPERVISOR = staff([...AGENT.scopes, 'profiles:merge', 'data-subject:erase', 'data-subject:export'], ['supervisor']);
    const survivor = await create({ addresses: [{ type: 'HOME', lines: ['1 Main St'], city: 'Dublin', countryCode: 'IE' }] });
    const merged = await create();
    await graph.run(AGENT, TAGS, { id: survivor, input: { expectedVersion: 1, tags: ['Golf'] } });
    await graph.run(AGENT, TAGS, { id: merged, input: { expectedVersion: 1, tags: ['golf', 'Opera'] } });
    const merge = await graph.run(SUPERVISOR, `mutation($input: MergeProfilesInput!) { mergeProfiles(input: $input) { id tags } }`, {
      input: { survivorId: survivor, mergedId: merged, survivorVersion: 2, mergedVersion: 2 },
    });
    expect(merge.errors).toBeUndefined();
    expect(merge.data!.mergeProfiles.tags).toEqual(['Golf', 'Opera']);
    expect(await graph.running.dataSource.query('SELECT * FROM profile_segments WHERE profile_id = ?', [merged])).toEqual([]);

    const exported = await graph.run(SUPERVISOR, `query($id: ID!) { profilesDataSubjectExport(subjectId: $id) { document } }`, { id: survivor });
    expect(JSON.stringify(exported.data)).toContain('Opera');
    const erased = await graph.run(SUPERVISOR, `mutation($id: ID!) { profilesDataSubjectErase(subjectId: $id) { outcome } }`, { id: survivor });
    expect(erased.data!.profilesDataSubjectErase.outcome).toBe('ERASED');
    for (const table of ['profile_tags', 'profile_segments', 'profile_reminders']) {
      expect(await graph.running.dataSource.query(`SELECT * FROM ${table} WHERE profile_id = ?`, [survivor])).toEqual([]);
    }
  });

  it('gives age bands the day they end, so the next birthday moves the traveller on', () => {
    const profile = Object.assign(new Profile(), {
      status: ProfileStatus.ACTIVE,
      addresses: [],
      dateOfBirth: '1990-06-15',
      department: null,
      vip: false,
      specialNeeds: false,
    });
    expect(deriveSegments({ profile, preferences: [] }, '2025-06-14')).toEqual([{ segment: 'age:25-34', validUntil: '2025-06-14' }]);
    expect(deriveSegments({ profile, preferences: [] }, '2025-06-15')).toEqual([{ segment: 'age:35-44', validUntil: '2035-06-14' }]);
    expect(deriveSegments({ profile: Object.assign(profile, { dateOfBirth: '1950-01-01' }), preferences: [] }, '2025-01-01')).toEqual([
      { segment: 'age:65+', validUntil: null },
    ]);
    expect(AGE_SEGMENTS).toHaveLength(7);
  });

  async function statementCount(): Promise<number> {
    const response = await fetch(graph.running.url.replace('/graphql', '/metrics'));
    return ((await response.json()) as { sqlStatements: number }).sqlStatements;
  }
});
