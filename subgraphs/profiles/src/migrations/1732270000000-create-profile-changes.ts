import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateProfileChanges1732270000000 implements MigrationInterface {
  name = 'CreateProfileChanges1732270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'profile_changes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'changed_at', type: 'datetime', precision: 3 },
          { name: 'actor_id', type: 'varchar', length: '100' },
          { name: 'actor_kind', type: 'varchar', length: '16' },
          { name: 'operation', type: 'varchar', length: '64' },
          { name: 'subject_type', type: 'varchar', length: '64' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'field', type: 'varchar', length: '64' },
          { name: 'old_value', type: 'text', isNullable: true },
          { name: 'new_value', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'profile_changes_profile', columnNames: ['profile_id', 'changed_at', 'id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_changes');
  }
}
