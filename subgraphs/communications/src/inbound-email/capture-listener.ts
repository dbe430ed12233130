import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { Logger } from '@wayfarer/kit';
import type { InboundEmailSettings } from '../communications.config';
import { CapturedMessage, InboundEmailService } from './inbound-email.service';
import { forwardedMessage } from './original-sender';

/** An SMTP refusal: the code and text the sending server is answered with. */
class Refusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGE_ID = /^<?[^\s<>]+>?$/;

/**
 * The capture address's mail server: it takes mail for the capture addresses only, up to the size
 * limit (announced with SIZE and enforced while reading), parses it and hands it to the capture.
 * A message is accepted only once it is stored; anything refused is answered with an SMTP error
 * and leaves nothing behind.
 */
export async function startCaptureListener(settings: InboundEmailSettings, capture: InboundEmailService, logger: Logger): Promise<() => Promise<void>> {
  const server = new SMTPServer({
    name: 'wayfarer-capture',
    banner: 'Wayfarer e-mail capture',
    size: settings.maxMessageBytes,
    authOptional: true,
    // The mail server in front relays to this listener on a private address; TLS and authentication are its business.
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!settings.captureAddresses.includes(address.address.toLowerCase())) return callback(new Refusal(550, '5.1.1 No such mailbox here'));
      callback();
    },
    onData(stream, session, callback) {
      receive(stream, session)
        .then(() => callback())
        .catch((error: unknown) => {
          if (error instanceof Refusal) return callback(Object.assign(new Error(error.message), { responseCode: error.responseCode }));
          logger.error({ err: error }, 'captured e-mail could not be stored');
          callback(Object.assign(new Error('4.3.0 Could not store the message, try again later'), { responseCode: 451 }));
        });
    },
  });

  async function receive(stream: SMTPServerDataStream, _session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw new Refusal(552, `5.3.4 The message is larger than ${settings.maxMessageBytes} bytes`);
    await capture.capture(await read(Buffer.concat(chunks)));
  }

  async function read(raw: Buffer): Promise<CapturedMessage> {
    const mail = await simpleParser(raw, { skipHtmlToText: false }).catch(() => {
      throw new Refusal(554, '5.6.0 The message cannot be read');
    });
    const from = mail.from?.value[0]?.address?.toLowerCase();
    if (!from) throw new Refusal(554, '5.6.0 The message has no From address');
    const messageId = mail.messageId?.trim();
    if (!messageId || messageId.length > 998 || !MESSAGE_ID.test(messageId)) throw new Refusal(554, '5.6.0 The message has no valid Message-ID');
    if (mail.attachments.length > settings.maxAttachments) throw new Refusal(552, `5.3.4 The message has more than ${settings.maxAttachments} attachments`);
    const text = mail.text?.trim() || null;
    if (text && Buffer.byteLength(text) > settings.maxTextBytes) throw new Refusal(552, `5.3.4 The message text is longer than ${settings.maxTextBytes} bytes`);
    const forward = await forwardedMessage(text ?? '', mail.attachments);
    return {
      messageId,
      from,
      forwardedFrom: forward ?? undefined,
      subject: mail.subject?.trim().slice(0, 998) || null,
      text,
      sentAt: mail.date ?? null,
      attachments: mail.attachments.map((attachment) => ({ name: attachment.filename ?? '', type: attachment.contentType, size: attachment.size })),
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.warn({ err: error }, 'e-mail capture listener error'));
  logger.info({ port: settings.port, host: settings.host }, 'e-mail capture listening');
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
