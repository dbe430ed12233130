import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestGraph } from '@wayfarer/gateway/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const FIELDS = 'id name contactEmail version createdAt updatedAt';
const CREATE = `mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateInteractionInput!) { updateInteraction(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { interaction(id: $id) { ${FIELDS} } }`;
const LIST =
  'query($filter: InteractionFilter, $sort: InteractionSort, $page: PageInput) { interactions(filter: $filter, sort: $sort, page: $page) { items { id name } total nextCursor } }';

describe.each([
  ['MariaDB', {}],
  ['the embedded database', { DATABASE_URL: '' }],
])('interactions through the gateway on %s', (_database, subgraphEnv: Record<string, string>) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-communications-'));
  let graph: TestGraph;
  let supervisor: string;
  const tokenFor = (role: keyof typeof ROLE_SCOPES) => graph.sessionToken({ roles: [role], scopes: [...ROLE_SCOPES[role]] });

  const ok = async (query: string, variables: Record<string, unknown>, token = supervisor) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const errorCode = async (query: string, variables: Record<string, unknown>, token = supervisor) =>
    (await graph.request(query, variables, { token })).body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: { DATA_DIR: dataDir, ...subgraphEnv } });
    supervisor = await tokenFor('supervisor');
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates, lists and gets interactions', async () => {
    const { createInteraction: created } = await ok(CREATE, { input: { name: '  Zulu interaction ', contactEmail: 'Someone@Example.com' } });
    expect(created).toMatchObject({ name: 'Zulu interaction', contactEmail: 'someone@example.com', version: 1 });
    await ok(CREATE, { input: { name: 'Yankee interaction' } });

    const { interactions: list } = await ok(LIST, { sort: { field: 'NAME', direction: 'ASC' }, page: { limit: 10 } });
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Yankee interaction', 'Zulu interaction']);
    expect(list.total).toBe(2);
    const { interactions: searched } = await ok(LIST, { filter: { search: 'zul' } });
    expect(searched.items).toEqual([{ id: created.id, name: 'Zulu interaction' }]);

    expect((await ok(GET, { id: created.id })).interaction).toEqual(created);
  });

  it('refuses a stale update with CONFLICT and keeps the newer change', async () => {
    const { createInteraction: created } = await ok(CREATE, { input: { name: 'Xray interaction' } });
    const { updateInteraction: updated } = await ok(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'Xray interaction 2' } });
    expect(updated.version).toBe(2);
    expect(await errorCode(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'lost' } })).toBe('CONFLICT');
    expect((await ok(GET, { id: created.id })).interaction).toMatchObject({ name: 'Xray interaction 2', version: 2 });
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const result = await graph.request(CREATE, { input: { name: 'Whiskey interaction', contactEmail: 'not an address' } }, { token: supervisor });
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.contactEmail', rule: 'isEmail' }] });
    expect((await ok(LIST, { filter: { search: 'whiskey' } })).interactions.total).toBe(0);
  });

  it('is FORBIDDEN to a role without the scope: marketing reads nothing, an agent reads but does not write', async () => {
    await ok(CREATE, { input: { name: 'Uniform interaction' } });
    const marketing = await tokenFor('marketing');
    const agent = await tokenFor('agent');
    expect(await errorCode(LIST, {}, marketing)).toBe('FORBIDDEN');
    expect((await ok(LIST, {}, agent)).interactions.total).toBeGreaterThan(0);
    expect(await errorCode(CREATE, { input: { name: 'Victor interaction' } }, agent)).toBe('FORBIDDEN');
  });
});
