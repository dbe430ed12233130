import { Logger } from '@wayfarer/kit';
import { InteractionService } from '../interactions/interaction.service';

const DEMO_NAMES = ['Alpha interaction', 'Bravo interaction', 'Charlie interaction'];

/** A few interactions for `npm start`'s demo, only into an empty database. */
export async function seedDemoInteractions(interactions: InteractionService, logger: Logger): Promise<void> {
  if (await interactions.hasAny()) return;
  for (const name of DEMO_NAMES) await interactions.create({ name });
  logger.info({ count: DEMO_NAMES.length }, 'seeded demo interactions');
}
