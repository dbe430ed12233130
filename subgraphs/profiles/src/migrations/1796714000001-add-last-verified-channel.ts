import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A traveller confirming their own profile from an e-mailed summary is recorded with the channel it came through. */
export class AddLastVerifiedChannel1796714000001 implements MigrationInterface {
  name = 'AddLastVerifiedChannel1796714000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('profiles', new TableColumn({ name: 'last_verified_channel', type: 'varchar', length: '16', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('profiles', 'last_verified_channel');
  }
}
