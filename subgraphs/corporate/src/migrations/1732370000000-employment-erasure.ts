import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** When a link's traveller was erased: the link is kept as a tombstone, without the traveller's identifiers. */
export class EmploymentErasure1732370000000 implements MigrationInterface {
  name = 'EmploymentErasure1732370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('employments', new TableColumn({ name: 'erased_at', type: 'datetime', precision: 3, isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('employments', 'erased_at');
  }
}
