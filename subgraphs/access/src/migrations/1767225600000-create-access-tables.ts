import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { createAuditOutboxTable } from '@wayfarer/kit';

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id' });
const timestamp = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const jsonList = (name: string): TableColumnOptions => ({ name, type: 'text' });
const version: TableColumnOptions = { name: 'version', type: 'int' };

/** Staff, partner clients and the audit log; written with the schema builder so it runs on MySQL and SQLite alike. */
export class CreateAccessTables1767225600000 implements MigrationInterface {
  name = 'CreateAccessTables1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditOutboxTable(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'staff_members',
        columns: [
          id(),
          text('username', 64),
          text('display_name', 200),
          text('password_hash', 255),
          jsonList('roles'),
          { name: 'active', type: 'boolean' },
          timestamp('last_sign_in_at', true),
          version,
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_staff_members_username', columnNames: ['username'], isUnique: true }),
          new TableIndex({ name: 'ix_staff_members_display_name', columnNames: ['display_name'] }),
          new TableIndex({ name: 'ix_staff_members_created_at', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'partner_clients',
        columns: [
          id(),
          text('name', 200),
          jsonList('scopes'),
          jsonList('account_ids'),
          text('key_prefix', 8),
          text('key_hash', 64),
          timestamp('revoked_at', true),
          version,
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_partner_clients_key_prefix', columnNames: ['key_prefix'], isUnique: true }),
          new TableIndex({ name: 'ix_partner_clients_name', columnNames: ['name', 'id'] }),
          new TableIndex({ name: 'ix_partner_clients_created_at', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          id(),
          timestamp('occurred_at'),
          text('service', 64),
          text('actor_id', 128),
          text('actor_kind', 16),
          text('client', 200),
          text('operation', 128),
          text('subject_type', 64),
          jsonList('subject_ids'),
          jsonList('fields'),
          text('outcome', 16),
          text('error_code', 64, true),
        ],
        indices: [
          new TableIndex({ name: 'ix_audit_events_occurred_at', columnNames: ['occurred_at', 'id'] }),
          new TableIndex({ name: 'ix_audit_events_actor', columnNames: ['actor_id', 'occurred_at'] }),
          new TableIndex({ name: 'ix_audit_events_operation', columnNames: ['operation', 'occurred_at'] }),
          new TableIndex({ name: 'ix_audit_events_service', columnNames: ['service', 'occurred_at'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_event_subjects',
        columns: [
          { name: 'subject_id', type: 'varchar', length: '128', isPrimary: true },
          { ...id('event_id'), isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'ix_audit_event_subjects_event', columnNames: ['event_id'] })],
        foreignKeys: [
          {
            name: 'fk_audit_event_subjects_event',
            columnNames: ['event_id'],
            referencedTableName: 'audit_events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_event_subjects', 'audit_events', 'partner_clients', 'staff_members', 'audit_outbox']) {
      await queryRunner.dropTable(table);
    }
  }
}
