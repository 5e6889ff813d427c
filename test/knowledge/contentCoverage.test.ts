/**
 * Every fact of the seed (test/fixtures/seed-facts.jsonl) must be answerable: its question, asked
 * through the real KnowledgeBase built from knowledge/content, must find a section that states it.
 *
 * A fact passes when one of the top 3 hits contains all its expected words (`a|b` = either word).
 * Top 3 rather than top 1 because the answer card shows up to 3 alternative candidates when the
 * engine is unsure, and several sections legitimately state the same fact (a manual section, a
 * FAQ entry, a video chapter): which of them ranks first is the ranker's business, not the
 * content's. The ranker's own quality bar is the top-1 rate asserted at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase, KnowledgeSection } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase, defaultContentDir, loadContent } from '../../knowledge';

interface SeedFact {
  fact: string;
  question: string;
  /** Words the answering section must contain; `a|b` accepts either spelling. */
  expect: string[];
}

const CANDIDATES = 3;
const MIN_TOP1_RATE = 0.8;

const facts: SeedFact[] = fs
  .readFileSync(path.join(__dirname, '..', 'fixtures', 'seed-facts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SeedFact);

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

function missingWords(section: KnowledgeSection, expected: string[]): string[] {
  const haystack = normalize(`${section.title}\n${section.text}`);
  return expected.filter((word) => !word.split('|').some((alternative) => haystack.includes(normalize(alternative))));
}

describe('seed facts fixture', () => {
  it('has one well-formed line per fact, with distinct questions', () => {
    expect(facts.length).toBeGreaterThanOrEqual(80);
    for (const fact of facts) {
      expect(typeof fact.fact).toBe('string');
      expect(fact.question.trim()).not.toBe('');
      expect(Array.isArray(fact.expect) && fact.expect.length > 0).toBe(true);
    }
    expect(new Set(facts.map((fact) => fact.question)).size).toBe(facts.length);
  });
});

describe('every seed fact is answerable through the KnowledgeBase', () => {
  let knowledgeBase: KnowledgeBase;
  const top1Passes = new Set<string>();

  beforeAll(async () => {
    knowledgeBase = await createKnowledgeBase();
  });

  it('asks questions in its own words, not copied from a title or an alternate question', async () => {
    // A fixture that repeats the content's own phrasings would only prove that exact matching works.
    const { sections } = await loadContent(defaultContentDir());
    const phrasings = new Set(
      sections.flatMap((section) => [section.title, ...section.title.split(' > '), ...section.questions]).map(normalize),
    );
    expect(facts.filter((fact) => phrasings.has(normalize(fact.question))).map((fact) => fact.question)).toEqual([]);
  });

  it.each(facts.map((fact) => [fact.question, fact] as const))('%s', async (_question, fact) => {
    const result = await knowledgeBase.search(fact.question, { limit: CANDIDATES });
    const hits = result.hits.slice(0, CANDIDATES);
    const answering = hits.find((hit) => missingWords(hit.section, fact.expect).length === 0);
    if (hits[0] && missingWords(hits[0].section, fact.expect).length === 0) top1Passes.add(fact.question);
    const report = hits.map((hit) => `${hit.section.id} (missing: ${missingWords(hit.section, fact.expect).join(', ') || 'none'})`);
    expect({ fact: fact.fact, answeredBy: answering?.section.id ?? report }).toEqual({
      fact: fact.fact,
      answeredBy: expect.any(String),
    });
  });

  it(`answers at least ${MIN_TOP1_RATE * 100}% of the facts with the first hit`, () => {
    const top1Rate = top1Passes.size / facts.length;
    const top1Misses = facts.filter((fact) => !top1Passes.has(fact.question)).map((fact) => fact.question);
    // toMatchObject shows the whole received object on failure, so the misses are listed.
    expect({ top1Rate, enough: top1Rate >= MIN_TOP1_RATE, top1Misses }).toMatchObject({ enough: true });
  });
});
