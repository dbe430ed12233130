import { ConfigError } from '../config/config';
import { createLogger } from '../logging/logger';
import { bootSubgraph, SubgraphModule } from './boot-subgraph';
import { stopOnSignals } from './start-subgraph';

/** A subgraph's `main`: boot, stop cleanly on signals, and exit naming the bad setting if config is wrong. */
export function runSubgraphMain<P>(module: SubgraphModule<P>): void {
  const logger = createLogger(module.name);
  bootSubgraph(module)
    .then((running) => stopOnSignals(running.stop, logger))
    .catch((error) => {
      if (error instanceof ConfigError) logger.fatal({ variable: error.variable }, error.message);
      else logger.fatal({ err: error }, 'could not start');
      process.exit(1);
    });
}
