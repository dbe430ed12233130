import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreatePreferencesConsentsOffer1732280000000 implements MigrationInterface {
  name = 'CreatePreferencesConsentsOffer1732280000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'travel_preferences',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'value', type: 'varchar', length: '200' },
          { name: 'stance', type: 'varchar', length: '16' },
          { name: 'context', type: 'varchar', length: '16' },
          { name: 'notes', type: 'varchar', length: '500', isNullable: true },
          { name: 'special', type: 'boolean' },
          { name: 'position', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'travel_preferences_profile', columnNames: ['profile_id', 'special'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'consent_records',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'purpose', type: 'varchar', length: '32' },
          { name: 'granted', type: 'boolean' },
          { name: 'legal_basis', type: 'varchar', length: '32' },
          { name: 'notice_version', type: 'varchar', length: '32' },
          { name: 'recorded_by', type: 'varchar', length: '100' },
          { name: 'recorded_at', type: 'datetime', precision: 3 },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'withdrawn_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'withdrawn_by', type: 'varchar', length: '100', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'consent_records_profile', columnNames: ['profile_id', 'purpose', 'withdrawn_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'offer_catalogue_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'code', type: 'varchar', length: '4' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'offer_catalogue_kind_code', columnNames: ['kind', 'code'], isUnique: true }),
          new TableIndex({ name: 'offer_catalogue_code', columnNames: ['code', 'id'] }),
          new TableIndex({ name: 'offer_catalogue_name', columnNames: ['name', 'id'] }),
          new TableIndex({ name: 'offer_catalogue_created', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('offer_catalogue_entries');
    await queryRunner.dropTable('consent_records');
    await queryRunner.dropTable('travel_preferences');
  }
}
