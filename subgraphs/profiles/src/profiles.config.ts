import { env, loadConfig, ConfigError, EnvSource, FieldCipher, parseFieldKeys } from '@wayfarer/kit';

export const profilesConfigShape = {
  FIELD_ENCRYPTION_KEYS: env.string(),
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
};

export interface ProfilesSettings {
  cipher: FieldCipher;
  demo: boolean;
}

export function loadProfilesSettings(source: EnvSource): ProfilesSettings {
  const config = loadConfig(profilesConfigShape, source);
  if (config.DEMO && config.NODE_ENV === 'production') throw new ConfigError('DEMO', 'must be off in production');
  let keys: ReturnType<typeof parseFieldKeys>;
  try {
    keys = parseFieldKeys(config.FIELD_ENCRYPTION_KEYS);
  } catch (error) {
    throw new ConfigError('FIELD_ENCRYPTION_KEYS', (error as Error).message);
  }
  return { cipher: new FieldCipher(keys.active, keys.older), demo: config.DEMO };
}
