import { SESSION_TOKEN, verifyJwt } from '@wayfarer/kit';
import {
  AccessTestSubgraph,
  adminPrincipal,
  anonymousPrincipal,
  CREATE_STAFF_MEMBER,
  dpoPrincipal,
  startAccessSubgraph,
} from '../testing/access-test-subgraph';
import { ROLE_SCOPES } from '@wayfarer/registry';

const SIGN_IN = `mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) { token expiresAt roles scopes staffMember { id username lastSignInAt } }
}`;
const PASSWORD = 'correct horse battery';

describe('signIn', () => {
  let access: AccessTestSubgraph;
  let agentId: string;

  beforeAll(async () => {
    access = await startAccessSubgraph();
    for (const [username, roles] of [
      ['agent.smith', ['agent']],
      ['locked.out', ['agent']],
      ['crowd', ['marketing']],
    ] as const) {
      const created = await access.subgraph.run(adminPrincipal, CREATE_STAFF_MEMBER, {
        input: { username, displayName: username, password: PASSWORD, roles },
      });
      if (username === 'agent.smith') agentId = created.data!.createStaffMember.id;
    }
  });
  afterAll(() => access.subgraph.stop());

  const signIn = (username: string, password: string, clientIp?: string) =>
    access.subgraph.run(anonymousPrincipal, SIGN_IN, { username, password }, clientIp ? { 'x-forwarded-for': `${clientIp}, 10.0.0.1` } : {});

  it('issues a session token the gateway can verify, carrying the roles’ scopes', async () => {
    const before = Date.now();
    const result = await signIn('Agent.Smith', PASSWORD);

    expect(result.errors).toBeUndefined();
    const { token, expiresAt, roles, scopes, staffMember } = result.data!.signIn;
    expect(roles).toEqual(['agent']);
    expect(scopes).toEqual([...ROLE_SCOPES.agent]);
    expect(staffMember.id).toBe(agentId);
    expect(new Date(staffMember.lastSignInAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const claims = verifyJwt(token, access.sessionPublicKey, { audience: SESSION_TOKEN.audience, issuer: SESSION_TOKEN.issuer });
    expect(claims).toMatchObject({ sub: agentId, kind: 'staff', name: 'agent.smith', roles: ['agent'], scopes: [...ROLE_SCOPES.agent] });
    expect(claims.exp - claims.iat).toBe(8 * 60 * 60);
    expect(new Date(expiresAt).getTime()).toBe(claims.exp * 1000);
  });

  it('gives the same answer for a wrong password and an unknown username', async () => {
    const wrongPassword = await signIn('agent.smith', 'not the password');
    const unknownUser = await signIn('nobody.here', PASSWORD);

    for (const result of [wrongPassword, unknownUser]) {
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([expect.objectContaining({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });

  it('refuses a deactivated account with the same answer', async () => {
    const dormant = await access.subgraph.run(adminPrincipal, CREATE_STAFF_MEMBER, {
      input: { username: 'dormant', displayName: 'Dormant', password: PASSWORD, roles: ['agent'] },
    });
    await access.subgraph.run(adminPrincipal, 'mutation($id: ID!) { updateStaffMember(id: $id, input: { expectedVersion: 1, active: false }) { active } }', {
      id: dormant.data!.createStaffMember.id,
    });

    const result = await signIn('dormant', PASSWORD);

    expect(result.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('blocks a username after 5 failures in 15 minutes, even with the right password', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn('locked.out', 'wrong')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const blocked = await signIn('locked.out', PASSWORD);

    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((await signIn('agent.smith', PASSWORD)).errors).toBeUndefined();
  });

  it('blocks a client address after 20 failures, whatever the usernames', async () => {
    for (let attempt = 0; attempt < 20; attempt++) await signIn(`guess-${attempt}`, 'wrong', '203.0.113.7');

    const blocked = await signIn('crowd', PASSWORD, '203.0.113.7');
    const elsewhere = await signIn('crowd', PASSWORD, '198.51.100.1');

    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(elsewhere.errors).toBeUndefined();
  });

  it('audits successful and failed sign-ins without the username typed', async () => {
    await signIn('agent.smith', PASSWORD);
    await signIn('agent.smith', 'wrong again');
    await access.settleAudit();

    const result = await access.subgraph.run(
      dpoPrincipal,
      `query($subjectId: String) { auditEvents(filter: { operation: "signIn", subjectId: $subjectId }, page: { limit: 200 }) { items { actorKind subjectIds outcome errorCode fields } } }`,
      { subjectId: agentId },
    );

    const events = result.data!.auditEvents.items;
    expect(events).toContainEqual({ actorKind: 'anonymous', subjectIds: [agentId], outcome: 'success', errorCode: null, fields: [] });
    expect(events).toContainEqual({ actorKind: 'anonymous', subjectIds: [agentId], outcome: 'failure', errorCode: 'UNAUTHENTICATED', fields: [] });
  });

  it('answers only requests that carry the gateway’s token', async () => {
    const result = await access.subgraph.run(null, SIGN_IN, { username: 'agent.smith', password: PASSWORD });

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
