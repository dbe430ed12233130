import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { createOutboxTable } from '@wayfarer/kit';

/** The outbox that tells profiles of account links, the sweep's mark, travellers' reported preferences, each link's compliance and the lock that orders its judging. */
export class AccountLinksOutboxAndComplianceStatus1732350000000 implements MigrationInterface {
  name = 'AccountLinksOutboxAndComplianceStatus1732350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sweep_marks',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'swept_on', type: 'date' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'traveller_preferences',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'preferences', type: 'text' },
          { name: 'reported_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await queryRunner.createTable(new Table({ name: 'compliance_lock', columns: [{ name: 'id', type: 'int', isPrimary: true }] }));
    await queryRunner.query('INSERT INTO compliance_lock (id) VALUES (1)');
    await queryRunner.addColumn('employments', new TableColumn({ name: 'in_policy', type: 'boolean', isNullable: true }));
    await queryRunner.createIndex(
      'employments',
      new TableIndex({ name: 'ix_employments_account_compliance', columnNames: ['account_id', 'in_policy', 'created_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('employments', 'ix_employments_account_compliance');
    await queryRunner.dropColumn('employments', 'in_policy');
    for (const table of ['compliance_lock', 'traveller_preferences', 'sweep_marks', 'outbox']) await queryRunner.dropTable(table);
  }
}
