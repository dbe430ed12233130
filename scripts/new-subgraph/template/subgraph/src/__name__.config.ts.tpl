import { ConfigError, EnvSource, env, loadConfig } from '@wayfarer/kit';

export const __camelName__ConfigShape = {
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface __CamelName__Settings {
  demo: boolean;
}

export function load__CamelName__Settings(source: EnvSource): __CamelName__Settings {
  const config = loadConfig(__camelName__ConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  return { demo: config.DEMO };
}
