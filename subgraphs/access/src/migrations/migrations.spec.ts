import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@wayfarer/kit';
import { AccessTestSubgraph, anonymousPrincipal, startAccessSubgraph } from '../testing/access-test-subgraph';
import { DEMO_PASSWORD } from '../demo/demo-staff';
import { ROLES } from '@wayfarer/registry';

describe('on the embedded SQLite database', () => {
  let dataDir: string;
  let access: AccessTestSubgraph;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wayfarer-access-'));
    access = await startAccessSubgraph({ DATABASE_URL: '', DATA_DIR: dataDir, DEMO: 'true' });
  });
  afterAll(async () => {
    await access.subgraph.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the migrations and seeds one demo staff member per role', async () => {
    expect(access.subgraph.running.dataSource.options.type).toBe('better-sqlite3');
    for (const username of ROLES) {
      const result = await access.subgraph.run(anonymousPrincipal, 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { roles } }', {
        u: username,
        p: DEMO_PASSWORD,
      });
      expect(result.data!.signIn.roles).toEqual([username]);
    }
  });

  it('lists and filters by time on SQLite too', async () => {
    await access.settleAudit();
    const admin = { id: 'someone', kind: 'staff' as const, roles: ['admin'], scopes: ['access:admin', 'audit:read'], client: 'test' };

    const staff = await access.subgraph.run(
      admin,
      '{ staffMembers(sort: { field: CREATED_AT, direction: DESC }, page: { limit: 2 }) { items { username } total nextCursor } }',
    );
    const next = await access.subgraph.run(
      admin,
      'query($after: String) { staffMembers(sort: { field: CREATED_AT, direction: DESC }, page: { limit: 2, after: $after }) { items { username } } }',
      {
        after: staff.data!.staffMembers.nextCursor,
      },
    );
    const events = await access.subgraph.run(admin, '{ auditEvents(filter: { operation: "signIn", from: "2000-01-01T00:00:00Z" }) { total } }');

    expect(staff.data!.staffMembers.total).toBe(ROLES.length);
    expect(next.data!.staffMembers.items).toHaveLength(2);
    expect(events.data!.auditEvents.total).toBe(ROLES.length);
  });
});

describe('configuration', () => {
  it('refuses demo staff in production, naming DEMO', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wayfarer-access-'));
    try {
      await expect(startAccessSubgraph({ DATABASE_URL: '', DATA_DIR: dataDir, DEMO: 'true', NODE_ENV: 'production' })).rejects.toMatchObject({
        constructor: ConfigError,
        variable: 'DEMO',
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
