import { FieldCipher, parseFieldKeys } from '../crypto/field-cipher';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

export interface Reader<T> {
  (name: string, env: Env): T;
}

/** Readers for one variable each; every one names the variable when it rejects a value. */
export const env = {
  string(options: { default?: string; optional?: boolean } = {}): Reader<string> {
    return (name, source) => {
      const value = source[name];
      if (value !== undefined && value !== '') return value;
      if (options.default !== undefined) return options.default;
      if (options.optional) return '';
      throw new ConfigError(name, 'is required');
    };
  },
  int(options: { default?: number; min?: number; max?: number } = {}): Reader<number> {
    return (name, source) => {
      const raw = source[name];
      if (raw === undefined || raw === '') {
        if (options.default !== undefined) return options.default;
        throw new ConfigError(name, 'is required');
      }
      if (!/^-?\d+$/.test(raw)) throw new ConfigError(name, `must be an integer, got "${raw}"`);
      const value = Number(raw);
      if (options.min !== undefined && value < options.min) throw new ConfigError(name, `must be at least ${options.min}`);
      if (options.max !== undefined && value > options.max) throw new ConfigError(name, `must be at most ${options.max}`);
      return value;
    };
  },
  bool(options: { default: boolean }): Reader<boolean> {
    return (name, source) => {
      const raw = source[name];
      if (raw === undefined || raw === '') return options.default;
      if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
      if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
      throw new ConfigError(name, `must be true or false, got "${raw}"`);
    };
  },
  oneOf<T extends string>(values: readonly T[], options: { default?: T } = {}): Reader<T> {
    return (name, source) => {
      const raw = source[name] || options.default;
      if (raw === undefined) throw new ConfigError(name, 'is required');
      if (!values.includes(raw as T)) throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
      return raw as T;
    };
  },
  url(options: { default?: string; optional?: boolean; protocols?: string[] } = {}): Reader<string> {
    return (name, source) => {
      const raw = source[name] || options.default;
      if (!raw) {
        if (options.optional) return '';
        throw new ConfigError(name, 'is required');
      }
      let parsed: URL;
      try {
        parsed = new URL(raw);
      } catch {
        throw new ConfigError(name, 'must be a URL');
      }
      if (options.protocols && !options.protocols.includes(parsed.protocol.replace(/:$/, ''))) {
        throw new ConfigError(name, `must use one of ${options.protocols.join(', ')}`);
      }
      return raw;
    };
  },
  pem(kind: 'PUBLIC' | 'PRIVATE', options: { optional?: boolean } = {}): Reader<string> {
    return (name, source) => {
      const raw = (source[name] ?? '').replace(/\\n/g, '\n');
      if (!raw) {
        if (options.optional) return '';
        throw new ConfigError(name, 'is required');
      }
      if (!raw.includes(`-----BEGIN ${kind} KEY-----`)) throw new ConfigError(name, `must be a PEM ${kind.toLowerCase()} key`);
      return raw;
    };
  },
  /** `id:base64key[,id:base64key...]`, the first the active key (see parseFieldKeys): the cipher for numbers kept encrypted at rest. */
  fieldCipher(): Reader<FieldCipher> {
    return (name, source) => {
      const raw = source[name];
      if (!raw) throw new ConfigError(name, 'is required');
      let keys: ReturnType<typeof parseFieldKeys>;
      try {
        keys = parseFieldKeys(raw);
      } catch (error) {
        throw new ConfigError(name, (error as Error).message);
      }
      return new FieldCipher(keys.active, keys.older);
    };
  },
};

export type ConfigShape = Record<string, Reader<unknown>>;
export type ConfigOf<S extends ConfigShape> = { readonly [K in keyof S]: ReturnType<S[K]> };

/** Reads every variable in the shape once, so a bad value stops start-up with its name. */
export function loadConfig<S extends ConfigShape>(shape: S, source: Env = process.env): ConfigOf<S> {
  const result: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(shape)) result[name] = read(name, source);
  return Object.freeze(result) as ConfigOf<S>;
}

/** The variables every subgraph reads. */
export const subgraphConfigShape = {
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
  PORT: env.int({ default: 0, min: 0, max: 65535 }),
  HOST: env.string({ default: '127.0.0.1' }),
  DATABASE_URL: env.url({ optional: true, protocols: ['mysql', 'mariadb'] }),
  DATA_DIR: env.string({ default: '.data' }),
  INTERNAL_TOKEN_PUBLIC_KEY: env.pem('PUBLIC'),
  LOG_LEVEL: env.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, { default: 'info' }),
};
