import { AccessTestSubgraph, adminPrincipal, agentPrincipal, gatewayPrincipal, startAccessSubgraph } from '../testing/access-test-subgraph';

const CREATE_PARTNER_CLIENT = `mutation Create($input: CreatePartnerClientInput!) {
  createPartnerClient(input: $input) { apiKey partnerClient { id name scopes accountIds keyPrefix revokedAt version } }
}`;
const RESOLVE_API_KEY = 'query($key: String!) { resolveApiKey(key: $key) { id name scopes accountIds } }';
const ACCOUNT_ID = '0190f0b2-1111-7000-8000-000000000001';

describe('partner clients', () => {
  let access: AccessTestSubgraph;

  beforeAll(async () => {
    access = await startAccessSubgraph();
  });
  afterAll(() => access.subgraph.stop());

  const create = (name: string, scopes = ['profiles:read']) =>
    access.subgraph.run(adminPrincipal, CREATE_PARTNER_CLIENT, { input: { name, scopes, accountIds: [ACCOUNT_ID] } });
  const resolve = async (key: string) => (await access.subgraph.run(gatewayPrincipal, RESOLVE_API_KEY, { key })).data!.resolveApiKey;

  it('issues a key once, keeps only its prefix, and resolves it for the gateway', async () => {
    const result = await create('Booking engine');

    const { apiKey, partnerClient } = result.data!.createPartnerClient;
    expect(apiKey).toMatch(/^wf_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey.slice(3, 11)).toBe(partnerClient.keyPrefix);
    const listed = await access.subgraph.run(adminPrincipal, '{ partnerClients(filter: { search: "Booking" }) { items { name keyPrefix } total } }');
    expect(JSON.stringify(listed.data)).not.toContain(apiKey.slice(12));
    expect(await resolve(apiKey)).toEqual({ id: partnerClient.id, name: 'Booking engine', scopes: ['profiles:read'], accountIds: [ACCOUNT_ID] });
    expect(await resolve(`${apiKey.slice(0, -1)}${apiKey.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await resolve('not-a-key')).toBeNull();
  });

  it('replaces the key on rotation and stops it on revocation', async () => {
    const { apiKey: firstKey, partnerClient } = (await create('HR system')).data!.createPartnerClient;

    const rotated = await access.subgraph.run(adminPrincipal, 'mutation($id: ID!) { rotatePartnerClientKey(id: $id) { apiKey partnerClient { version } } }', {
      id: partnerClient.id,
    });
    const secondKey = rotated.data!.rotatePartnerClientKey.apiKey;
    expect(rotated.data!.rotatePartnerClientKey.partnerClient.version).toBe(2);
    expect(await resolve(firstKey)).toBeNull();
    expect(await resolve(secondKey)).toMatchObject({ id: partnerClient.id });

    const revoked = await access.subgraph.run(adminPrincipal, 'mutation($id: ID!) { revokePartnerClient(id: $id) { revokedAt } }', { id: partnerClient.id });
    expect(revoked.data!.revokePartnerClient.revokedAt).toEqual(expect.any(String));
    expect(await resolve(secondKey)).toBeNull();

    const rotateRevoked = await access.subgraph.run(adminPrincipal, 'mutation($id: ID!) { rotatePartnerClientKey(id: $id) { apiKey } }', {
      id: partnerClient.id,
    });
    expect(rotateRevoked.errors?.[0].extensions?.code).toBe('CONFLICT');
    const revokedList = await access.subgraph.run(adminPrincipal, '{ partnerClients(filter: { revoked: true }) { items { name } } }');
    expect(revokedList.data!.partnerClients.items).toEqual([{ name: 'HR system' }]);
  });

  it('grants partners only catalogue scopes, never administration, audit or service scopes', async () => {
    for (const scope of ['access:admin', 'audit:read', 'audit:write', 'access:resolve-keys', 'made:up']) {
      const result = await create(`Greedy ${scope}`, ['profiles:read', scope]);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [expect.objectContaining({ field: 'input.scopes', rule: 'isIn' })],
      });
    }
    const listed = await access.subgraph.run(adminPrincipal, '{ partnerClients(filter: { search: "Greedy" }) { total } }');
    expect(listed.data!.partnerClients.total).toBe(0);
  });

  it('resolves keys only for the gateway', async () => {
    const { apiKey } = (await create('Supplier')).data!.createPartnerClient;

    const result = await access.subgraph.run(adminPrincipal, RESOLVE_API_KEY, { key: apiKey });

    expect(result.data?.resolveApiKey ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps partner administration to access:admin', async () => {
    const result = await access.subgraph.run(agentPrincipal, CREATE_PARTNER_CLIENT, { input: { name: 'Nope', scopes: ['profiles:read'], accountIds: [] } });

    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('audits creation against the new client', async () => {
    const { partnerClient } = (await create('Audited partner')).data!.createPartnerClient;
    await access.settleAudit();

    const result = await access.subgraph.run(
      adminPrincipal,
      'query($id: String) { auditEvents(filter: { subjectId: $id }) { items { operation subjectType fields } } }',
      {
        id: partnerClient.id,
      },
    );

    expect(result.data!.auditEvents.items).toEqual([
      { operation: 'createPartnerClient', subjectType: 'PartnerClient', fields: ['name', 'scopes', 'accountIds'] },
    ]);
  });
});
