import { ConfigError, env, loadConfig } from './config';

const shape = {
  PORT: env.int({ default: 4000, min: 1, max: 65535 }),
  DATABASE_URL: env.url({ optional: true, protocols: ['mysql'] }),
  DEMO: env.bool({ default: false }),
};

describe('loadConfig', () => {
  it('applies defaults and parses values', () => {
    expect(loadConfig(shape, { DEMO: 'yes', DATABASE_URL: 'mysql://u:p@h/db' })).toEqual({ PORT: 4000, DATABASE_URL: 'mysql://u:p@h/db', DEMO: true });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', 'must be an integer'],
    [{ PORT: '70000' }, 'PORT', 'at most 65535'],
    [{ DATABASE_URL: 'postgres://h/db' }, 'DATABASE_URL', 'mysql'],
    [{ DEMO: 'maybe' }, 'DEMO', 'true or false'],
  ])('stops on %j naming the variable', (source, variable, reason) => {
    expect(() => loadConfig(shape, source)).toThrow(ConfigError);
    expect(() => loadConfig(shape, source)).toThrow(new RegExp(`${variable} .*${reason}`));
  });
});

describe('env.fieldCipher', () => {
  const keys = { FIELD_ENCRYPTION_KEYS: env.fieldCipher() };

  it('builds a cipher from the keys, the first active', () => {
    const { FIELD_ENCRYPTION_KEYS: cipher } = loadConfig(keys, {
      FIELD_ENCRYPTION_KEYS: `k2:${Buffer.alloc(32, 2).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    const sealed = cipher.encrypt('X123');
    expect(cipher.keyIdOf(sealed)).toBe('k2');
    expect(cipher.decrypt(sealed)).toBe('X123');
  });

  it.each([
    [{}, 'is required'],
    [{ FIELD_ENCRYPTION_KEYS: 'k1:short' }, '32 bytes'],
  ])('stops on %j naming the variable', (source, reason) => {
    expect(() => loadConfig(keys, source)).toThrow(new RegExp(`FIELD_ENCRYPTION_KEYS .*${reason}`));
  });
});
