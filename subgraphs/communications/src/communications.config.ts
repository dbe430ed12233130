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
};

export interface EmailSettings {
  smtpUrl: string;
  from: string;
}

export interface SmsSettings {
  url: string;
  token: string;
}

export interface CommunicationsSettings {
  demo: boolean;
  /** Base of every unsubscribe link, without a trailing slash. */
  publicUrl: string;
  linkSecret: string;
  linkLifetimeMs: number;
  email: EmailSettings | null;
  sms: SmsSettings | null;
}

const EMAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function loadCommunicationsSettings(source: EnvSource): CommunicationsSettings {
  const config = loadConfig(communicationsConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  if (Buffer.byteLength(config.CAMPAIGN_LINK_SECRET) < 32) throw new ConfigError('CAMPAIGN_LINK_SECRET', 'must be at least 32 bytes');
  if (config.SMTP_URL && !EMAIL_ADDRESS.test(config.CAMPAIGN_FROM_ADDRESS))
    throw new ConfigError('CAMPAIGN_FROM_ADDRESS', 'must be an e-mail address when SMTP_URL is set');
  if (config.SMS_PROVIDER_URL && !config.SMS_PROVIDER_TOKEN) throw new ConfigError('SMS_PROVIDER_TOKEN', 'is required when SMS_PROVIDER_URL is set');
  return {
    demo: config.DEMO,
    publicUrl: (config.PUBLIC_URL || new URL(config.GATEWAY_URL).origin).replace(/\/+$/, ''),
    linkSecret: config.CAMPAIGN_LINK_SECRET,
    linkLifetimeMs: config.UNSUBSCRIBE_LINK_DAYS * 86_400_000,
    email: config.SMTP_URL ? { smtpUrl: config.SMTP_URL, from: config.CAMPAIGN_FROM_ADDRESS } : null,
    sms: config.SMS_PROVIDER_URL ? { url: config.SMS_PROVIDER_URL, token: config.SMS_PROVIDER_TOKEN } : null,
  };
}
