import { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { ANONYMOUS } from '@wayfarer/kit';
import type { GatewayRequestContext } from './gateway';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);

/**
 * A plain page for a traveller following a link from a message: no script, no outside resources, not
 * cached, no referrer. `body` is HTML the caller built with escapeHtml; `lang` its language.
 */
export function sendPage(response: ServerResponse, status: number, title: string, body: string, lang = 'en'): void {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    // Forms may post back to this origin only.
    'content-security-policy': "default-src 'none'; form-action 'self'",
    'referrer-policy': 'no-referrer',
  });
  response.end(html);
}

export interface AnonymousAnswer<T> {
  data?: T | null;
  /** Whether the graph refused the input (a tampered or expired token…) rather than failed. */
  refused: boolean;
}

/** Asks the graph as an anonymous caller, as a link's page does: the signed token in the variables is the only credential. */
export async function askAsAnonymous<T>(
  runtime: GatewayRuntime<GatewayRequestContext>,
  request: IncomingMessage,
  query: string,
  variables: Record<string, unknown>,
): Promise<AnonymousAnswer<T>> {
  const result = await runtime.fetch(
    'http://gateway/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) },
    { principal: ANONYMOUS, clientIp: request.socket.remoteAddress ?? '' },
  );
  const answer = (await result.json().catch(() => ({}))) as { data?: T | null; errors?: { extensions?: { code?: string } }[] };
  return { data: answer.data, refused: answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT') ?? false };
}
