import { env, loadConfig, ConfigError, EnvSource, FieldCipher, parseFieldKeys } from '@wayfarer/kit';

export const profilesConfigShape = {
  FIELD_ENCRYPTION_KEYS: env.string(),
  DEMO: env.bool({ default: false }),
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
  PROFILE_REVIEW_INTERVAL_DAYS: env.int({ default: 365, min: 1, max: 3650 }),
  // At most the list count cap, so a count tells at once whether a filter matches too many.
  PROFILE_EXPORT_MAX_ROWS: env.int({ default: 10_000, min: 1, max: 10_000 }),
};

export interface ProfilesSettings {
  cipher: FieldCipher;
  demo: boolean;
  /** Days from a verification to the next review due. */
  reviewIntervalDays: number;
  /** Most travellers one list export may hold. */
  exportMaxRows: number;
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
  return {
    cipher: new FieldCipher(keys.active, keys.older),
    demo: config.DEMO,
    reviewIntervalDays: config.PROFILE_REVIEW_INTERVAL_DAYS,
    exportMaxRows: config.PROFILE_EXPORT_MAX_ROWS,
  };
}
