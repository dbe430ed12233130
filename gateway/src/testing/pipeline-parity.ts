import { createServer, request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import type { RunningGateway } from '../gateway';

/** One request as a client sends it: a GraphQL body, or a raw body with its own headers. */
export interface ParityRequest {
  query?: string;
  variables?: unknown;
  operationName?: string;
  /** Sent as it is instead of `{ query, variables, operationName }`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** What a client can tell two answers apart by. */
export interface Answer {
  status: number;
  contentType: string | null;
  /** Every other header but the date; a new request id as `(new)`. */
  headers: string;
  body: string;
}

export async function ask(gateway: RunningGateway, request: ParityRequest): Promise<Answer> {
  const body = request.rawBody ?? JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName });
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...request.headers }, body });
  const headers = [...response.headers]
    .filter(([name]) => name !== 'date' && name !== 'content-type')
    // A request id the gateway made up differs every time; one the client sent must come back.
    .map(([name, value]) => `${name}: ${name === 'x-request-id' && !request.headers?.['x-request-id'] ? '(new)' : value}`);
  return { status: response.status, contentType: response.headers.get('content-type'), headers: headers.join('\n'), body: await response.text() };
}

export interface Disagreement {
  request: ParityRequest;
  forwarding: Answer;
  planning: Answer;
}

/**
 * Sends every request to both gateways and returns those they answer differently (status,
 * content type, other headers or body, byte for byte), and those the forwarding gateway forwarded: a subgraph
 * received the client's query text as written (the planner prints the queries it sends anew).
 */
export async function compareAnswers(
  forwarding: RunningGateway,
  planning: RunningGateway,
  requests: ParityRequest[],
  subgraphQueries: () => string[],
): Promise<{ disagreements: Disagreement[]; forwardedRequests: ParityRequest[] }> {
  const disagreements: Disagreement[] = [];
  const forwardedRequests: ParityRequest[] = [];
  const asWritten = (request: ParityRequest) => subgraphQueries().filter((query) => query === request.query).length;
  for (const request of requests) {
    const before = asWritten(request);
    const fromForwarding = await ask(forwarding, request);
    if (asWritten(request) > before) forwardedRequests.push(request);
    const fromPlanning = await ask(planning, request);
    if (
      fromForwarding.status !== fromPlanning.status ||
      fromForwarding.contentType !== fromPlanning.contentType ||
      fromForwarding.headers !== fromPlanning.headers ||
      fromForwarding.body !== fromPlanning.body
    ) {
      disagreements.push({ request, forwarding: fromForwarding, planning: fromPlanning });
    }
  }
  return { disagreements, forwardedRequests };
}

export interface RecordingRelay {
  url: string;
  /** The query text of every request passed on, in order. */
  queries: string[];
  close(): void;
}

/** A subgraph behind a relay that keeps the query text of every request it passes on. */
export async function recordingRelay(subgraphUrl: string): Promise<RecordingRelay> {
  const target = new URL(subgraphUrl);
  const queries: string[] = [];
  const relay = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      queries.push(JSON.parse(body.toString()).query);
      const upstream = httpRequest(target, { method: 'POST', headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/graphql`,
    queries,
    close: () => {
      relay.closeAllConnections();
      relay.close();
    },
  };
}
