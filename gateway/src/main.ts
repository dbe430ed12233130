import { ConfigError, createLogger, stopOnSignals } from '@wayfarer/kit';
import { loadGatewayConfig } from './config';
import { createGateway } from './gateway';

const logger = createLogger('gateway');

try {
  const config = loadGatewayConfig();
  createGateway(config, { logger: createLogger('gateway', config.LOG_LEVEL) })
    // The runtime stops itself on SIGTERM but leaves our HTTP server open; this closes both, then exits.
    .then((gateway) => stopOnSignals(gateway.stop, logger))
    .catch((err) => {
      logger.fatal({ err }, 'could not start');
      process.exit(1);
    });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  logger.fatal({ variable: error.variable }, error.message);
  process.exit(1);
}
