import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestGraph } from '@wayfarer/gateway/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const FIELDS = 'id name contactEmail version createdAt updatedAt';
const CREATE = `mutation($input: CreateSupplierProgrammeInput!) { createSupplierProgramme(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSupplierProgrammeInput!) { updateSupplierProgramme(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { supplierProgramme(id: $id) { ${FIELDS} } }`;
const LIST =
  'query($filter: SupplierProgrammeFilter, $sort: SupplierProgrammeSort, $page: PageInput) { supplierProgrammes(filter: $filter, sort: $sort, page: $page) { items { id name } total nextCursor } }';

describe.each([
  ['MariaDB', {}],
  ['the embedded database', { DATABASE_URL: '' }],
])('supplier programmes through the gateway on %s', (_database, subgraphEnv: Record<string, string>) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-loyalty-'));
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

  it('creates, lists and gets supplier programmes', async () => {
    const { createSupplierProgramme: created } = await ok(CREATE, { input: { name: '  Zulu supplier programme ', contactEmail: 'Someone@Example.com' } });
    expect(created).toMatchObject({ name: 'Zulu supplier programme', contactEmail: 'someone@example.com', version: 1 });
    await ok(CREATE, { input: { name: 'Yankee supplier programme' } });

    const { supplierProgrammes: list } = await ok(LIST, { sort: { field: 'NAME', direction: 'ASC' }, page: { limit: 10 } });
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Yankee supplier programme', 'Zulu supplier programme']);
    expect(list.total).toBe(2);
    const { supplierProgrammes: searched } = await ok(LIST, { filter: { search: 'zul' } });
    expect(searched.items).toEqual([{ id: created.id, name: 'Zulu supplier programme' }]);

    expect((await ok(GET, { id: created.id })).supplierProgramme).toEqual(created);
  });

  it('refuses a stale update with CONFLICT and keeps the newer change', async () => {
    const { createSupplierProgramme: created } = await ok(CREATE, { input: { name: 'Xray supplier programme' } });
    const { updateSupplierProgramme: updated } = await ok(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'Xray supplier programme 2' } });
    expect(updated.version).toBe(2);
    expect(await errorCode(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'lost' } })).toBe('CONFLICT');
    expect((await ok(GET, { id: created.id })).supplierProgramme).toMatchObject({ name: 'Xray supplier programme 2', version: 2 });
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const result = await graph.request(CREATE, { input: { name: 'Whiskey supplier programme', contactEmail: 'not an address' } }, { token: supervisor });
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.contactEmail', rule: 'isEmail' }] });
    expect((await ok(LIST, { filter: { search: 'whiskey' } })).supplierProgrammes.total).toBe(0);
  });

  it('is FORBIDDEN to a role without the scope: marketing reads nothing, an agent reads but does not write', async () => {
    await ok(CREATE, { input: { name: 'Uniform supplier programme' } });
    const marketing = await tokenFor('marketing');
    const agent = await tokenFor('agent');
    expect(await errorCode(LIST, {}, marketing)).toBe('FORBIDDEN');
    expect((await ok(LIST, {}, agent)).supplierProgrammes.total).toBeGreaterThan(0);
    expect(await errorCode(CREATE, { input: { name: 'Victor supplier programme' } }, agent)).toBe('FORBIDDEN');
  });
});
