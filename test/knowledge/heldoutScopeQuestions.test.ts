/**
 * The scope held-out set (test/fixtures/heldout-scope-questions.jsonl): out-of-scope questions in
 * the domain's own words (a resident's own vaccination, the clinic's parking and waiting room,
 * supplies that are not vaccine, office IT, staff matters, money that is not the claim, medical
 * advice, systems other than V-SYS) and answerable questions phrased as closely (駐車場台数,
 * ワクチンの在庫, 発注する量, 予約した住民), so the boundary is tested from both sides. Written from
 * the seed before the out-of-scope checks were built.
 */
import { describeHeldOutGate } from './questionSet';

describeHeldOutGate({
  name: 'scope held-out',
  file: 'heldout-scope-questions.jsonl',
  kinds: ['plain', 'paraphrase', 'oos'],
  minQuestions: 30,
  minOutOfScopeQuestions: 15,
  distinctFrom: ['heldout-questions.jsonl', 'heldout-hard-questions.jsonl', 'heldout-fresh-questions.jsonl', 'heldout-kana-questions.jsonl'],
  minTop1: 0.9,
  minOutOfScope: 0.9,
  maxInScopeEscalated: 0.15,
});
