import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id = (name = 'id', isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const integer = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'int', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const timestamp = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const index = (table: string, suffix: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name: `${isUnique ? 'uq' : 'ix'}_${table}_${suffix}`, columnNames, isUnique });

/** The singleton scheme row every revision claims first. */
export const SCHEME_ID = '00000000-0000-7000-8000-000000000001';

/**
 * Our own scheme: its dated configuration, rewards, members with their maintained balances, the
 * append-only ledger, points lots and monthly qualifying totals. Every index serves one query
 * named beside it, so the periodic tasks and statements stay index walks at ten million entries.
 */
export class CreateLoyaltyScheme1796702000000 implements MigrationInterface {
  name = 'CreateLoyaltyScheme1796702000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({ name: 'loyalty_scheme', columns: [id(), integer('version'), timestamp('created_at'), timestamp('updated_at')] }));
    // Text both drivers read as a datetime: SQLite's driver binds no Date objects.
    const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
    await queryRunner.query('INSERT INTO loyalty_scheme (id, version, created_at, updated_at) VALUES (?, 1, ?, ?)', [SCHEME_ID, now, now]);
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_scheme_versions',
        columns: [id(), date('effective_from'), { name: 'rules', type: 'text' }, text('created_by', 128), timestamp('created_at')],
        indices: [index('loyalty_scheme_versions', 'effective_from', ['effective_from'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_rewards',
        columns: [
          id(),
          text('name', 200),
          text('name_key', 200),
          integer('points_price'),
          integer('stock', true),
          { name: 'active', type: 'boolean' },
          integer('version'),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [index('loyalty_rewards', 'name_key', ['name_key', 'id']), index('loyalty_rewards', 'active_name_key', ['active', 'name_key', 'id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_members',
        columns: [
          id(),
          id('profile_id', true),
          text('status', 8),
          text('tier_code', 40),
          date('tier_achieved_on'),
          date('tier_period_ends_on'),
          date('tier_review_on'),
          integer('available_points'),
          integer('pending_points'),
          integer('earned_points'),
          integer('used_points'),
          integer('expired_points'),
          text('terms_version', 40, true),
          timestamp('enrolled_at'),
          timestamp('closed_at', true),
          text('close_reason', 24, true),
          timestamp('erased_at', true),
          integer('version'),
          timestamp('updated_at'),
        ],
        indices: [
          // Profile.loyaltyMember and enrolment; null once erased, so the pseudonymous member keeps no link.
          index('loyalty_members', 'profile_id', ['profile_id'], true),
          // loyaltyMembers pages: unfiltered, by tier, by status.
          index('loyalty_members', 'enrolled_at', ['enrolled_at', 'id']),
          index('loyalty_members', 'tier_enrolled_at', ['tier_code', 'enrolled_at', 'id']),
          index('loyalty_members', 'status_enrolled_at', ['status', 'enrolled_at', 'id']),
          index('loyalty_members', 'available_points', ['available_points', 'id']),
          // Tier re-evaluation: members whose review is due.
          index('loyalty_members', 'tier_review_on', ['tier_review_on', 'id']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_ledger_entries',
        columns: [
          id(),
          id('member_id'),
          text('kind', 8),
          integer('points'),
          timestamp('posted_at'),
          text('posted_by', 128),
          text('idempotency_key', 100, true),
          text('product_type', 16, true),
          { name: 'amount', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          text('currency', 3, true),
          date('booked_on', true),
          date('travel_date', true),
          id('scheme_version_id', true),
          id('reward_id', true),
          id('reverses_id', true),
        ],
        indices: [
          // The statement: a member's entries newest first, keyset by id at any depth.
          index('loyalty_ledger_entries', 'member_id', ['member_id', 'id']),
          // The same booking reference twice is one earn.
          index('loyalty_ledger_entries', 'idempotency_key', ['idempotency_key'], true),
          // An entry is reversed at most once.
          index('loyalty_ledger_entries', 'reverses_id', ['reverses_id'], true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_entry_reasons',
        columns: [{ ...id('entry_id'), isPrimary: true }, text('reason', 500)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_points_lots',
        columns: [
          id(),
          id('member_id'),
          text('state', 8),
          integer('points'),
          integer('remaining'),
          integer('expired'),
          { name: 'qualifying', type: 'boolean' },
          date('available_on'),
          date('expires_on'),
        ],
        indices: [
          // Redemptions consume a member's open lots oldest expiry first.
          index('loyalty_points_lots', 'member_state_expires_on', ['member_id', 'state', 'expires_on', 'id']),
          // Expiry: open lots past their date. Confirmation: pending lots whose travel date has come.
          index('loyalty_points_lots', 'state_expires_on', ['state', 'expires_on', 'id']),
          index('loyalty_points_lots', 'state_available_on', ['state', 'available_on', 'id']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_qualifying_months',
        columns: [
          { ...id('member_id'), isPrimary: true },
          { name: 'month', type: 'varchar', length: '7', isPrimary: true },
          integer('points'),
          integer('trips'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loyalty_tier_changes',
        columns: [id(), id('member_id'), text('from_tier', 40, true), text('to_tier', 40), text('cause', 16), date('changed_on'), timestamp('created_at')],
        indices: [index('loyalty_tier_changes', 'member_id', ['member_id', 'id'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'loyalty_tier_changes',
      'loyalty_qualifying_months',
      'loyalty_points_lots',
      'loyalty_entry_reasons',
      'loyalty_ledger_entries',
      'loyalty_members',
      'loyalty_rewards',
      'loyalty_scheme_versions',
      'loyalty_scheme',
    ])
      await queryRunner.dropTable(table);
  }
}
