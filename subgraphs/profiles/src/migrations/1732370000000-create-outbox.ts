import { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTable } from '@wayfarer/kit';

/** The outbox through which corporate hears of linked travellers' business preferences. */
export class CreateOutbox1732370000000 implements MigrationInterface {
  name = 'CreateOutbox1732370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox');
  }
}
