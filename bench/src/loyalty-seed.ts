import { DataSource, EntityManager } from 'typeorm';
import { bulkInsert, encodeCursor, inTransaction, seededRandom, uuid7 } from '@wayfarer/kit';
import {
  addMonths,
  assertRulesConsistent,
  EntryReason,
  LEDGER_TASKS_PRINCIPAL,
  LedgerEntry,
  LedgerEntryKind,
  LotState,
  LoyaltyMember,
  LoyaltyMemberStatus,
  LoyaltyProductType,
  LoyaltySchemeRules,
  LoyaltySchemeVersion,
  monthOf,
  newPeriod,
  PointsLot,
  pointsFor,
  QualifyingMonth,
  reviewTier,
  TierChange,
  TierChangeCause,
  windowStartMonth,
} from '@wayfarer/loyalty';

const SEED = 20_250_613;
const DAY_MS = 86_400_000;

/** The scheme the history is priced by: four tiers, points expiring 18 months after they become available. */
export const BENCH_SCHEME_RULES: LoyaltySchemeRules = {
  earningRules: [
    { productType: LoyaltyProductType.FLIGHT, currency: 'EUR', pointsPerUnit: 0.5 },
    { productType: LoyaltyProductType.HOTEL, currency: 'EUR', pointsPerUnit: 0.4 },
    { productType: LoyaltyProductType.RAIL, currency: 'EUR', pointsPerUnit: 0.3 },
    { productType: LoyaltyProductType.CAR, currency: 'EUR', pointsPerUnit: 0.2 },
  ],
  bonusRules: [{ name: 'Business travellers', segment: 'context:business', productTypes: null, from: null, to: null, multiplier: 1.25, extraPoints: null }],
  tiers: [
    { code: 'BLUE', name: 'Blue', qualifyingPoints: 0, qualifyingTrips: null, retentionPoints: 0 },
    { code: 'SILVER', name: 'Silver', qualifyingPoints: 4_000, qualifyingTrips: 12, retentionPoints: 3_000 },
    { code: 'GOLD', name: 'Gold', qualifyingPoints: 10_000, qualifyingTrips: 30, retentionPoints: 8_000 },
    { code: 'PLATINUM', name: 'Platinum', qualifyingPoints: 25_000, qualifyingTrips: null, retentionPoints: 20_000 },
  ],
  gracePeriodDays: 30,
  expiryMonths: 18,
  termsVersion: 'bench-1',
};

const PRODUCTS = [LoyaltyProductType.FLIGHT, LoyaltyProductType.HOTEL, LoyaltyProductType.RAIL, LoyaltyProductType.CAR];
/** Three years of history; the expiry task last ran a year ago, so lots that expired since are still open and due. */
const HISTORY_DAYS = 3 * 365;
const EXPIRY_STOPPED_DAYS_AGO = 365;
/** The tier task runs every 30 days; the last run was this long ago, and every member has travelled since, so every one is due a review. */
const LAST_REVIEW_DAYS_AGO = 25;
const REVIEW_EVERY_DAYS = 30;
/** Members whose long ledgers the deep statement pages through. */
const HEAVY_MEMBER_ENTRIES = 20_000;
/** About 10 MB of rows per transaction. */
const ENTRIES_PER_WRITE = 40_000;
const WRITES_IN_FLIGHT = 3;

export interface LoyaltySeedOptions {
  dataSource: DataSource;
  /** Travellers to enrol, one member each, in this order. */
  profileIds: readonly string[];
  members: number;
  entries: number;
  /** The day the history ends (today). */
  today: string;
  onProgress?: (members: number) => void;
}

export interface SeededMember {
  id: string;
  profileId: string;
  availablePoints: number;
}

export interface SeededLoyalty {
  members: number;
  entries: number;
  lots: number;
  /** Open lots whose expiry date has come: the expiry task's work. */
  dueLots: number;
  seconds: number;
  rowsPerSecond: number;
  /** Every member, with the points available at the end of the history. */
  seeded: SeededMember[];
  /** The member with the longest ledger, and the cursor of a statement page three quarters of the way down it. */
  deepStatement: { memberId: string; entries: number; depth: number; cursor: string };
}

interface Lot {
  row: PointsLot;
  expiresOn: string;
}

type Event =
  | { day: number; order: 0; kind: 'confirm'; lot: Lot }
  | { day: number; order: 1; kind: 'expire' }
  | { day: number; order: 2; kind: 'review' }
  | { day: number; order: 3; kind: 'earn'; bookedDay: number; travelDay: number; product: LoyaltyProductType; amount: number; business: boolean }
  | { day: number; order: 3; kind: 'redeem'; share: number }
  | { day: number; order: 3; kind: 'adjust'; points: number };

interface MemberRows {
  member: LoyaltyMember;
  entries: LedgerEntry[];
  reasons: EntryReason[];
  lots: PointsLot[];
  months: QualifyingMonth[];
  tierChanges: TierChange[];
}

/** Days as numbers for the simulation, as ISO dates for the rows and the scheme's helpers. */
class Calendar {
  readonly todayNumber: number;
  private readonly iso = new Map<number, string>();
  private readonly expiry = new Map<string, string>();

  constructor(today: string) {
    this.todayNumber = Date.parse(`${today}T00:00:00Z`) / DAY_MS;
  }

  date(day: number): string {
    let value = this.iso.get(day);
    if (!value) this.iso.set(day, (value = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return value;
  }

  /** When points available on `date` expire, by the scheme's own month arithmetic. */
  expiresOn(date: string, months: number): string {
    let value = this.expiry.get(date);
    if (!value) this.expiry.set(date, (value = addMonths(date, months)));
    return value;
  }

  at(day: number, offsetMs: number): Date {
    return new Date(day * DAY_MS + offsetMs);
  }
}

const NO_DETAILS = {
  bookingReference: null,
  productType: null,
  amount: null,
  currency: null,
  bookedOn: null,
  travelDate: null,
  schemeVersionId: null,
  rewardId: null,
  reversesId: null,
};

/**
 * One member's three years, event by event, with the rules the services apply: an earn is pending
 * until its travel date (then confirmed: available, and qualifying in its month), a redemption takes
 * open lots oldest expiry first, an adjustment credits an open lot, the expiry task closes what
 * remains of lots on their date (until it stopped a year ago), and the tier task reviews the member
 * every 30 days with `reviewTier`. Rows come out as the entities the services write.
 */
function simulateMember(
  index: number,
  profileId: string,
  plannedOperations: number,
  random: () => number,
  calendar: Calendar,
  rules: LoyaltySchemeRules,
  schemeVersionId: string,
): MemberRows {
  const today = calendar.todayNumber;
  const start = today - HISTORY_DAYS;
  const expiryStopped = today - EXPIRY_STOPPED_DAYS_AGO;
  const lastReview = today - LAST_REVIEW_DAYS_AGO;
  const months = rules.expiryMonths!;
  const enrolDay = start + Math.floor(random() * 90);
  const between = (from: number, to: number) => from + Math.floor(random() * Math.max(1, to - from));
  const spend = 0.3 + random() * 1.7;
  const business = random() < 0.4;

  // Savers never redeem: their oldest lots are still there when they expire (redemptions take the oldest first).
  const saver = random() < 0.4;
  const events: Event[] = [];
  const earns = Math.max(1, Math.round(plannedOperations * (saver ? 0.97 : 0.75)));
  const redeems = saver ? 0 : Math.round(plannedOperations * 0.22);
  const adjusts = Math.max(0, plannedOperations - earns - redeems);
  for (let earn = 0; earn < earns; earn++) {
    // The last earn was travelled since the last tier review: the member is due one.
    const bookedDay = earn === earns - 1 ? today - 1 - Math.floor(random() * (LAST_REVIEW_DAYS_AGO - 5)) : between(enrolDay, today);
    const travelDay = earn === earns - 1 || random() < 0.3 ? bookedDay : bookedDay + 1 + Math.floor(random() * 60);
    const amount = Math.round((50 + random() * 1450) * spend * 100) / 100;
    events.push({ day: bookedDay, order: 3, kind: 'earn', bookedDay, travelDay, product: PRODUCTS[Math.floor(random() * PRODUCTS.length)], amount, business });
  }
  for (let redeem = 0; redeem < redeems; redeem++) events.push({ day: between(enrolDay + 30, today), order: 3, kind: 'redeem', share: 0.1 + random() * 0.3 });
  for (let adjust = 0; adjust < adjusts; adjust++)
    events.push({ day: between(enrolDay, today), order: 3, kind: 'adjust', points: 50 + Math.floor(random() * 450) });
  for (let day = lastReview; day > enrolDay; day -= REVIEW_EVERY_DAYS) events.push({ day, order: 2, kind: 'review' });

  const memberId = uuid7(calendar.at(enrolDay, 8 * 3_600_000).getTime());
  const enrolled = calendar.at(enrolDay, 8 * 3_600_000);
  const member = Object.assign(new LoyaltyMember(), {
    id: memberId,
    profileId,
    status: LoyaltyMemberStatus.ACTIVE,
    ...newPeriod(rules, rules.tiers[0].code, calendar.date(enrolDay)),
    availablePoints: 0,
    pendingPoints: 0,
    earnedPoints: 0,
    usedPoints: 0,
    expiredPoints: 0,
    termsVersion: rules.termsVersion,
    enrolledAt: enrolled,
    closedAt: null,
    closeReason: null,
    erasedAt: null,
    version: 1,
    updatedAt: enrolled,
  });
  const rows: MemberRows = { member, entries: [], reasons: [], lots: [], months: [], tierChanges: [] };
  const tierChange = (fromTier: string | null, toTier: string, cause: TierChangeCause, day: number, at: Date) =>
    rows.tierChanges.push(
      Object.assign(new TierChange(), { id: uuid7(at.getTime()), memberId, fromTier, toTier, cause, changedOn: calendar.date(day), createdAt: at }),
    );
  tierChange(null, member.tierCode, TierChangeCause.ENROLMENT, enrolDay, enrolled);

  const qualifying = new Map<string, QualifyingMonth>();
  const open: Lot[] = [];
  const expiryDays = new Set<number>();
  const touched = (at: Date) => {
    member.version += 1;
    member.updatedAt = at;
  };
  const entry = (kind: LedgerEntryKind, points: number, at: Date, postedBy: string, details: Partial<LedgerEntry> = {}) => {
    const row = Object.assign(new LedgerEntry(), { ...NO_DETAILS, id: uuid7(at.getTime()), memberId, kind, points, postedAt: at, postedBy, ...details });
    rows.entries.push(row);
    return row;
  };
  const addLot = (credit: LedgerEntry, state: LotState, isQualifying: boolean, availableOn: string, expiresOn: string): Lot => {
    const row = Object.assign(new PointsLot(), {
      id: credit.id,
      memberId,
      state,
      points: credit.points,
      remaining: credit.points,
      expired: 0,
      qualifying: isQualifying,
      availableOn,
      expiresOn,
    });
    rows.lots.push(row);
    const expiryDay = Date.parse(`${expiresOn}T00:00:00Z`) / DAY_MS;
    if (expiryDay <= expiryStopped) expiryDays.add(expiryDay);
    return { row, expiresOn };
  };
  const countQualifying = (lot: PointsLot, day: number) => {
    const month = monthOf(lot.availableOn);
    const total = qualifying.get(month) ?? Object.assign(new QualifyingMonth(), { memberId, month, points: 0, trips: 0 });
    total.points += lot.points;
    total.trips += 1;
    qualifying.set(month, total);
    member.tierReviewOn = member.tierReviewOn < calendar.date(day) ? member.tierReviewOn : calendar.date(day);
  };

  events.sort((a, b) => a.day - b.day || a.order - b.order);
  const pending: Event[] = [];
  const queue = (event: Event) => {
    // Confirmations and expiry runs come up while walking: keep the walk in date order.
    pending.push(event);
  };
  let next = 0;
  const take = (): Event | undefined => {
    const candidates = [events[next], ...pending].filter((event): event is Event => !!event);
    if (!candidates.length) return undefined;
    let best = candidates[0];
    for (const candidate of candidates) if (candidate.day < best.day || (candidate.day === best.day && candidate.order < best.order)) best = candidate;
    if (best === events[next]) next++;
    else pending.splice(pending.indexOf(best), 1);
    return best;
  };
  const scheduledExpiries = new Set<number>();
  for (let event = take(); event; event = take()) {
    const day = event.day;
    if (event.kind === 'confirm') {
      const at = calendar.at(day, 3_600_000);
      event.lot.row.state = LotState.OPEN;
      open.push(event.lot);
      member.pendingPoints -= event.lot.row.remaining;
      member.availablePoints += event.lot.row.remaining;
      countQualifying(event.lot.row, day);
      touched(at);
    } else if (event.kind === 'expire') {
      const at = calendar.at(day, 3_600_000 + 600_000);
      const date = calendar.date(day);
      let points = 0;
      for (let position = open.length - 1; position >= 0; position--) {
        const lot = open[position];
        if (lot.expiresOn > date) continue;
        points += lot.row.remaining;
        lot.row.expired += lot.row.remaining;
        lot.row.remaining = 0;
        lot.row.state = LotState.CLOSED;
        open.splice(position, 1);
      }
      if (points > 0) {
        entry(LedgerEntryKind.EXPIRE, -points, at, LEDGER_TASKS_PRINCIPAL);
        member.availablePoints -= points;
        member.expiredPoints += points;
        touched(at);
      }
    } else if (event.kind === 'review') {
      const date = calendar.date(day);
      if (member.tierReviewOn > date) continue;
      const at = calendar.at(day, 3_600_000 + 1_200_000);
      const windowStart = windowStartMonth(date);
      const totals = { points: 0, trips: 0 };
      for (const month of qualifying.values())
        if (month.month >= windowStart) {
          totals.points += month.points;
          totals.trips += month.trips;
        }
      const { state, cause } = reviewTier(rules, member, totals, date);
      if (cause) tierChange(member.tierCode, state.tierCode, cause as TierChangeCause, day, at);
      Object.assign(member, state);
    } else if (event.kind === 'earn') {
      const at = calendar.at(day, 9 * 3_600_000 + Math.floor(random() * 9 * 3_600_000));
      const bookedOn = calendar.date(event.bookedDay);
      const travelDate = calendar.date(event.travelDay);
      const points = pointsFor(rules, {
        productType: event.product,
        currency: 'EUR',
        amount: event.amount,
        bookedOn,
        segments: event.business ? ['context:business'] : [],
      });
      if (!points) continue;
      const credit = entry(LedgerEntryKind.EARN, points, at, 'bench-booking-engine', {
        bookingReference: `BK${index}-${rows.entries.length}`,
        productType: event.product,
        amount: event.amount,
        currency: 'EUR',
        bookedOn,
        travelDate,
        schemeVersionId,
      });
      const isPending = event.travelDay > event.bookedDay;
      const lot = addLot(credit, isPending ? LotState.PENDING : LotState.OPEN, true, travelDate, calendar.expiresOn(travelDate, months));
      member.earnedPoints += points;
      if (isPending) {
        member.pendingPoints += points;
        if (event.travelDay <= today) queue({ day: event.travelDay, order: 0, kind: 'confirm', lot });
      } else {
        member.availablePoints += points;
        open.push(lot);
        countQualifying(lot.row, day);
      }
      touched(at);
    } else if (event.kind === 'redeem') {
      if (member.availablePoints < 100) continue;
      const at = calendar.at(day, 9 * 3_600_000 + Math.floor(random() * 9 * 3_600_000));
      const points = Math.max(1, Math.floor(member.availablePoints * event.share));
      entry(LedgerEntryKind.REDEEM, -points, at, 'bench-agent');
      // Oldest expiry first, then oldest lot: consumeLots' order.
      open.sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.row.id < b.row.id ? -1 : 1));
      let owed = points;
      while (owed > 0) {
        const lot = open[0];
        const taken = Math.min(lot.row.remaining, owed);
        owed -= taken;
        lot.row.remaining -= taken;
        if (lot.row.remaining === 0) {
          lot.row.state = LotState.CLOSED;
          open.shift();
        }
      }
      member.availablePoints -= points;
      member.usedPoints += points;
      touched(at);
    } else {
      const at = calendar.at(day, 9 * 3_600_000 + Math.floor(random() * 9 * 3_600_000));
      const date = calendar.date(day);
      const credit = entry(LedgerEntryKind.ADJUST, event.points, at, 'bench-supervisor');
      rows.reasons.push(Object.assign(new EntryReason(), { entryId: credit.id, reason: 'Goodwill: disrupted journey' }));
      open.push(addLot(credit, LotState.OPEN, false, date, calendar.expiresOn(date, months)));
      member.availablePoints += event.points;
      member.earnedPoints += event.points;
      touched(at);
    }
    // Expiry runs for lots created so far whose dates are now known and not yet scheduled.
    for (const expiryDay of expiryDays) {
      if (scheduledExpiries.has(expiryDay)) continue;
      scheduledExpiries.add(expiryDay);
      queue({ day: expiryDay, order: 1, kind: 'expire' });
    }
  }
  rows.months = [...qualifying.values()];
  return rows;
}

async function writeRows(manager: EntityManager, batch: MemberRows[]): Promise<void> {
  await bulkInsert(
    manager,
    LoyaltyMember,
    batch.map((rows) => rows.member),
  );
  await bulkInsert(
    manager,
    LedgerEntry,
    batch.flatMap((rows) => rows.entries),
  );
  await bulkInsert(
    manager,
    EntryReason,
    batch.flatMap((rows) => rows.reasons),
  );
  await bulkInsert(
    manager,
    PointsLot,
    batch.flatMap((rows) => rows.lots),
  );
  await bulkInsert(
    manager,
    QualifyingMonth,
    batch.flatMap((rows) => rows.months),
  );
  await bulkInsert(
    manager,
    TierChange,
    batch.flatMap((rows) => rows.tierChanges),
  );
}

/**
 * Members of the scheme with three years of ledger each, written straight into the loyalty tables
 * (the services' own entities, through the kit's bulk insert) a few batches at a time. Each
 * member's history is simulated with the scheme's own rules (`pointsFor`, `reviewTier`, its date
 * arithmetic); the bench proves the result consistent with the ledger invariant check.
 */
export async function seedLoyalty(options: LoyaltySeedOptions): Promise<SeededLoyalty> {
  if (options.members > options.profileIds.length)
    throw new Error(`${options.members} members need as many travellers; ${options.profileIds.length} were seeded`);
  assertRulesConsistent(BENCH_SCHEME_RULES);
  const started = process.hrtime.bigint();
  const calendar = new Calendar(options.today);
  const random = seededRandom(SEED);
  const schemeVersionId = uuid7(calendar.at(calendar.todayNumber - HISTORY_DAYS - 30, 0).getTime());
  await options.dataSource.getRepository(LoyaltySchemeVersion).insert({
    id: schemeVersionId,
    effectiveFrom: calendar.date(calendar.todayNumber - HISTORY_DAYS - 30),
    rules: BENCH_SCHEME_RULES,
    createdBy: 'bench',
    createdAt: calendar.at(calendar.todayNumber - HISTORY_DAYS - 30, 0),
  });

  const heavyMembers = Math.min(5, Math.max(1, Math.floor(options.members / 100)));
  const heavyEntries = Math.min(HEAVY_MEMBER_ENTRIES, Math.max(100, Math.floor(options.entries / 20 / heavyMembers)));
  const seeded: SeededMember[] = [];
  let entries = 0;
  let lots = 0;
  let dueLots = 0;
  let rowCount = 0;
  let planned = 0;
  let deepest: MemberRows | undefined;
  const inFlight = new Set<Promise<void>>();
  const today = options.today;
  let batch: MemberRows[] = [];
  let batchEntries = 0;
  const flush = () => {
    const rows = batch;
    batch = [];
    const write = inTransaction(options.dataSource, (manager) => writeRows(manager, rows)).then(() => options.onProgress?.(seeded.length));
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write)).catch(() => undefined);
    return write;
  };
  try {
    for (let index = 0; index < options.members; index++) {
      // Operations per member so the entries (expiries included, redemptions skipped on thin balances) add up to the target.
      const target = index < heavyMembers ? heavyEntries : (options.entries - entries) / (options.members - index);
      const ratio = planned > 0 ? entries / planned : 1;
      const operations = Math.max(2, Math.round(target / ratio));
      const rows = simulateMember(index, options.profileIds[index], operations, random, calendar, BENCH_SCHEME_RULES, schemeVersionId);
      planned += operations;
      entries += rows.entries.length;
      lots += rows.lots.length;
      for (const lot of rows.lots) if (lot.state === LotState.OPEN && lot.expiresOn <= today) dueLots++;
      rowCount += 1 + rows.entries.length + rows.reasons.length + rows.lots.length + rows.months.length + rows.tierChanges.length;
      if (!deepest || rows.entries.length > deepest.entries.length) deepest = rows;
      seeded.push({ id: rows.member.id, profileId: rows.member.profileId!, availablePoints: rows.member.availablePoints });
      batch.push(rows);
      batchEntries += rows.entries.length;
      if (batchEntries >= ENTRIES_PER_WRITE) {
        batchEntries = 0;
        void flush();
        if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
      }
    }
    if (batch.length) void flush();
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
  }
  // Fresh optimiser statistics, as a database that grew to this size over time would have.
  await options.dataSource.query('ANALYZE TABLE loyalty_members, loyalty_ledger_entries, loyalty_points_lots, loyalty_qualifying_months, loyalty_tier_changes');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ids = deepest!.entries.map((entry) => entry.id).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const depth = Math.floor(ids.length * 0.75);
  return {
    members: seeded.length,
    entries,
    lots,
    dueLots,
    seconds,
    rowsPerSecond: rowCount / seconds,
    seeded,
    // The statement is newest first by id: a page's cursor is its last entry's id, twice.
    deepStatement: { memberId: deepest!.member.id, entries: ids.length, depth, cursor: encodeCursor(ids[depth], ids[depth]) },
  };
}
