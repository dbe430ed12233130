import { groupByKeys, hasScopes, Principal, ValidationFailedError } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_FIELDS } from '../profile/profile-fields';
import { Passport } from '../documents/passport.entity';
import { PassportList } from '../documents/document-kinds';
import { ProfileExportArgs, ProfileExportFile, ProfileExportFormat } from './profile-export.args';

const PAGE = 1_000;

type Cell = string | number | boolean | null;
type Row = Record<string, Cell | Cell[] | Record<string, Cell | Cell[]>[]>;

interface ExportField {
  name: string;
  /** Scope groups to read the field (any one in full), as the API's field requires; empty when every reader may. */
  needs: string[][];
  json(profile: Profile, passports: Passport[], masked: (passport: Passport) => string): Row[string];
  csv?(value: Row[string]): Cell;
}

const defaultOf = <T extends { isDefault: boolean }>(items: T[]): T | undefined => items.find((item) => item.isDefault) ?? items[0];

/** How a structured field is written; any other field is its value (a date as ISO text), in a column of its own name. */
const STRUCTURED: Record<string, Omit<ExportField, 'needs'>> = {
  emails: { name: 'emails', json: (p) => p.emails.map((e) => ({ ...e })), csv: (v) => (v as { address: string }[]).map((e) => e.address).join('; ') },
  phones: { name: 'phones', json: (p) => p.phones.map((e) => ({ ...e })), csv: (v) => (v as { number: string }[]).map((e) => e.number).join('; ') },
  addresses: {
    name: 'address',
    json: (p) => {
      const address = defaultOf(p.addresses);
      return address ? [{ ...address, lines: [...address.lines] }] : [];
    },
    csv: (v) =>
      (v as { lines: string[]; city: string; region: string | null; postalCode: string | null; countryCode: string }[])
        .map((a) => [...a.lines, a.city, a.region, a.postalCode, a.countryCode].filter(Boolean).join(', '))
        .join('; '),
  },
};

/** Document numbers are never in a list export, only masked. */
const PASSPORTS: ExportField = {
  name: 'passports',
  needs: [],
  json: (_p, passports, masked) =>
    passports.map((passport) => ({ numberMasked: masked(passport), issuingCountry: passport.issuingCountry, expiryDate: passport.expiryDate })),
  csv: (v) =>
    (v as { numberMasked: string; issuingCountry: string; expiryDate: string }[])
      .map((e) => `${e.numberMasked} ${e.issuingCountry} ${e.expiryDate}`)
      .join('; '),
};

/** Every field a list export may hold and who may read it: the profile's exported fields, each read as the API's field is, and the passports after the status. */
const EXPORT_FIELDS: ExportField[] = PROFILE_FIELDS.export.flatMap(({ name, needs }): ExportField[] => {
  const field: ExportField = STRUCTURED[name]
    ? { ...STRUCTURED[name], needs }
    : { name, needs, json: (p) => cellOf((p as unknown as Record<string, unknown>)[name]) };
  return name === 'status' ? [field, PASSPORTS] : [field];
});

function cellOf(value: unknown): Cell {
  return value instanceof Date ? value.toISOString() : (value as Cell);
}

/** A cell a spreadsheet would run as a formula starts with a quote mark instead (phone numbers keep their +). */
function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=@\t\r]/.test(text) || /^[+-][^0-9]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export class ProfileExportService {
  constructor(
    private readonly profiles: ProfileService,
    private readonly passports: PassportList,
    private readonly maxRows: () => number,
  ) {}

  fieldsFor(principal: Principal): ExportField[] {
    return EXPORT_FIELDS.filter((field) => field.needs.length === 0 || hasScopes(principal, field.needs));
  }

  /** The list as `profiles` gives it, walked page by page on the keyset; refused before any row is read when it is too long. */
  async export(args: ProfileExportArgs, principal: Principal): Promise<{ file: ProfileExportFile; profileIds: string[] }> {
    this.profiles.assertMayRead(principal);
    const maxRows = this.maxRows();
    const listArgs = { filter: args.filter, sort: args.sort };
    const first = await this.profiles.list({ ...listArgs, page: { limit: PAGE } }, principal);
    const total = await first.countTotal();
    if (total > maxRows) {
      throw ValidationFailedError.single(
        'filter',
        'maxExportRows',
        `matches ${first.countCap < total ? 'more than ' + first.countCap : total} travellers; an export holds at most ${maxRows}, so narrow the filter`,
      );
    }
    const fields = this.fieldsFor(principal);
    const rows: Row[] = [];
    for (let page = first; ;) {
      const passports = groupByKeys(
        page.items.map((profile) => profile.id),
        await this.profiles.passportsOf(page.items.map((profile) => profile.id)),
        (passport) => passport.profileId,
      );
      page.items.forEach((profile, index) => {
        rows.push(
          Object.fromEntries(fields.map((field) => [field.name, field.json(profile, passports[index], (passport) => this.passports.numbers.masked(passport))])),
        );
      });
      if (!page.nextCursor || rows.length >= maxRows) break;
      page = await this.profiles.list({ ...listArgs, page: { limit: PAGE, after: page.nextCursor } }, principal);
    }
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    const file = Object.assign(new ProfileExportFile(), {
      rows: rows.length,
      fields: fields.map((field) => field.name),
      ...(args.format === ProfileExportFormat.CSV
        ? {
            filename: `travellers-${stamp}.csv`,
            contentType: 'text/csv; charset=utf-8',
            content:
              [
                fields.map((field) => field.name).join(','),
                ...rows.map((row) => fields.map((field) => csvCell(field.csv ? field.csv(row[field.name]) : (row[field.name] as Cell))).join(',')),
              ].join('\r\n') + '\r\n',
          }
        : { filename: `travellers-${stamp}.json`, contentType: 'application/json', content: JSON.stringify(rows) }),
    });
    return { file, profileIds: rows.map((row) => row.id as string) };
  }
}
