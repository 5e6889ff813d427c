import { resolveLink, safeMarkdown } from '../../dialogs/safeMarkdown';

describe('answer text is safe markdown', () => {
  test.each([
    ['<script>alert(1)</script>登録します', 'alert(1)登録します'],
    ['<img src=x onerror=alert(1)>画面', '画面'],
    ['a < b', 'a ＜ b'],
    ['> 注意: 承認が必要です', '> 注意: 承認が必要です'],
    ['[開く](javascript:alert(1))', '開く'],
    ['[開く](data:text/html;base64,xx)', '開く'],
    ['[外部](https://example.jp/a)', '[外部](https://example.jp/a)'],
    ['[FAQ](kb:faq-a)', '[FAQ](https://bot.example.jp/knowledge/faq-a)'],
    ['[FAQ](/knowledge/faq-a)', '[FAQ](https://bot.example.jp/knowledge/faq-a)'],
    ['[相対](//evil.example/x)', '相対'],
    ['**太字**と\n\n1. 手順', '**太字**と\n\n1. 手順'],
  ])('%s', (input, output) => {
    expect(safeMarkdown(input, { linkBase: 'https://bot.example.jp' })).toBe(output);
  });

  test('long answers are cut at a line and point to the source', () => {
    const long = Array.from({ length: 200 }, (_, i) => `${i + 1}. 手順の説明です。`).join('\n');
    const safe = safeMarkdown(long, { truncatedNote: '続きは出典へ' });
    expect(safe.length).toBeLessThan(2000);
    expect(safe.endsWith('続きは出典へ')).toBe(true);
  });

  test('links without a base stay site-relative', () => {
    expect(resolveLink('/knowledge/x')).toBe('/knowledge/x');
    expect(resolveLink('ftp://x')).toBeUndefined();
  });
});
