import {
  AccessTestSubgraph,
  adminPrincipal,
  agentPrincipal,
  anonymousPrincipal,
  CREATE_STAFF_MEMBER,
  startAccessSubgraph,
} from '../testing/access-test-subgraph';
import { ROLE_SCOPES, STAFF_SCOPE_NAMES } from '@wayfarer/registry';

const UPDATE_STAFF_MEMBER = `mutation Update($id: ID!, $input: UpdateStaffMemberInput!) {
  updateStaffMember(id: $id, input: $input) { id displayName roles scopes active version }
}`;
const STAFF_MEMBERS = `query List($filter: StaffMemberFilter, $sort: StaffMemberSort, $page: PageInput) {
  staffMembers(filter: $filter, sort: $sort, page: $page) { items { username } total totalIsExact nextCursor }
}`;
const validInput = (username: string) => ({ username, displayName: `Staff ${username}`, password: 'long enough password', roles: ['agent'] });

describe('staff members', () => {
  let access: AccessTestSubgraph;

  beforeAll(async () => {
    access = await startAccessSubgraph();
  });
  afterAll(() => access.subgraph.stop());

  const create = (username: string, overrides: Record<string, unknown> = {}) =>
    access.subgraph.run(adminPrincipal, CREATE_STAFF_MEMBER, { input: { ...validInput(username), ...overrides } });
  const usernames = async (variables: Record<string, unknown> = {}) =>
    (await access.subgraph.run(adminPrincipal, STAFF_MEMBERS, variables)).data!.staffMembers.items.map((item: { username: string }) => item.username);

  it('creates a staff member whose scopes follow the roles', async () => {
    const result = await create('jo.bloggs', { roles: ['dpo', 'marketing'] });

    expect(result.errors).toBeUndefined();
    expect(result.data!.createStaffMember).toMatchObject({
      username: 'jo.bloggs',
      roles: ['dpo', 'marketing'],
      scopes: STAFF_SCOPE_NAMES.filter((scope) => ROLE_SCOPES.dpo.includes(scope) || ROLE_SCOPES.marketing.includes(scope)),
      active: true,
      version: 1,
      lastSignInAt: null,
    });
  });

  it('names the field and rule of every invalid input and writes nothing', async () => {
    const result = await create('x', { password: 'short', roles: ['agent', 'wizard'] });

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const violations = result.errors![0].extensions!.violations as { field: string; rule: string }[];
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.username', rule: 'matches' }),
        expect.objectContaining({ field: 'input.password', rule: 'minLength' }),
        expect.objectContaining({ field: 'input.roles', rule: 'isIn' }),
      ]),
    );
    expect(await usernames({ filter: { search: 'x' } })).toEqual([]);
  });

  it('refuses a username that is taken', async () => {
    await create('taken');

    const result = await create('taken');

    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('updates with the version it was based on and refuses a stale one', async () => {
    const id = (await create('editor')).data!.createStaffMember.id;

    const first = await access.subgraph.run(adminPrincipal, UPDATE_STAFF_MEMBER, {
      id,
      input: { expectedVersion: 1, displayName: 'Eddie', roles: ['supervisor'] },
    });
    const stale = await access.subgraph.run(adminPrincipal, UPDATE_STAFF_MEMBER, { id, input: { expectedVersion: 1, displayName: 'Lost update' } });

    expect(first.data!.updateStaffMember).toMatchObject({ displayName: 'Eddie', roles: ['supervisor'], version: 2 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const reread = await access.subgraph.run(adminPrincipal, 'query($id: ID!) { staffMember(id: $id) { displayName version } }', { id });
    expect(reread.data!.staffMember).toEqual({ displayName: 'Eddie', version: 2 });
  });

  it('refuses to deactivate or demote the last active administrator, and allows it while another remains', async () => {
    const first = (await create('first.admin', { roles: ['admin'] })).data!.createStaffMember.id;
    const update = (id: string, input: Record<string, unknown>) => access.subgraph.run(adminPrincipal, UPDATE_STAFF_MEMBER, { id, input });
    const version = async (id: string) =>
      (await access.subgraph.run(adminPrincipal, 'query($id: ID!) { staffMember(id: $id) { version } }', { id })).data!.staffMember.version;

    const demoted = await update(first, { expectedVersion: 1, roles: ['agent'] });
    expect(demoted.errors?.[0].extensions?.violations).toEqual([expect.objectContaining({ field: 'input.roles', rule: 'keepsAnAdministrator' })]);
    const deactivated = await update(first, { expectedVersion: 1, active: false });
    expect(deactivated.errors?.[0].extensions?.violations).toEqual([expect.objectContaining({ field: 'input.active', rule: 'keepsAnAdministrator' })]);
    expect(await version(first)).toBe(1);

    await create('second.admin', { roles: ['admin', 'dpo'] });
    const handedOver = await update(first, { expectedVersion: 1, roles: ['agent'] });
    expect(handedOver.data!.updateStaffMember).toMatchObject({ roles: ['agent'], version: 2 });
  });

  it('keeps one active administrator when every administrator is demoted at once', async () => {
    for (const number of [1, 2, 3, 4]) await create(`racing.admin.${number}`, { roles: ['admin'] });
    const activeAdministrators = async () => {
      const listed = await access.subgraph.run(
        adminPrincipal,
        'query { staffMembers(filter: { role: "admin", active: true }, page: { limit: 100 }) { items { id version } } }',
      );
      return listed.data!.staffMembers.items as { id: string; version: number }[];
    };
    const administrators = await activeAdministrators();
    expect(administrators.length).toBeGreaterThanOrEqual(2);

    const results = await Promise.all(
      administrators.map(({ id, version }) =>
        access.subgraph.run(adminPrincipal, UPDATE_STAFF_MEMBER, { id, input: { expectedVersion: version, roles: ['agent'] } }),
      ),
    );

    const refused = results.filter((result) => result.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0].extensions?.violations).toEqual([expect.objectContaining({ field: 'input.roles', rule: 'keepsAnAdministrator' })]);
    expect(await activeAdministrators()).toHaveLength(1);
  });

  it('reports an unknown staff member as not found', async () => {
    const result = await access.subgraph.run(adminPrincipal, UPDATE_STAFF_MEMBER, {
      id: '0190f0b2-0000-7000-8000-0000000000ff',
      input: { expectedVersion: 1, displayName: 'Ghost' },
    });

    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists with filters, sorting and pages', async () => {
    await create('page-a', { roles: ['marketing'] });
    await create('page-b', { roles: ['marketing'] });
    await create('page-c', { roles: ['marketing'] });

    const firstPage = await access.subgraph.run(adminPrincipal, STAFF_MEMBERS, {
      filter: { role: 'marketing', search: 'page' },
      sort: { field: 'USERNAME', direction: 'DESC' },
      page: { limit: 2 },
    });
    const { items, total, totalIsExact, nextCursor } = firstPage.data!.staffMembers;
    expect(items).toEqual([{ username: 'page-c' }, { username: 'page-b' }]);
    expect({ total, totalIsExact }).toEqual({ total: 3, totalIsExact: true });

    const secondPage = await usernames({
      filter: { role: 'marketing', search: 'page' },
      sort: { field: 'USERNAME', direction: 'DESC' },
      page: { limit: 2, after: nextCursor },
    });
    expect(secondPage).toEqual(['page-a']);
    expect(await usernames({ filter: { search: 'page' }, page: { limit: 1, offset: 1 } })).toEqual(['page-b']);
  });

  it('keeps staff administration to access:admin', async () => {
    const result = await access.subgraph.run(agentPrincipal, STAFF_MEMBERS);
    const creation = await access.subgraph.run(agentPrincipal, CREATE_STAFF_MEMBER, { input: validInput('sneaky') });

    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(creation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await usernames({ filter: { search: 'sneaky' } })).toEqual([]);
  });

  it('shows the signed-in staff member and the role catalogue to any signed-in caller only', async () => {
    const id = (await create('myself')).data!.createStaffMember.id;
    const me = { ...agentPrincipal, id };

    const signedIn = await access.subgraph.run(me, '{ me { username } roles { name scopes } }');
    const anonymous = await access.subgraph.run(anonymousPrincipal, '{ roles { name } }');

    expect(signedIn.data!.me).toEqual({ username: 'myself' });
    expect(signedIn.data!.roles).toContainEqual({ name: 'marketing', scopes: [...ROLE_SCOPES.marketing] });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resolves staff references in one batch for other subgraphs', async () => {
    const ids = await Promise.all(['ref-a', 'ref-b'].map(async (username) => (await create(username)).data!.createStaffMember.id));

    const result = await access.subgraph.run(
      agentPrincipal,
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on StaffMember { username } } }',
      { representations: [...ids, '0190f0b2-0000-7000-8000-0000000000ee'].map((id) => ({ __typename: 'StaffMember', id })) },
    );

    expect(result.data!._entities).toEqual([{ username: 'ref-a' }, { username: 'ref-b' }, null]);
  });

  it('audits every staff change with the fields given, never their values', async () => {
    const id = (await create('audited')).data!.createStaffMember.id;
    await access.subgraph.run(adminPrincipal, UPDATE_STAFF_MEMBER, { id, input: { expectedVersion: 1, password: 'another long password' } });
    await access.settleAudit();

    const result = await access.subgraph.run(
      adminPrincipal,
      'query($id: String) { auditEvents(filter: { subjectId: $id }, sort: { field: OCCURRED_AT }) { items { operation subjectType actorId fields outcome } } }',
      { id },
    );

    expect(result.data!.auditEvents.items).toEqual([
      {
        operation: 'createStaffMember',
        subjectType: 'StaffMember',
        actorId: adminPrincipal.id,
        fields: ['username', 'displayName', 'password', 'roles'],
        outcome: 'success',
      },
      { operation: 'updateStaffMember', subjectType: 'StaffMember', actorId: adminPrincipal.id, fields: ['password'], outcome: 'success' },
    ]);
  });
});
