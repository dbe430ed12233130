import { createGatewayCall, gatewayFailure } from '../server/gateway-call';
import type { AuditSink } from './audit-recorder';

const RECORD_AUDIT_EVENTS = 'mutation RecordAuditEvents($events: [AuditEventInput!]!) { recordAuditEvents(events: $events) }';

/** Sends audit events through the gateway to the access subgraph, which keeps the audit log. */
export function createGatewayAuditSink(options: { gatewayUrl: string; service: string; serviceSecret: string }): AuditSink {
  const call = createGatewayCall(options);
  return async (events) => {
    const failure = gatewayFailure(await call(RECORD_AUDIT_EVENTS, { events }));
    if (failure) throw new Error(`audit log refused ${events.length} events: ${failure}`);
  };
}
