import pino, { DestinationStream, Logger } from 'pino';

export type { Logger };

/**
 * Keys that may carry personal data anywhere in a log object; they are removed before a
 * line is written, so a careless `log.info({ input })` still leaks nothing.
 */
const PERSONAL_KEYS = [
  'password', 'token', 'apiKey', 'authorization', 'email', 'emails', 'phone', 'phones', 'givenName', 'middleName',
  'familyName', 'preferredName', 'dateOfBirth', 'number', 'address', 'addresses', 'input', 'variables', 'username',
];

export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      // A logged object's own `message` (an error's, say) would repeat the line's message key.
      logMethod(args, method) {
        const [fields, message] = args as unknown[];
        if (typeof message !== 'string' || !fields || typeof fields !== 'object' || fields instanceof Error || !('message' in fields)) return method.apply(this, args);
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
