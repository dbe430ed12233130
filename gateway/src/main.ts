import { ConfigError, createLogger } from '@wayfarer/kit';
import { loadGatewayConfig } from './config';
import { createGateway } from './gateway';

const logger = createLogger('gateway');

/**
 * The runtime stops itself on SIGTERM but leaves our HTTP server open, so the process
 * would linger with connections half-served; this handler closes both, then exits.
 */
function stopOnSignals(stop: () => Promise<void>): void {
  const handler = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping');
    stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}

try {
  const config = loadGatewayConfig();
  createGateway(config, { logger: createLogger('gateway', config.LOG_LEVEL) })
    .then((gateway) => stopOnSignals(gateway.stop))
    .catch((err) => {
      logger.fatal({ err }, 'could not start');
      process.exit(1);
    });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  logger.fatal({ variable: error.variable }, error.message);
  process.exit(1);
}
