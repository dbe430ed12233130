import InteractionIcon from '@mui/icons-material/Notes';
import type { ConsoleResource } from '../consoleResource';
import { InteractionCreate, InteractionEdit } from './InteractionForm';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';
import { interactionOperations } from './communications.operations';

export const interactions = {
  name: 'interactions',
  list: InteractionList,
  show: InteractionShow,
  create: InteractionCreate,
  edit: InteractionEdit,
  icon: InteractionIcon,
  readScope: 'communications:read',
  writeScope: 'communications:write',
  recordRepresentation: 'name',
  operations: interactionOperations,
} satisfies ConsoleResource;
