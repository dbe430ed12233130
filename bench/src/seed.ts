import { createPool } from 'mysql2/promise';
import { FieldCipher, parseFieldKeys, seededRandom } from '@wayfarer/kit';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';
import { generateTraveller } from '@wayfarer/profiles';

const SEED = 20_241_122;

const PROFILE_COLUMNS = [
  'id',
  'title',
  'given_name',
  'middle_name',
  'family_name',
  'preferred_name',
  'name_key',
  'given_name_key',
  'date_of_birth',
  'emails',
  'email_key',
  'phones',
  'addresses',
  'department',
  'status',
  'version',
  'created_at',
  'updated_at',
];
const PASSPORT_COLUMNS = [
  'id',
  'profile_id',
  'number_encrypted',
  'number_hash',
  'number_tail',
  'issuing_country',
  'nationality',
  'issue_date',
  'expiry_date',
  'created_at',
];

export interface SeededTravellers {
  profiles: number;
  passports: number;
  seconds: number;
  rowsPerSecond: number;
  /** Every seeded profile id, in generation order. */
  ids: string[];
  /** Ids of ACTIVE profiles, which updates may change. */
  activeIds: string[];
  familyNames: string[];
  /** Every 100th traveller's default e-mail and phone, and the clear number of every 100th passport, for exact searches. */
  samples: { emails: string[]; phones: string[]; passportNumbers: string[] };
}

export interface SeedOptions {
  /** Database name on the TEST_DB server; the profiles migration must have run in it. */
  database: string;
  count: number;
  fieldEncryptionKeys: string;
  batchSize: number;
  parallelism: number;
  onProgress?: (done: number) => void;
}

const SAMPLE_EVERY = 100;

function batchOfTravellers(from: number, to: number, random: () => number, cipher: FieldCipher, now: Date) {
  const profiles: unknown[][] = [];
  const passports: unknown[][] = [];
  // The index the profiles subgraph keeps of every traveller's phones, for exact phone search.
  const phones: unknown[][] = [];
  const travellers = [];
  for (let index = from; index < to; index++) {
    const { profile, passports: documents } = generateTraveller(index, random, cipher, now);
    travellers.push(profile);
    profiles.push([
      profile.id,
      profile.title,
      profile.givenName,
      profile.middleName,
      profile.familyName,
      profile.preferredName,
      profile.nameKey,
      profile.givenNameKey,
      profile.dateOfBirth,
      JSON.stringify(profile.emails),
      profile.emailKey,
      JSON.stringify(profile.phones),
      JSON.stringify(profile.addresses),
      profile.department,
      profile.status,
      profile.version,
      profile.createdAt,
      profile.updatedAt,
    ]);
    for (const number of new Set(profile.phones.map((phone) => phone.number))) phones.push([number, profile.id]);
    for (const passport of documents) {
      passports.push([
        passport.id,
        passport.profileId,
        passport.numberEncrypted,
        passport.numberHash,
        passport.numberTail,
        passport.issuingCountry,
        passport.nationality,
        passport.issueDate,
        passport.expiryDate,
        passport.createdAt,
      ]);
    }
  }
  return { travellers, profiles, passports, phones };
}

/**
 * Writes generated travellers straight into the profiles tables with multi-row INSERTs, a few
 * batches in flight at once: the same rows the subgraph would store, in seconds rather than
 * the hours 100,000 createProfile mutations would take.
 */
export async function seedTravellers(options: SeedOptions): Promise<SeededTravellers> {
  const keys = parseFieldKeys(options.fieldEncryptionKeys);
  const cipher = new FieldCipher(keys.active, keys.older);
  const random = seededRandom(SEED);
  const now = new Date();
  // Same session time zone as the subgraph's data source, so DATETIME values mean the same instant.
  const pool = createPool({ ...TEST_DB, database: options.database, connectionLimit: options.parallelism, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
  const ids: string[] = [];
  const activeIds: string[] = [];
  const familyNames = new Set<string>();
  const samples: SeededTravellers['samples'] = { emails: [], phones: [], passportNumbers: [] };
  let passportCount = 0;
  const started = process.hrtime.bigint();
  const inFlight = new Set<Promise<void>>();
  try {
    for (let from = 0; from < options.count; from += options.batchSize) {
      const to = Math.min(from + options.batchSize, options.count);
      const batch = batchOfTravellers(from, to, random, cipher, now);
      for (const traveller of batch.travellers) {
        if (ids.length % SAMPLE_EVERY === 0) {
          samples.emails.push(traveller.emails[0].address);
          samples.phones.push(traveller.phones[0].number);
        }
        ids.push(traveller.id);
        if (traveller.status === 'ACTIVE') activeIds.push(traveller.id);
        familyNames.add(traveller.familyName);
      }
      for (const passport of batch.passports) if (passportCount++ % SAMPLE_EVERY === 0) samples.passportNumbers.push(cipher.decrypt(passport[2] as string));
      const write = (async () => {
        await pool.query(`INSERT INTO profiles (${PROFILE_COLUMNS.join(', ')}) VALUES ?`, [batch.profiles]);
        if (batch.passports.length) await pool.query(`INSERT INTO passports (${PASSPORT_COLUMNS.join(', ')}) VALUES ?`, [batch.passports]);
        if (batch.phones.length) await pool.query('INSERT INTO profile_phones (number, profile_id) VALUES ?', [batch.phones]);
        options.onProgress?.(to);
      })();
      inFlight.add(write);
      void write.finally(() => inFlight.delete(write)).catch(() => undefined);
      if (inFlight.size >= options.parallelism) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    // Fresh optimiser statistics, as a database that grew to this size over time would have.
    await pool.query('ANALYZE TABLE profiles, passports, profile_phones');
  } finally {
    await Promise.allSettled(inFlight);
    await pool.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = ids.length + passportCount;
  return { profiles: ids.length, passports: passportCount, seconds, rowsPerSecond: rows / seconds, ids, activeIds, familyNames: [...familyNames], samples };
}
