import { DataSource } from 'typeorm';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfileService } from '../profile/profile.service';
import { DocumentNumbers } from './document-number';
import { DocumentListService } from './document-list.service';
import { ENTRY_ENDORSEMENTS, TRAVEL_INSURANCE, VACCINATIONS, VISAS } from './document-kinds';
import { DocumentLists, TravelDocumentsResolver } from './travel-documents.resolver';
import { TravelDocumentsService } from './travel-documents.service';
import { TravelInsuranceNumberResolver, VaccinationCertificateNumberResolver, VisaNumberResolver } from './document-numbers.resolvers';
import { Visa } from './visa.entity';
import { VaccinationCertificate } from './vaccination-certificate.entity';
import { EntryEndorsement } from './entry-endorsement.entity';
import { TravelInsurance } from './travel-insurance.entity';

export const TRAVEL_DOCUMENT_ENTITIES = [Visa, VaccinationCertificate, EntryEndorsement, TravelInsurance];

export function documentLists(numbers: DocumentNumbers, history: ProfileHistoryService): DocumentLists {
  return {
    visas: new DocumentListService(VISAS, numbers, history),
    vaccinations: new DocumentListService(VACCINATIONS, numbers, history),
    entryEndorsements: new DocumentListService(ENTRY_ENDORSEMENTS, numbers, history),
    travelInsurance: new DocumentListService(TRAVEL_INSURANCE, numbers, history),
  };
}

export function travelDocumentResolvers(
  dataSource: DataSource,
  lists: DocumentLists,
  numbers: DocumentNumbers,
  profiles: ProfileService,
  history: ProfileHistoryService,
): object[] {
  return [
    new TravelDocumentsResolver(new TravelDocumentsService(dataSource, profiles, history), lists),
    new VisaNumberResolver(numbers),
    new VaccinationCertificateNumberResolver(numbers),
    new TravelInsuranceNumberResolver(numbers),
  ];
}
