import { DataSource } from 'typeorm';
import { DEMO_SCHEME_MEMBERS, demoId, FieldCipher, inTransaction, Logger, seededRandom } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { Passport } from '../documents/passport.entity';
import { ProfilePhone } from '../phone-index/profile-phone.entity';
import { phoneIndexRows } from '../phone-index/profile-phone-index';
import { ConsentRecord } from '../consent/consent-record.entity';
import { TravelPreference } from '../preferences/travel-preference.entity';
import { generateTraveller } from './traveller-generator';
import { demoSchemeConsent } from './demo-consents-and-preferences';

export const DEMO_TRAVELLERS = 300;

/** A few hundred realistic travellers for a first look, only into an empty database; their ids are the demo ones other subgraphs' demo data refers to. */
export async function seedDemoTravellers(dataSource: DataSource, cipher: FieldCipher, logger: Logger): Promise<void> {
  if ((await dataSource.getRepository(Profile).count({ take: 1 })) > 0) return;
  const random = seededRandom(2026);
  const travellers = Array.from({ length: DEMO_TRAVELLERS }, (_, index) =>
    generateTraveller(index, random, cipher, undefined, demoId({ kind: 'traveller', index })),
  );
  // Loyalty's demo enrols these travellers in its scheme, which needs their consent to its terms.
  for (const index of DEMO_SCHEME_MEMBERS) travellers[index].consents.push(demoSchemeConsent(travellers[index].profile));
  await inTransaction(dataSource, async (manager) => {
    for (let start = 0; start < travellers.length; start += 100) {
      const chunk = travellers.slice(start, start + 100);
      await manager.getRepository(Profile).insert(chunk.map((traveller) => traveller.profile));
      const passports = chunk.flatMap((traveller) => traveller.passports);
      if (passports.length > 0) await manager.getRepository(Passport).insert(passports);
      await manager.getRepository(ProfilePhone).insert(chunk.flatMap((traveller) => phoneIndexRows(traveller.profile)));
      await manager.getRepository(ConsentRecord).insert(chunk.flatMap((traveller) => traveller.consents));
      const preferences = chunk.flatMap((traveller) => traveller.preferences);
      if (preferences.length > 0) await manager.getRepository(TravelPreference).insert(preferences);
    }
  });
  logger.info({ travellers: DEMO_TRAVELLERS }, 'demo travellers created');
}
