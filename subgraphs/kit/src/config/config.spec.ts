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
