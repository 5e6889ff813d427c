/**
 * Behaviours added for the hard held-out questions: report codes as one word, the longest synonym
 * phrase deciding the meaning, hiragana verbs read as words, link targets kept out of the index.
 */
import { getAnalysis } from '../../knowledge';
import { QueryAnalyzer } from '../../knowledge/queryAnalyzer';
import { withoutLinkTargets } from '../../knowledge/searchIndex';

describe('question analysis of harder questions', () => {
  let queryAnalyzer: QueryAnalyzer;
  let words: (text: string) => string[];

  beforeAll(async () => {
    const { analyzer, synonyms } = await getAnalysis();
    queryAnalyzer = new QueryAnalyzer(analyzer, synonyms);
    words = (text) => analyzer.analyze(text).words;
  });

  it('keeps a report code (R300, ｒ３０４) as one word on both sides', () => {
    expect(words('R300の画面')).toContain('r300');
    expect(words('ｒ３０４')).toContain('r304');
    expect(words('300番台')).not.toContain('r300');
  });

  it('reads 「貸してもらった」 as receiving and 「貸した」 as giving', () => {
    const receiving = queryAnalyzer.analyze('ワクチンを貸してもらった').terms;
    const giving = queryAnalyzer.analyze('ワクチンを貸した').terms;
    expect(receiving.has('受ける')).toBe(true);
    expect(receiving.has('渡す')).toBe(false);
    expect(giving.has('渡す')).toBe(true);
    expect(giving.has('受ける')).toBe(false);
  });

  it('takes a hiragana verb in a sentence as the verb, not as a noun typed in kana', () => {
    const concepts = queryAnalyzer.analyze('隣の病院にあげたときの登録').concepts;
    expect(concepts.map((concept) => concept.word)).toContain('あげる');
    expect(concepts.every((concept) => concept.word !== undefined)).toBe(true);
  });

  it('keeps a number the user typed from weighing like a topic word', () => {
    const eleven = queryAnalyzer.analyze('もう11日です').concepts.find((concept) => concept.reading === '11');
    expect(eleven?.importance).toBeLessThan(1);
  });
});

describe('indexed body text', () => {
  it('leaves out kb: link targets and web addresses, keeps the words around them', () => {
    const text = withoutLinkTargets('詳しくは初回ログイン（kb:manual-facility-first-login）と https://example.jp/login を見てください');
    expect(text).not.toMatch(/login|manual|example/);
    expect(text).toContain('初回ログイン');
  });
});
