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

/** Median of `runs` timings of `body`, in microseconds, after a warm-up. */
export function medianMicros(runs: number, body: (i: number) => unknown, warmup = Math.min(200, runs)): number {
  for (let i = 0; i < warmup; i++) body(i);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    body(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  return samples[Math.floor(runs / 2)]!;
}

/**
 * Mean microseconds per call over one pass of `count` distinct calls (each asked once: no memo, no warm-up), in
 * this process's CPU time: on a shared machine the wall clock also counts the time other processes held the core.
 */
export function meanMicrosOnce(count: number, body: (i: number) => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) body(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}
