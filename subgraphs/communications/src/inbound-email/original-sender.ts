import { simpleParser } from 'mailparser';

/** What a mail client writes above the message it forwards (Gmail, Apple Mail, Thunderbird, Outlook). */
const FORWARD_MARKER = /^[ \t>]*-{2,}\s*(?:forwarded message|original message|begin forwarded message|转发的邮件|原始邮件)\s*-*\s*:?\s*$/im;
const FROM_LINE = /^[ \t>]*(?:from|发件人)\s*[:：]\s*(.+)$/im;
const ADDRESS = /<?([^\s<>@"]+@[^\s<>@"]+\.[^\s<>@"]+)>?/;

export interface ForwardedMessage {
  /** The sender of the message forwarded; null when it was forwarded but the sender cannot be read. */
  originalSender: string | null;
}

/**
 * Whether a captured message is a forward, and of whose message: an attached message (message/rfc822)
 * gives its own From; an inline forward gives the From line under the client's marker. Null when
 * the message is not a forward, so its own sender is the traveller.
 */
export async function forwardedMessage(text: string, attachments: { contentType: string; content: Buffer }[]): Promise<ForwardedMessage | null> {
  const attached = attachments.find((attachment) => attachment.contentType.toLowerCase() === 'message/rfc822');
  if (attached) {
    const inner = await simpleParser(attached.content).catch(() => null);
    return { originalSender: inner?.from?.value[0]?.address?.toLowerCase() ?? null };
  }
  const marker = FORWARD_MARKER.exec(text);
  if (!marker) return null;
  const fromLine = FROM_LINE.exec(text.slice(marker.index + marker[0].length));
  const address = fromLine && ADDRESS.exec(fromLine[1]);
  return { originalSender: address ? address[1].toLowerCase() : null };
}
