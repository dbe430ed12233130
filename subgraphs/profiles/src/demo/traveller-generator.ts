import { FieldCipher, searchKey, uuid7 } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { AddressType, ContactType } from '../profile/contact.types';
import { Passport } from '../documents/passport.entity';
import { demoConsents, demoPreferences } from './demo-consents-and-preferences';
import { ConsentRecord } from '../consent/consent-record.entity';
import { TravelPreference } from '../preferences/travel-preference.entity';

const GIVEN = [
  'Amelia',
  'Oliver',
  'Zoë',
  'Mateo',
  'Aisha',
  'Liam',
  'Sofía',
  'Noah',
  'Chloé',
  'Wei',
  'Priya',
  'Lukas',
  'Ingrid',
  'Kwame',
  'Yuki',
  'Fatima',
  'Jonas',
  'Elena',
  'Tomás',
  'Hannah',
  'Siobhán',
  'Ahmed',
  'Mei',
  'Ravi',
  'Olga',
  'Björn',
  'Camille',
  'Diego',
  'Nadia',
  'Samuel',
];
const FAMILY = [
  'Smith',
  'Müller',
  'García',
  'Okafor',
  'Nguyen',
  'Kowalski',
  'O’Brien',
  'Rossi',
  'Haddad',
  'Tanaka',
  'Dubois',
  'Jensen',
  'Silva',
  'Patel',
  'Novák',
  'Andersson',
  'Fernández',
  'Chen',
  'Ivanova',
  'Mensah',
  'Schmidt',
  'Kaur',
  'Lefèvre',
  'Yilmaz',
  'Byrne',
  'Costa',
  'Nakamura',
  'Walker',
  'Horvath',
  'Ng',
];
const CITIES: [string, string, string][] = [
  ['London', 'GB', '+44'],
  ['Manchester', 'GB', '+44'],
  ['Berlin', 'DE', '+49'],
  ['Madrid', 'ES', '+34'],
  ['Paris', 'FR', '+33'],
  ['Milan', 'IT', '+39'],
  ['Dublin', 'IE', '+353'],
  ['Singapore', 'SG', '+65'],
  ['Toronto', 'CA', '+1'],
  ['Sydney', 'AU', '+61'],
];
const DEPARTMENTS = ['Sales', 'Engineering', 'Finance', 'Operations', 'Marketing', 'Legal', null];
const TITLES = ['Mr', 'Ms', 'Mrs', 'Dr', 'Mx', null];

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)];
const digits = (random: () => number, count: number): string => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** One realistic traveller, as the rows the profiles subgraph stores; `id` defaults to a new one as of its creation. */
export function generateTraveller(
  index: number,
  random: () => number,
  cipher: FieldCipher,
  now = new Date(),
  id?: string,
): { profile: Profile; passports: Passport[]; consents: ConsentRecord[]; preferences: TravelPreference[] } {
  const givenName = pick(random, GIVEN);
  const familyName = pick(random, FAMILY);
  const [city, countryCode, dialCode] = pick(random, CITIES);
  const emailLocal = `${searchKey(givenName).replace(/\W/g, '')}.${searchKey(familyName).replace(/\W/g, '')}${index}`;
  const email = `${emailLocal}@example.com`;
  const created = new Date(now.getTime() - Math.floor(random() * 3 * 365 * 86_400_000));
  const profile = Object.assign(new Profile(), {
    id: id ?? uuid7(created.getTime()),
    title: pick(random, TITLES),
    givenName,
    middleName: random() < 0.2 ? pick(random, GIVEN) : null,
    familyName,
    preferredName: null,
    dateOfBirth: isoDate(new Date(Date.UTC(1950 + Math.floor(random() * 55), Math.floor(random() * 12), 1 + Math.floor(random() * 28)))),
    emails: [{ address: email, type: ContactType.PERSONAL, isDefault: true }],
    phones: [{ number: `${dialCode}${digits(random, dialCode === '+1' ? 10 : 9).replace(/^0/, '7')}`, type: ContactType.PERSONAL, isDefault: true }],
    addresses: [
      {
        type: AddressType.HOME,
        lines: [`${1 + Math.floor(random() * 200)} ${pick(random, ['High Street', 'Station Road', 'Park Lane', 'Main Street'])}`],
        city,
        region: null,
        postalCode: digits(random, 5),
        countryCode,
        isDefault: true,
      },
    ],
    department: pick(random, DEPARTMENTS),
    status: random() < 0.05 ? ProfileStatus.ARCHIVED : ProfileStatus.ACTIVE,
    version: 1,
    createdAt: created,
    updatedAt: created,
  });
  profile.nameKey = searchKey([familyName, givenName, profile.middleName].filter(Boolean).join(' '));
  profile.givenNameKey = searchKey([givenName, profile.middleName, familyName].filter(Boolean).join(' '));
  profile.emailKey = email;
  const passports: Passport[] = [];
  if (random() < 0.6) {
    const number = `${String.fromCharCode(65 + Math.floor(random() * 26))}${digits(random, 8)}`;
    const expiry = new Date(now.getTime() + Math.floor((random() * 9 - 1) * 365 * 86_400_000));
    passports.push(
      Object.assign(new Passport(), {
        id: uuid7(created.getTime()),
        profileId: profile.id,
        numberEncrypted: cipher.encrypt(number),
        numberHash: cipher.blindIndex(number),
        numberTail: number.slice(-3),
        issuingCountry: countryCode,
        nationality: countryCode,
        issueDate: isoDate(new Date(expiry.getTime() - 10 * 365 * 86_400_000)),
        expiryDate: isoDate(expiry),
        createdAt: created,
      }),
    );
  }
  // Drawn after everything else so the names, contacts and passports stay what they were before consents existed.
  const consents = demoConsents(profile, random);
  return { profile, passports, consents, preferences: demoPreferences(profile, consents, random) };
}
