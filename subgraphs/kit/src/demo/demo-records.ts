/** Deterministic pseudo-random numbers, so demo and benchmark data are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The demo travellers (by number, as `demoId` names them) who agreed to the loyalty scheme's terms
 * in profiles' demo and are members of the scheme in loyalty's: one list, so the two never drift.
 */
export const DEMO_SCHEME_MEMBERS: readonly number[] = Array.from({ length: 40 }, (_, position) => 3 + position * 5);
