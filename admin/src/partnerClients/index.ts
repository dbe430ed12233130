import PartnerIcon from '@mui/icons-material/Key';
import { PartnerClientCreate } from './PartnerClientCreate';
import { PartnerClientList } from './PartnerClientList';

export const partnerClients = {
  list: PartnerClientList,
  create: PartnerClientCreate,
  icon: PartnerIcon,
};
