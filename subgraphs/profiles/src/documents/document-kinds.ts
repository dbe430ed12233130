import { EncryptedNumbers } from '@wayfarer/kit';
import { ProfileHistoryService } from '../history/profile-history.service';
import { DocumentKind, DocumentListService } from './document-list.service';
import { EntryEndorsementInput, TravelInsuranceInput, VaccinationCertificateInput, VisaInput } from './document.inputs';
import { Passport } from './passport.entity';
import { PassportInput } from './passport.input';
import { EntryEndorsement } from './entry-endorsement.entity';
import { TravelInsurance } from './travel-insurance.entity';
import { VaccinationCertificate } from './vaccination-certificate.entity';
import { Visa } from './visa.entity';

/** Oldest first, as entered. */
const AS_ENTERED = { createdAt: 'ASC', id: 'ASC' } as const;

/** Written with the profile (createProfile, updateProfile, the CSV import) rather than by a set mutation of their own. */
export const PASSPORTS: DocumentKind<Passport, PassportInput> = {
  list: 'passports',
  entity: Passport,
  label: 'passport',
  numbered: true,
  contextual: false,
  order: { expiryDate: 'DESC' },
  end: 'expiryDate',
  acceptsExpired: true,
  rules: (input) => (input.issueDate && input.issueDate >= input.expiryDate ? [['expiryDate', 'isAfterIssueDate', 'must be after the issue date']] : []),
  assign(row, input) {
    row.issuingCountry = input.issuingCountry.toUpperCase();
    row.nationality = input.nationality?.toUpperCase() ?? null;
    row.issueDate = input.issueDate ?? null;
    row.expiryDate = input.expiryDate;
  },
  view: (row) => ({ issuingCountry: row.issuingCountry, nationality: row.nationality, issueDate: row.issueDate, expiryDate: row.expiryDate }),
};

export const VISAS: DocumentKind<Visa, VisaInput> = {
  list: 'visas',
  entity: Visa,
  label: 'visa',
  numbered: true,
  contextual: true,
  order: AS_ENTERED,
  end: 'validUntil',
  rules: (input) => (input.validFrom >= input.validUntil ? [['validUntil', 'isAfterValidFrom', 'must be after the date it is valid from']] : []),
  assign(row, input) {
    row.country = input.country.toUpperCase();
    row.entryType = input.entryType;
    row.validFrom = input.validFrom;
    row.validUntil = input.validUntil;
    row.authorisedStayDays = input.authorisedStayDays ?? null;
  },
  view: (row) => ({
    country: row.country,
    entryType: row.entryType,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    authorisedStayDays: row.authorisedStayDays,
    context: row.context,
  }),
};

export const VACCINATIONS: DocumentKind<VaccinationCertificate, VaccinationCertificateInput> = {
  list: 'vaccinations',
  entity: VaccinationCertificate,
  label: 'vaccination certificate',
  numbered: true,
  contextual: true,
  order: AS_ENTERED,
  end: 'expiryDate',
  rules: (input) =>
    input.expiryDate && input.dateGiven >= input.expiryDate ? [['expiryDate', 'isAfterDateGiven', 'must be after the date the vaccine was given']] : [],
  assign(row, input) {
    row.disease = input.disease.trim();
    row.dateGiven = input.dateGiven;
    row.expiryDate = input.expiryDate ?? null;
  },
  view: (row) => ({ disease: row.disease, dateGiven: row.dateGiven, expiryDate: row.expiryDate, context: row.context }),
};

export const ENTRY_ENDORSEMENTS: DocumentKind<EntryEndorsement, EntryEndorsementInput> = {
  list: 'entryEndorsements',
  entity: EntryEndorsement,
  label: 'entry endorsement',
  numbered: false,
  contextual: true,
  order: AS_ENTERED,
  end: 'validUntil',
  rules: () => [],
  assign(row, input) {
    row.country = input.country.toUpperCase();
    row.description = input.description.trim();
    row.validUntil = input.validUntil ?? null;
  },
  view: (row) => ({ country: row.country, description: row.description, validUntil: row.validUntil, context: row.context }),
};

export const TRAVEL_INSURANCE: DocumentKind<TravelInsurance, TravelInsuranceInput> = {
  list: 'travelInsurance',
  entity: TravelInsurance,
  label: 'travel insurance policy',
  numbered: true,
  contextual: true,
  order: AS_ENTERED,
  end: 'coverUntil',
  rules: (input) => (input.coverFrom >= input.coverUntil ? [['coverUntil', 'isAfterCoverFrom', 'must be after the date cover starts']] : []),
  assign(row, input) {
    row.insurer = input.insurer.trim();
    row.coverFrom = input.coverFrom;
    row.coverUntil = input.coverUntil;
    row.emergencyPhone = input.emergencyPhone ?? null;
  },
  view: (row) => ({ insurer: row.insurer, coverFrom: row.coverFrom, coverUntil: row.coverUntil, emergencyPhone: row.emergencyPhone, context: row.context }),
};

export type PassportList = DocumentListService<Passport, PassportInput>;

export interface DocumentLists {
  passports: PassportList;
  visas: DocumentListService<Visa, VisaInput>;
  vaccinations: DocumentListService<VaccinationCertificate, VaccinationCertificateInput>;
  entryEndorsements: DocumentListService<EntryEndorsement, EntryEndorsementInput>;
  travelInsurance: DocumentListService<TravelInsurance, TravelInsuranceInput>;
}

export function documentLists(numbers: EncryptedNumbers, history: ProfileHistoryService): DocumentLists {
  return {
    passports: new DocumentListService(PASSPORTS, numbers, history),
    visas: new DocumentListService(VISAS, numbers, history),
    vaccinations: new DocumentListService(VACCINATIONS, numbers, history),
    entryEndorsements: new DocumentListService(ENTRY_ENDORSEMENTS, numbers, history),
    travelInsurance: new DocumentListService(TRAVEL_INSURANCE, numbers, history),
  };
}
