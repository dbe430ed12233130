import AuditIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';
import { AuditEventShow } from './AuditEventShow';

export const auditEvents = {
  list: AuditEventList,
  show: AuditEventShow,
  icon: AuditIcon,
};
