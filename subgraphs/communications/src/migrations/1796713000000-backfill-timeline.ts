import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Undertakings, complaints, feedback and campaign messages sent, written before they were put on the
 * traveller's timeline, get their entries: at the time each was made, received, given or sent, as
 * the features now record them. Rows already on it and rows of erased travellers are left alone.
 */
export class BackfillTimeline1796713000000 implements MigrationInterface {
  name = 'BackfillTimeline1796713000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const missing = (alias: string) => `NOT EXISTS (SELECT 1 FROM timeline_entries entry WHERE entry.id = ${alias}.id)`;
    await queryRunner.query(
      `INSERT INTO timeline_entries (id, kind, profile_id, occurred_at, channel)
       SELECT undertaking.id, 'UNDERTAKING', undertaking.profile_id, undertaking.created_at, NULL FROM undertakings undertaking WHERE ${missing('undertaking')}`,
    );
    await queryRunner.query(
      `INSERT INTO timeline_entries (id, kind, profile_id, occurred_at, channel)
       SELECT complaint.id, 'COMPLAINT', complaint.profile_id, complaint.created_at, NULL FROM complaints complaint
       WHERE complaint.profile_id IS NOT NULL AND ${missing('complaint')}`,
    );
    await queryRunner.query(
      `INSERT INTO timeline_entries (id, kind, profile_id, occurred_at, channel)
       SELECT feedback.id, 'FEEDBACK', feedback.profile_id, feedback.given_at, CASE WHEN feedback.channel = 'SURVEY' THEN NULL ELSE feedback.channel END
       FROM feedback feedback WHERE feedback.profile_id IS NOT NULL AND ${missing('feedback')}`,
    );
    await queryRunner.query(
      `INSERT INTO timeline_entries (id, kind, profile_id, occurred_at, channel)
       SELECT recipient.id, 'CAMPAIGN_MESSAGE', recipient.profile_id, recipient.sent_at, campaign.channel
       FROM campaign_recipients recipient JOIN campaigns campaign ON campaign.id = recipient.campaign_id
       WHERE recipient.status = 'SENT' AND recipient.sent_at IS NOT NULL AND ${missing('recipient')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM timeline_entries WHERE kind IN ('UNDERTAKING', 'COMPLAINT', 'FEEDBACK', 'CAMPAIGN_MESSAGE')`);
  }
}
