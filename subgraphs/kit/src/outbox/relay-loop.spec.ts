import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTable, enqueueOutbox, Outbox } from './outbox';
import { RelaySchedule } from './relay-loop';
import { AuditRecorder, createAuditOutboxTable } from '../audit/audit-recorder';
import { createGatewayAuditSink } from '../audit/gateway-audit-sink';
import { createDataSource, inTransaction, openDataSource } from '../data/data-source';
import { createLogger } from '../logging/logger';
import { createGatewayCall, gatewayFailure } from '../server/gateway-call';

class CreateOutboxes1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
    await createAuditOutboxTable(queryRunner);
  }
  down = async () => undefined;
}

interface LogLine {
  level: string;
  message: string;
}

const SCHEDULE: RelaySchedule = { intervalMs: 20, maxBackoffMs: 80, warnAfterMs: 600 };
const SECRET = 'relay-test-secret';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const until = async (done: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** The gateway as the relays see it: a GraphQL endpoint that records each mutation it is sent. */
const startReceiver = (port: number, received: string[]) =>
  new Promise<Server>((resolve) => {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body).query);
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { ok: 1 } }));
      });
    }).listen(port, '127.0.0.1', () => resolve(server));
  });

/**
 * Subgraphs start before the gateway their outboxes deliver through, so the first tries find
 * nothing listening: that is not worth a line above debug until it lasts.
 */
describe('relays whose receiver is not up yet', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-relay-'));
  let dataSource: DataSource;
  let lines: LogLine[];
  let servers: Server[];
  const logger = () => createLogger('test', 'debug', { write: (line: string) => void lines.push(JSON.parse(line)) });
  const loud = () => lines.filter((line) => line.level === 'warn' || line.level === 'error');

  beforeAll(async () => {
    ({ dataSource } = createDataSource({ service: 'relay', databaseUrl: '', dataDir, entities: [], migrations: [CreateOutboxes1700000000000] }));
    await openDataSource(dataSource);
  });
  beforeEach(() => {
    lines = [];
    servers = [];
  });
  afterEach(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await dataSource.query('DELETE FROM outbox');
    await dataSource.query('DELETE FROM audit_outbox');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const startRelays = (port: number) => {
    const call = createGatewayCall({ gatewayUrl: `http://127.0.0.1:${port}/graphql`, service: 'relay', serviceSecret: SECRET });
    const outbox = new Outbox(
      dataSource,
      [
        {
          name: 'links',
          async send(subjectIds) {
            const failure = gatewayFailure(await call('mutation($ids: [ID!]!) { recordLinks(ids: $ids) }', { ids: subjectIds }));
            if (failure) throw new Error(failure);
          },
        },
      ],
      logger(),
      SCHEDULE,
    );
    const audit = new AuditRecorder(
      dataSource,
      createGatewayAuditSink({ gatewayUrl: `http://127.0.0.1:${port}/graphql`, service: 'relay', serviceSecret: SECRET }),
      logger(),
      10,
      SCHEDULE,
    );
    outbox.start();
    audit.start();
    return { outbox, audit, stop: () => Promise.all([outbox.stopTimers(), audit.stopTimers()]) };
  };

  const enqueueBoth = async (audit: AuditRecorder) => {
    await inTransaction(dataSource, (manager) => enqueueOutbox(manager, 'links', ['p1']));
    audit.push([
      {
        id: '0190f0b2-0000-7000-8000-0000000000e1',
        occurredAt: new Date().toISOString(),
        service: 'relay',
        actorId: 'a',
        actorKind: 'staff',
        client: 'test',
        operation: 'read',
        subjectType: 'Profile',
        subjectIds: ['p1'],
        fields: [],
        outcome: 'success',
      },
    ]);
  };

  it('deliver once the receiver comes up, and log nothing above debug in the meantime', async () => {
    const port = await freePort();
    const relays = startRelays(port);
    try {
      await enqueueBoth(relays.audit);
      await until(() => lines.filter((line) => line.message.includes('relay fail')).length >= 4);

      const received: string[] = [];
      servers.push(await startReceiver(port, received));
      await until(() => received.some((query) => query.includes('recordLinks')) && received.some((query) => query.includes('recordAuditEvents')));
      await until(async () => (await dataSource.query("SELECT status FROM outbox WHERE subject_id = 'p1'"))[0]?.status === 'SENT');
      await until(async () => (await dataSource.query('SELECT COUNT(*) AS n FROM audit_outbox'))[0].n === 0);
    } finally {
      await relays.stop();
    }
    expect(loud()).toEqual([]);
  });

  it('back off while the receiver stays down, and warn once it has been down for a while', async () => {
    const port = await freePort();
    const relays = startRelays(port);
    try {
      await enqueueBoth(relays.audit);
      await until(() => loud().length >= 2);
    } finally {
      await relays.stop();
    }
    expect(
      loud()
        .map((line) => line.message)
        .sort(),
    ).toEqual([
      expect.stringMatching(/^audit relay failing for \d+ s; still retrying$/),
      expect.stringMatching(/^outbox relay failing for \d+ s; still retrying$/),
    ]);
    // Doubling waits from 20 ms, capped at 80 ms, over the 600 ms before the warning: far fewer tries than one per tick.
    const tries = lines.filter((line) => line.message === 'outbox relay failed; will retry').length;
    expect(tries).toBeGreaterThan(3);
    expect(tries).toBeLessThan(12);
  });
});
