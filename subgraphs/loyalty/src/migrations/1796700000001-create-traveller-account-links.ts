import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The links corporate reports, each with its days, so partner reach is judged on the day a partner asks. */
export class CreateTravellerAccountLinks1796700000001 implements MigrationInterface {
  name = 'CreateTravellerAccountLinks1796700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'traveller_account_links',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'valid_from', type: 'date', isPrimary: true },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_traveller_account_links_account', columnNames: ['account_id', 'profile_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('traveller_account_links');
  }
}
