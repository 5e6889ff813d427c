/**
 * `npm run bench [-- --sections <n>] [-- --dev <questions.jsonl>]`
 * Prints one JSON object. Figures of the knowledge engine sit under the top-level key
 * "knowledge" so other harnesses can add theirs (e.g. "endToEnd") beside it:
 * kuromoji load, index build, query latency (µs) and RSS for the shipped content and for a
 * synthetic corpus generated from it, and the dev set's top-1 for the full engine and ablations.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeSection, SearchResult } from '../../dialogs/ports/knowledgeBase';
import { KnowledgeEngine, getAnalysis, loadContent, defaultContentDir, type EngineOptions } from '../../knowledge';
import { packageRoot } from '../../knowledge/packageRoot';
import { runEndToEndBench } from './benchEndToEnd';

interface DevQuestion {
  q: string;
  all?: string[][];
  oos?: boolean;
}

interface SeedFact {
  question: string;
  /** Words the answer must contain; `a|b` accepts either. */
  expect: string[];
}

interface BenchArguments {
  sections: number;
  devFile: string;
  heldOutFile: string;
  factsFile: string;
}

function parseArguments(argv: string[]): BenchArguments {
  const args: BenchArguments = {
    sections: 100_000,
    devFile: path.join(packageRoot(), '..', 'shared', 'eval', 'dev-questions.jsonl'),
    heldOutFile: path.join(packageRoot(), 'test', 'fixtures', 'heldout-questions.jsonl'),
    factsFile: path.join(packageRoot(), 'test', 'fixtures', 'seed-facts.jsonl'),
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sections') args.sections = Math.max(0, Number(argv[++i]) || 0);
    else if (argv[i] === '--dev') args.devFile = argv[++i];
    else if (argv[i] === '--heldout') args.heldOutFile = argv[++i];
    else if (argv[i] === '--facts') args.factsFile = argv[++i];
    else throw new Error(`unknown argument "${argv[i]}" (usage: bench [--sections <n>] [--dev <file>] [--heldout <file>] [--facts <file>])`);
  }
  return args;
}

const milliseconds = (start: bigint): number => Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;
const rssMegabytes = (): number => Math.round(process.memoryUsage().rss / 1024 / 1024);

function percentiles(samplesMicroseconds: number[]): { p50: number; p95: number; p99: number; max: number; count: number } {
  const sorted = [...samplesMicroseconds].sort((a, b) => a - b);
  const at = (q: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: Math.round(sorted[sorted.length - 1] ?? 0), count: sorted.length };
}

/** Latency of every question, `rounds` times over, after one warm-up round. */
function measureQueries(engine: KnowledgeEngine, questions: string[], rounds: number): ReturnType<typeof percentiles> {
  for (let warmUp = 0; warmUp < 3; warmUp++) for (const question of questions) engine.searchNow(question); // let the JIT settle
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const start = process.hrtime.bigint();
      engine.searchNow(question);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return percentiles(samples);
}

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** The eval scorer's rule: every keyword group has a hit in the title or the first 600 characters. */
function answersCorrectly(item: DevQuestion, result: SearchResult): boolean {
  if (item.oos) return result.escalate || !result.hits.length;
  const top = result.hits[0]?.section;
  if (!top) return false;
  const haystack = `${normalize(top.title)} ${normalize(top.text).slice(0, 600)}`;
  return (item.all ?? []).every((group) => group.some((keyword) => haystack.includes(normalize(keyword))));
}

function scoreDevSet(engine: KnowledgeEngine, items: DevQuestion[]): { top1: number; outOfScope: number } {
  const inScope = items.filter((item) => !item.oos);
  const outOfScope = items.filter((item) => item.oos);
  const share = (list: DevQuestion[]): number =>
    list.length ? Math.round((list.filter((item) => answersCorrectly(item, engine.searchNow(item.q))).length / list.length) * 1000) / 1000 : 1;
  return { top1: share(inScope), outOfScope: share(outOfScope) };
}

/** Seed facts (test/fixtures/seed-facts.jsonl): the first hit must contain every expected word. */
function scoreFacts(engine: KnowledgeEngine, facts: SeedFact[]): number {
  const passed = facts.filter((fact) => {
    const top = engine.searchNow(fact.question).hits[0]?.section;
    const haystack = top ? normalize(`${top.title}\n${top.text}`) : '';
    return !!top && fact.expect.every((word) => word.split('|').some((alternative) => haystack.includes(normalize(alternative))));
  }).length;
  return facts.length ? Math.round((passed / facts.length) * 1000) / 1000 : 1;
}

function readJsonLines<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Deterministic pseudo-random numbers so every run builds the same synthetic corpus. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A synthetic corpus of `count` sections made from the shipped ones: each takes a section's
 * title and sentences, reshuffled, plus sentences of another section, so vocabulary and lengths
 * stay realistic while no two sections are identical.
 */
export function syntheticSections(shipped: KnowledgeSection[], count: number): KnowledgeSection[] {
  const random = randomGenerator(42);
  const sentences = shipped.map((section) => section.text.split(/(?<=[。\n])/).filter((s) => s.trim()));
  const out: KnowledgeSection[] = [];
  for (let i = 0; i < count; i++) {
    const index = i % shipped.length;
    const base = shipped[index];
    const other = sentences[Math.floor(random() * shipped.length)];
    const own = [...sentences[index]].sort(() => random() - 0.5);
    const text = [...own.slice(0, Math.max(1, own.length - 1)), ...other.slice(0, 2)].join('');
    out.push({ ...base, id: `synthetic-${i}`, documentId: `synthetic-${i}`, title: `${base.title}（${i}）`, text });
  }
  return out;
}

export async function runBench(argv: string[]): Promise<object> {
  const args = parseArguments(argv);
  const devItems = readJsonLines<DevQuestion>(args.devFile);
  const heldOutItems = readJsonLines<DevQuestion>(args.heldOutFile);
  const facts = readJsonLines<SeedFact>(args.factsFile);
  const questions = devItems.length ? devItems.map((item) => item.q) : ['ロット番号', '請求の期限', 'さてらいと'];

  let start = process.hrtime.bigint();
  const { analyzer, synonyms } = await getAnalysis();
  const kuromojiLoadMs = milliseconds(start);

  start = process.hrtime.bigint();
  const content = await loadContent(defaultContentDir());
  const contentLoadMs = milliseconds(start);

  start = process.hrtime.bigint();
  const engine = new KnowledgeEngine(analyzer, synonyms);
  engine.addAll(content.sections);
  const indexBuildMs = milliseconds(start);

  const shippedFigures = {
    sections: engine.size(),
    contentLoadMs,
    indexBuildMs,
    queryMicroseconds: measureQueries(engine, questions, 30),
    rssMegabytes: rssMegabytes(),
  };

  const variants: Record<string, EngineOptions> = {
    full: {},
    noSynonyms: { synonyms: false },
    noReadings: { readings: false },
    noRerank: { rerank: false },
  };
  // Each part's value: the same questions answered with one part switched off.
  const devSet: Record<string, { top1: number; outOfScope: number }> = {};
  const heldOutSet: Record<string, { top1: number; outOfScope: number }> = {};
  const seedFactsTop1: Record<string, number> = {};
  for (const [name, options] of Object.entries(variants)) {
    const variant = new KnowledgeEngine(analyzer, synonyms, options);
    variant.addAll(content.sections);
    if (devItems.length) devSet[name] = scoreDevSet(variant, devItems);
    if (heldOutItems.length) heldOutSet[name] = scoreDevSet(variant, heldOutItems);
    if (facts.length) seedFactsTop1[name] = scoreFacts(variant, facts);
  }

  let synthetic: object | null = null;
  if (args.sections > 0 && content.sections.length) {
    const sections = syntheticSections(content.sections, args.sections);
    start = process.hrtime.bigint();
    const large = new KnowledgeEngine(analyzer, synonyms);
    large.addAll(sections);
    const buildMs = milliseconds(start);
    synthetic = {
      sections: large.size(),
      indexBuildMs: buildMs,
      queryMicroseconds: measureQueries(large, questions, 5),
      rssMegabytes: rssMegabytes(),
    };
  }

  return {
    knowledge: {
      kuromojiLoadMs,
      shipped: shippedFigures,
      synthetic,
      devSet: devItems.length ? { file: path.relative(process.cwd(), args.devFile), questions: devItems.length, ...devSet } : null,
      heldOutSet: heldOutItems.length
        ? { file: path.relative(process.cwd(), args.heldOutFile), questions: heldOutItems.length, ...heldOutSet }
        : null,
      seedFacts: facts.length ? { file: path.relative(process.cwd(), args.factsFile), questions: facts.length, top1: seedFactsTop1 } : null,
    },
  };
}

/**
 * `--skip-end-to-end` leaves out the "endToEnd" figures (benchEndToEnd.ts: servers as child
 * processes, ~1.5 min). They run first, while this process is small and the CPU is not busy.
 */
async function runAll(argv: string[]): Promise<object> {
  const skipEndToEnd = argv.includes('--skip-end-to-end');
  const endToEnd = skipEndToEnd ? undefined : await runEndToEndBench();
  const knowledge = await runBench(argv.filter((arg) => arg !== '--skip-end-to-end'));
  return endToEnd ? { ...knowledge, endToEnd } : knowledge;
}

if (require.main === module) {
  runAll(process.argv.slice(2))
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
