/** A small deterministic generator of numbers in [0, 1), so a failing generated case can be reproduced. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
