import { DataSource, EntityManager } from 'typeorm';
import { claimVersion, inTransaction, NotFoundError, Principal, utcToday, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { LoyaltyScheme, LoyaltySchemeVersion } from './loyalty-scheme.entity';
import { ReviseLoyaltySchemeInput } from './loyalty-scheme.input';
import { LoyaltySchemeRules } from './scheme-rules.types';
import { assertRulesConsistent, versionOn } from './scheme-rules';
import { SCHEME_ID } from '../migrations/1796702000000-create-loyalty-scheme';

/** Stored form: upper-case currencies, trimmed names. */
function normalised(rules: LoyaltySchemeRules): LoyaltySchemeRules {
  return {
    ...rules,
    earningRules: rules.earningRules.map((rule) => ({ ...rule, currency: rule.currency.toUpperCase() })),
    bonusRules: rules.bonusRules.map((bonus) => ({ ...bonus, name: bonus.name.trim(), segment: bonus.segment?.trim() || null })),
    tiers: rules.tiers.map((tier) => ({ ...tier, name: tier.name.trim() })),
    expiryMonths: rules.expiryMonths ?? null,
    termsVersion: rules.termsVersion.trim(),
  };
}

export class LoyaltySchemeService {
  /** The versions last read, with the count and newest id they were read at. */
  private held: { stamp: string; versions: LoyaltySchemeVersion[] } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async scheme(): Promise<LoyaltyScheme> {
    const scheme = await this.dataSource.getRepository(LoyaltyScheme).findOne({ where: { id: SCHEME_ID } });
    if (!scheme) throw new NotFoundError('LoyaltyScheme', SCHEME_ID);
    return scheme;
  }

  /**
   * Every version, oldest first (shared: not to be changed). Versions are only ever added, never
   * changed or removed, so their count and newest id, one index read, tell whether the versions
   * this process holds are all there are; a revision made through another replica is read the next
   * time. In a transaction both reads see its snapshot.
   */
  async versions(manager: EntityManager = this.dataSource.manager): Promise<LoyaltySchemeVersion[]> {
    const [probe] = await manager.query<{ count: number | string; latest: string | null }[]>(
      'SELECT COUNT(*) AS count, MAX(id) AS latest FROM loyalty_scheme_versions',
    );
    const stamp = `${probe.count}|${probe.latest}`;
    if (this.held?.stamp !== stamp)
      this.held = { stamp, versions: await manager.getRepository(LoyaltySchemeVersion).find({ order: { effectiveFrom: 'ASC' } }) };
    return this.held.versions;
  }

  async versionOn(date: string, manager?: EntityManager): Promise<LoyaltySchemeVersion | null> {
    return versionOn(await this.versions(manager), date);
  }

  /** Claims the scheme's version first, so concurrent revisions answer CONFLICT instead of both adding a version. */
  async revise(input: ReviseLoyaltySchemeInput, principal: Principal): Promise<LoyaltyScheme> {
    assertRulesConsistent(input.rules);
    return inTransaction(this.dataSource, async (manager) => {
      await claimVersion(manager, LoyaltyScheme, 'LoyaltyScheme', SCHEME_ID, input.expectedVersion);
      const today = utcToday();
      if (input.effectiveFrom < today)
        throw ValidationFailedError.single('input.effectiveFrom', 'notInPast', 'earns already priced keep their rules: start today or later');
      const latest = (await this.versions(manager)).at(-1);
      if (latest && input.effectiveFrom <= latest.effectiveFrom)
        throw ValidationFailedError.single(
          'input.effectiveFrom',
          'afterLatestVersion',
          `must be after ${latest.effectiveFrom}, when the latest version starts`,
        );
      await manager.getRepository(LoyaltySchemeVersion).insert({
        id: uuid7(),
        effectiveFrom: input.effectiveFrom,
        rules: normalised(input.rules),
        createdBy: principal.id,
        createdAt: new Date(),
      });
      await manager.getRepository(LoyaltyScheme).update({ id: SCHEME_ID }, { updatedAt: new Date() });
      return (await manager.getRepository(LoyaltyScheme).findOne({ where: { id: SCHEME_ID } }))!;
    });
  }
}
