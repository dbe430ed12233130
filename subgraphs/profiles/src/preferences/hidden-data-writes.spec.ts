import { Principal } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData, staff, TestSubgraph } from '@wayfarer/kit/testing';
import { grantSpecialCategoryConsent, recordAccountLinks, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.special:read', 'profiles.special:write'], ['agent']);
/** A role that may record special-category data but not read it. */
const BLIND_WRITER = staff(['profiles:read', 'profiles:write', 'profiles.special:write'], ['intake'], '0190f0b2-0000-7000-8000-000000000009');
const ACCOUNT = '0190f0b2-0000-7000-8000-00000000acc9';
const PARTNER: Principal = {
  id: 'partner-9',
  kind: 'partner',
  roles: [],
  scopes: ['profiles:read', 'profiles:write', 'profiles.special:read', 'profiles.special:write'],
  accountIds: [ACCOUNT],
  client: 'acme-hr',
};

const FIELDS = 'category value context';
const READ = `query($id: ID!) { profile(id: $id) { version specialNeeds travelPreferences { ${FIELDS} } specialCategoryPreferences { ${FIELDS} } } }`;
const SET = `mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { version travelPreferences { ${FIELDS} } } }`;
const SET_SPECIAL = `mutation($id: ID!, $input: SetTravelPreferencesInput!) { setSpecialCategoryPreferences(profileId: $id, input: $input) { version } }`;
const SET_FLAGS = `mutation($id: ID!, $input: SetProfileFlagsInput!) { setProfileFlags(id: $id, input: $input) { version } }`;

describe.each(everyDatabase())('a write never changes what the writer may not read, on %s', (_database, environment) => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph(environment);
  });
  afterAll(async () => {
    await graph.stop();
    removeEmbeddedData(environment);
  });

  /** A linked traveller with business and leisure preferences of both kinds and the special-needs flag; returns id and version. */
  const travellerWithEverything = async (): Promise<{ id: string; version: number }> => {
    const created = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { givenName: 'Lowri', familyName: 'Hiddenhaus', lawfulBasis: STORAGE_BASIS },
    });
    const id = created.data!.createProfile.id as string;
    await recordAccountLinks(graph, id, [{ accountId: ACCOUNT }]);
    const { version } = await grantSpecialCategoryConsent(graph, AGENT, id, 1);
    const steps: [string, Record<string, unknown>][] = [
      [
        SET,
        {
          preferences: [
            { category: 'SEATING', value: 'AISLE', context: 'BUSINESS' },
            { category: 'ROUTE', value: 'Via the coast road', context: 'LEISURE' },
          ],
        },
      ],
      [
        SET_SPECIAL,
        {
          preferences: [
            { category: 'MEAL', value: 'VGML', context: 'LEISURE' },
            { category: 'MEAL', value: 'GFML', context: 'BUSINESS' },
          ],
        },
      ],
      [SET_FLAGS, { specialNeeds: true }],
    ];
    let current = version;
    for (const [document, input] of steps) {
      const result = await graph.run(AGENT, document, { id, input: { expectedVersion: current, ...input } });
      expect(result.errors).toBeUndefined();
      current++;
    }
    return { id, version: current };
  };

  const asAgentSees = async (id: string) => (await graph.run(AGENT, READ, { id })).data!.profile;

  it('a partner replacing travel preferences keeps the leisure ones it is never shown, of either kind', async () => {
    const { id, version } = await travellerWithEverything();
    const replaced = await graph.run(PARTNER, SET, {
      id,
      input: { expectedVersion: version, preferences: [{ category: 'SEATING', value: 'WINDOW', context: 'BUSINESS' }] },
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.setTravelPreferences.travelPreferences).toEqual([{ category: 'SEATING', value: 'WINDOW', context: 'BUSINESS' }]);
    const special = await graph.run(PARTNER, SET_SPECIAL, { id, input: { expectedVersion: version + 1, preferences: [] } });
    expect(special.errors).toBeUndefined();

    const after = await asAgentSees(id);
    expect(after.travelPreferences).toEqual(
      expect.arrayContaining([
        { category: 'SEATING', value: 'WINDOW', context: 'BUSINESS' },
        { category: 'ROUTE', value: 'Via the coast road', context: 'LEISURE' },
      ]),
    );
    expect(after.travelPreferences).toHaveLength(2);
    expect(after.specialCategoryPreferences).toEqual([{ category: 'MEAL', value: 'VGML', context: 'LEISURE' }]);
  });

  it('a partner may not record a leisure preference', async () => {
    const { id, version } = await travellerWithEverything();
    const refused = await graph.run(PARTNER, SET, {
      id,
      input: { expectedVersion: version, preferences: [{ category: 'ROUTE', value: 'Scenic', context: 'LEISURE' }] },
    });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [{ field: 'input.preferences.0.context', rule: 'partnerContext' }],
    });
    expect((await asAgentSees(id)).version).toBe(version);
  });

  it('a role that cannot read special-category data may not replace it nor set the special-needs flag', async () => {
    const { id, version } = await travellerWithEverything();
    const special = await graph.run(BLIND_WRITER, SET_SPECIAL, { id, input: { expectedVersion: version, preferences: [] } });
    expect(special.errors![0].extensions!.code).toBe('FORBIDDEN');
    const flag = await graph.run(BLIND_WRITER, SET_FLAGS, { id, input: { expectedVersion: version, specialNeeds: false } });
    expect(flag.errors![0].extensions!.code).toBe('FORBIDDEN');
    const after = await asAgentSees(id);
    expect(after).toMatchObject({ version, specialNeeds: true });
    expect(after.specialCategoryPreferences).toHaveLength(2);
  });
});
