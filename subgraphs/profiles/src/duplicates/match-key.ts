import { registerEnumType } from 'type-graphql';
import { searchKey } from '@wayfarer/kit';

/** What two profiles share when they land in the same block; also the reasons shown for a candidate. */
export enum MatchKind {
  NAME_DOB = 'NAME_DOB',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(MatchKind, {
  name: 'DuplicateReason',
  valuesConfig: {
    NAME_DOB: { description: 'Same date of birth and a similar name (diacritics folded, native script kept), or the same name in native script.' },
    EMAIL: { description: 'An e-mail address in common.' },
    PHONE: { description: 'A phone number in common.' },
    DOCUMENT: { description: 'A travel document number in common, compared by keyed hash.' },
  },
});

/**
 * Tables of travel documents whose `number_hash` column (the keyed hash of the normalised
 * number) makes a DOCUMENT key, kept per table so only documents of one kind are compared.
 * A new document table with `profile_id` and `number_hash` is covered by adding its name here.
 * Travel insurance is left out on purpose: one family or company policy covers many people.
 */
export const DOCUMENT_HASH_TABLES = ['passports', 'visas', 'vaccination_certificates'];

export interface MatchKeySource {
  givenName: string;
  middleName: string | null;
  familyName: string;
  nativeName: string | null;
  dateOfBirth: string | null;
  emails: { address: string }[];
  phones: { number: string }[];
  /** `table:hash` per document. */
  documentHashes: string[];
}

export interface MatchKeyValue {
  kind: MatchKind;
  key: string;
}

/**
 * Blocking keys: loose enough that a typo in one name still shares a block (date of birth
 * with the family name, with the given name, and with the native-script name, which does not
 * vary with romanisation), exact for contacts and documents. Scoring then compares the whole names.
 */
export function matchKeysOf(source: MatchKeySource): MatchKeyValue[] {
  const keys = new Map<string, MatchKeyValue>();
  const add = (kind: MatchKind, key: string) => {
    if (key) keys.set(`${kind}\u0000${key}`, { kind, key: key.slice(0, 320) });
  };
  if (source.dateOfBirth) {
    for (const name of [source.familyName, source.givenName, source.nativeName]) {
      const normalised = searchKey(name ?? '');
      if (normalised) add(MatchKind.NAME_DOB, `${source.dateOfBirth}|${normalised}`);
    }
  }
  for (const email of source.emails) add(MatchKind.EMAIL, email.address.trim().toLowerCase());
  for (const phone of source.phones) add(MatchKind.PHONE, phone.number.replace(/[^+\d]/g, ''));
  for (const hash of source.documentHashes) add(MatchKind.DOCUMENT, hash);
  return [...keys.values()];
}

/** A name as scoring compares it: folded, tokens sorted, so "Núñez Zoë" and "Zoe Nunez" are equal. */
export function comparableName(...parts: (string | null)[]): string {
  return searchKey(parts.filter(Boolean).join(' ')).split(' ').sort().join(' ');
}

function bigrams(text: string): Map<string, number> {
  const compact = text.replace(/ /g, '');
  const counts = new Map<string, number>();
  const chars = [...compact];
  if (chars.length === 1) counts.set(chars[0], 1);
  for (let index = 0; index < chars.length - 1; index++) {
    const gram = chars[index] + chars[index + 1];
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice coefficient over character bigrams (0–1): tolerant of a typo or a missing middle
 * name, and it works the same on Latin and on CJK names, where one character is a syllable.
 */
export function nameSimilarity(left: string, right: string): number {
  if (left === right) return 1;
  const a = bigrams(left);
  const b = bigrams(right);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
