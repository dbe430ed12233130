import { Logger } from '@wayfarer/kit';
import { __Entity__Service } from '../__entities_file__/__entity_file__.service';

const DEMO_NAMES = ['Alpha __label__', 'Bravo __label__', 'Charlie __label__'];

/** A few __labels__ for `npm start`'s demo, only into an empty database. */
export async function seedDemo__Entities__(__entities__: __Entity__Service, logger: Logger): Promise<void> {
  if (await __entities__.hasAny()) return;
  for (const name of DEMO_NAMES) await __entities__.create({ name });
  logger.info({ count: DEMO_NAMES.length }, 'seeded demo __labels__');
}
