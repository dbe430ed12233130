import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';

const BACKFILL_BATCH = 1000;

const documentTable = (name: string, numbered: boolean, columns: TableColumnOptions[], endColumn: string) =>
  new Table({
    name,
    columns: [
      { name: 'id', type: 'varchar', length: '36', isPrimary: true },
      { name: 'profile_id', type: 'varchar', length: '36' },
      ...(numbered
        ? [
            { name: 'number_encrypted', type: 'varchar', length: '255' },
            { name: 'number_hash', type: 'varchar', length: '64' },
            { name: 'number_tail', type: 'varchar', length: '4' },
          ]
        : []),
      ...columns,
      { name: 'context', type: 'varchar', length: '16' },
      { name: 'created_at', type: 'datetime', precision: 3 },
    ],
    indices: [
      new TableIndex({ name: `${name}_profile`, columnNames: ['profile_id'] }),
      new TableIndex({ name: `${name}_expiry`, columnNames: [endColumn, 'id'] }),
      ...(numbered ? [new TableIndex({ name: `${name}_number_hash`, columnNames: ['number_hash'] })] : []),
    ],
    foreignKeys: [{ columnNames: ['profile_id'], referencedTableName: 'profiles', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
  });

export class CreateTravelDocuments1732290000000 implements MigrationInterface {
  name = 'CreateTravelDocuments1732290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('profiles', new TableColumn({ name: 'nationalities', type: 'varchar', length: '40', default: "''" }));
    await queryRunner.createTable(
      documentTable(
        'visas',
        true,
        [
          { name: 'country', type: 'varchar', length: '2' },
          { name: 'entry_type', type: 'varchar', length: '16' },
          { name: 'valid_from', type: 'date' },
          { name: 'valid_until', type: 'date' },
          { name: 'authorised_stay_days', type: 'int', isNullable: true },
        ],
        'valid_until',
      ),
    );
    await queryRunner.createTable(
      documentTable(
        'vaccination_certificates',
        true,
        [
          { name: 'disease', type: 'varchar', length: '100' },
          { name: 'date_given', type: 'date' },
          { name: 'expiry_date', type: 'date', isNullable: true },
        ],
        'expiry_date',
      ),
    );
    await queryRunner.createTable(
      documentTable(
        'entry_endorsements',
        false,
        [
          { name: 'country', type: 'varchar', length: '2' },
          { name: 'description', type: 'varchar', length: '500' },
          { name: 'valid_until', type: 'date', isNullable: true },
        ],
        'valid_until',
      ),
    );
    await queryRunner.createTable(
      documentTable(
        'travel_insurance_policies',
        true,
        [
          { name: 'insurer', type: 'varchar', length: '100' },
          { name: 'cover_from', type: 'date' },
          { name: 'cover_until', type: 'date' },
          { name: 'emergency_phone', type: 'varchar', length: '16', isNullable: true },
        ],
        'cover_until',
      ),
    );
    await queryRunner.createTable(
      new Table({
        name: 'profile_phones',
        columns: [
          { name: 'number', type: 'varchar', length: '16', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'profile_phones_profile', columnNames: ['profile_id'] })],
        foreignKeys: [{ columnNames: ['profile_id'], referencedTableName: 'profiles', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await this.indexExistingPhones(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['profile_phones', 'travel_insurance_policies', 'entry_endorsements', 'vaccination_certificates', 'visas'])
      await queryRunner.dropTable(table);
    await queryRunner.dropColumn('profiles', 'nationalities');
  }

  /** Travellers stored before the phone index existed, walked in id order so memory stays flat. */
  private async indexExistingPhones(queryRunner: QueryRunner): Promise<void> {
    let after = '';
    for (;;) {
      const rows: { id: string; phones: string }[] = await queryRunner.query(
        `SELECT id, phones FROM profiles WHERE id > ? ORDER BY id LIMIT ${BACKFILL_BATCH}`,
        [after],
      );
      if (rows.length === 0) return;
      const pairs = rows.flatMap((row) =>
        [...new Set((JSON.parse(row.phones) as { number: string }[]).map((phone) => phone.number))].map((number) => [number, row.id]),
      );
      if (pairs.length > 0)
        await queryRunner.query(`INSERT INTO profile_phones (number, profile_id) VALUES ${pairs.map(() => '(?, ?)').join(', ')}`, pairs.flat());
      after = rows[rows.length - 1].id;
    }
  }
}
