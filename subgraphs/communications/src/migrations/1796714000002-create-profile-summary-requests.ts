import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateProfileSummaryRequests1796714000002 implements MigrationInterface {
  name = 'CreateProfileSummaryRequests1796714000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'profile_summary_requests',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'sent_by', type: 'varchar', length: '36' },
          { name: 'sent_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
          { name: 'language', type: 'varchar', length: '8' },
          { name: 'answered_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'correction_undertaking_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_profile_summary_requests_profile', columnNames: ['profile_id', 'sent_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_summary_requests');
  }
}
