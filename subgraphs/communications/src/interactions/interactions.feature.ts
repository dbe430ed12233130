import { CommunicationsFeature } from '../communications.feature';
import { Interaction } from './interaction.entity';
import { CreateCommunications1796682440485 } from '../migrations/1796682440485-create-communications';

/** Interactions with travellers on every channel. */
export const interactionsFeature: CommunicationsFeature = {
  name: 'interactions',
  entities: [Interaction],
  migrations: [CreateCommunications1796682440485],
  resolvers: ({ interactionResolver }) => [interactionResolver],
};
