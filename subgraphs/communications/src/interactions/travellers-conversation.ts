import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '@wayfarer/kit';
import { Conversation } from './conversation.entity';

/** The conversation `field` names, which must be one with this traveller: anything else is BAD_USER_INPUT on that field. */
export async function travellersConversation(manager: EntityManager, field: string, conversationId: string, profileId: string): Promise<Conversation> {
  const conversation = await manager.getRepository(Conversation).findOne({ where: { id: conversationId } });
  if (!conversation) throw ValidationFailedError.single(field, 'conversationExists', 'is not a conversation');
  if (conversation.profileId !== profileId) throw ValidationFailedError.single(field, 'sameTraveller', 'is a conversation with another traveller');
  return conversation;
}
