import { request as httpRequest } from 'node:http';
import { Principal } from '@wayfarer/kit';
import { TargetCheck } from './report';

/** The supervisor role's merge scope on top of an agent's: what the console's scan button sends. */
export const BENCH_SUPERVISOR: Principal = {
  id: 'bench-supervisor',
  kind: 'staff',
  roles: ['supervisor'],
  scopes: ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles:merge'],
  client: 'console',
};

export const DEDUP_SCAN_LIMIT_SECONDS = 5;

const SCAN = 'mutation BenchDedupScan { scanForDuplicates { profilesKeyed blocks oversizedBlocks pairsCompared candidates closed durationMs } }';

export interface DedupScanFigures {
  /** Wall time of the request, seconds. */
  seconds: number;
  profilesKeyed: number;
  blocks: number;
  oversizedBlocks: number;
  pairsCompared: number;
  candidates: number;
}

/** Plain HTTP without fetch's five-minute header timeout: the first scan of a million freshly seeded travellers builds every key. */
function post(url: string, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function scanOnce(url: string, token: string): Promise<DedupScanFigures> {
  const started = process.hrtime.bigint();
  const response = await post(url, token, JSON.stringify({ query: SCAN }));
  const body = JSON.parse(response.text) as { data?: { scanForDuplicates: Omit<DedupScanFigures, 'seconds'> }; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`scanForDuplicates failed: HTTP ${response.status} ${response.text.slice(0, 1000)}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { profilesKeyed, blocks, oversizedBlocks, pairsCompared, candidates } = body.data.scanForDuplicates;
  return { seconds: Math.round(seconds * 1000) / 1000, profilesKeyed, blocks, oversizedBlocks, pairsCompared, candidates };
}

/**
 * The seed writes rows around the subgraph, so the first scan also builds every profile's
 * blocking keys (a one-off, as after any bulk load); the second is the scan a supervisor runs
 * on a database whose keys were kept on every write, which the target is about. Both are reported.
 */
export async function measureDedupScan(url: string, token: () => string): Promise<{ first: DedupScanFigures; repeat: DedupScanFigures }> {
  const first = await scanOnce(url, token());
  const repeat = await scanOnce(url, token());
  return { first, repeat };
}

export function dedupScanCheck(travellers: number, figures: { first: DedupScanFigures; repeat: DedupScanFigures }): TargetCheck {
  const { first, repeat } = figures;
  // The target is set per 100,000 travellers; a larger seed gets the same rate.
  const limitSeconds = (DEDUP_SCAN_LIMIT_SECONDS * Math.max(travellers, 100_000)) / 100_000;
  return {
    name: `dedup scan of ${travellers} travellers under ${limitSeconds} s (${DEDUP_SCAN_LIMIT_SECONDS} s per 100,000)`,
    pass: repeat.seconds < limitSeconds,
    detail:
      `scan ${repeat.seconds} s; the first scan after the bulk seed also built keys for ${first.profilesKeyed} profiles: ${first.seconds} s; ` +
      `${repeat.blocks} blocks, ${repeat.oversizedBlocks} oversized skipped, ${repeat.pairsCompared} pairs compared, ${repeat.candidates} candidates`,
  };
}
