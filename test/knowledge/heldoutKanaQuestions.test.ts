/**
 * The kana held-out set (test/fixtures/heldout-kana-questions.jsonl): questions typed the way
 * medical staff type on a phone, whole or partly in hiragana (はいきしたばいあるのかず style:
 * no kanji, particles run into the words), and kanji compounds with one character mistyped
 * into another word (代行人力フラグ, 土日税日). Written from the seed before the reading lexicon
 * and the typo correction were built, with out-of-scope questions in kana among them.
 */
import { describeHeldOutGate } from './questionSet';

describeHeldOutGate({
  name: 'kana held-out',
  file: 'heldout-kana-questions.jsonl',
  kinds: ['kana', 'typo', 'oos'],
  minQuestions: 30,
  minOutOfScopeQuestions: 5,
  distinctFrom: ['heldout-questions.jsonl', 'heldout-hard-questions.jsonl', 'heldout-fresh-questions.jsonl'],
  minTop1: 0.95,
  minOutOfScope: 0.8,
  maxInScopeEscalated: 0.15,
});
