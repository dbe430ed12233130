import { MigrationInterface, QueryRunner } from 'typeorm';
import { uuid7 } from '@wayfarer/kit';

const WITHOUT_CONSENT = `SELECT id FROM profiles WHERE special_needs = 1 AND id NOT IN (
  SELECT profile_id FROM consent_records
  WHERE purpose = 'SPECIAL_CATEGORY' AND granted = 1 AND withdrawn_at IS NULL AND legal_basis IN ('EXPLICIT_CONSENT', 'VITAL_INTERESTS')
)`;
const BATCH = 500;

/**
 * The special-needs flag is special-category data, stored only under the traveller's consent for
 * it. Flags set before that rule, on profiles without the consent, go as a withdrawal takes them:
 * the flag, the segment and the review reminder derived from it, with a row of history each.
 * Nothing is restored on the way down: there was no lawful basis to keep it.
 */
export class ClearSpecialNeedsWithoutConsent1732360000003 implements MigrationInterface {
  name = 'ClearSpecialNeedsWithoutConsent1732360000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    const profiles: { id: string }[] = await queryRunner.query(WITHOUT_CONSENT);
    const now = new Date();
    // The format both MariaDB's DATETIME(3) and the embedded database's text dates take.
    const at = now.toISOString().replace('T', ' ').slice(0, 23);
    for (let start = 0; start < profiles.length; start += BATCH) {
      const ids = profiles.slice(start, start + BATCH).map((profile) => profile.id);
      const marks = ids.map(() => '?').join(', ');
      await queryRunner.query(`UPDATE profiles SET special_needs = 0, version = version + 1, updated_at = ? WHERE id IN (${marks})`, [at, ...ids]);
      await queryRunner.query(`DELETE FROM profile_segments WHERE segment = 'special-needs' AND profile_id IN (${marks})`, ids);
      await queryRunner.query(`DELETE FROM profile_reminders WHERE kind = 'SPECIAL_NEEDS_REVIEW' AND profile_id IN (${marks})`, ids);
      await queryRunner.query(
        `INSERT INTO profile_changes (id, profile_id, changed_at, actor_id, actor_kind, operation, subject_type, subject_id, field, old_value, new_value, special_category)
         VALUES ${ids.map(() => `(?, ?, ?, 'migration', 'service', ?, 'Profile', ?, 'specialNeeds', '[redacted]', '[redacted]', 1)`).join(', ')}`,
        ids.flatMap((id) => [uuid7(now.getTime()), id, at, this.name, id]),
      );
    }
  }

  async down(): Promise<void> {}
}
