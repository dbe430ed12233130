import { KeyObject } from 'node:crypto';
import { ConfigError, env, EnvSource, loadConfig, privateKeyFromPem } from '@wayfarer/kit';

export const accessConfigShape = {
  SESSION_PRIVATE_KEY: env.pem('PRIVATE'),
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface AccessSettings {
  sessionPrivateKey: KeyObject;
  demo: boolean;
}

export function loadAccessSettings(source: EnvSource): AccessSettings {
  const config = loadConfig(accessConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production (demo staff share a published password)');
  let sessionPrivateKey: KeyObject;
  try {
    sessionPrivateKey = privateKeyFromPem(config.SESSION_PRIVATE_KEY);
  } catch (error) {
    throw new ConfigError('SESSION_PRIVATE_KEY', `is not a usable private key: ${(error as Error).message}`);
  }
  if (sessionPrivateKey.asymmetricKeyType !== 'ed25519') throw new ConfigError('SESSION_PRIVATE_KEY', 'must be an Ed25519 key');
  return { sessionPrivateKey, demo: config.DEMO };
}
