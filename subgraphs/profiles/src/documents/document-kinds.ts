import { DocumentKind } from './document-list.service';
import { EntryEndorsementInput, TravelInsuranceInput, VaccinationCertificateInput, VisaInput } from './document.inputs';
import { EntryEndorsement } from './entry-endorsement.entity';
import { TravelInsurance } from './travel-insurance.entity';
import { VaccinationCertificate } from './vaccination-certificate.entity';
import { Visa } from './visa.entity';

export const VISAS: DocumentKind<Visa, VisaInput> = {
  list: 'visas',
  entity: Visa,
  label: 'visa',
  numbered: true,
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
