import PartnerIcon from '@mui/icons-material/Key';
import { PartnerClientCreate } from './PartnerClientCreate';
import { PartnerClientList } from './PartnerClientList';
import type { ConsoleResource } from '../consoleResource';
import { partnerClientCommands, partnerClientOperations } from './partnerClients.operations';

export const partnerClients = {
  name: 'partnerClients',
  list: PartnerClientList,
  create: PartnerClientCreate,
  icon: PartnerIcon,
  readScope: 'access:admin',
  writeScope: 'access:admin',
  recordRepresentation: 'name',
  operations: partnerClientOperations,
  commands: partnerClientCommands,
} satisfies ConsoleResource;
