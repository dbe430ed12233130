import { ConfigError, EnvSource, env, FieldCipher, loadConfig } from '@wayfarer/kit';

export const loyaltyConfigShape = {
  FIELD_ENCRYPTION_KEYS: env.fieldCipher(),
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface LoyaltySettings {
  /** Membership numbers are encrypted at rest with it. */
  cipher: FieldCipher;
  demo: boolean;
}

export function loadLoyaltySettings(source: EnvSource): LoyaltySettings {
  const config = loadConfig(loyaltyConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  return { cipher: config.FIELD_ENCRYPTION_KEYS, demo: config.DEMO };
}
