import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateUndertakings1796711000000 implements MigrationInterface {
  name = 'CreateUndertakings1796711000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'undertakings',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'description', type: 'varchar', length: '2000' },
          { name: 'due_at', type: 'datetime', precision: 3 },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'team', type: 'varchar', length: '40', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'conversation_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'delay_note', type: 'varchar', length: '2000', isNullable: true },
          { name: 'customer_told', type: 'boolean', isNullable: true },
          { name: 'customer_told_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'closed_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'created_by_id', type: 'varchar', length: '36' },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        // Worklists walk owner or team, then status, in due order; the traveller's timeline walks profile, time, id.
        indices: [
          new TableIndex({ name: 'ix_undertakings_owner_due', columnNames: ['owner_id', 'status', 'due_at', 'id'] }),
          new TableIndex({ name: 'ix_undertakings_team_due', columnNames: ['team', 'status', 'due_at', 'id'] }),
          new TableIndex({ name: 'ix_undertakings_status_due', columnNames: ['status', 'due_at', 'id'] }),
          new TableIndex({ name: 'ix_undertakings_due', columnNames: ['due_at', 'id'] }),
          new TableIndex({ name: 'ix_undertakings_profile_created', columnNames: ['profile_id', 'created_at', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('undertakings');
  }
}
