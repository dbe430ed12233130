import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * History rows about special-category data are listed only to profiles.special:read, since even
 * redacted they tell who has a health need. Earlier rows are recognised as history wrote them:
 * the special-needs flag, and preference rows whose values were redacted (only special ones were).
 */
export class MarkSpecialCategoryChanges1732360000001 implements MigrationInterface {
  name = 'MarkSpecialCategoryChanges1732360000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('profile_changes', new TableColumn({ name: 'special_category', type: 'boolean', default: false }));
    await queryRunner.query(
      `UPDATE profile_changes SET special_category = 1
       WHERE (subject_type = 'Profile' AND field = 'specialNeeds')
          OR (subject_type = 'TravelPreference' AND (old_value = '[redacted]' OR new_value = '[redacted]'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('profile_changes', 'special_category');
  }
}
