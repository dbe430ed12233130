import { GraphQLError } from 'graphql';
import { subgraphUrlVariable } from './config';
import { compareAnswers, FixtureGraph, ParityRequest, RecordingRelay, recordingRelay, TestGateway, TestGraph } from './testing';

const FEDERATION = (imports: string[]) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ${JSON.stringify(imports)})`;

const PRODUCTS = [
  {
    id: '1',
    name: 'Kettle',
    status: 'ACTIVE',
    colour: 'RED',
    releasedAt: '2024-01-02T03:04:05.000Z',
    attributes: { volume: 1.5, tags: ['a'] },
    price: 10.5,
    stock: 3,
    weight: 2,
  },
  { id: '2', name: 'Toaster', status: 'SECRET', colour: 'GREEN', releasedAt: null, attributes: null, price: 20, stock: 0, weight: 5 },
  {
    id: '3',
    name: 'Blender',
    status: 'RETIRED',
    colour: 'ORANGE',
    releasedAt: '2020-01-01T00:00:00.000Z',
    attributes: [1, 'x'],
    price: 1e21,
    stock: 7,
    weight: 1,
  },
];
const byId = (id: string) => PRODUCTS.find((product) => product.id === id) ?? null;

/** Inaccessible fields, arguments, input fields and enum values; custom scalars; errors; every selection form. */
const CATALOGUE = {
  typeDefs: `${FEDERATION(['@key', '@shareable', '@inaccessible', '@tag'])}
    scalar DateTime
    scalar JSON
    enum Status { ACTIVE RETIRED SECRET @inaccessible }
    enum Colour { RED GREEN ORANGE }
    type Product @key(fields: "id") {
      id: ID!
      name: String!
      label: String! @shareable
      status: Status!
      statuses: [Status!]!
      colour: Colour
      internalCode: String @inaccessible
      releasedAt: DateTime
      attributes: JSON
      price: Float
      stock: Int!
      weight: Int! @shareable
      broken: String
      brokenRequired: String!
      variants: [Variant!]!
      tags: [String!]! @tag(name: "public")
    }
    type Variant { sku: String! status: Status colour: Colour! }
    input ProductFilter { status: Status colour: Colour secret: String @inaccessible limit: Int = 2 }
    type Query {
      product(id: ID!): Product
      requiredProduct(id: ID!): Product!
      products(filter: ProductFilter, first: Int = 3): [Product!]!
      filterSeen(filter: ProductFilter): String
      echo(text: String = "default", secret: String @inaccessible): String
      failing: String
      failingWithCode: String
      failingRequired: String!
      flag(on: Boolean!): Boolean
    }`,
  resolvers: {
    Query: {
      product: (_: unknown, { id }: { id: string }) => byId(id),
      requiredProduct: (_: unknown, { id }: { id: string }) => byId(id),
      products: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, first),
      filterSeen: (_: unknown, { filter }: { filter: unknown }) => JSON.stringify(filter ?? null),
      echo: (_: unknown, args: { text?: string; secret?: string }) => `${args.text}|${args.secret}`,
      failing: () => {
        throw new Error('boom at /srv/catalogue/secret.js:12');
      },
      failingWithCode: () => {
        throw new GraphQLError('No such thing', { extensions: { code: 'NOT_FOUND', thing: 'x' } });
      },
      failingRequired: () => {
        throw new GraphQLError('Required and missing', { extensions: { code: 'NOT_FOUND' } });
      },
      flag: (_: unknown, { on }: { on: boolean }) => on,
    },
    Product: {
      __resolveReference: ({ id }: { id: string }) => byId(id),
      statuses: () => ['ACTIVE', 'SECRET', 'RETIRED'],
      internalCode: () => 'INTERNAL',
      broken: () => {
        throw new Error('broken');
      },
      brokenRequired: () => {
        throw new GraphQLError('Cannot say', { extensions: { code: 'CONFLICT' } });
      },
      variants: (product: { id: string }) => [
        { sku: `${product.id}-a`, status: 'ACTIVE', colour: 'RED' },
        { sku: `${product.id}-b`, status: product.id === '1' ? 'SECRET' : 'RETIRED', colour: 'GREEN' },
      ],
      tags: () => ['new', 'sale'],
      label: (product: { id: string }) => {
        if (product.id === '2') throw new GraphQLError('No label', { extensions: { code: 'NOT_FOUND' } });
        return `${product.id}-label`;
      },
    },
  },
};

/** Fields another subgraph helps with: requires/external, provides, override, shareable with another nullability. */
const INVENTORY = {
  typeDefs: `${FEDERATION(['@key', '@shareable', '@external', '@requires', '@provides', '@override'])}
    type Product @key(fields: "id") {
      id: ID!
      name: String! @external
      label: String @shareable
      weight: Int! @external
      shippingCost: Int! @requires(fields: "weight")
      inStock: Boolean! @override(from: "catalogue")
      stock: Int! @override(from: "catalogue")
    }
    type Warehouse { code: String! products: [Product!]! @provides(fields: "name") featured: Product }
    type Query { warehouse: Warehouse! stockedProducts: [Product!]! }`,
  resolvers: {
    Query: {
      warehouse: () => ({ code: 'W1', products: PRODUCTS.map(({ id, name }) => ({ id, name })), featured: { id: '1' } }),
      stockedProducts: () => PRODUCTS.map(({ id, name }) => ({ id, name, label: id === '2' ? null : `${name} (inventory)` })),
    },
    Product: {
      __resolveReference: ({ id, weight }: { id: string; weight?: number }) => ({ id, weight, name: byId(id)?.name }),
      shippingCost: (product: { weight: number }) => product.weight * 3,
      inStock: (product: { id: string }) => product.id !== '2',
      stock: () => 42,
    },
  },
};

/** `User` is an interface in accounts and an interface object in activity, which knows no implementation. */
const ACCOUNTS = {
  typeDefs: `${FEDERATION(['@key'])}
    interface User @key(fields: "id") { id: ID! name: String! }
    type Admin implements User @key(fields: "id") { id: ID! name: String! level: Int! }
    type Guest implements User @key(fields: "id") { id: ID! name: String! }
    type Query { allUsers: [User!]! }`,
  resolvers: {
    Query: {
      allUsers: () => [
        { __typename: 'Admin', id: 'u1', name: 'Ann', level: 3 },
        { __typename: 'Guest', id: 'u2', name: 'Bob' },
      ],
    },
    User: {
      __resolveReference: ({ id }: { id: string }) =>
        id === 'u1' ? { __typename: 'Admin', id, name: 'Ann', level: 3 } : { __typename: 'Guest', id, name: 'Bob' },
    },
    Admin: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'Ann', level: 3 }) },
    Guest: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'Bob' }) },
  },
};

const ACTIVITY = {
  typeDefs: `${FEDERATION(['@key', '@interfaceObject'])}
    type User @key(fields: "id") @interfaceObject { id: ID! lastSeen: String! }
    type Query { users: [User!]! user(id: ID!): User }`,
  resolvers: {
    Query: {
      users: () => [
        { id: 'u1', lastSeen: 'today' },
        { id: 'u2', lastSeen: 'yesterday' },
      ],
      user: (_: unknown, { id }: { id: string }) => ({ id, lastSeen: 'today' }),
    },
  },
};

/** Abstract types of which this subgraph knows fewer members than the supergraph, one of them inaccessible. */
const MEDIA = {
  typeDefs: `${FEDERATION(['@key', '@shareable', '@inaccessible'])}
    interface Media { id: ID! title: String! }
    type Book implements Media @key(fields: "id") { id: ID! title: String! pages: Int! }
    type Draft @inaccessible { id: ID! }
    union SearchResult = Book | Draft
    type Query { media: [Media!]! search: [SearchResult!]! book(id: ID!): Book }`,
  resolvers: {
    Query: {
      media: () => [{ __typename: 'Book', id: 'b1', title: 'Dune', pages: 412 }],
      search: () => [
        { __typename: 'Book', id: 'b1', title: 'Dune', pages: 412 },
        { __typename: 'Draft', id: 'd1' },
      ],
      book: (_: unknown, { id }: { id: string }) => ({ id, title: 'Dune', pages: 412 }),
    },
    Media: { __resolveType: (media: { __typename: string }) => media.__typename },
    SearchResult: { __resolveType: (result: { __typename: string }) => result.__typename },
  },
};

const FILMS = {
  typeDefs: `${FEDERATION(['@key', '@shareable'])}
    interface Media { id: ID! title: String! }
    type Film implements Media @key(fields: "id") { id: ID! title: String! minutes: Int! }
    union SearchResult = Film
    type Query { films: [Film!]! }`,
  resolvers: {
    Query: { films: () => [{ id: 'f1', title: 'Alien', minutes: 117 }] },
    Media: { __resolveType: () => 'Film' },
    SearchResult: { __resolveType: () => 'Film' },
  },
};

const q = (query: string, variables?: unknown, extra: Partial<ParityRequest> = {}): ParityRequest => ({ query, variables, ...extra });

/** Every query both gateways must answer alike; written unlike the planner prints, so a forwarded one is recognised. */
const CORPUS: ParityRequest[] = [
  // One subgraph, nothing special: the fast path's business.
  q('query  { product(id: "1") { id name price stock } }'),
  q('query  P($id: ID!) { product(id: $id) { id name releasedAt attributes colour } }', { id: '1' }),
  q('query  P($id: ID!) { product(id: $id) { id name releasedAt attributes colour } }', { id: '3' }),
  q('query  P($id: ID!) { product(id: $id) { id } }', { id: 'none' }),
  q('query  { products { id name tags variants { sku colour } } }'),
  q('query  { products(first: 1) { ...Named ... on Product { id name } } } fragment Named on Product { id name }'),
  q('query  { a: product(id: "1") { n: name, i: id } b: product(id: "3") { name } }'),
  q('query  { product(id: "1") { name ... on Product { id name } id } }'),
  q('query  { product(id: "1") { __typename id } }'),
  q('query  { product(id: "1") { kind: __typename id } }'),
  q('query  { product(id: "1") { __typename: name id } }'),
  q('query  { products { id } ... on Query { products { name } } }'),
  q('query  { products { variants { sku } } ...More } fragment More on Query { products { id variants { colour } } }'),
  q('query  { __typename product(id: "1") { id } }'),
  // include / skip, with and without defaults, literal and variable.
  q('query  ($on: Boolean!) { product(id: "1") { id name @include(if: $on) price @skip(if: $on) } }', { on: true }),
  q('query  ($on: Boolean!) { product(id: "1") { id name @include(if: $on) price @skip(if: $on) } }', { on: false }),
  q('query  ($on: Boolean = false) { product(id: "1") { id name @include(if: $on) } }', { on: true }),
  q('query  ($on: Boolean = false) { product(id: "1") { id name @include(if: $on) } }'),
  q('query  ($on: Boolean = true) { product(id: "1") @skip(if: $on) { id } }'),
  q('query  { product(id: "1") @skip(if: true) { id } }'),
  q('query  ($on: Boolean) { product(id: "1") { id ... @include(if: $on) { name } } }', { on: null }),
  q('query  ($on: Boolean!) { product(id: "1") { id @include(if: $on) } }', { on: false }),
  q('query  ($on: Boolean!) { product(id: "1") { id @include(if: $on) } }', { on: true }),
  q('query  ($on: Boolean!) { products { id variants { sku @include(if: $on) } } }', { on: false }),
  q('query  ($on: Boolean!) { product(id: "1") { id } products @include(if: $on) { id } }', { on: false }),
  q('query  ($on: Boolean!) { product(id: "1") { ... on Product @skip(if: $on) { id } name } }', { on: true }),
  q('query  ($on: Boolean!) { product(id: "1") { ...Named @skip(if: $on) id } } fragment Named on Product { name }', { on: false }),
  // Variables: defaults, coercion, bad values, inaccessible input fields and enum values.
  q('query  ($first: Int = 1) { products(first: $first) { id } }'),
  q('query  ($first: Int) { products(first: $first) { id } }', { first: null }),
  q('query  ($first: Int) { products(first: $first) { id } }', { first: '2' }),
  q('query  ($id: ID!) { product(id: $id) { id } }', { id: 1 }),
  q('query  ($id: ID!) { product(id: $id) { id } }', {}),
  q('query  ($id: ID!) { product(id: $id) { id } }', { id: '1', extra: true }),
  q('query  ($filter: ProductFilter) { filterSeen(filter: $filter) }', { filter: { status: 'ACTIVE' } }),
  q('query  ($filter: ProductFilter) { filterSeen(filter: $filter) }', { filter: { status: 'SECRET' } }),
  q('query  ($filter: ProductFilter) { filterSeen(filter: $filter) }', { filter: { secret: 'let me in' } }),
  q('query  ($filter: ProductFilter) { filterSeen(filter: $filter) }', { filter: { colour: 'RED', limit: null } }),
  q('query  { filterSeen(filter: { colour: RED }) }'),
  q('query  { filterSeen(filter: { status: SECRET }) }'),
  q('query  ($text: String) { echo(text: $text) }'),
  q('query  ($text: String) { echo(text: $text) }', { text: null }),
  q('query  { echo }'),
  q('query  { echo(secret: "x") }'),
  q('query  ($on: Boolean!) { flag(on: $on) }', { on: 'yes' }),
  // Inaccessible things in answers: enum values, inside lists and nested objects.
  q('query  { product(id: "1") { status } }'),
  q('query  { product(id: "2") { id status } }'),
  q('query  { requiredProduct(id: "2") { id status } }'),
  q('query  { product(id: "1") { statuses } }'),
  q('query  { products { id variants { sku status } } }'),
  q('query  { product(id: "1") { internalCode } }'),
  // Errors: masked, coded, non-null bubbling, in lists, at the root.
  q('query  { product(id: "1") { id broken } }'),
  q('query  { product(id: "1") { id brokenRequired } }'),
  q('query  { products { id brokenRequired } }'),
  q('query  { failing }'),
  q('query  { failingWithCode product(id: "1") { id } }'),
  q('query  { failingRequired }'),
  q('query  { failingRequired product(id: "1") { id } }'),
  q('query  { failing failingWithCode }'),
  // Documents and operations.
  q('query  A { product(id: "1") { id } } query B { product(id: "3") { name } }', undefined, { operationName: 'B' }),
  q('query  A { product(id: "1") { id } } query B { product(id: "3") { name } }'),
  q('query  A { product(id: "1") { id } }', undefined, { operationName: 'C' }),
  q('query  A { product(id: "1") { id } }', undefined, { operationName: '' }),
  q('query  { product(id: "1") { id ... @defer { name } } }'),
  q('query  { product(id: "1") { nope } }'),
  q('query  { product(id: "1") { id } '),
  q('query  { __schema { queryType { name } } }'),
  q('query  { __type(name: "Product") { name fields { name } } }'),
  q('query  { product(id: "1") { __typename } __type(name: "Status") { enumValues { name } } }'),
  q('mutation  { noSuchMutation }'),
  // Fields other subgraphs help with.
  q('query  { product(id: "1") { id shippingCost } }'),
  q('query  { product(id: "1") { id inStock stock } }'),
  q('query  { stockedProducts { id name } }'),
  q('query  { stockedProducts { id label } }'),
  q('query  { products { id label } }'),
  q('query  { stockedProducts { id weight } }'),
  q('query  { warehouse { code products { id name } } }'),
  q('query  { warehouse { code featured { id name } } }'),
  q('query  { warehouse { code } }'),
  // Interface objects and abstract types.
  q('query  { users { __typename } }'),
  q('query  { users { id lastSeen } }'),
  q('query  { user(id: "u1") { __typename id } }'),
  q('query  { users { id ... on Admin { level } } }'),
  q('query  { allUsers { __typename id name } }'),
  q('query  { media { __typename id title } }'),
  q('query  { media { id ... on Book { pages } } }'),
  q('query  { search { __typename ... on Book { title } } }'),
  q('query  { book(id: "b1") { __typename id title pages } }'),
  q('query  { films { __typename title } }'),
  // HTTP: media types, body shapes.
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'application/graphql-response+json' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'application/json, application/graphql-response+json' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'application/graphql-response+json;charset=latin1, application/json' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'Application/JSON' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'application/json;charset=latin1' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'text/event-stream' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'multipart/mixed, application/json' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { accept: 'text/html' } }),
  q('query  { failingRequired }', undefined, { headers: { accept: 'application/graphql-response+json' } }),
  q('query  { product(id: "1") { id broken } }', undefined, { headers: { accept: 'application/graphql-response+json' } }),
  q('query  ($id: ID!) { product(id: $id) { id } }', {}, { headers: { accept: 'application/graphql-response+json' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { 'content-type': 'application/jsonx' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { 'accept-encoding': 'gzip' } }),
  q('query  { product(id: "1") { id } }', undefined, { headers: { 'x-request-id': 'client-chosen-id' } }),
  { query: 'query  { product(id: "1") { id } }', rawBody: JSON.stringify({ query: 'query  { product(id: "1") { id } }', unexpected: 1 }) },
  { query: 'query  { product(id: "1") { id } }', rawBody: JSON.stringify({ query: 'query  { product(id: "1") { id } }', variables: 'x' }) },
  {
    query: 'query  { product(id: "1") { id } }',
    rawBody: JSON.stringify({ query: 'query  { product(id: "1") { id } }', extensions: { persistedQuery: { version: 1 } } }),
  },
];

describe('queries one subgraph answers whole, on small federated graphs', () => {
  let graph: FixtureGraph;

  beforeAll(async () => {
    graph = await FixtureGraph.start({ catalogue: CATALOGUE, inventory: INVENTORY, accounts: ACCOUNTS, activity: ACTIVITY, media: MEDIA, films: FILMS });
  });

  afterAll(() => graph?.stop());

  it('are answered exactly as the planner answers them, or left to it', async () => {
    const { disagreements, forwardedRequests } = await compareAnswers(graph.forwarding, graph.planning, CORPUS, () =>
      Object.values(graph.subgraphs).flatMap((subgraph) => subgraph.queries),
    );
    expect(disagreements).toEqual([]);
    const forwarded = new Set(forwardedRequests.map((request) => request.query));
    // Still forwarded: plain fields, aliases, fragments, conditions, variables, errors.
    for (const query of [
      'query  { products { id name tags variants { sku colour } } }',
      'query  { a: product(id: "1") { n: name, i: id } b: product(id: "3") { name } }',
      'query  { products(first: 1) { ...Named ... on Product { id name } } } fragment Named on Product { id name }',
      'query  ($on: Boolean!) { product(id: "1") { id name @include(if: $on) price @skip(if: $on) } }',
      'query  ($filter: ProductFilter) { filterSeen(filter: $filter) }',
      'query  { product(id: "1") { id brokenRequired } }',
    ]) {
      expect(forwarded).toContain(query);
    }
    // Answers the runtime projects: hidden enum values, an interface object's typename, abstract types.
    for (const query of [
      'query  { product(id: "2") { id status } }',
      'query  { users { __typename } }',
      'query  { search { __typename ... on Book { title } } }',
    ]) {
      expect(forwarded).not.toContain(query);
    }
  });
});

const PROFILE_BY_ID = `query  Profile($id: ID!) {
  profile(id: $id) { id fullName emails { address type isDefault } phones { number type isDefault } passports { numberMasked } }
}`;
const LIST_ITEM = 'id fullName emails { address type isDefault } department updatedAt';
const PROFILE_LIST = `query  List($limit: Int!) {
  profiles(filter: { status: ACTIVE }, sort: { field: FAMILY_NAME, direction: ASC }, page: { limit: $limit }) { items { ${LIST_ITEM} } total }
}`;
const PROFILE_SEARCH = `query  Search($search: String!) { profiles(filter: { search: $search }, page: { limit: 25 }) { items { ${LIST_ITEM} } total } }`;
const ACCOUNT_TRAVELLERS = `query  Travellers($id: ID!) { corporateAccount(id: $id) { id legalName status travellers(page: { limit: 10 }) { items { id employeeId grade } total } } }`;

describe('queries one subgraph answers whole, on our own graph', () => {
  let graph: TestGraph;
  let relays: Record<string, RecordingRelay>;
  let forwarding: TestGateway;
  let planning: TestGateway;
  const credentials: Record<string, Record<string, string>> = { anonymous: {} };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    graph = await TestGraph.start();
    relays = Object.fromEntries(
      await Promise.all(Object.entries(graph.subgraphs).map(async ([name, subgraph]) => [name, await recordingRelay(subgraph.url)] as const)),
    );
    const throughRelays = Object.fromEntries(Object.entries(relays).map(([name, relay]) => [subgraphUrlVariable(name), relay.url]));
    forwarding = await graph.startGateway(throughRelays);
    planning = await graph.startGateway({ ...throughRelays, FORWARD_SINGLE_SUBGRAPH_QUERIES: 'false' });
    const [agent, marketing, supervisor] = await Promise.all(['agent', 'marketing', 'supervisor'].map((role) => graph.createStaff(role)));
    for (const [name, staff] of Object.entries({ agent, marketing, supervisor })) credentials[name] = { authorization: `Bearer ${staff.token}` };
    const admin = await graph.sessionToken({ roles: ['admin'], scopes: ['access:admin'] });
    const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
      const answer = await graph.request(query, variables, { token });
      if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
      return answer.body.data!;
    };
    const profile = (givenName: string) =>
      ok(agent.token, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
        input: {
          givenName,
          familyName: 'Lovelace',
          dateOfBirth: '1985-12-10',
          emails: [{ address: `${givenName.toLowerCase()}@example.com`, type: 'WORK', isDefault: true }],
          passports: [{ number: '123456789', issuingCountry: 'GB', expiryDate: '2031-01-01' }],
          lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' },
        },
      });
    ids.linked = (await profile('Ada')).createProfile.id;
    ids.unlinked = (await profile('Byron')).createProfile.id;
    const { createCorporateAccount } = await ok(
      supervisor.token,
      'mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }',
      {
        input: { legalName: 'Analytical Engines Ltd', departments: [{ code: 'SALES', name: 'Sales' }], costCentres: [{ code: 'CC1', name: 'Central' }] },
      },
    );
    ids.account = createCorporateAccount.id;
    await ok(supervisor.token, 'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
      input: {
        profileId: ids.linked,
        accountId: ids.account,
        departmentCode: 'SALES',
        costCentreCode: 'CC1',
        employeeId: 'E1',
        grade: 'G5',
        validFrom: '2020-01-01',
      },
    });
    const { createPartnerClient } = await ok(admin, 'mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey } }', {
      input: { name: 'booking-engine', scopes: ['profiles:read', 'corporate:read'], accountIds: [ids.account] },
    });
    credentials.partner = { 'x-api-key': createPartnerClient.apiKey };
  });

  afterAll(async () => {
    await graph?.stop();
    for (const relay of Object.values(relays ?? {})) relay.close();
  });

  const corpus = (): ParityRequest[] => [
    q(PROFILE_BY_ID, { id: ids.linked }),
    q(PROFILE_BY_ID, { id: ids.unlinked }),
    q(PROFILE_BY_ID, { id: '00000000-0000-7000-8000-000000000000' }),
    q(PROFILE_LIST, { limit: 25 }),
    q(PROFILE_SEARCH, { search: 'love' }),
    q(ACCOUNT_TRAVELLERS, { id: ids.account }),
    q('query  ($id: ID!) { profile(id: $id) { id status vip tags segments travelPreferences { category value stance context } } }', { id: ids.linked }),
    q('query  ($id: ID!) { profile(id: $id) { id dateOfBirth passports { number numberMasked } } }', { id: ids.linked }),
    q('query  ($id: ID!, $personal: Boolean!) { profile(id: $id) { id dateOfBirth @include(if: $personal) } }', { id: ids.linked, personal: true }),
    q('query  ($id: ID!, $personal: Boolean!) { profile(id: $id) { id dateOfBirth @include(if: $personal) } }', { id: ids.linked, personal: false }),
    q('query  ($id: ID!) { profile(id: $id) { __typename id employment { accountId } } }', { id: ids.linked }),
    q('query  ($id: ID!) { profile(id: $id) { id policyCompliance { inPolicy } } }', { id: ids.linked }),
    q('query  ($id: ID!) { corporateAccount(id: $id) { travellers { items { profile { fullName } } } } }', { id: ids.account }),
    q('query  { corporateAccounts { items { id legalName status } total } }'),
    q('query  { profiles(page: { after: "not-a-cursor" }) { total } }'),
    q('query  ($page: PageInput) { profiles(page: $page) { total } }', { page: { limit: 'many' } }),
    q('query  { me { id roles } roles { name } }'),
    q('query  { __typename }'),
    q('query  { __schema { queryType { name } } }'),
  ];

  it.each(['anonymous', 'agent', 'marketing', 'supervisor', 'partner'])('answer %s exactly as the planner does, or are left to it', async (principal) => {
    const requests = corpus().map((request) => ({ ...request, headers: credentials[principal] }));
    const { disagreements, forwardedRequests } = await compareAnswers(forwarding.running, planning.running, requests, () =>
      Object.values(relays).flatMap((relay) => relay.queries),
    );
    expect(disagreements).toEqual([]);
    if (principal !== 'anonymous') {
      // What the fast path is for: one profile, a page of profiles, an account's travellers.
      const forwarded = forwardedRequests.map((request) => request.query);
      expect(forwarded).toEqual(expect.arrayContaining([PROFILE_BY_ID, PROFILE_LIST, PROFILE_SEARCH, ACCOUNT_TRAVELLERS]));
    }
  });
});
