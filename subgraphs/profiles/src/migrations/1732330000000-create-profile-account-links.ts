import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Travellers' corporate accounts as the corporate subgraph reports them; partner access is checked against it. */
export class CreateProfileAccountLinks1732330000000 implements MigrationInterface {
  name = 'CreateProfileAccountLinks1732330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
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

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('profile_account_links');
  }
}
