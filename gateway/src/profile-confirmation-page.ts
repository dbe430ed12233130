import { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { readBody } from '@wayfarer/kit';
import type { GatewayRequestContext } from './gateway';
import { askAsAnonymous, escapeHtml, sendPage } from './public-page';

const CONFIRM =
  'mutation ConfirmProfile($token: String!, $correction: String) { confirmProfile(token: $token, correction: $correction) { confirmed correctionRequested } }';
/** A token and a correction of at most a couple of thousand characters, form-encoded. */
const MAX_FORM_BYTES = 16_384;

// The traveller reads English or Simplified Chinese; the page says everything in both.
const both = (english: string, chinese: string) => `<p>${escapeHtml(english)}</p><p lang="zh-Hans">${escapeHtml(chinese)}</p>`;

function form(token: string): string {
  return (
    both(
      'Confirm that the details in the e-mail we sent you are right, or tell us what to correct.',
      '请确认我们发送给您的电子邮件中的资料无误，或告诉我们需要更正的内容。',
    ) +
    `<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
    '<p><label for="correction">What should we correct? / 需要更正的内容：</label><br><textarea id="correction" name="correction" rows="6" cols="60" maxlength="1800"></textarea></p>' +
    '<p><button type="submit">Send / 提交</button></p></form>'
  );
}

/**
 * `/profile-confirmation?token=…`, the link in a profile summary e-mail (PPLTT26 PC6). GET shows a
 * form and reads nothing; POST sends the token and any correction to the graph's `confirmProfile`
 * as an anonymous caller, the signed token being the only credential.
 */
export function createProfileConfirmationHandler(runtime: GatewayRuntime<GatewayRequestContext>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method === 'GET') {
      const token = new URL(request.url ?? '/', 'http://gateway').searchParams.get('token') ?? '';
      request.resume();
      return sendPage(response, 200, 'Your traveller profile', form(token));
    }
    if (request.method !== 'POST') return sendPage(response, 405, 'Not allowed', both('Open the link from the e-mail.', '请打开电子邮件中的链接。'));
    const fields = new URLSearchParams(await readBody(request, MAX_FORM_BYTES));
    const correction = fields.get('correction')?.trim() || null;
    const answer = await askAsAnonymous<{ confirmProfile?: { confirmed: boolean; correctionRequested: boolean } | null }>(runtime, request, CONFIRM, {
      token: fields.get('token') ?? '',
      correction,
    });
    const outcome = answer.data?.confirmProfile;
    if (outcome?.correctionRequested)
      return sendPage(response, 200, 'Thank you', both('Your consultant will make the corrections you asked for.', '您的顾问将按您的要求进行更正。'));
    if (outcome) return sendPage(response, 200, 'Thank you', both('Your profile is confirmed.', '您的资料已确认。'));
    if (answer.refused)
      return sendPage(
        response,
        400,
        'This link cannot be used',
        both('The link is not valid, has expired or was used already. Nothing was changed.', '此链接无效、已过期或已使用。未作任何更改。'),
      );
    return sendPage(
      response,
      503,
      'Please try again later',
      both('We could not record your answer just now. Nothing was changed.', '暂时无法记录您的回复，未作任何更改。'),
    );
  };
}
