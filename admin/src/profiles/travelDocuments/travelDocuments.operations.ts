import type { GetOneParams, UpdateParams } from 'react-admin';
import {
  ProfileTravelDocumentsDocument,
  SetEntryEndorsementsDocument,
  SetNationalitiesDocument,
  SetTravelInsuranceDocument,
  SetVaccinationsDocument,
  SetVisasDocument,
  type EntryEndorsementInput,
  type ProfileTravelDocumentsFragment,
  type ProfileTravelDocumentsQuery,
  type TravelContext,
  type TravelInsuranceInput,
  type VaccinationCertificateInput,
  type VisaEntryType,
  type VisaInput,
} from '../../graphql/generated';
import { hasScope } from '../../auth/scopes';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord } from '../../dataProvider/listParams';

type Optional<T> = T | null | undefined;

/** The lists the API replaces one at a time; each is edited in its own dialog. */
export type TravelDocumentList = 'nationalities' | 'visas' | 'vaccinations' | 'entryEndorsements' | 'travelInsurance';

interface ItemValues {
  id?: Optional<string>;
  number?: Optional<string>;
  context?: Optional<TravelContext>;
  [field: string]: unknown;
}

export interface TravelDocumentFormValues {
  nationalities?: Optional<{ code?: Optional<string> }[]>;
  visas?: Optional<ItemValues[]>;
  vaccinations?: Optional<ItemValues[]>;
  entryEndorsements?: Optional<ItemValues[]>;
  travelInsurance?: Optional<ItemValues[]>;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
// Required fields are sent even when blank so the server names them in its validation errors.
const required = (value: unknown): string => text(value) ?? '';
const country = (value: unknown): string => required(value).toUpperCase();

const kept = (item: ItemValues) => ({ ...(item.id ? { id: item.id } : {}), context: item.context ?? 'ANY' });

/** A kept entry is sent with its id; an empty number then means "keep the stored number". */
const numbered = (item: ItemValues) => {
  const number = text(item.number);
  return { ...kept(item), ...(number ? { number } : {}) };
};

const visaInputs = (values: TravelDocumentFormValues): VisaInput[] =>
  (values.visas ?? []).map((item) => ({
    ...numbered(item),
    country: country(item.country),
    entryType: (item.entryType as VisaEntryType) ?? 'SINGLE',
    validFrom: required(item.validFrom),
    validUntil: required(item.validUntil),
    authorisedStayDays: typeof item.authorisedStayDays === 'number' ? item.authorisedStayDays : null,
  }));

const vaccinationInputs = (values: TravelDocumentFormValues): VaccinationCertificateInput[] =>
  (values.vaccinations ?? []).map((item) => ({
    ...numbered(item),
    disease: required(item.disease),
    dateGiven: required(item.dateGiven),
    expiryDate: text(item.expiryDate),
  }));

const endorsementInputs = (values: TravelDocumentFormValues): EntryEndorsementInput[] =>
  (values.entryEndorsements ?? []).map((item) => ({
    ...kept(item),
    country: country(item.country),
    description: required(item.description),
    validUntil: text(item.validUntil),
  }));

const insuranceInputs = (values: TravelDocumentFormValues): TravelInsuranceInput[] =>
  (values.travelInsurance ?? []).map((item) => ({
    ...numbered(item),
    insurer: required(item.insurer),
    coverFrom: required(item.coverFrom),
    coverUntil: required(item.coverUntil),
    emergencyPhone: text(item.emergencyPhone),
  }));

const MUTATIONS = {
  nationalities: { document: SetNationalitiesDocument, field: 'setNationalities' },
  visas: { document: SetVisasDocument, field: 'setVisas' },
  vaccinations: { document: SetVaccinationsDocument, field: 'setVaccinations' },
  entryEndorsements: { document: SetEntryEndorsementsDocument, field: 'setEntryEndorsements' },
  travelInsurance: { document: SetTravelInsuranceDocument, field: 'setTravelInsurance' },
} as const;

/** The `input` of the list's mutation: `{ expectedVersion, <list>: [...] }`. */
export const travelDocumentInput = (list: TravelDocumentList, values: TravelDocumentFormValues, expectedVersion: number) => {
  switch (list) {
    case 'nationalities':
      return { expectedVersion, nationalities: (values.nationalities ?? []).map((entry) => country(entry.code)) };
    case 'visas':
      return { expectedVersion, visas: visaInputs(values) };
    case 'vaccinations':
      return { expectedVersion, vaccinations: vaccinationInputs(values) };
    case 'entryEndorsements':
      return { expectedVersion, entryEndorsements: endorsementInputs(values) };
    case 'travelInsurance':
      return { expectedVersion, travelInsurance: insuranceInputs(values) };
  }
};

/** Form values for one list: stored numbers are never put in an input, only their masked form is shown. */
export const travelDocumentFormValues = (list: TravelDocumentList, record: ProfileTravelDocumentsFragment): TravelDocumentFormValues => {
  if (list === 'nationalities') return { nationalities: record.nationalities.map((code) => ({ code })) };
  const items = record[list] as ItemValues[];
  return { [list]: items.map(({ number: _storedNumber, ...item }) => item) };
};

const canReadDocuments = (scopes: readonly string[]) => ({ canReadDocuments: hasScope(scopes, 'profiles.documents:read') });

/** A profile's travel documents beyond passports as their own record (id = the profile's); UPDATE replaces `meta.list`. */
export const profileTravelDocumentOperations: ResourceOperations = {
  GET_ONE: (params: GetOneParams, { scopes }): GraphQLRequest<ProfileTravelDocumentsQuery> => ({
    query: ProfileTravelDocumentsDocument,
    variables: { id: String(params.id), ...canReadDocuments(scopes) },
    parseResponse: ({ data }) => requireRecord(data.profile),
  }),
  UPDATE: (params: UpdateParams, { scopes }): GraphQLRequest => {
    const list = params.meta.list as TravelDocumentList;
    const { document, field } = MUTATIONS[list];
    return {
      query: document,
      variables: {
        profileId: String(params.id),
        input: travelDocumentInput(list, params.data, params.previousData.version),
        ...canReadDocuments(scopes),
      },
      parseResponse: ({ data }) => ({ data: data[field] }),
    };
  },
};
