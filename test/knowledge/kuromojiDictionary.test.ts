/**
 * The compact dictionary loader must tokenize exactly as kuromoji's own loader does, and the
 * tokenization memory must hand out the same morphemes without letting callers change them.
 */
import fs from 'node:fs';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { loadKuromojiTokenizer, type KuromojiTokenizer } from '../../knowledge/kuromojiDictionary';
import { TokenizationMemory, defaultDictionaryPath, type Morpheme } from '../../knowledge/tokenizer';
import { defaultContentDir } from '../../knowledge/packageRoot';

const TEXTS = [
  '希望量の登録方法を教えてください',
  'ろっとばんごう',
  'サテライト型から基本型に変更したい場合',
  'ﾊﾟｽﾜｰﾄﾞを忘れました！ABC123、ｘｙｚ？',
  '😀絵文字と𠮷野家（サロゲートペア）',
  '接種実績の修正方法',
  '',
];

function contentSample(): string {
  const file = fs
    .readdirSync(defaultContentDir(), { recursive: true })
    .map(String)
    .find((name) => name.startsWith('manual') && name.endsWith('.md'));
  return file ? fs.readFileSync(path.join(defaultContentDir(), file), 'utf8').slice(0, 4000) : '';
}

describe('compact kuromoji dictionary', () => {
  let compact: KuromojiTokenizer;
  let reference: KuromojiTokenizer;

  beforeAll(async () => {
    compact = await loadKuromojiTokenizer(defaultDictionaryPath());
    reference = await new Promise<KuromojiTokenizer>((resolve, reject) =>
      kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
    );
  }, 60_000);

  it.each([...TEXTS, contentSample()].map((text) => [text.slice(0, 20), text]))('tokenizes %s exactly as kuromoji does', (_label, text) => {
    expect(compact.tokenize(text)).toEqual(reference.tokenize(text));
  });
});

it('fails with the dictionary folder named when it cannot be read', async () => {
  await expect(loadKuromojiTokenizer('/nonexistent/kuromoji/dict')).rejects.toThrow(/nonexistent\/kuromoji\/dict/);
});

describe('tokenization memory', () => {
  const morpheme = (surfaceForm: string): Morpheme => ({ surfaceForm, partOfSpeech: '名詞', partOfSpeechDetail: '一般', baseForm: surfaceForm, known: true });
  let calls: string[];
  const tokenize = (text: string): Morpheme[] => {
    calls.push(text);
    return [...text].map(morpheme);
  };
  beforeEach(() => {
    calls = [];
  });

  it('tokenizes a text once and hands out copies that callers cannot change', () => {
    const memory = new TokenizationMemory(10);
    const first = memory.tokenize('希望量', tokenize);
    first.pop();
    expect(() => {
      (first[0] as { surfaceForm: string }).surfaceForm = '変更';
    }).toThrow(TypeError);
    expect(memory.tokenize('希望量', tokenize).map((m) => m.surfaceForm)).toEqual(['希', '望', '量']);
    expect(calls).toEqual(['希望量']);
  });

  it('forgets the least recently used text first and never keeps long texts', () => {
    const memory = new TokenizationMemory(2);
    memory.tokenize('一', tokenize);
    memory.tokenize('二', tokenize);
    memory.tokenize('一', tokenize); // 二 is now the oldest
    memory.tokenize('三', tokenize);
    memory.tokenize('一', tokenize);
    memory.tokenize('二', tokenize);
    expect(calls).toEqual(['一', '二', '三', '二']);
    const long = 'あ'.repeat(500);
    memory.tokenize(long, tokenize);
    memory.tokenize(long, tokenize);
    expect(calls.filter((text) => text === long)).toHaveLength(2);
  });
});
