import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Account links with their first and last days, so a partner reaches a traveller only while a link
 * is in force. Links recorded without dates cannot be judged and go; corporate reports them again.
 */
export class DateAccountLinks1732400000000 implements MigrationInterface {
  name = 'DateAccountLinks1732400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_account_links');
    await queryRunner.createTable(
      new Table({
        name: 'profile_account_links',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'valid_from', type: 'date', isPrimary: true },
          { name: 'valid_to', type: 'date', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_profile_account_links_account', columnNames: ['account_id', 'profile_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_account_links');
    await queryRunner.createTable(
      new Table({
        name: 'profile_account_links',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'varchar', length: '36', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'ix_profile_account_links_account', columnNames: ['account_id', 'profile_id'] })],
      }),
    );
  }
}
