import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { createAuditOutboxTable } from '@wayfarer/kit';

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id' });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const json = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const timestamp = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3 });
const version: TableColumnOptions = { name: 'version', type: 'int' };

/** Accounts, travellers' links to them, and travel policies with their dated versions. */
export class CreateCorporate1732330000000 implements MigrationInterface {
  name = 'CreateCorporate1732330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditOutboxTable(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'corporate_accounts',
        columns: [
          id(),
          text('legal_name', 200),
          text('name_key', 200),
          text('registration_number', 64, true),
          json('legal_entities'),
          json('billing_address', true),
          json('offices'),
          json('departments'),
          json('cost_centres'),
          json('contacts'),
          { ...id('account_manager_id'), isNullable: true },
          date('contract_start', true),
          date('contract_end', true),
          text('status', 16),
          version,
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_corporate_accounts_name_key', columnNames: ['name_key', 'id'] }),
          new TableIndex({ name: 'ix_corporate_accounts_created_at', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_corporate_accounts_status', columnNames: ['status', 'name_key'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'employments',
        columns: [
          id(),
          id('profile_id'),
          id('account_id'),
          text('department_code', 40, true),
          text('cost_centre_code', 40, true),
          text('employee_id', 64, true),
          text('grade', 40, true),
          text('traveller_type', 16),
          date('valid_from'),
          date('valid_to', true),
          timestamp('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_employments_profile', columnNames: ['profile_id', 'valid_from'] }),
          new TableIndex({ name: 'ix_employments_account', columnNames: ['account_id', 'created_at', 'id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'travel_policies',
        columns: [
          id(),
          id('account_id'),
          text('name', 200),
          text('applies_to', 16),
          text('department_code', 40, true),
          text('grade', 40, true),
          { ...id('parent_id'), isNullable: true },
          version,
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'ix_travel_policies_account', columnNames: ['account_id'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'travel_policy_versions',
        columns: [id(), id('policy_id'), date('effective_from'), date('effective_to', true), json('rules'), text('created_by', 128), timestamp('created_at')],
        indices: [new TableIndex({ name: 'ux_travel_policy_versions_from', columnNames: ['policy_id', 'effective_from'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['travel_policy_versions', 'travel_policies', 'employments', 'corporate_accounts', 'audit_outbox']) await queryRunner.dropTable(table);
  }
}
