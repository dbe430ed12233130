import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Points expiry by a mark per member instead of closing each lot: closing a lot changed its state,
 * which rewrote three secondary indexes per lot (about 74 µs each, minutes for millions of lots).
 * The members' marks get an index for the task's walk; the lots' (state, expires_on) index served
 * only the old walk over due lots and goes; the (member, state, expires_on) index carries
 * `remaining`, so the task sums a member's due lots from the index alone (four to eight times
 * faster than reading each lot's row).
 */
export class PointsExpiryMark1796703000000 implements MigrationInterface {
  name = 'PointsExpiryMark1796703000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The default is NOTHING_EXPIRED: existing open lots past their date expire on the task's next run.
    await queryRunner.addColumn('loyalty_members', new TableColumn({ name: 'lots_expired_through', type: 'date', default: "'1000-01-01'" }));
    await queryRunner.createIndex(
      'loyalty_members',
      new TableIndex({ name: 'ix_loyalty_members_lots_expired_through', columnNames: ['lots_expired_through', 'id'] }),
    );
    await queryRunner.dropIndex('loyalty_points_lots', 'ix_loyalty_points_lots_state_expires_on');
    await queryRunner.dropIndex('loyalty_points_lots', 'ix_loyalty_points_lots_member_state_expires_on');
    await queryRunner.createIndex(
      'loyalty_points_lots',
      new TableIndex({
        name: 'ix_loyalty_points_lots_member_state_expires_on_remaining',
        columnNames: ['member_id', 'state', 'expires_on', 'id', 'remaining'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('loyalty_points_lots', 'ix_loyalty_points_lots_member_state_expires_on_remaining');
    await queryRunner.createIndex(
      'loyalty_points_lots',
      new TableIndex({ name: 'ix_loyalty_points_lots_member_state_expires_on', columnNames: ['member_id', 'state', 'expires_on', 'id'] }),
    );
    await queryRunner.createIndex(
      'loyalty_points_lots',
      new TableIndex({ name: 'ix_loyalty_points_lots_state_expires_on', columnNames: ['state', 'expires_on', 'id'] }),
    );
    await queryRunner.dropIndex('loyalty_members', 'ix_loyalty_members_lots_expired_through');
    await queryRunner.dropColumn('loyalty_members', 'lots_expired_through');
  }
}
