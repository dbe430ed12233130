import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { TestGraph } from './testing';

const API_SCHEMA = buildSchema(readFileSync(join(__dirname, '../../admin/src/graphql/api-schema.graphql'), 'utf8'));

/** Filters whose search runs within one traveller's records: the filter names one (nobody's, here). */
const SEARCH_WITHIN: Readonly<Record<string, Record<string, string>>> = { InteractionFilter: { profileId: '01900000-0000-7000-8000-000000000000' } };

/** Every list whose filter takes a free-text search, across the subgraphs, as the composed API has them: one rule for all of them. */
const SEARCHABLE_LISTS = Object.values(API_SCHEMA.getQueryType()!.getFields())
  .filter((field) => {
    const filter = field.args.find((arg) => arg.name === 'filter');
    const answer = getNamedType(field.type);
    const isList = answer instanceof GraphQLObjectType && 'items' in answer.getFields() && 'total' in answer.getFields();
    const filterType = filter && getNamedType(filter.type);
    return isList && filterType instanceof GraphQLInputObjectType && 'search' in filterType.getFields();
  })
  .map((field) => ({ name: field.name, filterType: getNamedType(field.args.find((arg) => arg.name === 'filter')!.type).name }));
const searchOf = (filterType: string, search: string) => ({ filter: { search, ...SEARCH_WITHIN[filterType] } });

describe('a list search of nothing but punctuation or spaces', () => {
  let graph: TestGraph;
  let admin: string;

  beforeAll(async () => {
    graph = await TestGraph.start();
    admin = await graph.sessionToken({ roles: ['admin'], scopes: [...ROLE_SCOPES.admin] });
  }, 120_000);
  afterAll(() => graph?.stop());

  it('covers every searchable list of the API, whichever subgraph has it', () => {
    expect(SEARCHABLE_LISTS.map((list) => list.name)).toEqual(
      expect.arrayContaining([
        'staffMembers',
        'partnerClients',
        'corporateAccounts',
        'profiles',
        'offerCatalogue',
        'supplierProgrammes',
        'loyaltyRewards',
        'interactions',
      ]),
    );
  });

  it('is refused like an empty one, naming filter.search, on every list', async () => {
    for (const { name: list, filterType } of SEARCHABLE_LISTS) {
      for (const search of ['', ' ', '%', '-', '*', '\\', '_', '%%']) {
        const { body } = await graph.request(`query($filter: ${filterType}) { ${list}(filter: $filter) { total } }`, searchOf(filterType, search), {
          token: admin,
        });
        const fields = body.errors?.flatMap(
          (error) => (error.extensions?.violations as { field: string }[] | undefined)?.map((violation) => violation.field) ?? [],
        );
        expect({ list, search, data: body.data ?? null, code: body.errors?.[0].extensions?.code, fields: [...new Set(fields)] }).toEqual({
          list,
          search,
          data: null,
          code: 'BAD_USER_INPUT',
          fields: ['filter.search'],
        });
      }
    }
  });

  it('is answered when it holds a letter or a digit', async () => {
    for (const { name: list, filterType } of SEARCHABLE_LISTS) {
      const { body } = await graph.request(`query($filter: ${filterType}) { ${list}(filter: $filter) { total } }`, searchOf(filterType, 'a%'), {
        token: admin,
      });
      expect({ list, errors: body.errors }).toEqual({ list, errors: undefined });
    }
  });
});
