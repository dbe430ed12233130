import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** PPLTT26's contact details beyond names and channels: the name in native script, preferred language, emergency contacts. */
export class AddContactDetails1732360000002 implements MigrationInterface {
  name = 'AddContactDetails1732360000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('profiles', [
      new TableColumn({ name: 'native_name', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'preferred_language', type: 'varchar', length: '35', isNullable: true }),
      new TableColumn({ name: 'emergency_contacts', type: 'text', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['emergency_contacts', 'preferred_language', 'native_name']) await queryRunner.dropColumn('profiles', column);
  }
}
