import { DataSource, LessThan } from 'typeorm';
import { inTransaction, uuid7 } from '@wayfarer/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { DuplicateCandidate, DuplicateStatus } from './duplicate-candidate.entity';
import { KEYED_MARKER, MatchKeysService } from './match-keys.service';
import { comparableName, MatchKind, nameSimilarity } from './match-key';

/** A block this big is a shared office phone or a very common name on a common date: comparing all its pairs finds noise, not people. */
export const MAX_BLOCK_SIZE = 50;
/** Below this the names are different people who share a birthday and one name (twins, namesakes). */
const MIN_NAME_SIMILARITY = 0.7;
/** Evidence per kind, combined as independent signals: 1 − Π(1 − weight); a name match weighs by how alike the names are. */
const WEIGHTS: Record<MatchKind, number> = {
  [MatchKind.DOCUMENT]: 0.9,
  [MatchKind.NAME_DOB]: 0.7,
  [MatchKind.EMAIL]: 0.6,
  [MatchKind.PHONE]: 0.4,
};
/** The weakest single piece of evidence (a shared phone) still reaches the queue. */
export const MIN_SCORE = 35;
const WRITE_CHUNK = 500;
const NAME_CHUNK = 2000;

@ObjectType({ description: 'What one full scan did.' })
export class DuplicateScanResult {
  @Field(() => Int, { description: 'Profiles whose blocking keys were missing and were built first.' })
  profilesKeyed: number;

  @Field(() => Int, { description: 'Blocks (profiles sharing one key) that were compared.' })
  blocks: number;

  @Field(() => Int, { description: `Blocks of more than ${MAX_BLOCK_SIZE} profiles, skipped.` })
  oversizedBlocks: number;

  @Field(() => Int)
  pairsCompared: number;

  @Field(() => Int, { description: 'Pairs at or above the queue threshold, new or refreshed.' })
  candidates: number;

  @Field(() => Int, { description: 'Open candidates the scan no longer finds, removed from the queue.' })
  closed: number;

  @Field(() => Int)
  durationMs: number;
}

interface Block {
  kind: MatchKind;
  ids: string[];
}

interface PairEvidence {
  leftId: string;
  rightId: string;
  kinds: Set<MatchKind>;
}

interface ComparableNames {
  name: string;
  nativeName: string | null;
}

/** The closer of the two spellings: romanisations of one native name can differ more than a typo does. */
function similarityOf(left: ComparableNames, right: ComparableNames): number {
  const latin = nameSimilarity(left.name, right.name);
  return left.nativeName && right.nativeName ? Math.max(latin, nameSimilarity(left.nativeName, right.nativeName)) : latin;
}

export function scoreOf(kinds: Iterable<MatchKind>, nameSimilarity = 1): number {
  let unlikely = 1;
  for (const kind of kinds) unlikely *= 1 - WEIGHTS[kind] * (kind === MatchKind.NAME_DOB ? nameSimilarity : 1);
  return Math.round(100 * (1 - unlikely));
}

/**
 * Finds candidate pairs by blocking: only profiles that share a key are compared, so the
 * work grows with the blocks, not with the square of the profiles.
 */
export class DuplicateScanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: MatchKeysService,
  ) {}

  async scan(): Promise<DuplicateScanResult> {
    const started = Date.now();
    const profilesKeyed = await this.keys.backfill();
    const scannedAt = new Date();
    const { blocks, oversizedBlocks } = await this.blocks();
    const pairs = new Map<string, PairEvidence>();
    for (const block of blocks) {
      const ids = block.ids.sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const id = `${ids[i]}|${ids[j]}`;
          let pair = pairs.get(id);
          if (!pair) pairs.set(id, (pair = { leftId: ids[i], rightId: ids[j], kinds: new Set() }));
          pair.kinds.add(block.kind);
        }
      }
    }
    const names = await this.comparableNames(
      [...pairs.values()].filter((pair) => pair.kinds.has(MatchKind.NAME_DOB)).flatMap((pair) => [pair.leftId, pair.rightId]),
    );

    const rows: DuplicateCandidate[] = [];
    for (const pair of pairs.values()) {
      let similarity: number | null = null;
      if (pair.kinds.has(MatchKind.NAME_DOB)) {
        similarity = similarityOf(names.get(pair.leftId)!, names.get(pair.rightId)!);
        if (similarity < MIN_NAME_SIMILARITY) pair.kinds.delete(MatchKind.NAME_DOB);
      }
      const reasons = Object.values(MatchKind).filter((kind) => pair.kinds.has(kind));
      const score = scoreOf(reasons, similarity ?? 1);
      if (reasons.length === 0 || score < MIN_SCORE) continue;
      rows.push(
        Object.assign(new DuplicateCandidate(), {
          id: uuid7(),
          leftId: pair.leftId,
          rightId: pair.rightId,
          score,
          reasons,
          nameSimilarity: similarity === null ? null : Math.round(similarity * 100),
          status: DuplicateStatus.OPEN,
          foundAt: scannedAt,
          scannedAt,
          decidedAt: null,
          decidedBy: null,
        }),
      );
    }

    const closed = await inTransaction(this.dataSource, async (manager) => {
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(DuplicateCandidate)
          .values(rows.slice(start, start + WRITE_CHUNK))
          .orUpdate(['score', 'reasons', 'name_similarity', 'scanned_at'], ['left_id', 'right_id'])
          .execute();
      }
      const result = await manager.getRepository(DuplicateCandidate).delete({ status: DuplicateStatus.OPEN, scannedAt: LessThan(scannedAt) });
      return result.affected ?? 0;
    });

    return Object.assign(new DuplicateScanResult(), {
      profilesKeyed,
      blocks: blocks.length,
      oversizedBlocks,
      pairsCompared: pairs.size,
      candidates: rows.length,
      closed,
      durationMs: Date.now() - started,
    });
  }

  /**
   * Every block of 2 to MAX_BLOCK_SIZE profiles with its members, in one pass over the
   * (kind, key) index: no join back to the keys, no per-block query.
   */
  private async blocks(): Promise<{ blocks: Block[]; oversizedBlocks: number }> {
    const runner = this.dataSource.createQueryRunner();
    try {
      // MySQL cuts GROUP_CONCAT at 1,024 bytes by default; a full block of ids needs more.
      if (this.dataSource.options.type === 'mysql') await runner.query('SET SESSION group_concat_max_len = 1048576');
      const key = this.dataSource.driver.escape('key');
      const rows: { kind: MatchKind; ids: string | null }[] = await runner.query(
        `SELECT kind, CASE WHEN COUNT(*) <= ? THEN GROUP_CONCAT(profile_id) END AS ids
         FROM profile_match_keys WHERE kind <> ? GROUP BY kind, ${key} HAVING COUNT(*) > 1`,
        [MAX_BLOCK_SIZE, KEYED_MARKER],
      );
      const blocks = rows.filter((row) => row.ids !== null).map((row) => ({ kind: row.kind, ids: row.ids!.split(',') }));
      return { blocks, oversizedBlocks: rows.length - blocks.length };
    } finally {
      await runner.release();
    }
  }

  private async comparableNames(profileIds: string[]): Promise<Map<string, ComparableNames>> {
    const names = new Map<string, ComparableNames>();
    const ids = [...new Set(profileIds)];
    for (let start = 0; start < ids.length; start += NAME_CHUNK) {
      const chunk = ids.slice(start, start + NAME_CHUNK);
      const rows: { id: string; given_name: string; middle_name: string | null; family_name: string; native_name: string | null }[] =
        await this.dataSource.query(
          `SELECT id, given_name, middle_name, family_name, native_name FROM profiles WHERE id IN (${chunk.map(() => '?').join(', ')})`,
          chunk,
        );
      for (const row of rows) {
        names.set(row.id, {
          name: comparableName(row.given_name, row.middle_name, row.family_name),
          nativeName: row.native_name && comparableName(row.native_name),
        });
      }
    }
    return names;
  }
}
