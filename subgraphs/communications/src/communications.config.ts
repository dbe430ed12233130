import { ConfigError, EnvSource, env, loadConfig } from '@wayfarer/kit';

export const communicationsConfigShape = {
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
  GATEWAY_URL: env.url({ default: 'http://127.0.0.1:4000/graphql' }),
  /** Where travellers reach the back office: unsubscribe links point at its `/unsubscribe`. Defaults to the gateway's origin. */
  PUBLIC_URL: env.url({ optional: true, protocols: ['http', 'https'] }),
  /** Signs unsubscribe links (HMAC-SHA-256). */
  CAMPAIGN_LINK_SECRET: env.string(),
  UNSUBSCRIBE_LINK_DAYS: env.int({ default: 90, min: 1, max: 3650 }),
  /** E-mail campaigns go out through this server, e.g. smtp://user:password@mail.example:587; without it they cannot be sent. */
  SMTP_URL: env.url({ optional: true, protocols: ['smtp', 'smtps'] }),
  CAMPAIGN_FROM_ADDRESS: env.string({ optional: true }),
  /** SMS campaigns go out through this provider endpoint (POST, JSON, bearer token); without it they cannot be sent. */
  SMS_PROVIDER_URL: env.url({ optional: true, protocols: ['http', 'https'] }),
  SMS_PROVIDER_TOKEN: env.string({ optional: true }),
  /** Captured e-mail arrives over SMTP on this port (the mail server relays the capture address here); 0 listens for none. */
  INBOUND_SMTP_PORT: env.int({ default: 0, min: 0, max: 65535 }),
  INBOUND_SMTP_HOST: env.string({ default: '127.0.0.1' }),
  /** The capture addresses, comma-separated: mail to any other recipient is refused. */
  INBOUND_CAPTURE_ADDRESSES: env.string({ optional: true }),
  INBOUND_MAX_MESSAGE_BYTES: env.int({ default: 10_485_760, min: 1_024, max: 52_428_800 }),
  /** The text body is stored (in a TEXT column): a longer one is refused rather than cut. */
  INBOUND_MAX_TEXT_BYTES: env.int({ default: 60_000, min: 1_024, max: 65_000 }),
  INBOUND_MAX_ATTACHMENTS: env.int({ default: 20, min: 0, max: 100 }),
  /** How long the link in a profile summary e-mail can be followed. */
  PROFILE_SUMMARY_LINK_DAYS: env.int({ default: 14, min: 1, max: 90 }),
};

export interface EmailSettings {
  smtpUrl: string;
  from: string;
}

export interface SmsSettings {
  url: string;
  token: string;
}

export interface InboundEmailSettings {
  port: number;
  host: string;
  /** Lower case. */
  captureAddresses: string[];
  maxMessageBytes: number;
  maxTextBytes: number;
  maxAttachments: number;
}

export interface CommunicationsSettings {
  demo: boolean;
  /** Base of every unsubscribe link, without a trailing slash. */
  publicUrl: string;
  linkSecret: string;
  linkLifetimeMs: number;
  email: EmailSettings | null;
  sms: SmsSettings | null;
  inbound: InboundEmailSettings | null;
  summaryLinkLifetimeMs: number;
}

const EMAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function loadCommunicationsSettings(source: EnvSource): CommunicationsSettings {
  const config = loadConfig(communicationsConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  if (Buffer.byteLength(config.CAMPAIGN_LINK_SECRET) < 32) throw new ConfigError('CAMPAIGN_LINK_SECRET', 'must be at least 32 bytes');
  if (config.SMTP_URL && !EMAIL_ADDRESS.test(config.CAMPAIGN_FROM_ADDRESS))
    throw new ConfigError('CAMPAIGN_FROM_ADDRESS', 'must be an e-mail address when SMTP_URL is set');
  if (config.SMS_PROVIDER_URL && !config.SMS_PROVIDER_TOKEN) throw new ConfigError('SMS_PROVIDER_TOKEN', 'is required when SMS_PROVIDER_URL is set');
  const captureAddresses = config.INBOUND_CAPTURE_ADDRESSES.split(',')
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
  if (config.INBOUND_SMTP_PORT && !captureAddresses.length) throw new ConfigError('INBOUND_CAPTURE_ADDRESSES', 'is required when INBOUND_SMTP_PORT is set');
  const notAnAddress = captureAddresses.find((address) => !EMAIL_ADDRESS.test(address));
  if (notAnAddress) throw new ConfigError('INBOUND_CAPTURE_ADDRESSES', `must be e-mail addresses, got "${notAnAddress}"`);
  return {
    demo: config.DEMO,
    publicUrl: (config.PUBLIC_URL || new URL(config.GATEWAY_URL).origin).replace(/\/+$/, ''),
    linkSecret: config.CAMPAIGN_LINK_SECRET,
    linkLifetimeMs: config.UNSUBSCRIBE_LINK_DAYS * 86_400_000,
    email: config.SMTP_URL ? { smtpUrl: config.SMTP_URL, from: config.CAMPAIGN_FROM_ADDRESS } : null,
    sms: config.SMS_PROVIDER_URL ? { url: config.SMS_PROVIDER_URL, token: config.SMS_PROVIDER_TOKEN } : null,
    inbound: config.INBOUND_SMTP_PORT
      ? {
          port: config.INBOUND_SMTP_PORT,
          host: config.INBOUND_SMTP_HOST,
          captureAddresses,
          maxMessageBytes: config.INBOUND_MAX_MESSAGE_BYTES,
          maxTextBytes: config.INBOUND_MAX_TEXT_BYTES,
          maxAttachments: config.INBOUND_MAX_ATTACHMENTS,
        }
      : null,
    summaryLinkLifetimeMs: config.PROFILE_SUMMARY_LINK_DAYS * 86_400_000,
  };
}
