import {
  AppendProfileImportRowsDocument,
  ExportProfilesDocument,
  FinishProfileImportDocument,
  ProfileImportColumnsDocument,
  ProfileImportReportDocument,
  StartProfileImportDocument,
  type AppendProfileImportRowsMutation,
  type ExportProfilesQuery,
  type ExportProfilesQueryVariables,
  type FinishProfileImportMutation,
  type ProfileImportColumnsQuery,
  type ProfileImportProgressFragment,
  type ProfileImportReportQuery,
  type StartProfileImportInput,
  type StartProfileImportMutation,
} from '../../graphql/generated';
import type { CommandSender } from '../../dataProvider/graphqlRequest';

export type ProfileImportProgress = ProfileImportProgressFragment;
export type ProfileImportReport = NonNullable<ProfileImportReportQuery['profileImport']>;
export type ProfileExportFile = ExportProfilesQuery['exportProfiles'];

/**
 * Rows and characters per chunk: the server takes up to 5,000 rows, but a smaller chunk is stored
 * well within the gateway's 10 s subgraph timeout while another is stored beside it; characters
 * stay under its 1 MB body limit.
 */
export const CHUNK_ROWS = 1_000;
export const CHUNK_CHARACTERS = 800_000;
/** Chunks sent before the first of them is answered: the server stores two side by side. */
export const CHUNKS_IN_FLIGHT = 2;

export interface CsvFile {
  columns: string[];
  /** Data rows, each ending at a record boundary (a quoted field may hold line breaks). */
  chunks: string[];
  rows: number;
}

/**
 * Splits a CSV file into its header and chunks of whole records. Only quotes are tracked, so
 * a line break inside a quoted field never splits a record; everything else is the server's job.
 */
export function splitCsv(text: string): CsvFile {
  const source = text.replace(/^\uFEFF/, '');
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '"') quoted = !quoted;
    else if (character === '\n' && !quoted) {
      records.push(source.slice(start, index + 1));
      start = index + 1;
    }
  }
  if (start < source.length) records.push(source.slice(start));
  const [header = '', ...rows] = records;
  const chunks: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const row of rows) {
    if (chunk.length === CHUNK_ROWS || size + row.length > CHUNK_CHARACTERS) {
      chunks.push(chunk.join(''));
      chunk = [];
      size = 0;
    }
    chunk.push(row);
    size += row.length;
  }
  if (chunk.length > 0) chunks.push(chunk.join(''));
  return {
    columns: header
      .replace(/\r?\n$/, '')
      .split(',')
      .map((column) => column.trim().replace(/^"|"$/g, '')),
    chunks,
    rows: rows.filter((row) => row.trim() !== '').length,
  };
}

/** Sends every chunk in file order, CHUNKS_IN_FLIGHT at a time, reporting each answer; the first failure stops the rest. */
export async function sendChunks(
  chunks: readonly string[],
  send: (sequence: number, csv: string) => Promise<ProfileImportProgress>,
  onAnswer: (progress: ProfileImportProgress) => void,
): Promise<void> {
  let next = 0;
  let failed = false;
  const sender = async () => {
    while (!failed && next < chunks.length) {
      const sequence = next++;
      try {
        onAnswer(await send(sequence, chunks[sequence]));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: CHUNKS_IN_FLIGHT }, sender));
}

/** Saves text as a file through the browser. */
export function download(filename: string, contentType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Importing and exporting profiles, which are not plain CRUD. */
export const profileTransferCommands = ({ query, mutate }: CommandSender) => ({
  profileImportColumns: () =>
    query<string[]>({
      query: ProfileImportColumnsDocument,
      variables: {},
      parseResponse: ({ data }: { data: ProfileImportColumnsQuery }): string[] => data.profileImportColumns,
    }),
  startProfileImport: (input: StartProfileImportInput) =>
    mutate<ProfileImportProgress>({
      query: StartProfileImportDocument,
      variables: { input },
      parseResponse: ({ data }: { data: StartProfileImportMutation }): ProfileImportProgress => data.startProfileImport,
    }),
  appendProfileImportRows: (id: string, sequence: number, csv: string) =>
    mutate<ProfileImportProgress>({
      query: AppendProfileImportRowsDocument,
      variables: { id, input: { sequence, csv } },
      parseResponse: ({ data }: { data: AppendProfileImportRowsMutation }): ProfileImportProgress => data.appendProfileImportRows,
    }),
  finishProfileImport: (id: string) =>
    mutate<ProfileImportProgress>({
      query: FinishProfileImportDocument,
      variables: { id },
      parseResponse: ({ data }: { data: FinishProfileImportMutation }): ProfileImportProgress => data.finishProfileImport,
    }),
  profileImportReport: (id: string) =>
    query<ProfileImportReport | null>({
      query: ProfileImportReportDocument,
      variables: { id, page: { limit: 200 } },
      parseResponse: ({ data }: { data: ProfileImportReportQuery }): ProfileImportReport | null => data.profileImport ?? null,
    }),
  exportProfiles: (variables: ExportProfilesQueryVariables) =>
    query<ProfileExportFile>({
      query: ExportProfilesDocument,
      variables,
      parseResponse: ({ data }: { data: ExportProfilesQuery }): ProfileExportFile => data.exportProfiles,
    }),
});
