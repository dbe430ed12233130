import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateProfileImports1732320000000 implements MigrationInterface {
  name = 'CreateProfileImports1732320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const count = (name: string) => ({ name, type: 'int', default: 0 });
    await queryRunner.createTable(
      new Table({
        name: 'profile_import_jobs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'created_by', type: 'varchar', length: '100' },
          { name: 'dry_run', type: 'boolean' },
          { name: 'columns', type: 'text' },
          { name: 'lawful_basis', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'expected_rows', type: 'int', isNullable: true },
          count('chunks'),
          count('lines'),
          count('rows_seen'),
          count('rows_accepted'),
          count('rows_imported'),
          count('rows_rejected'),
          count('rejections_recorded'),
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
          { name: 'completed_at', type: 'datetime', precision: 3, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'profile_import_rejections',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'job_id', type: 'varchar', length: '36' },
          { name: 'line', type: 'int' },
          { name: 'field', type: 'varchar', length: '64', isNullable: true },
          { name: 'rule', type: 'varchar', length: '64' },
          { name: 'message', type: 'varchar', length: '300' },
        ],
        indices: [new TableIndex({ name: 'profile_import_rejections_job', columnNames: ['job_id', 'line', 'id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_import_rejections');
    await queryRunner.dropTable('profile_import_jobs');
  }
}
