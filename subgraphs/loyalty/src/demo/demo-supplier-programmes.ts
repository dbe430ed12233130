import { Logger } from '@wayfarer/kit';
import { SupplierProgrammeService } from '../supplier-programmes/supplier-programme.service';

const DEMO_NAMES = ['Alpha supplier programme', 'Bravo supplier programme', 'Charlie supplier programme'];

/** A few supplier programmes for `npm start`'s demo, only into an empty database. */
export async function seedDemoSupplierProgrammes(supplierProgrammes: SupplierProgrammeService, logger: Logger): Promise<void> {
  if (await supplierProgrammes.hasAny()) return;
  for (const name of DEMO_NAMES) await supplierProgrammes.create({ name });
  logger.info({ count: DEMO_NAMES.length }, 'seeded demo supplier programmes');
}
