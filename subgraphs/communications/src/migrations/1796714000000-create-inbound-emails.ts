import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateInboundEmails1796714000000 implements MigrationInterface {
  name = 'CreateInboundEmails1796714000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'inbound_emails',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'message_id_hash', type: 'varchar', length: '64' },
          { name: 'message_id', type: 'varchar', length: '998' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'triage_reason', type: 'varchar', length: '32', isNullable: true },
          { name: 'from_address', type: 'varchar', length: '320', isNullable: true },
          { name: 'original_sender', type: 'varchar', length: '320', isNullable: true },
          { name: 'subject', type: 'varchar', length: '998', isNullable: true },
          { name: 'text_body', type: 'text', isNullable: true },
          { name: 'attachments', type: 'text' },
          { name: 'sent_at', type: 'datetime', precision: 3 },
          { name: 'received_at', type: 'datetime', precision: 3 },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'interaction_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'handled_by', type: 'varchar', length: '100', isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'ux_inbound_emails_message_id_hash', columnNames: ['message_id_hash'], isUnique: true }),
          // The triage queue and the other status lists, newest first.
          new TableIndex({ name: 'ix_inbound_emails_status_received', columnNames: ['status', 'received_at', 'id'] }),
          new TableIndex({ name: 'ix_inbound_emails_profile', columnNames: ['profile_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('inbound_emails');
  }
}
