import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Name searches filter on status as well; with status at the end of the name indexes, the
 * page and its capped count are read from the index alone instead of a row lookup per match.
 * Sort order (name key, id) is unchanged because the id is unique.
 */
export class CoverStatusInNameIndexes1732340000000 implements MigrationInterface {
  name = 'CoverStatusInNameIndexes1732340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [index, column] of [
      ['profiles_name_key', 'name_key'],
      ['profiles_given_name_key', 'given_name_key'],
    ]) {
      await queryRunner.dropIndex('profiles', index);
      await queryRunner.createIndex('profiles', new TableIndex({ name: index, columnNames: [column, 'id', 'status'] }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index, column] of [
      ['profiles_name_key', 'name_key'],
      ['profiles_given_name_key', 'given_name_key'],
    ]) {
      await queryRunner.dropIndex('profiles', index);
      await queryRunner.createIndex('profiles', new TableIndex({ name: index, columnNames: [column, 'id'] }));
    }
  }
}
