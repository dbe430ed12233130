import { EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { Interaction } from './interaction.entity';
import { Conversation } from './conversation.entity';

/**
 * The traveller's conversations and interactions, with their recording agreements. Erasure cuts both
 * from the person (profile id gone) and removes what was said (summary, outcome); channel, direction,
 * time, duration, requirement and staff member stay for the contact statistics.
 */
export const interactionsSubjectPart: DataSubjectPart = {
  name: 'interactions',

  async export(manager: EntityManager, subjectId: string) {
    const conversations = await manager.getRepository(Conversation).find({ where: { profileId: subjectId }, order: { openedAt: 'ASC', id: 'ASC' } });
    const interactions = await manager.getRepository(Interaction).find({ where: { profileId: subjectId }, order: { occurredAt: 'ASC', id: 'ASC' } });
    if (!conversations.length && !interactions.length) return null;
    return {
      conversations: conversations.map((conversation) => ({ ...subjectRecord(conversation), openedBy: conversation.openedBy })),
      interactions: interactions.map((interaction) => ({
        ...subjectRecord(interaction),
        conversationId: interaction.conversationId,
        staffId: interaction.staffId,
        summary: interaction.summary,
        outcome: interaction.outcome,
      })),
      recordingAgreements: interactions
        .filter((interaction) => interaction.customerAgreedAt)
        .map((interaction) => ({
          interactionId: interaction.id,
          recorded: interaction.recorded,
          monitored: interaction.monitored,
          agreedAt: interaction.customerAgreedAt!.toISOString(),
          takenBy: interaction.agreementTakenBy,
        })),
    };
  },

  async erase(manager: EntityManager, subjectId: string) {
    const now = new Date();
    const interactions = await manager
      .getRepository(Interaction)
      .update({ profileId: subjectId }, { profileId: null, summary: null, outcome: null, erasedAt: now, updatedAt: now, version: () => 'version + 1' });
    const conversations = await manager.getRepository(Conversation).update({ profileId: subjectId }, { profileId: null });
    return interactions.affected || conversations.affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
  },
};
