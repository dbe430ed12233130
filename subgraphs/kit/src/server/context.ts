import type { Principal } from '../auth/principal';
import type { AuditTrail } from '../audit/audit-trail';
import type { Loaders } from '../loaders/loaders';

/** What every resolver receives. */
export interface SubgraphContext {
  principal: Principal;
  requestId: string;
  loaders: Loaders;
  audit: AuditTrail;
  /** The caller's address as the gateway forwarded it (`x-forwarded-for`, first hop); absent when not forwarded. */
  clientIp?: string;
}
