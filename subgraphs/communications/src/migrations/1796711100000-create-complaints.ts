import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const DEFAULT_TARGETS = [
  { severity: 'LOW', acknowledgeWithinMinutes: 960, resolveWithinMinutes: 4800 },
  { severity: 'MEDIUM', acknowledgeWithinMinutes: 480, resolveWithinMinutes: 2400 },
  { severity: 'HIGH', acknowledgeWithinMinutes: 240, resolveWithinMinutes: 960 },
  { severity: 'CRITICAL', acknowledgeWithinMinutes: 60, resolveWithinMinutes: 480 },
];

export class CreateComplaints1796711100000 implements MigrationInterface {
  name = 'CreateComplaints1796711100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const at = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
    const flag = (name: string) => ({ name, type: 'boolean' });
    await queryRunner.createTable(
      new Table({
        name: 'complaints',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'subject', type: 'varchar', length: '200', isNullable: true },
          { name: 'description', type: 'varchar', length: '4000', isNullable: true },
          { name: 'category', type: 'varchar', length: '12' },
          { name: 'severity', type: 'varchar', length: '12' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'team', type: 'varchar', length: '40', isNullable: true },
          { name: 'conversation_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'reopen_count', type: 'int' },
          at('acknowledge_due_at'),
          at('acknowledge_warn_at'),
          at('acknowledged_at', true),
          flag('acknowledge_late'),
          flag('acknowledge_escalated'),
          { name: 'resolve_used_ms', type: 'bigint' },
          at('resolve_running_since', true),
          at('resolve_due_at', true),
          at('resolve_warn_at', true),
          flag('resolve_late'),
          flag('resolve_escalated'),
          at('next_escalation_at', true),
          at('escalated_at', true),
          { name: 'resolution', type: 'varchar', length: '4000', isNullable: true },
          at('resolved_at', true),
          at('closed_at', true),
          at('follow_up_due_at', true),
          { name: 'satisfaction_score', type: 'int', isNullable: true },
          { name: 'satisfaction_comment', type: 'varchar', length: '2000', isNullable: true },
          at('satisfaction_recorded_at', true),
          { name: 'created_by_id', type: 'varchar', length: '36' },
          at('erased_at', true),
          { name: 'version', type: 'int' },
          at('created_at'),
          at('updated_at'),
        ],
        // Worklists per owner and team, newest first or by acknowledge due; the escalation task walks next_escalation_at;
        // the follow-up worklist walks follow_up_due_at; the traveller's timeline walks profile, time, id.
        indices: [
          new TableIndex({ name: 'ix_complaints_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_complaints_acknowledge_due', columnNames: ['acknowledge_due_at', 'id'] }),
          new TableIndex({ name: 'ix_complaints_owner', columnNames: ['owner_id', 'status', 'created_at', 'id'] }),
          new TableIndex({ name: 'ix_complaints_team', columnNames: ['team', 'status', 'created_at', 'id'] }),
          new TableIndex({ name: 'ix_complaints_next_escalation', columnNames: ['next_escalation_at', 'id'] }),
          new TableIndex({ name: 'ix_complaints_follow_up', columnNames: ['follow_up_due_at', 'id'] }),
          new TableIndex({ name: 'ix_complaints_profile_created', columnNames: ['profile_id', 'created_at', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'complaint_transitions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'complaint_id', type: 'varchar', length: '36' },
          { name: 'from_status', type: 'varchar', length: '24', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '24' },
          { name: 'note', type: 'varchar', length: '2000', isNullable: true },
          { name: 'by_id', type: 'varchar', length: '36', isNullable: true },
          at('at'),
        ],
        indices: [new TableIndex({ name: 'ix_complaint_transitions_complaint', columnNames: ['complaint_id', 'at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'complaint_escalations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'complaint_id', type: 'varchar', length: '36' },
          { name: 'clock', type: 'varchar', length: '12' },
          { name: 'cycle', type: 'int' },
          flag('breached'),
          at('due_at'),
          { name: 'notified_id', type: 'varchar', length: '36' },
          at('escalated_at'),
        ],
        // One escalation per clock and cycle, however often the task runs.
        indices: [new TableIndex({ name: 'ux_complaint_escalations_clock', columnNames: ['complaint_id', 'clock', 'cycle'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'complaint_sla_policy',
        columns: [
          { name: 'id', type: 'varchar', length: '20', isPrimary: true },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'working_days', type: 'varchar', length: '20' },
          { name: 'opens_at', type: 'int' },
          { name: 'closes_at', type: 'int' },
          { name: 'targets', type: 'text' },
          { name: 'escalate_at_percent', type: 'int' },
          { name: 'follow_up_after_days', type: 'int' },
          { name: 'version', type: 'int' },
          at('updated_at'),
        ],
      }),
    );
    await queryRunner.query(
      'INSERT INTO complaint_sla_policy (id, time_zone, working_days, opens_at, closes_at, targets, escalate_at_percent, follow_up_after_days, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['default', 'UTC', '1,2,3,4,5', 9 * 60, 17 * 60, JSON.stringify(DEFAULT_TARGETS), 75, 7, 1, '2026-01-01 00:00:00.000'],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['complaint_sla_policy', 'complaint_escalations', 'complaint_transitions', 'complaints']) await queryRunner.dropTable(table);
  }
}
