import { createTransport, Transporter } from 'nodemailer';
import type { EmailSettings, SmsSettings } from '../communications.config';
import { CampaignChannel } from './campaign.types';

export interface OutgoingMessage {
  /** The e-mail address or E.164 number. */
  to: string;
  subject: string | null;
  body: string;
  language: string;
  unsubscribeUrl: string;
}

/** The server or provider refused this one message (a bad address, a full mailbox): it is marked FAILED and the campaign goes on. */
export class MessageRefusedError extends Error {}

/** Where one channel's messages go. Any error but MessageRefusedError stops the send, to be resumed. */
export interface MessageChannel {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

/** E-mail through an SMTP server, one pooled connection per campaign send. */
export class SmtpChannel implements MessageChannel {
  private readonly transport: Transporter;

  constructor(private readonly settings: EmailSettings) {
    // Nodemailer reads transport options from the URL's query: a pool of connections kept open for the whole send.
    const url = new URL(settings.smtpUrl);
    url.searchParams.set('pool', 'true');
    url.searchParams.set('maxConnections', '4');
    this.transport = createTransport(url.toString());
  }

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject ?? '',
        text: message.body,
        // RFC 8058: mail clients may unsubscribe with one POST to the link, without opening it.
        headers: { 'Content-Language': message.language, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        list: { unsubscribe: message.unsubscribeUrl },
      });
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      // A 5xx answer to this recipient is final for this message; anything else (connection lost, 4xx) is the server's state, not the message's.
      if (responseCode && responseCode >= 500) throw new MessageRefusedError(`SMTP ${responseCode}`);
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** SMS through the provider's HTTP API: `POST {url}` with `{ to, text }` and the token as a bearer credential. */
export class HttpSmsChannel implements MessageChannel {
  constructor(private readonly settings: SmsSettings) {}

  async send(message: OutgoingMessage): Promise<void> {
    const response = await fetch(this.settings.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.settings.token}` },
      body: JSON.stringify({ to: message.to, text: message.body }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (response.ok) return;
    if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new MessageRefusedError(`HTTP ${response.status}`);
    throw new Error(`the SMS provider answered ${response.status}`);
  }

  close(): void {}
}

export class ChannelNotConfiguredError extends Error {
  constructor(readonly channel: CampaignChannel) {
    super(channel === CampaignChannel.EMAIL ? 'no SMTP server is configured (SMTP_URL)' : 'no SMS provider is configured (SMS_PROVIDER_URL)');
  }
}

/** A channel for one send: a fresh SMTP pool each time, closed when the send ends. */
export function openChannel(channel: CampaignChannel, settings: { email: EmailSettings | null; sms: SmsSettings | null }): MessageChannel {
  if (channel === CampaignChannel.EMAIL) {
    if (!settings.email) throw new ChannelNotConfiguredError(channel);
    return new SmtpChannel(settings.email);
  }
  if (!settings.sms) throw new ChannelNotConfiguredError(channel);
  return new HttpSmsChannel(settings.sms);
}
