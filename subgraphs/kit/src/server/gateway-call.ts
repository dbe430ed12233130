import { createServiceToken } from '../auth/service-token';

export interface GatewayAnswer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export type GatewayCall = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) => Promise<GatewayAnswer<T>>;

/** A subgraph's own requests to the graph (audit events, account links…): through the gateway, as the service. */
export function createGatewayCall(options: { gatewayUrl: string; service: string; serviceSecret: string }): GatewayCall {
  return async (query, variables) => {
    const response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-service-token': createServiceToken(options.service, options.serviceSecret) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as Omit<GatewayAnswer<never>, 'status'>;
    return { ...body, status: response.status };
  };
}

/** Why an answer is not a success, for an error message; null when it is one. */
export function gatewayFailure(answer: GatewayAnswer<unknown>): string | null {
  if (answer.status >= 200 && answer.status < 300 && !answer.errors?.length) return null;
  return `${answer.status} ${answer.errors?.map((error) => error.message).join('; ') ?? ''}`.trim();
}
