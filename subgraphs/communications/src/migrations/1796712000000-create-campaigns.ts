import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateCampaigns1796712000000 implements MigrationInterface {
  name = 'CreateCampaigns1796712000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'channel', type: 'varchar', length: '8' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'audience', type: 'text' },
          { name: 'default_language', type: 'varchar', length: '35' },
          { name: 'contents', type: 'text' },
          { name: 'send_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'started_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'finished_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'audience_cursor', type: 'varchar', length: '36', isNullable: true },
          { name: 'audience_resolved', type: 'boolean', default: false },
          { name: 'lease_until', type: 'datetime', precision: 3, isNullable: true },
          { name: 'lease_owner', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '100' },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'ix_campaigns_created_at', columnNames: ['created_at', 'id'] }),
          // The periodic task's questions: which scheduled campaigns are due, which sends lost their sender.
          new TableIndex({ name: 'ix_campaigns_status_send_at', columnNames: ['status', 'send_at', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'campaign_recipients',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '36' },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '8' },
          { name: 'exclusion', type: 'varchar', length: '16', isNullable: true },
          { name: 'language', type: 'varchar', length: '35', isNullable: true },
          { name: 'error', type: 'varchar', length: '200', isNullable: true },
          { name: 'sent_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'ix_campaign_recipients_traveller', columnNames: ['campaign_id', 'profile_id'], isUnique: true }),
          new TableIndex({ name: 'ix_campaign_recipients_status', columnNames: ['campaign_id', 'status', 'id'] }),
          new TableIndex({ name: 'ix_campaign_recipients_profile', columnNames: ['profile_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['campaign_recipients', 'campaigns']) await queryRunner.dropTable(table);
  }
}
