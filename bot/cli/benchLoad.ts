/**
 * Closed-loop load over the local Direct Line: `concurrency` conversations at once, each sending its
 * script one turn after the other (the next message only after the bot answered, as a person does).
 * Used by the benchmark (figures) and by the load test (correctness under load, no timings).
 */
import { DirectLineSession, type SessionOptions, type TurnResult } from './benchDirectLineClient';

/** One kind of conversation: who talks, and what they say in conversation number `index`. */
export interface Scenario {
  name: string;
  demoUser(index: number): string;
  script(index: number): string[];
  /** A problem with a turn's replies (undefined = fine); such a turn counts as an error. */
  check?(said: string, result: TurnResult): string | undefined;
}

export interface LoadOptions {
  concurrency: number;
  /** Turns per conversation; the script is repeated when shorter. */
  turns: number;
  session?: SessionOptions;
  /** Called after every turn (the load test records what was confirmed). */
  onTurn?(conversation: number, said: string, result: TurnResult, session: DirectLineSession): void;
}

export interface LoadFigures {
  concurrency: number;
  conversations: number;
  turns: number;
  errors: number;
  /** First few error messages, for the report. */
  errorSamples: string[];
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  turnsPerSecond: number;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** Opens conversations a few at a time (a burst of 100 token requests is not what we measure). */
async function openSessions(url: string, scenario: Scenario, count: number, options: SessionOptions = {}): Promise<DirectLineSession[]> {
  const sessions: DirectLineSession[] = [];
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, (_, i) => DirectLineSession.open(url, scenario.demoUser(start + i), options));
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

export async function runLoad(url: string, scenario: Scenario, options: LoadOptions): Promise<LoadFigures> {
  const sessions = await openSessions(url, scenario, options.concurrency, options.session);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  try {
    await Promise.all(
      sessions.map(async (session, index) => {
        const script = scenario.script(index);
        for (let turn = 0; turn < options.turns; turn++) {
          const said = script[turn % script.length];
          try {
            const result = await session.say(said);
            latencies.push(result.latencyMs);
            const problem = scenario.check?.(said, result);
            if (problem) throw new Error(problem);
            options.onTurn?.(index, said, result, session);
          } catch (error) {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(`${scenario.name}#${index} "${said}": ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }),
    );
  } finally {
    sessions.forEach((session) => session.close());
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    concurrency: options.concurrency,
    conversations: sessions.length,
    turns: latencies.length,
    errors,
    errorSamples,
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[sorted.length - 1] ?? 0),
    },
    turnsPerSecond: round(latencies.length / seconds),
  };
}
