/**
 * `npm run --silent ask -- [--json] [--role <role>] [--content <dir>]`
 * Reads questions from stdin, one a line, and answers each as soon as it arrives: with --json one
 * JSON line per question (the contract the eval scorer reads), otherwise a readable answer.
 * Nothing a user types (empty lines, 10 KB lines, binary junk) stops the loop.
 */
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ROLES, type Role } from '../../dialogs/ports/identity';
import type { SearchResult } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase } from '../../knowledge';

interface AskArguments {
  json: boolean;
  role?: Role;
  contentDir?: string;
}

function parseArguments(argv: string[]): AskArguments {
  const args: AskArguments = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--role') {
      const role = argv[++i] as Role;
      if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')} (got "${argv[i] ?? ''}")`);
      args.role = role;
    } else if (arg === '--content') args.contentDir = argv[++i];
    else throw new Error(`unknown argument "${arg}" (usage: ask [--json] [--role <role>] [--content <dir>])`);
  }
  return args;
}

/** The JSON line of the ask contract (ARCHITECTURE.md, CLI). */
export function toJsonAnswer(question: string, result: SearchResult): object {
  const top = result.hits[0]?.section;
  return {
    question,
    answer: top ? { id: top.id, title: top.title, text: top.text, source: top.source } : null,
    confidence: result.confidence,
    candidates: result.hits.map((hit) => ({ id: hit.section.id, title: hit.section.title, score: hit.score })),
    escalate: result.escalate,
  };
}

function toReadableAnswer(question: string, result: SearchResult): string {
  const [top, ...others] = result.hits;
  const lines = [`質問: ${question}`];
  if (!top) lines.push('回答: 見つかりませんでした。担当者にお問い合わせください。');
  else {
    lines.push(`回答: ${top.section.title}（確信度 ${result.confidence.toFixed(2)}${result.escalate ? '、担当者への確認をおすすめします' : ''}）`);
    lines.push(`出典: ${top.section.source.label}${top.section.source.url ? ` ${top.section.source.url}` : ''}`);
    lines.push(top.section.text.length > 400 ? `${top.section.text.slice(0, 400)}…` : top.section.text);
    if (others.length) lines.push(`ほかの候補: ${others.map((hit) => hit.section.title).join(' / ')}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Answers every line of `input` on `output`; resolves when the input ends. */
export async function runAsk(argv: string[], inputStream: Readable, output: Writable, errors: Writable = process.stderr): Promise<void> {
  const args = parseArguments(argv);
  const knowledgeBase = await createKnowledgeBase({ contentDir: args.contentDir });
  for (const problem of knowledgeBase.loadProblems) errors.write(`content problem: ${problem}\n`);

  const input = readline.createInterface({ input: inputStream, crlfDelay: Infinity });
  for await (const line of input) {
    let result: SearchResult;
    try {
      result = knowledgeBase.searchNow(line, { role: args.role });
    } catch (error) {
      errors.write(`search failed: ${(error as Error).message}\n`);
      result = { question: line, hits: [], confidence: 0, escalate: true };
    }
    output.write(args.json ? `${JSON.stringify(toJsonAnswer(line, result))}\n` : toReadableAnswer(line, result));
  }
}

if (require.main === module) {
  process.stdout.on('error', () => process.exit(0)); // the reader went away (EPIPE)
  runAsk(process.argv.slice(2), process.stdin, process.stdout).catch((error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
