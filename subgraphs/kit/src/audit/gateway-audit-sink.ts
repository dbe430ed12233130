import { createServiceToken } from '../auth/service-token';
import type { AuditSink } from './audit-recorder';

const RECORD_AUDIT_EVENTS = 'mutation RecordAuditEvents($events: [AuditEventInput!]!) { recordAuditEvents(events: $events) }';

/** Sends audit events through the gateway to the access subgraph, which keeps the audit log. */
export function createGatewayAuditSink(options: { gatewayUrl: string; service: string; serviceSecret: string }): AuditSink {
  return async (events) => {
    const response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-service-token': createServiceToken(options.service, options.serviceSecret) },
      body: JSON.stringify({ query: RECORD_AUDIT_EVENTS, variables: { events } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] };
    if (!response.ok || body.errors?.length) {
      throw new Error(`audit log refused ${events.length} events: ${response.status} ${body.errors?.map((error) => error.message).join('; ') ?? ''}`);
    }
  };
}
