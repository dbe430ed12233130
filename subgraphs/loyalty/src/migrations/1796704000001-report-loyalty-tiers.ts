import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTable, enqueueOutbox } from '@wayfarer/kit';
import { LOYALTY_TIERS } from '../tier-report/loyalty-tiers.topic';

/** The outbox that tells profiles of members' tiers, and every current member reported once so profiles' segments start complete. */
export class ReportLoyaltyTiers1796704000001 implements MigrationInterface {
  name = 'ReportLoyaltyTiers1796704000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
    const members: { profile_id: string }[] = await queryRunner.query('SELECT profile_id FROM loyalty_members WHERE profile_id IS NOT NULL');
    await enqueueOutbox(
      queryRunner.manager,
      LOYALTY_TIERS,
      members.map((member) => member.profile_id),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox');
  }
}
