import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestGraph } from '@wayfarer/gateway/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const FIELDS = 'id name contactEmail version createdAt updatedAt';
const CREATE = `mutation($input: Create__Entity__Input!) { create__Entity__(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: Update__Entity__Input!) { update__Entity__(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { __entity__(id: $id) { ${FIELDS} } }`;
const LIST = 'query($filter: __Entity__Filter, $sort: __Entity__Sort, $page: PageInput) { __entities__(filter: $filter, sort: $sort, page: $page) { items { id name } total nextCursor } }';

describe.each([
  ['MariaDB', {}],
  ['the embedded database', { DATABASE_URL: '' }],
])('__labels__ through the gateway on %s', (_database, subgraphEnv: Record<string, string>) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-__name__-'));
  let graph: TestGraph;
  let supervisor: string;
  const tokenFor = (role: keyof typeof ROLE_SCOPES) => graph.sessionToken({ roles: [role], scopes: [...ROLE_SCOPES[role]] });

  const ok = async (query: string, variables: Record<string, unknown>, token = supervisor) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const errorCode = async (query: string, variables: Record<string, unknown>, token = supervisor) => (await graph.request(query, variables, { token })).body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: { DATA_DIR: dataDir, ...subgraphEnv } });
    supervisor = await tokenFor('supervisor');
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates, lists and gets __labels__', async () => {
    const { create__Entity__: created } = await ok(CREATE, { input: { name: '  Zulu __label__ ', contactEmail: 'Someone@Example.com' } });
    expect(created).toMatchObject({ name: 'Zulu __label__', contactEmail: 'someone@example.com', version: 1 });
    await ok(CREATE, { input: { name: 'Yankee __label__' } });

    const { __entities__: list } = await ok(LIST, { sort: { field: 'NAME', direction: 'ASC' }, page: { limit: 10 } });
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Yankee __label__', 'Zulu __label__']);
    expect(list.total).toBe(2);
    const { __entities__: searched } = await ok(LIST, { filter: { search: 'zul' } });
    expect(searched.items).toEqual([{ id: created.id, name: 'Zulu __label__' }]);

    expect((await ok(GET, { id: created.id })).__entity__).toEqual(created);
  });

  it('refuses a stale update with CONFLICT and keeps the newer change', async () => {
    const { create__Entity__: created } = await ok(CREATE, { input: { name: 'Xray __label__' } });
    const { update__Entity__: updated } = await ok(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'Xray __label__ 2' } });
    expect(updated.version).toBe(2);
    expect(await errorCode(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'lost' } })).toBe('CONFLICT');
    expect((await ok(GET, { id: created.id })).__entity__).toMatchObject({ name: 'Xray __label__ 2', version: 2 });
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const result = await graph.request(CREATE, { input: { name: 'Whiskey __label__', contactEmail: 'not an address' } }, { token: supervisor });
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.contactEmail', rule: 'isEmail' }] });
    expect((await ok(LIST, { filter: { search: 'whiskey' } })).__entities__.total).toBe(0);
  });

  it('is FORBIDDEN to a role without the scope: marketing reads nothing, an agent reads but does not write', async () => {
    await ok(CREATE, { input: { name: 'Uniform __label__' } });
    const marketing = await tokenFor('marketing');
    const agent = await tokenFor('agent');
    expect(await errorCode(LIST, {}, marketing)).toBe('FORBIDDEN');
    expect((await ok(LIST, {}, agent)).__entities__.total).toBeGreaterThan(0);
    expect(await errorCode(CREATE, { input: { name: 'Victor __label__' } }, agent)).toBe('FORBIDDEN');
  });
});
