import InteractionIcon from '@mui/icons-material/Notes';
import type { ConsoleResource } from '../consoleResource';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';
import { interactionOperations } from './communications.operations';

export const interactions = {
  name: 'interactions',
  list: InteractionList,
  show: InteractionShow,
  icon: InteractionIcon,
  readScope: 'communications:read',
  recordRepresentation: 'channel',
  operations: interactionOperations,
} satisfies ConsoleResource;
