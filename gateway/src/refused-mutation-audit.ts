import { getOperationAST, OperationTypeNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { AuditEvent, Logger, Principal, uuid7 } from '@wayfarer/kit';
import type { InternalTokens } from './internal-tokens';

const RECORD_AUDIT_EVENTS = 'mutation RecordAuditEvents($events: [AuditEventInput!]!) { recordAuditEvents(events: $events) }';
const REFUSAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
const SEND_INTERVAL_MS = 1_000;

/** The gateway records its own refusals; only the audit log accepts its events. */
export const GATEWAY_AUDITOR: Principal = Object.freeze({
  id: 'service:gateway',
  kind: 'service',
  roles: [],
  scopes: ['audit:write'],
  client: 'gateway',
}) as Principal;

/**
 * A mutation the gateway refuses never reaches a subgraph, so no subgraph can audit it;
 * the gateway records each refused root field itself and sends the events to the audit log
 * every second, and once more when it stops.
 */
export class RefusedMutationLog {
  private pending: AuditEvent[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: { accessUrl: string; internalTokens: InternalTokens; logger: Logger; timeoutMs: number }) {
    this.timer = setInterval(() => void this.send(), SEND_INTERVAL_MS);
    this.timer.unref();
  }

  record(principal: Principal, operation: string, errorCode: string): void {
    this.pending.push({
      id: uuid7(),
      occurredAt: new Date().toISOString(),
      service: GATEWAY_AUDITOR.client,
      actorId: principal.id,
      actorKind: principal.kind,
      client: principal.client,
      operation,
      subjectType: 'Mutation',
      subjectIds: [],
      fields: [],
      outcome: 'failure',
      errorCode,
    });
  }

  async send(): Promise<void> {
    if (this.pending.length === 0) return;
    const events = this.pending;
    this.pending = [];
    try {
      const response = await fetch(this.options.accessUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.internalTokens.tokenFor(GATEWAY_AUDITOR)}` },
        body: JSON.stringify({ query: RECORD_AUDIT_EVENTS, variables: { events } }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || body.errors?.length) throw new Error(`audit log answered ${response.status}`);
    } catch (error) {
      this.pending.unshift(...events);
      this.options.logger.warn({ err: error, events: events.length }, 'refused mutations not yet in the audit log; will retry');
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.send();
  }
}

export function useRefusedMutationAudit(log: RefusedMutationLog): GatewayPlugin<{ principal?: Principal }> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== OperationTypeNode.MUTATION) return;
      const principal = args.contextValue.principal;
      return {
        onExecuteDone({ result }) {
          if (!principal || !('errors' in result)) return;
          for (const error of result.errors ?? []) {
            const code = String(error.extensions?.code ?? '');
            const rootField = error.path?.[0];
            if (REFUSAL_CODES.has(code) && typeof rootField === 'string' && error.path!.length === 1) log.record(principal, rootField, code);
          }
        },
      };
    },
  };
}
