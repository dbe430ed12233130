import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

export class CreateDuplicates1732300000000 implements MigrationInterface {
  name = 'CreateDuplicates1732300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    // Keys are already normalised: compared byte by byte, so blocks are exact and the index range scan is cheap.
    const binary = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
    await queryRunner.addColumn('profiles', new TableColumn({ name: 'merged_into', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('profiles', new TableIndex({ name: 'profiles_merged_into', columnNames: ['merged_into'] }));
    await queryRunner.createTable(
      new Table({
        name: 'profile_match_keys',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true },
          { name: 'key', type: 'varchar', length: '330', isPrimary: true, ...binary },
        ],
        indices: [new TableIndex({ name: 'profile_match_keys_block', columnNames: ['kind', 'key', 'profile_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'duplicate_candidates',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'left_id', type: 'varchar', length: '36' },
          { name: 'right_id', type: 'varchar', length: '36' },
          { name: 'score', type: 'int' },
          { name: 'reasons', type: 'text' },
          { name: 'name_similarity', type: 'int', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'found_at', type: 'datetime', precision: 3 },
          { name: 'scanned_at', type: 'datetime', precision: 3 },
          { name: 'decided_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'decided_by', type: 'varchar', length: '100', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'duplicate_candidates_pair', columnNames: ['left_id', 'right_id'], isUnique: true }),
          new TableIndex({ name: 'duplicate_candidates_right', columnNames: ['right_id'] }),
          new TableIndex({ name: 'duplicate_candidates_score', columnNames: ['status', 'score', 'id'] }),
          new TableIndex({ name: 'duplicate_candidates_found', columnNames: ['status', 'found_at', 'id'] }),
          new TableIndex({ name: 'duplicate_candidates_all_score', columnNames: ['score', 'id'] }),
          new TableIndex({ name: 'duplicate_candidates_all_found', columnNames: ['found_at', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'profile_merges',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'merged_id', type: 'varchar', length: '36' },
          { name: 'survivor_id', type: 'varchar', length: '36' },
          { name: 'merged_at', type: 'datetime', precision: 3 },
          { name: 'merged_by', type: 'varchar', length: '100' },
          { name: 'field_choices', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'profile_merges_merged', columnNames: ['merged_id'], isUnique: true }),
          new TableIndex({ name: 'profile_merges_survivor', columnNames: ['survivor_id', 'merged_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_merges');
    await queryRunner.dropTable('duplicate_candidates');
    await queryRunner.dropTable('profile_match_keys');
    await queryRunner.dropIndex('profiles', 'profiles_merged_into');
    await queryRunner.dropColumn('profiles', 'merged_into');
  }
}
