import 'reflect-metadata';
import { parse, GraphQLResolveInfo, OperationDefinitionNode, FieldNode, FragmentDefinitionNode } from 'graphql';
import { AbstractLogger, Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { paginate, paginateMerged } from './paginate';
import { SortDirection } from './list.types';
import { asksForTotal } from './asks-for-total';

@Entity('travellers')
class Traveller {
  @PrimaryColumn('varchar') id!: string;
  @Column('varchar') name!: string;
}

class StatementLog extends AbstractLogger {
  statements: string[] = [];
  override logQuery(query: string): void {
    this.statements.push(query);
  }
  protected writeLog(): void {}
}

const NAMES = ['Ada', 'Bea', 'Cai', 'Dov', 'Eli', 'Fay', 'Gus', 'Hal'];

describe('paginate', () => {
  const log = new StatementLog();
  const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [Traveller], logger: log, logging: true });
  const sortedByName = { sortProperty: 'name', direction: SortDirection.ASC };

  beforeAll(async () => {
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE travellers (id varchar(36) PRIMARY KEY, name varchar(64) NOT NULL)');
    await dataSource.getRepository(Traveller).insert(NAMES.map((name, index) => ({ id: `t${index}`, name })));
  });
  afterAll(() => dataSource.destroy());
  beforeEach(() => (log.statements = []));

  const travellers = () => dataSource.getRepository(Traveller).createQueryBuilder('traveller');
  const counts = () => log.statements.filter((statement) => statement.includes('COUNT(*)')).length;

  it('pages by offset and by cursor in the same order', async () => {
    const first = await paginate(travellers(), { ...sortedByName, page: { limit: 3 } });
    expect(first.items.map((item) => item.name)).toEqual(['Ada', 'Bea', 'Cai']);
    const next = await paginate(travellers(), { ...sortedByName, page: { limit: 3, after: first.nextCursor! } });
    expect(next.items.map((item) => item.name)).toEqual(['Dov', 'Eli', 'Fay']);
    const byOffset = await paginate(travellers(), { ...sortedByName, page: { limit: 3, offset: 3 } });
    expect(byOffset.items).toEqual(next.items);
  });

  describe('deep in a long list', () => {
    const many = Array.from({ length: 300 }, (_, index) => ({ id: `z${String(index).padStart(3, '0')}`, name: `Zed ${String(index).padStart(3, '0')}` }));
    beforeAll(() => dataSource.getRepository(Traveller).insert(many));
    afterAll(() => dataSource.getRepository(Traveller).delete(many.map((row) => row.id)));

    it('reads a page near the start in one statement and a deep one by its ids first, the same rows a cursor walk gives', async () => {
      const first = await paginate(travellers(), { ...sortedByName, page: { limit: 25 } });
      expect(log.statements).toHaveLength(1);
      expect(first.items[0].name).toBe('Ada');
      log.statements = [];
      const deep = await paginate(travellers(), { ...sortedByName, page: { limit: 25, offset: 250 } });
      expect(log.statements).toHaveLength(2);
      expect(deep.items.map((item) => item.name)).toEqual(many.slice(242, 267).map((row) => row.name));
      let page = first;
      for (let walked = 25; walked < 250; walked += 25) page = await paginate(travellers(), { ...sortedByName, page: { limit: 25, after: page.nextCursor! } });
      const afterCursor = await paginate(travellers(), { ...sortedByName, page: { limit: 25, after: page.nextCursor! } });
      expect(afterCursor.items).toEqual(deep.items);
    });
  });

  it('counts only when the total is asked for, capped', async () => {
    const page = await paginate(travellers(), { ...sortedByName, page: { limit: 2 }, countCap: 5 });
    expect(counts()).toBe(0);
    expect(await page.countTotal()).toBe(6);
    expect(counts()).toBe(1);
  });

  it('counts alongside the page when the caller will want the total, once', async () => {
    const page = await paginate(travellers(), { ...sortedByName, page: { limit: 2 }, countAlongside: true });
    expect(counts()).toBe(1);
    expect(await page.countTotal()).toBe(NAMES.length);
    expect(counts()).toBe(1);
  });

  it('answers the total of a first page that holds every match without counting', async () => {
    const page = await paginate(travellers(), { ...sortedByName, page: { limit: NAMES.length } });
    expect(await page.countTotal()).toBe(NAMES.length);
    expect(counts()).toBe(0);
  });

  it('counts the first merged stream alongside the page, and the others only when their page does not hold every match', async () => {
    const [fromB, beforeB] = [travellers().where("traveller.name >= 'B'"), travellers().where("traveller.name < 'B'")];
    const page = await paginateMerged([fromB, beforeB], travellers, { ...sortedByName, page: { limit: 2 }, countAlongside: true });
    expect(page.items.map((item) => item.name)).toEqual(NAMES.slice(0, 2));
    expect(counts()).toBe(1);
    expect(await page.countTotal()).toBe(NAMES.length);
    expect(counts()).toBe(1);

    log.statements = [];
    const swapped = await paginateMerged([travellers().where("traveller.name < 'B'"), travellers().where("traveller.name >= 'B'")], travellers, {
      ...sortedByName,
      page: { limit: 2 },
      countAlongside: true,
    });
    expect(await swapped.countTotal()).toBe(NAMES.length);
    expect(counts()).toBe(2);
  });
});

describe('asksForTotal', () => {
  const infoFor = (source: string): GraphQLResolveInfo => {
    const document = parse(source);
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')!;
    const fragments = Object.fromEntries(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === 'FragmentDefinition')
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
  };

  it('sees the total asked for directly, in an inline fragment or in a named fragment', () => {
    expect(asksForTotal(infoFor('{ profiles { items { id } total } }'))).toBe(true);
    expect(asksForTotal(infoFor('{ profiles { ... on ProfileList { totalIsExact } } }'))).toBe(true);
    expect(asksForTotal(infoFor('{ profiles { ...Counted } } fragment Counted on ProfileList { total }'))).toBe(true);
  });

  it('does not see a total that is asked for only inside the items', () => {
    expect(asksForTotal(infoFor('{ profiles { items { id total } nextCursor } }'))).toBe(false);
  });
});
