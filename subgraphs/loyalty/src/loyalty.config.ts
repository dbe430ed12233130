import { ConfigError, EnvSource, env, loadConfig } from '@wayfarer/kit';

export const loyaltyConfigShape = {
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface LoyaltySettings {
  demo: boolean;
}

export function loadLoyaltySettings(source: EnvSource): LoyaltySettings {
  const config = loadConfig(loyaltyConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  return { demo: config.DEMO };
}
