import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createAuditOutboxTable } from '@wayfarer/kit';

/** Written once with the Table API, so the same migration runs on MySQL/MariaDB and on the embedded SQLite. */
export class Create__CamelName____timestamp__ implements MigrationInterface {
  name = 'Create__CamelName____timestamp__';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditOutboxTable(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: '__table__',
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
          new TableIndex({ name: 'ix___table___name_key', columnNames: ['name_key', 'id'] }),
          new TableIndex({ name: 'ix___table___created_at', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['__table__', 'audit_outbox']) await queryRunner.dropTable(table);
  }
}
