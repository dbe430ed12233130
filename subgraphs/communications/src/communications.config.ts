import { ConfigError, EnvSource, env, loadConfig } from '@wayfarer/kit';

export const communicationsConfigShape = {
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface CommunicationsSettings {
  demo: boolean;
}

export function loadCommunicationsSettings(source: EnvSource): CommunicationsSettings {
  const config = loadConfig(communicationsConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  return { demo: config.DEMO };
}
