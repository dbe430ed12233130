import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createAuditOutboxTable } from '@wayfarer/kit';

export class CreateProfiles1732260000000 implements MigrationInterface {
  name = 'CreateProfiles1732260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    // Search keys are normalised ASCII-or-script text compared byte by byte: an index range scan on both engines.
    const searchKey = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
    await queryRunner.createTable(
      new Table({
        name: 'profiles',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '20', isNullable: true },
          { name: 'given_name', type: 'varchar', length: '100' },
          { name: 'middle_name', type: 'varchar', length: '100', isNullable: true },
          { name: 'family_name', type: 'varchar', length: '100' },
          { name: 'preferred_name', type: 'varchar', length: '100', isNullable: true },
          { name: 'name_key', type: 'varchar', length: '320', ...searchKey },
          { name: 'given_name_key', type: 'varchar', length: '320', ...searchKey },
          { name: 'date_of_birth', type: 'date', isNullable: true },
          { name: 'emails', type: 'text' },
          { name: 'email_key', type: 'varchar', length: '254', isNullable: true, ...searchKey },
          { name: 'phones', type: 'text' },
          { name: 'addresses', type: 'text' },
          { name: 'department', type: 'varchar', length: '100', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'profiles_name_key', columnNames: ['name_key', 'id'] }),
          new TableIndex({ name: 'profiles_given_name_key', columnNames: ['given_name_key', 'id'] }),
          new TableIndex({ name: 'profiles_email_key', columnNames: ['email_key', 'id'] }),
          new TableIndex({ name: 'profiles_status_name', columnNames: ['status', 'name_key', 'id'] }),
          new TableIndex({ name: 'profiles_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'profiles_updated', columnNames: ['updated_at', 'id'] }),
          new TableIndex({ name: 'profiles_department', columnNames: ['department', 'name_key', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'passports',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'number_encrypted', type: 'varchar', length: '255' },
          { name: 'number_hash', type: 'varchar', length: '64' },
          { name: 'number_tail', type: 'varchar', length: '4' },
          { name: 'issuing_country', type: 'varchar', length: '2' },
          { name: 'nationality', type: 'varchar', length: '2', isNullable: true },
          { name: 'issue_date', type: 'date', isNullable: true },
          { name: 'expiry_date', type: 'date' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'passports_profile', columnNames: ['profile_id'] }),
          new TableIndex({ name: 'passports_number_hash', columnNames: ['number_hash'] }),
        ],
        foreignKeys: [{ columnNames: ['profile_id'], referencedTableName: 'profiles', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await createAuditOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_outbox');
    await queryRunner.dropTable('passports');
    await queryRunner.dropTable('profiles');
  }
}
