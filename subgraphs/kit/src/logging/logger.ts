import pino, { DestinationStream, Logger } from 'pino';

export type { DestinationStream, Logger };

/**
 * Keys that may carry personal data anywhere in a log object; they are removed before a
 * line is written, so a careless `log.info({ input })` still leaks nothing.
 */
const PERSONAL_KEYS = [
  'password',
  'token',
  'apiKey',
  'authorization',
  'email',
  'emails',
  'phone',
  'phones',
  'givenName',
  'middleName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'number',
  'address',
  'addresses',
  'input',
  'variables',
  'username',
];

/**
 * What a database error carries besides its kind and codes: the statement and its values
 * (TypeORM's `query` and `parameters`, mysql2's `sql` with the values inlined, the driver's own error).
 */
const STATEMENT_KEYS = ['query', 'parameters', 'sql', 'sqlMessage', 'driverError', 'values'];

/** Quoted literals in a database message, such as the value in MySQL's "Duplicate entry '…' for key …". */
const QUOTED = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;

const isDatabaseError = (error: unknown): boolean =>
  error instanceof Error && (STATEMENT_KEYS.some((key) => key in error) || isDatabaseError((error as { cause?: unknown }).cause));

/** An error as pino writes it, minus whatever of a database error could hold the values written. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error);
  if (!isDatabaseError(error)) return serialized;
  const kept: Record<string, unknown> = Object.fromEntries(Object.entries(serialized).filter(([key]) => !STATEMENT_KEYS.includes(key)));
  for (const key of ['message', 'stack']) if (typeof kept[key] === 'string') kept[key] = (kept[key] as string).replace(QUOTED, '?');
  return kept;
}

export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
    hooks: {
      // A logged object's own `message` (an error's, say) would repeat the line's message key.
      logMethod(args, method) {
        const [fields, message] = args as unknown[];
        if (typeof message !== 'string' || !fields || typeof fields !== 'object' || fields instanceof Error || !('message' in fields))
          return method.apply(this, args);
        const { message: detail, ...rest } = fields as Record<string, unknown>;
        return method.apply(this, [{ ...rest, detail }, ...(args.slice(1) as [string])]);
      },
    },
    redact: {
      paths: [...PERSONAL_KEYS, ...PERSONAL_KEYS.map((key) => `*.${key}`)],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
