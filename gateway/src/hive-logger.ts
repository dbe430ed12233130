import { Logger as HiveLogger, LogLevel, LogWriter } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@wayfarer/kit';

const HIVE_LEVELS: Record<string, LogLevel | false> = {
  trace: 'trace',
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'error',
  silent: false,
};

/** The runtime's own log lines, written through the kit logger so they share its format and redaction. */
export function hiveLoggerFor(logger: Logger): HiveLogger {
  const writer: LogWriter = {
    write(level, attrs, message) {
      const fields = attrs instanceof Error ? { err: attrs } : Array.isArray(attrs) ? { values: attrs } : (attrs ?? {});
      // An error the runtime logs without words of its own (Yoga's `log.error(error)`) keeps its message as the line's.
      logger[level](fields, message || undefined);
    },
  };
  return new HiveLogger({ level: HIVE_LEVELS[logger.level] ?? 'info', writers: [writer] });
}
