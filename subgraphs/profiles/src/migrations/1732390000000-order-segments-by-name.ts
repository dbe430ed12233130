import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * A segment's travellers were found by a semi-join the database answered by collecting every
 * member and sorting them (a second at a million travellers). With the profile's name key in
 * the segment index, the first page in name order is the first rows of that index.
 */
export class OrderSegmentsByName1732390000000 implements MigrationInterface {
  name = 'OrderSegmentsByName1732390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    const searchKey = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
    await queryRunner.addColumn('profile_segments', new TableColumn({ name: 'name_key', type: 'varchar', length: '320', default: "''", ...searchKey }));
    await queryRunner.query(
      'UPDATE profile_segments SET name_key = (SELECT profile.name_key FROM profiles profile WHERE profile.id = profile_segments.profile_id)',
    );
    await queryRunner.dropIndex('profile_segments', 'profile_segments_segment');
    await queryRunner.createIndex(
      'profile_segments',
      new TableIndex({ name: 'profile_segments_segment_name', columnNames: ['segment', 'name_key', 'profile_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('profile_segments', 'profile_segments_segment_name');
    await queryRunner.createIndex('profile_segments', new TableIndex({ name: 'profile_segments_segment', columnNames: ['segment', 'profile_id'] }));
    await queryRunner.dropColumn('profile_segments', 'name_key');
  }
}
