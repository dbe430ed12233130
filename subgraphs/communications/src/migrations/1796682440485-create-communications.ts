import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createAuditOutboxTable } from '@wayfarer/kit';

/** Written once with the Table API, so the same migration runs on MySQL/MariaDB and on the embedded SQLite. */
export class CreateCommunications1796682440485 implements MigrationInterface {
  name = 'CreateCommunications1796682440485';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditOutboxTable(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'interactions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_key', type: 'varchar', length: '200' },
          { name: 'contact_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        // One index per sort order, the id last, so every list page is an index walk.
        indices: [
          new TableIndex({ name: 'ix_interactions_name_key', columnNames: ['name_key', 'id'] }),
          new TableIndex({ name: 'ix_interactions_created_at', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['interactions', 'audit_outbox']) await queryRunner.dropTable(table);
  }
}
