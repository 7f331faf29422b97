/**
 * The cost of a pure function, for linear-time checks: only ever compared with the cost of a
 * benign input of the same size measured in the same run (a busy machine slows both alike), never
 * with a number of milliseconds.
 */

/** The fastest of `runs` timings of `f`, in millis (`performance.now`: only compared in one run). */
export const fastest = (runs: number, f: () => unknown): number => {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    f()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * How many times the cost of `benign` the cost of `hostile` is (the fastest of `runs` each,
 * measured in turns so that a burst of load lands on both).
 */
export const ratio = (runs: number, hostile: () => unknown, benign: () => unknown): number => {
  let worst = Number.POSITIVE_INFINITY
  let base = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    worst = Math.min(worst, fastest(1, hostile))
    base = Math.min(base, fastest(1, benign))
  }
  return worst / Math.max(base, Number.MIN_VALUE)
}
