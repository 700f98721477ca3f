/**
 * What every bench reports: a figure, measured beside a reference in the same run, against its budget (issue
 * "National scale"). Each bench process prints its figures as lines `BENCH {json}`; bench/run.ts gathers them
 * into one table and bench/results.json.
 */

export interface Figure {
  /** What is measured, e.g. "PLAN.TARGET, first call". */
  readonly figure: string;
  readonly scale: string;
  readonly value: number;
  readonly unit: "µs" | "ms" | "KB" | "×" | "";
  /** The budget in the same unit, and which way it points ("≤": at most). */
  readonly budget: number | null;
  readonly reference: string | null;
  /** value / reference value, where the reference is a time in the same unit. */
  readonly ratio: number | null;
  /** The 0.1.0 figure, for the README's before/after table. */
  readonly before: string | null;
}

export function report(figure: Figure): void {
  console.log(`BENCH ${JSON.stringify(figure)}`);
}

export function passes(figure: Figure): boolean | null {
  return figure.budget === null ? null : figure.value <= figure.budget;
}

/**
 * Median of the per-call time of `body` in microseconds, timed in batches of 100 calls after a warm-up: a clock read
 * costs about as much as a sub-microsecond call, so one call per reading would time the clock.
 */
export function medianMicros(runs: number, body: (i: number) => unknown, warmup = Math.min(2000, runs)): number {
  for (let i = 0; i < warmup; i++) body(i);
  const batch = 100;
  const batches = Math.max(1, Math.floor(runs / batch));
  const samples = new Float64Array(batches);
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = b * batch; i < (b + 1) * batch; i++) body(i);
    samples[b] = Number(process.hrtime.bigint() - start) / 1000 / batch;
  }
  samples.sort();
  return samples[Math.floor(batches / 2)]!;
}

/**
 * Mean microseconds per call over one pass of `count` distinct calls (each asked once), on the wall clock. Process
 * CPU time is no better here: it also counts the compiler and collector threads working beside the calls.
 */
export function meanMicrosOnce(count: number, body: (i: number) => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) body(i);
  return Number(process.hrtime.bigint() - start) / 1000 / count;
}
