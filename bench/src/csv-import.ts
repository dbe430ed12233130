import { FieldCipher, seededRandom } from '@wayfarer/kit';
import { generateTraveller, MAX_CHUNKS_IN_FLIGHT } from '@wayfarer/profiles';
import { TargetCheck } from './report';
import { BENCH_AGENT } from './tokens';

/** A supervisor as sign-in would make one: profiles:import plus the scopes the file's columns need. */
export const BENCH_IMPORTER = { ...BENCH_AGENT, id: 'bench-importer', roles: ['supervisor'], scopes: [...BENCH_AGENT.scopes, 'profiles:import'] };

export const CSV_IMPORT_LIMIT_SECONDS = 60;
/** The file size the target is set for, imported into however many travellers the run seeded. */
export const CSV_IMPORT_ROWS = 100_000;
/** What the console sends per request (the server takes up to 5,000); as many at once as the server stores side by side. */
const CHUNK_ROWS = 1_000;
// Travellers nobody seeded: their own e-mail addresses and a seed of their own.
const IMPORT_SEED = 260_326;
const INDEX_OFFSET = 10_000_000;

const COLUMNS = [
  'title',
  'givenName',
  'middleName',
  'familyName',
  'dateOfBirth',
  'department',
  'email',
  'phone',
  'addressLine1',
  'city',
  'postalCode',
  'countryCode',
  'passportNumber',
  'passportIssuingCountry',
  'passportExpiryDate',
];

const START = 'mutation BenchImportStart($input: StartProfileImportInput!) { startProfileImport(input: $input) { id } }';
const APPEND =
  'mutation BenchImportAppend($id: ID!, $input: AppendProfileImportRowsInput!) { appendProfileImportRows(id: $id, input: $input) { rowsSeen rowsImported rowsRejected } }';
const FINISH = 'mutation BenchImportFinish($id: ID!) { finishProfileImport(id: $id) { rowsSeen rowsImported rowsRejected } }';

const cell = (value: string | null | undefined): string => (value == null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

// The generator seals passport numbers for seeding; the CSV carries them in clear, so the cipher is never used.
const UNUSED_CIPHER = { encrypt: () => '', decrypt: () => '', blindIndex: () => '' } as unknown as FieldCipher;

/** Data rows of a traveller file in the column order above, as an export from another system would have them. */
export function travellerCsvRows(count: number): string[] {
  const random = seededRandom(IMPORT_SEED);
  const rows: string[] = [];
  for (let index = 0; index < count; index++) {
    const { profile } = generateTraveller(INDEX_OFFSET + index, random, UNUSED_CIPHER);
    const address = profile.addresses[0];
    const passport = index % 5 < 3 ? [`P${String(index).padStart(8, '0')}`, address.countryCode, '2032-06-30'] : ['', '', ''];
    rows.push(
      [
        profile.title,
        profile.givenName,
        profile.middleName,
        profile.familyName,
        profile.dateOfBirth,
        profile.department,
        profile.emails[0].address,
        profile.phones[0].number,
        address.lines[0],
        address.city,
        address.postalCode,
        address.countryCode,
        ...passport,
      ]
        .map(cell)
        .join(','),
    );
  }
  return rows;
}

export interface CsvImportFigures {
  rows: number;
  chunks: number;
  seconds: number;
  rowsPerSecond: number;
  imported: number;
  rejected: number;
  slowestChunkSeconds: number;
}

async function call<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`CSV import failed: HTTP ${response.status} ${JSON.stringify(body).slice(0, 1000)}`);
  return body.data;
}

/** The console's import through the gateway: start, chunks two at a time, finish; timed end to end. */
export async function measureCsvImport(gatewayUrl: string, sessionToken: string, rows: string[]): Promise<CsvImportFigures> {
  const started = process.hrtime.bigint();
  const { startProfileImport } = await call<{ startProfileImport: { id: string } }>(gatewayUrl, sessionToken, START, {
    input: { dryRun: false, columns: COLUMNS, expectedRows: rows.length, lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PAPER' } },
  });
  const chunks = Math.ceil(rows.length / CHUNK_ROWS);
  let slowest = 0;
  let next = 0;
  const sendChunks = async () => {
    while (next < chunks) {
      const sequence = next++;
      const chunkStarted = process.hrtime.bigint();
      await call(gatewayUrl, sessionToken, APPEND, {
        id: startProfileImport.id,
        input: { sequence, csv: rows.slice(sequence * CHUNK_ROWS, (sequence + 1) * CHUNK_ROWS).join('\n') },
      });
      slowest = Math.max(slowest, Number(process.hrtime.bigint() - chunkStarted) / 1e9);
    }
  };
  await Promise.all(Array.from({ length: MAX_CHUNKS_IN_FLIGHT }, sendChunks));
  const { finishProfileImport } = await call<{ finishProfileImport: { rowsSeen: number; rowsImported: number; rowsRejected: number } }>(
    gatewayUrl,
    sessionToken,
    FINISH,
    { id: startProfileImport.id },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    rows: finishProfileImport.rowsSeen,
    chunks,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(finishProfileImport.rowsSeen / seconds),
    imported: finishProfileImport.rowsImported,
    rejected: finishProfileImport.rowsRejected,
    slowestChunkSeconds: Math.round(slowest * 100) / 100,
  };
}

export function csvImportCheck(figures: CsvImportFigures): TargetCheck {
  return {
    name: `CSV import of ${figures.rows} rows under ${CSV_IMPORT_LIMIT_SECONDS} s`,
    pass: figures.seconds < CSV_IMPORT_LIMIT_SECONDS && figures.rejected === 0,
    detail: `${figures.seconds} s (${figures.rowsPerSecond} rows/s) in ${figures.chunks} chunks through the gateway, slowest chunk ${figures.slowestChunkSeconds} s; ${figures.imported} imported, ${figures.rejected} rejected`,
  };
}
