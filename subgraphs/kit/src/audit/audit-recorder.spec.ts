import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { AuditRecorder, createAuditOutboxTable } from './audit-recorder';
import { AuditEvent } from './audit-event';
import { createDataSource, openDataSource } from '../data/data-source';
import { createLogger } from '../logging/logger';

class CreateOutbox1700000000000 implements MigrationInterface {
  up = (queryRunner: QueryRunner) => createAuditOutboxTable(queryRunner);
  down = async () => undefined;
}

const event = (id: string): AuditEvent => ({
  id,
  occurredAt: new Date().toISOString(),
  service: 'test',
  actorId: 'a',
  actorKind: 'staff',
  client: 'console',
  operation: 'read',
  subjectType: 'Profile',
  subjectIds: ['p'],
  fields: ['dateOfBirth'],
  outcome: 'success',
});

describe('AuditRecorder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-audit-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('delivers events flushed while a relay is already running, and keeps them while the sink refuses', async () => {
    const { dataSource } = createDataSource({ service: 'audit', databaseUrl: '', dataDir, entities: [], migrations: [CreateOutbox1700000000000] });
    await openDataSource(dataSource);
    const delivered: string[] = [];
    let accept = false;
    let releaseSlowSink: () => void = () => undefined;
    const recorder = new AuditRecorder(
      dataSource,
      async (events) => {
        if (!accept) throw new Error('audit log unreachable');
        await new Promise<void>((resolve) => (releaseSlowSink = resolve));
        delivered.push(...events.map((item) => item.id));
      },
      createLogger('test', 'silent'),
    );

    recorder.push([event('e1')]);
    await recorder.flush();
    await expect(recorder.relay()).rejects.toThrow('unreachable');

    accept = true;
    const first = recorder.relay();
    await new Promise((resolve) => setTimeout(resolve, 20));
    recorder.push([event('e2')]);
    await recorder.flush();
    const second = recorder.relay();
    releaseSlowSink();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 20));
    releaseSlowSink();
    await second;

    expect(delivered).toEqual(['e1', 'e2']);
    expect(await dataSource.query('SELECT COUNT(*) AS n FROM audit_outbox')).toEqual([{ n: 0 }]);
    await dataSource.destroy();
  });
});
