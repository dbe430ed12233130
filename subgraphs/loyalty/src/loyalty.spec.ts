import { TestGraph } from '@wayfarer/gateway/testing';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { ROLE_SCOPES } from '@wayfarer/registry';

const FIELDS = 'id name sector ownerCode alliance tierNames numberFormat { minLength maxLength pattern checkDigit } active version createdAt updatedAt';
const CREATE = `mutation($input: CreateSupplierProgrammeInput!) { createSupplierProgramme(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSupplierProgrammeInput!) { updateSupplierProgramme(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { supplierProgramme(id: $id) { ${FIELDS} } }`;
const LIST =
  'query($filter: SupplierProgrammeFilter, $sort: SupplierProgrammeSort, $page: PageInput) { supplierProgrammes(filter: $filter, sort: $sort, page: $page) { items { id name } total nextCursor } }';

const FORMAT = { minLength: 8, maxLength: 8, pattern: '[0-9]{8}', checkDigit: 'NONE' };
const programme = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  sector: 'AIR',
  ownerCode: 'ba',
  alliance: 'ONEWORLD',
  tierNames: ['Blue', 'Silver', 'Gold'],
  numberFormat: FORMAT,
  ...extra,
});

describe.each(everyDatabase())('supplier programmes through the gateway on %s', (_database, subgraphEnv) => {
  let graph: TestGraph;
  let admin: string;
  const tokenFor = (role: keyof typeof ROLE_SCOPES) => graph.sessionToken({ roles: [role], scopes: [...ROLE_SCOPES[role]] });

  const ok = async (query: string, variables: Record<string, unknown>, token = admin) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, token = admin) =>
    (await graph.request(query, variables, { token })).body.errors?.[0];

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv });
    admin = await tokenFor('admin');
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(subgraphEnv);
  });

  it('creates, lists by sector, search and status, and gets supplier programmes', async () => {
    const { createSupplierProgramme: created } = await ok(CREATE, { input: programme('  Zulu Club ') });
    expect(created).toMatchObject({
      name: 'Zulu Club',
      sector: 'AIR',
      ownerCode: 'BA',
      alliance: 'ONEWORLD',
      tierNames: ['Blue', 'Silver', 'Gold'],
      numberFormat: FORMAT,
      active: true,
      version: 1,
    });
    const { createSupplierProgramme: hotel } = await ok(CREATE, {
      input: programme('Yankee Rewards', { sector: 'HOTEL', ownerCode: 'YR', alliance: null, numberFormat: { ...FORMAT, checkDigit: 'LUHN' } }),
    });

    const { supplierProgrammes: list } = await ok(LIST, { sort: { field: 'NAME', direction: 'ASC' }, page: { limit: 10 } });
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Yankee Rewards', 'Zulu Club']);
    expect((await ok(LIST, { filter: { sector: 'HOTEL' } })).supplierProgrammes.items).toEqual([{ id: hotel.id, name: 'Yankee Rewards' }]);
    expect((await ok(LIST, { filter: { search: 'zul' } })).supplierProgrammes.items).toEqual([{ id: created.id, name: 'Zulu Club' }]);
    expect((await ok(LIST, { filter: { search: 'yr' } })).supplierProgrammes.items).toEqual([{ id: hotel.id, name: 'Yankee Rewards' }]);
    await ok(UPDATE, { id: hotel.id, input: { expectedVersion: 1, active: false } });
    expect((await ok(LIST, { filter: { active: false } })).supplierProgrammes.items).toEqual([{ id: hotel.id, name: 'Yankee Rewards' }]);
    const { supplierProgrammes: firstPage } = await ok(LIST, { page: { limit: 1 } });
    expect((await ok(LIST, { page: { limit: 1, after: firstPage.nextCursor } })).supplierProgrammes.items).toEqual([{ id: created.id, name: 'Zulu Club' }]);

    expect((await ok(GET, { id: created.id })).supplierProgramme).toEqual(created);
  });

  it('refuses a stale update with CONFLICT and keeps the newer change', async () => {
    const { createSupplierProgramme: created } = await ok(CREATE, { input: programme('Xray Miles') });
    const { updateSupplierProgramme: updated } = await ok(UPDATE, { id: created.id, input: { expectedVersion: 1, tierNames: ['Blue', 'Gold'] } });
    expect(updated).toMatchObject({ version: 2, tierNames: ['Blue', 'Gold'] });
    expect((await errorOf(UPDATE, { id: created.id, input: { expectedVersion: 1, name: 'lost' } }))?.extensions?.code).toBe('CONFLICT');
    expect((await ok(GET, { id: created.id })).supplierProgramme).toMatchObject({ name: 'Xray Miles', version: 2 });
  });

  it.each([
    ['an owner code of the wrong shape for the sector', { ownerCode: 'BAW' }, 'input.ownerCode', 'ownerCodeFormat'],
    ['an alliance for a hotel programme', { sector: 'HOTEL', ownerCode: 'MC' }, 'input.alliance', 'allianceSector'],
    ['no tiers', { tierNames: [] }, 'input.tierNames', 'arrayNotEmpty'],
    ['a tier twice', { tierNames: ['Gold', 'gold '] }, 'input.tierNames', 'arrayUnique'],
    ['lengths the wrong way round', { numberFormat: { ...FORMAT, minLength: 9 } }, 'input.numberFormat.minLength', 'lengthRange'],
    ['a pattern that is no regular expression', { numberFormat: { ...FORMAT, pattern: '[0-9' } }, 'input.numberFormat.pattern', 'isRegExp'],
  ])('refuses %s naming the field and rule, writing nothing', async (_case, change, field, rule) => {
    const name = `Whiskey ${rule}`;
    const error = await errorOf(CREATE, { input: programme(name, change) });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [expect.objectContaining({ field, rule })] });
    expect((await ok(LIST, { filter: { search: name } })).supplierProgrammes.total).toBe(0);
  });

  it('lets every role read the catalogue, and only administrators change it', async () => {
    await ok(CREATE, { input: programme('Uniform Air') });
    for (const role of ['marketing', 'agent', 'supervisor'] as const) {
      const token = await tokenFor(role);
      expect((await ok(LIST, {}, token)).supplierProgrammes.total).toBeGreaterThan(0);
      expect((await errorOf(CREATE, { input: programme('Victor Air') }, token))?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await ok(LIST, { filter: { search: 'victor' } })).supplierProgrammes.total).toBe(0);
  });

  it('audits every change of the catalogue', async () => {
    const { createSupplierProgramme: created } = await ok(CREATE, { input: programme('Tango Air') });
    await graph.subgraphs.loyalty.audit.flush();
    await graph.subgraphs.loyalty.audit.relay();
    const { auditEvents } = await ok('query($filter: AuditEventFilter) { auditEvents(filter: $filter) { items { operation subjectType } } }', {
      filter: { subjectId: created.id, service: 'loyalty' },
    });
    expect(auditEvents.items).toEqual([{ operation: 'createSupplierProgramme', subjectType: 'SupplierProgramme' }]);
  });
});
