import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Each traveller's standing in the loyalty scheme as loyalty reports it, and segment names long
 * enough for `loyalty:` and a tier code of up to 40 characters.
 */
export class CreateProfileLoyaltyTiers1796704000000 implements MigrationInterface {
  name = 'CreateProfileLoyaltyTiers1796704000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'profile_loyalty_tiers',
        columns: [
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'member_status', type: 'varchar', length: '8' },
          { name: 'tier_code', type: 'varchar', length: '40' },
          { name: 'reported_at', type: 'datetime', precision: 3 },
        ],
        foreignKeys: [{ columnNames: ['profile_id'], referencedTableName: 'profiles', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await this.segmentLength(queryRunner, 48);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM profile_segments WHERE segment LIKE 'loyalty:%'");
    await this.segmentLength(queryRunner, 40);
    await queryRunner.dropTable('profile_loyalty_tiers');
  }

  /** The embedded database does not hold text to a declared length; TypeORM's changeColumn would drop and re-add the key column on MariaDB. */
  private async segmentLength(queryRunner: QueryRunner, length: number): Promise<void> {
    if (queryRunner.connection.options.type === 'mysql') await queryRunner.query(`ALTER TABLE profile_segments MODIFY segment varchar(${length}) NOT NULL`);
  }
}
