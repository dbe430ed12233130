import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

export class CreateReviewFlagsTagsSegmentsReminders1732310000000 implements MigrationInterface {
  name = 'CreateReviewFlagsTagsSegmentsReminders1732310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('profiles', [
      new TableColumn({ name: 'vip', type: 'boolean', default: false }),
      new TableColumn({ name: 'vip_note', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'special_needs', type: 'boolean', isNullable: true, default: false }),
      new TableColumn({ name: 'last_verified_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'last_verified_by', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'next_review_due', type: 'date', isNullable: true }),
    ]);
    const ofProfile = { columnNames: ['profile_id'], referencedTableName: 'profiles', referencedColumnNames: ['id'], onDelete: 'CASCADE' };
    await queryRunner.createTable(
      new Table({
        name: 'profile_tags',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'tag_key', type: 'varchar', length: '40', isPrimary: true },
          { name: 'tag', type: 'varchar', length: '40' },
        ],
        indices: [new TableIndex({ name: 'profile_tags_key', columnNames: ['tag_key', 'profile_id'] })],
        foreignKeys: [ofProfile],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'profile_segments',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'segment', type: 'varchar', length: '40', isPrimary: true },
          { name: 'valid_until', type: 'date', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'profile_segments_segment', columnNames: ['segment', 'profile_id'] }),
          new TableIndex({ name: 'profile_segments_valid_until', columnNames: ['valid_until'] }),
        ],
        foreignKeys: [ofProfile],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'profile_reminders',
        columns: [
          { name: 'id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'due_on', type: 'date' },
          { name: 'subject_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'detail', type: 'varchar', length: '40', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'profile_reminders_kind_due', columnNames: ['kind', 'due_on', 'id'] }),
          new TableIndex({ name: 'profile_reminders_profile', columnNames: ['profile_id', 'kind'] }),
        ],
        foreignKeys: [ofProfile],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_reminders');
    await queryRunner.dropTable('profile_segments');
    await queryRunner.dropTable('profile_tags');
    for (const column of ['next_review_due', 'last_verified_by', 'last_verified_at', 'special_needs', 'vip_note', 'vip'])
      await queryRunner.dropColumn('profiles', column);
  }
}
