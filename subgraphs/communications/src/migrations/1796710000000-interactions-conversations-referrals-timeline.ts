import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Interactions in their real shape (the generated table held only placeholder names and never
 * shipped, so it is replaced rather than altered), the conversations that thread them, referrals,
 * and the timeline every feature writes its entries into.
 */
export class InteractionsConversationsReferralsTimeline1796710000000 implements MigrationInterface {
  name = 'InteractionsConversationsReferralsTimeline1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('interactions');
    await queryRunner.createTable(
      new Table({
        name: 'conversations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'opened_at', type: 'datetime', precision: 3 },
          { name: 'opened_by', type: 'varchar', length: '36' },
          { name: 'last_interaction_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'ix_conversations_profile', columnNames: ['profile_id', 'last_interaction_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'interactions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'conversation_id', type: 'varchar', length: '36' },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'direction', type: 'varchar', length: '8' },
          { name: 'requirement', type: 'varchar', length: '16' },
          { name: 'occurred_at', type: 'datetime', precision: 3 },
          { name: 'duration_seconds', type: 'int', isNullable: true },
          { name: 'staff_id', type: 'varchar', length: '36' },
          { name: 'summary', type: 'text', isNullable: true },
          { name: 'outcome', type: 'text', isNullable: true },
          { name: 'confidential', type: 'boolean' },
          { name: 'recorded', type: 'boolean' },
          { name: 'monitored', type: 'boolean' },
          { name: 'customer_agreed_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'agreement_taken_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'erased_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
        // Every list filter that narrows by a key has its own index in time order, the id last, so each page is an index walk.
        indices: [
          new TableIndex({ name: 'ix_interactions_occurred_at', columnNames: ['occurred_at', 'id'] }),
          new TableIndex({ name: 'ix_interactions_profile', columnNames: ['profile_id', 'occurred_at', 'id'] }),
          new TableIndex({ name: 'ix_interactions_conversation', columnNames: ['conversation_id', 'occurred_at', 'id'] }),
          new TableIndex({ name: 'ix_interactions_staff', columnNames: ['staff_id', 'occurred_at', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'referrals',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'conversation_id', type: 'varchar', length: '36' },
          { name: 'profile_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'from_staff_id', type: 'varchar', length: '36' },
          { name: 'to_staff_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'to_team', type: 'varchar', length: '32', isNullable: true },
          { name: 'reason_given', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'referred_at', type: 'datetime', precision: 3 },
          { name: 'accepted_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'accepted_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'closed_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'closed_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'version', type: 'int' },
        ],
        // The worklists: a colleague's or a team's referrals by status, oldest first.
        indices: [
          new TableIndex({ name: 'ix_referrals_to_staff', columnNames: ['to_staff_id', 'status', 'referred_at', 'id'] }),
          new TableIndex({ name: 'ix_referrals_to_team', columnNames: ['to_team', 'status', 'referred_at', 'id'] }),
          new TableIndex({ name: 'ix_referrals_conversation', columnNames: ['conversation_id', 'referred_at', 'id'] }),
          new TableIndex({ name: 'ix_referrals_profile', columnNames: ['profile_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'timeline_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'profile_id', type: 'varchar', length: '36' },
          { name: 'occurred_at', type: 'datetime', precision: 3 },
          { name: 'channel', type: 'varchar', length: '16', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_timeline_entries_profile', columnNames: ['profile_id', 'occurred_at', 'id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['timeline_entries', 'referrals', 'interactions', 'conversations']) await queryRunner.dropTable(table);
    await queryRunner.createTable(
      new Table({
        name: 'interactions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'name_key', type: 'varchar', length: '200' },
          { name: 'contact_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'updated_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }
}
