import { MigrationInterface, QueryRunner } from 'typeorm';

/** Profiles now keeps each link's days and dropped the links it held without them: the next day-change sweep, as the first, reports every traveller's links. */
export class ReportAccountLinksAgain1732400000000 implements MigrationInterface {
  name = 'ReportAccountLinksAgain1732400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM sweep_marks WHERE name = 'day-change'");
  }

  async down(): Promise<void> {}
}
