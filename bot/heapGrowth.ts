/**
 * How far V8 lets the old generation grow before its next full collection. With V8's own heuristic
 * the server's heap filled with garbage under bursts of turns: after the benchmark's load the live
 * heap was ~105 MB but the old space had grown to ~220 MB, and RSS ended at 460-530 MB (over the
 * 500 MB target in most runs). A fixed growth factor of 2.5x the live heap keeps it at 390-400 MB
 * with the same latency (3 paired runs each; 1.8x gave ~375 MB but cost ~15 % CPU per turn).
 *
 * It is a growth factor, not a limit: a larger live heap (a big embedded store) still grows freely.
 * Set at start-up from the code so every way of starting the server (npm start, the benchmark,
 * tests that spawn it) behaves the same; V8 reads it whenever it sizes the heap after a collection.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 150;

export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
