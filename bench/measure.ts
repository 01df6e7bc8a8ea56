/** Timing, percentiles and memory sampling for the benchmark. */
import { performance } from "node:perf_hooks";

/** The p-th percentile (0–100) of some samples, nearest rank; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Summary of timed samples in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

/** Summarises samples in milliseconds. */
export function summarise(samples: readonly number[]): Timing {
  return {
    runs: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    min: Math.min(...samples),
    max: Math.max(...samples),
    mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
  };
}

/** Runs `work` and gives its result and the milliseconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** Milliseconds since some fixed point. */
export function now(): number {
  return performance.now();
}

/**
 * Samples the resident set size of this process every `everyMs` and keeps the peak; the kernel's
 * own peak (`maxRSS`, kilobytes on Linux) is taken into account when read.
 */
export class RssSampler {
  private peakSampled = 0;
  private readonly timer: NodeJS.Timeout;
  private phasePeaks = new Map<string, number>();
  private phase = "start";

  constructor(everyMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  /** Names the phase that following samples belong to. */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  private sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peakSampled) this.peakSampled = rss;
    if (rss > (this.phasePeaks.get(this.phase) ?? 0)) this.phasePeaks.set(this.phase, rss);
  }

  /** Peak RSS in bytes: the larger of the sampled peak and the kernel's maxRSS. */
  peak(): { sampled: number; maxRss: number; byPhase: ReadonlyMap<string, number> } {
    this.sample();
    return {
      sampled: this.peakSampled,
      maxRss: process.resourceUsage().maxRSS * 1024,
      byPhase: this.phasePeaks,
    };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** Milliseconds with a sensible number of decimals. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** A duration in seconds as `1 h 02 min`, `3 min 20 s` or `12.3 s`. */
export function duration(seconds: number): string {
  if (seconds >= 3600)
    return `${Math.floor(seconds / 3600)} h ${String(Math.round((seconds % 3600) / 60)).padStart(2, "0")} min`;
  if (seconds >= 60) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${seconds.toFixed(1)} s`;
}

/** A rate with thousands separators. */
export function rate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString("en-US")}/s`;
}
