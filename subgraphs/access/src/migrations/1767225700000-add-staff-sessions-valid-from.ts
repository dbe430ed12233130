import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** When a staff member's earlier sessions stopped counting: set on deactivation, a change of roles or of password. */
export class AddStaffSessionsValidFrom1767225700000 implements MigrationInterface {
  name = 'AddStaffSessionsValidFrom1767225700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('staff_members', new TableColumn({ name: 'sessions_valid_from', type: 'datetime', precision: 3, isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('staff_members', 'sessions_valid_from');
  }
}
