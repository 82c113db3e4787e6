import v8 from 'node:v8';

/** Semi-space of the main thread's young generation, in MB (V8's default is 16 on 64-bit). */
const SEMI_SPACE_MB = 4;

/**
 * After a full collection, the old generation may grow to this much above what survived before
 * the next one (V8 picks 10–300 % itself, and with ~90 MB of models held it let the heap reach
 * 250 MB and more between collections).
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * For long batch runs (ingest, worker, reanalyze): a small young generation in this thread, so
 * the short-lived objects of each analysis are collected early and RSS stays flat instead of
 * growing by V8's default slack. Measured with `npm run bench:store`: peak RSS 328 → 291 MB on
 * 1,200 articles with 2 threads. Worker threads get the same through `resourceLimits`.
 * The old generation's growth between full collections is capped for every thread (V8 flags are
 * per process, so worker threads started later follow it too): `zegsman ingest --threads 1` of
 * 1,500 articles (compiled build) peak RSS 488 → 282 MB, `--threads 2` 575–667 → 418–429 MB,
 * at about the same CPU time. 30 → 20 % (with 8 articles in flight per thread and batches of 50):
 * `--threads 2` 407–414 → 389–393 MB, CPU time unchanged (10.2–11.8 → 10.5–11.4 s user, 3 runs each).
 */
export function keepMemoryFlat(): void {
  v8.setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
