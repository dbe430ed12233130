import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The ledger's (member_id, id) index carries `points`: the invariant check sums every member's
 * entries from the index alone, in member order, instead of reading each entry's row and grouping
 * in a temporary table (three to six minutes at ten million entries). The statement's keyset walk
 * uses the same leading columns, so one index still serves both.
 */
export class LedgerMemberPointsIndex1796715000000 implements MigrationInterface {
  name = 'LedgerMemberPointsIndex1796715000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'loyalty_ledger_entries',
      new TableIndex({ name: 'ix_loyalty_ledger_entries_member_id_points', columnNames: ['member_id', 'id', 'points'] }),
    );
    await queryRunner.dropIndex('loyalty_ledger_entries', 'ix_loyalty_ledger_entries_member_id');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('loyalty_ledger_entries', new TableIndex({ name: 'ix_loyalty_ledger_entries_member_id', columnNames: ['member_id', 'id'] }));
    await queryRunner.dropIndex('loyalty_ledger_entries', 'ix_loyalty_ledger_entries_member_id_points');
  }
}
