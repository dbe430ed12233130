import { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { GatewayRequestContext } from './gateway';
import { askAsAnonymous, escapeHtml, sendPage } from './public-page';

const UNSUBSCRIBE = 'mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { withdrawn channel } }';
const CHANNEL_NAMES: Record<string, string> = { EMAIL: 'e-mail', SMS: 'text message' };

const page = (response: ServerResponse, status: number, title: string, text: string) => sendPage(response, status, title, `<p>${escapeHtml(text)}</p>`);

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
    const answer = await askAsAnonymous<{ unsubscribe?: { withdrawn: boolean; channel: string } | null }>(runtime, request, UNSUBSCRIBE, { token });
    const outcome = answer.data?.unsubscribe;
    if (outcome) {
      const channel = CHANNEL_NAMES[outcome.channel] ?? outcome.channel;
      return page(response, 200, 'You are unsubscribed', `You will receive no more marketing by ${channel}.`);
    }
    if (answer.refused) return page(response, 400, 'This link cannot be used', 'The link is not valid or has expired. Nothing was changed.');
    return page(response, 503, 'Please try again later', 'We could not record your request just now. Nothing was changed.');
  };
}
