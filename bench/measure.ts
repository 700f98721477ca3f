/** Timing helpers for the benchmarks: warm up, then report median and p95 in milliseconds. */
import { performance } from "node:perf_hooks";

export interface Timing {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export function time(name: string, runs: number, body: (i: number) => unknown): Timing {
  for (let i = 0; i < Math.min(50, runs); i++) body(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), maxMs: samples[samples.length - 1]! };
}

export function printTable(rows: readonly Timing[]): void {
  console.log("| what | runs | median ms | p95 ms | max ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(`| ${r.name} | ${r.runs} | ${r.medianMs.toFixed(3)} | ${r.p95Ms.toFixed(3)} | ${r.maxMs.toFixed(3)} |`);
}
