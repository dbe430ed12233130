import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The programme catalogue in its real shape (the generated table held only placeholder names and
 * never shipped, so it is replaced rather than altered) and travellers' memberships of programmes.
 */
export class SupplierProgrammesAndMemberships1796701000000 implements MigrationInterface {
  name = 'SupplierProgrammesAndMemberships1796701000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('supplier_programmes');
    await queryRunner.createTable(
      new Table({
        name: 'supplier_programmes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_key', type: 'varchar', length: '200' },
          { name: 'sector', type: 'varchar', length: '8' },
          { name: 'owner_code', type: 'varchar', length: '4' },
          { name: 'alliance', type: 'varchar', length: '20', isNullable: true },
          { name: 'tier_names', type: 'text' },
          { name: 'number_format', type: 'text' },
          { name: 'active', type: 'boolean' },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        // One index per sort order, the id last, so every list page is an index walk.
        indices: [
          new TableIndex({ name: 'ix_supplier_programmes_name_key', columnNames: ['name_key', 'id'] }),
          new TableIndex({ name: 'ix_supplier_programmes_owner_code', columnNames: ['owner_code', 'id'] }),
          new TableIndex({ name: 'ix_supplier_programmes_created_at', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_supplier_programmes_sector', columnNames: ['sector', 'name_key', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'supplier_memberships',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'programme_id', type: 'varchar', length: '36' },
          { name: 'sector', type: 'varchar', length: '8' },
          { name: 'number_encrypted', type: 'varchar', length: '255' },
          { name: 'number_hash', type: 'varchar', length: '64' },
          { name: 'number_tail', type: 'varchar', length: '4' },
          { name: 'tier', type: 'varchar', length: '50', isNullable: true },
          { name: 'tier_expires_on', type: 'date', isNullable: true },
          { name: 'expires_on', type: 'date', isNullable: true },
          { name: 'points', type: 'int', isNullable: true },
          { name: 'points_read_on', type: 'date', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'context', type: 'varchar', length: '12' },
          { name: 'primary_sector', type: 'varchar', length: '8', isNullable: true },
          { name: 'erased_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'ix_supplier_memberships_profile', columnNames: ['profile_id', 'created_at', 'id'] }),
          // NULL for every membership but the primary one, so this allows one primary per traveller and sector.
          new TableIndex({ name: 'ux_supplier_memberships_primary', columnNames: ['profile_id', 'primary_sector'], isUnique: true }),
          new TableIndex({ name: 'ix_supplier_memberships_number', columnNames: ['programme_id', 'number_hash'] }),
          new TableIndex({ name: 'ix_supplier_memberships_programme', columnNames: ['programme_id', 'created_at', 'id'] }),
          new TableIndex({ name: 'ix_supplier_memberships_created_at', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_supplier_memberships_expires_on', columnNames: ['expires_on', 'id'] }),
          new TableIndex({ name: 'ix_supplier_memberships_tier_expires_on', columnNames: ['tier_expires_on', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('supplier_memberships');
    await queryRunner.dropTable('supplier_programmes');
    await queryRunner.createTable(
      new Table({
        name: 'supplier_programmes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_key', type: 'varchar', length: '200' },
          { name: 'contact_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'ix_supplier_programmes_name_key', columnNames: ['name_key', 'id'] }),
          new TableIndex({ name: 'ix_supplier_programmes_created_at', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );
  }
}
