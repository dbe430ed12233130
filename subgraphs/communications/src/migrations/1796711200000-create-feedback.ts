import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateFeedback1796711200000 implements MigrationInterface {
  name = 'CreateFeedback1796711200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'feedback',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'product_type', type: 'varchar', length: '12' },
          { name: 'supplier_code', type: 'varchar', length: '20' },
          { name: 'supplier_name', type: 'varchar', length: '200' },
          { name: 'rating', type: 'int' },
          { name: 'comment', type: 'varchar', length: '4000', isNullable: true },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'booking_reference', type: 'varchar', length: '40', isNullable: true },
          { name: 'given_at', type: 'datetime', precision: 3 },
          { name: 'recorded_by_id', type: 'varchar', length: '36' },
          { name: 'erased_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        // Lists walk time order; reports range over supplier or product and period; the traveller's timeline walks profile, time, id.
        indices: [
          new TableIndex({ name: 'ix_feedback_given', columnNames: ['given_at', 'id'] }),
          new TableIndex({ name: 'ix_feedback_supplier_given', columnNames: ['supplier_code', 'given_at', 'id'] }),
          new TableIndex({ name: 'ix_feedback_product_given', columnNames: ['product_type', 'given_at', 'id'] }),
          new TableIndex({ name: 'ix_feedback_profile_given', columnNames: ['profile_id', 'given_at', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feedback');
  }
}
