import AuditIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';
import { AuditEventShow } from './AuditEventShow';
import type { ConsoleResource } from '../consoleResource';
import { auditEventOperations } from './auditEvents.operations';

export const auditEvents = {
  name: 'auditEvents',
  list: AuditEventList,
  show: AuditEventShow,
  icon: AuditIcon,
  readScope: 'audit:read',
  operations: auditEventOperations,
} satisfies ConsoleResource;
