import { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { ANONYMOUS } from '@wayfarer/kit';
import type { GatewayRequestContext } from './gateway';

const UNSUBSCRIBE = 'mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { withdrawn channel } }';
const CHANNEL_NAMES: Record<string, string> = { EMAIL: 'e-mail', SMS: 'text message' };

function page(response: ServerResponse, status: number, title: string, text: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'",
    'referrer-policy': 'no-referrer',
  });
  response.end(html);
}

/**
 * `/unsubscribe?token=…`, the link in every campaign message: no session, the signed token is the
 * credential. GET (a traveller following the link) and POST (a mail client's one-click unsubscribe,
 * RFC 8058) both ask the graph's `unsubscribe` as an anonymous caller and answer with a plain page.
 */
export function createUnsubscribeHandler(runtime: GatewayRuntime<GatewayRequestContext>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'POST') return page(response, 405, 'Not allowed', 'Open the link from the message.');
    const token = new URL(request.url ?? '/', 'http://gateway').searchParams.get('token') ?? '';
    request.resume();
    const result = await runtime.fetch(
      'http://gateway/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: UNSUBSCRIBE, variables: { token } }) },
      { principal: ANONYMOUS, clientIp: request.socket.remoteAddress ?? '' },
    );
    const answer = (await result.json().catch(() => ({}))) as {
      data?: { unsubscribe?: { withdrawn: boolean; channel: string } | null } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const outcome = answer.data?.unsubscribe;
    if (outcome) {
      const channel = CHANNEL_NAMES[outcome.channel] ?? outcome.channel;
      return page(response, 200, 'You are unsubscribed', `You will receive no more marketing by ${channel}.`);
    }
    if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT'))
      return page(response, 400, 'This link cannot be used', 'The link is not valid or has expired. Nothing was changed.');
    return page(response, 503, 'Please try again later', 'We could not record your request just now. Nothing was changed.');
  };
}
