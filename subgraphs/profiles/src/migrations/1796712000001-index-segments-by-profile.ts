import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** A campaign walks a segment's travellers in profile id order, a page at a time: each page seeks straight to its first row. */
export class IndexSegmentsByProfile1796712000001 implements MigrationInterface {
  name = 'IndexSegmentsByProfile1796712000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('profile_segments', new TableIndex({ name: 'profile_segments_segment_profile', columnNames: ['segment', 'profile_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('profile_segments', 'profile_segments_segment_profile');
  }
}
