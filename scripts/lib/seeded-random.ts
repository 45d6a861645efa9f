/**
 * A seeded random number generator (mulberry32): small, fast, and the same
 * on every platform, so a seed always gives the same numbers. The synthetic
 * dataset and the bench's bootstrap intervals are reproducible with it.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
