import { CommunicationsFeature } from '../communications.feature';
import { Interaction } from './interaction.entity';
import { Conversation } from './conversation.entity';
import { ConversationResolver } from './interaction.resolver';
import { interactionsSubjectPart } from './interaction.subject';
import { TimelineKind } from '../timeline/timeline-kind';
import { CreateCommunications1796682440485 } from '../migrations/1796682440485-create-communications';
import { InteractionsConversationsReferralsTimeline1796710000000 } from '../migrations/1796710000000-interactions-conversations-referrals-timeline';

/** Interactions with travellers on every channel, threaded in conversations, on the traveller's timeline. */
export const interactionsFeature: CommunicationsFeature = {
  name: 'interactions',
  entities: [Interaction, Conversation],
  migrations: [CreateCommunications1796682440485, InteractionsConversationsReferralsTimeline1796710000000],
  resolvers: ({ interactions, interactionResolver, timeline, dataSubject }) => {
    timeline.register({ kind: TimelineKind.INTERACTION, type: Interaction, load: (id, context) => interactionResolver.load(id, context) });
    dataSubject.register(interactionsSubjectPart);
    return [interactionResolver, new ConversationResolver(interactions, interactionResolver)];
  },
};
