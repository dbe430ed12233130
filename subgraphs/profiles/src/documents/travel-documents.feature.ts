import { ProfilesFeature } from '../profiles.feature';
import { Passport } from './passport.entity';
import { Visa } from './visa.entity';
import { VaccinationCertificate } from './vaccination-certificate.entity';
import { EntryEndorsement } from './entry-endorsement.entity';
import { TravelInsurance } from './travel-insurance.entity';
import { TravelDocumentsResolver } from './travel-documents.resolver';
import { TravelDocumentsService } from './travel-documents.service';
import { DocumentNumberSearch } from './document-search';
import { PassportNumberResolver, TravelInsuranceNumberResolver, VaccinationCertificateNumberResolver, VisaNumberResolver } from './document-numbers.resolvers';
import { CreateProfiles1732260000000 } from '../migrations/1732260000000-create-profiles';
import { CreateTravelDocuments1732290000000 } from '../migrations/1732290000000-create-travel-documents';

/** Passports, visas, vaccination certificates, entry endorsements and travel insurance, each list one DocumentListService; nationalities; search by document number. */
export const travelDocumentsFeature: ProfilesFeature = {
  name: 'travel-documents',
  entities: [Passport, Visa, VaccinationCertificate, EntryEndorsement, TravelInsurance],
  migrations: [CreateProfiles1732260000000, CreateTravelDocuments1732290000000],
  resolvers({ dataSource, documents, numbers, parts, profiles, history }) {
    for (const list of Object.values(documents)) parts.register(list);
    parts.register(new DocumentNumberSearch(numbers));
    return [
      new PassportNumberResolver(numbers),
      new TravelDocumentsResolver(new TravelDocumentsService(dataSource, profiles, history), documents),
      new VisaNumberResolver(numbers),
      new VaccinationCertificateNumberResolver(numbers),
      new TravelInsuranceNumberResolver(numbers),
    ];
  },
};
