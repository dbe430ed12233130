import { MigrationInterface, QueryRunner } from 'typeorm';

/** Loyalty now keeps its own copy of the links for partner reach: the next day-change sweep, as the first, reports every traveller's links. */
export class ReportAccountLinksToLoyalty1796700000000 implements MigrationInterface {
  name = 'ReportAccountLinksToLoyalty1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM sweep_marks WHERE name = 'day-change'");
  }

  async down(): Promise<void> {}
}
