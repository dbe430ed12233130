import { SetNationalitiesDocument, SetVisasDocument } from '../../graphql/generated';
import { createBuildQuery } from '../../dataProvider/buildQuery';
import { profileTravelDocumentOperations } from './travelDocuments.operations';

const buildQuery = (scopes: string[]) => createBuildQuery(() => scopes, { profileDocuments: profileTravelDocumentOperations });
const AGENT = ['profiles:read', 'profiles:write', 'profiles.documents:read', 'profiles.documents:write'];

const record = {
  id: 'p1',
  version: 7,
  nationalities: ['GB'],
  visas: [
    {
      id: 'v1',
      numberMasked: '•••678',
      number: 'V12345678',
      country: 'US',
      entryType: 'MULTIPLE',
      validFrom: '2025-01-01',
      validUntil: '2030-01-01',
      authorisedStayDays: 90,
      context: 'ANY',
    },
  ],
  vaccinations: [],
  entryEndorsements: [],
  travelInsurance: [],
};

describe('profileDocuments', () => {
  it('asks for full numbers only with profiles.documents:read', () => {
    expect(buildQuery(AGENT)('GET_ONE', 'profileDocuments', { id: 'p1' }).variables).toEqual({ id: 'p1', canReadDocuments: true });
    expect(buildQuery(['profiles:read'])('GET_ONE', 'profileDocuments', { id: 'p1' }).variables).toEqual({ id: 'p1', canReadDocuments: false });
  });

  it('replaces the one list named in meta, keeping a stored number when none is typed, at the version edited', () => {
    const data = {
      visas: [
        {
          id: 'v1',
          numberMasked: '•••678',
          number: '',
          country: 'us',
          entryType: 'MULTIPLE',
          validFrom: '2025-01-01',
          validUntil: '2031-01-01',
          authorisedStayDays: 90,
          context: 'BUSINESS',
        },
        { number: ' N0001234 ', country: 'fr', entryType: 'SCHENGEN', validFrom: '2025-02-01', validUntil: '2026-02-01', authorisedStayDays: null },
      ],
    };
    const request = buildQuery(AGENT)('UPDATE', 'profileDocuments', { id: 'p1', data, previousData: record, meta: { list: 'visas' } });
    expect(request.query).toBe(SetVisasDocument);
    expect(request.variables).toEqual({
      profileId: 'p1',
      canReadDocuments: true,
      input: {
        expectedVersion: 7,
        visas: [
          { id: 'v1', country: 'US', entryType: 'MULTIPLE', validFrom: '2025-01-01', validUntil: '2031-01-01', authorisedStayDays: 90, context: 'BUSINESS' },
          {
            number: 'N0001234',
            country: 'FR',
            entryType: 'SCHENGEN',
            validFrom: '2025-02-01',
            validUntil: '2026-02-01',
            authorisedStayDays: null,
            context: 'ANY',
          },
        ],
      },
    });
  });

  it('sends nationalities as upper-case codes', () => {
    const request = buildQuery(AGENT)('UPDATE', 'profileDocuments', {
      id: 'p1',
      data: { nationalities: [{ code: 'ie ' }, { code: 'GB' }] },
      previousData: record,
      meta: { list: 'nationalities' },
    });
    expect(request.query).toBe(SetNationalitiesDocument);
    expect(request.variables.input).toEqual({ expectedVersion: 7, nationalities: ['IE', 'GB'] });
  });
});
