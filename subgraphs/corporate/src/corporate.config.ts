import { ConfigError, EnvSource, env, loadConfig } from '@wayfarer/kit';

export const corporateConfigShape = {
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface CorporateSettings {
  demo: boolean;
}

export function loadCorporateSettings(source: EnvSource): CorporateSettings {
  const config = loadConfig(corporateConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  return { demo: config.DEMO };
}
