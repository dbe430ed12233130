import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals take the team codes undertakings and complaints take: up to 40 long (they stopped at 32).
 * The embedded database does not hold a varchar to its length, so only MariaDB has a column to widen.
 */
export class ReferralTeamCodeLength1796713100000 implements MigrationInterface {
  name = 'ReferralTeamCodeLength1796713100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'mysql') await queryRunner.query('ALTER TABLE referrals MODIFY to_team varchar(40) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'mysql') await queryRunner.query('ALTER TABLE referrals MODIFY to_team varchar(32) NULL');
  }
}
