import { env, loadConfig, ConfigError, EnvSource, FieldCipher } from '@wayfarer/kit';

export const profilesConfigShape = {
  FIELD_ENCRYPTION_KEYS: env.fieldCipher(),
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
  return {
    cipher: config.FIELD_ENCRYPTION_KEYS,
    demo: config.DEMO,
    reviewIntervalDays: config.PROFILE_REVIEW_INTERVAL_DAYS,
    exportMaxRows: config.PROFILE_EXPORT_MAX_ROWS,
  };
}
