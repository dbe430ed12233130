import { DataSource } from 'typeorm';
import { ConflictError, ListPage, NotFoundError, paginate, prefixRange, SortDirection, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { PreferenceCategory, PreferenceStance, TravelPreference } from '../preferences/travel-preference.entity';
import { OfferCatalogueEntry, OfferKind } from './offer-catalogue-entry.entity';
import { AddOfferCatalogueEntryInput, OfferCatalogueArgs, OfferCatalogueSortField } from './offer-catalogue.args';

const CODE_FORMAT: Record<OfferKind, { pattern: RegExp; message: string }> = {
  AIRLINE: { pattern: /^[A-Z0-9]{2}$/, message: 'must be an IATA airline code of 2 letters or digits' },
  HOTEL_CHAIN: { pattern: /^[A-Z0-9]{2}$/, message: 'must be a 2-character GDS chain code' },
  CAR_HIRE: { pattern: /^[A-Z0-9]{2}$/, message: 'must be a 2-character car hire supplier code' },
  RAIL_OPERATOR: { pattern: /^[A-Z0-9]{2,4}$/, message: 'must be a rail operator code of 2 to 4 letters or digits' },
  DEPARTURE_AIRPORT: { pattern: /^[A-Z]{3}$/, message: 'must be an IATA airport code of 3 letters' },
};

/** Which catalogue a preference is checked against, and how the gap is put in words. */
const CHECKED: Partial<Record<PreferenceCategory, { kind: OfferKind; describe: (code: string) => string }>> = {
  AIRLINE: { kind: OfferKind.AIRLINE, describe: (code) => `Airline ${code} is not in our offer` },
  HOTEL_CHAIN: { kind: OfferKind.HOTEL_CHAIN, describe: (code) => `Hotel chain ${code} is not in our offer` },
  CAR_HIRE: { kind: OfferKind.CAR_HIRE, describe: (code) => `Car hire firm ${code} is not in our offer` },
  DEPARTURE_AIRPORT: { kind: OfferKind.DEPARTURE_AIRPORT, describe: (code) => `We do not sell departures from ${code}` },
};

/** The catalogue as one lookup: `kind:code` of every entry, and the kinds that have any entry. */
export interface OfferIndex {
  codes: ReadonlySet<string>;
  kinds: ReadonlySet<OfferKind>;
}

export class OfferCatalogueService {
  constructor(private readonly dataSource: DataSource) {}

  list(args: OfferCatalogueArgs): Promise<ListPage<OfferCatalogueEntry>> {
    const qb = this.dataSource.getRepository(OfferCatalogueEntry).createQueryBuilder('entry');
    const filter = args.filter ?? {};
    if (filter.kind) qb.andWhere('entry.kind = :kind', { kind: filter.kind });
    if (filter.search) {
      const { from, to } = prefixRange(filter.search.trim().toUpperCase());
      const name = prefixRange(filter.search.trim());
      qb.andWhere('((entry.code >= :from AND entry.code < :to) OR (entry.name >= :nameFrom AND entry.name < :nameTo))', {
        from,
        to,
        nameFrom: name.from,
        nameTo: name.to,
      });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? OfferCatalogueSortField.CODE,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async index(): Promise<OfferIndex> {
    const entries = await this.dataSource.getRepository(OfferCatalogueEntry).find({ select: { kind: true, code: true } });
    return { codes: new Set(entries.map((entry) => `${entry.kind}:${entry.code}`)), kinds: new Set(entries.map((entry) => entry.kind)) };
  }

  /**
   * Why a preference is outside the offer, or null. Avoiding a supplier we do not sell is no
   * gap, a car type (ACRISS) is no supplier, and a kind with no entries is not configured.
   */
  outsideOfferReason(preference: TravelPreference, offer: OfferIndex): string | null {
    const checked = CHECKED[preference.category];
    if (!checked || preference.stance === PreferenceStance.AVOIDED || !offer.kinds.has(checked.kind)) return null;
    if (preference.category === PreferenceCategory.CAR_HIRE && preference.value.length !== 2) return null;
    return offer.codes.has(`${checked.kind}:${preference.value}`) ? null : checked.describe(preference.value);
  }

  async add(input: AddOfferCatalogueEntryInput): Promise<OfferCatalogueEntry> {
    const code = input.code.trim().toUpperCase();
    const format = CODE_FORMAT[input.kind];
    if (!format.pattern.test(code)) throw ValidationFailedError.single('input.code', 'codeFormat', format.message);
    const repository = this.dataSource.getRepository(OfferCatalogueEntry);
    if (await repository.exists({ where: { kind: input.kind, code } }))
      throw new ConflictError(`${input.kind} ${code} is already in the catalogue`, { kind: input.kind });
    const entry = Object.assign(new OfferCatalogueEntry(), { id: uuid7(), kind: input.kind, code, name: input.name.trim(), createdAt: new Date() });
    await repository.insert(entry);
    return entry;
  }

  async remove(id: string): Promise<OfferCatalogueEntry> {
    const repository = this.dataSource.getRepository(OfferCatalogueEntry);
    const entry = await repository.findOne({ where: { id } });
    if (!entry) throw new NotFoundError('OfferCatalogueEntry', id);
    await repository.delete({ id });
    return entry;
  }
}
