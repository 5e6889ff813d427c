import { renderMarkdown } from '../../knowledge';

describe('renderMarkdown', () => {
  test('raw HTML is shown as text, never rendered', () => {
    const html = renderMarkdown('注意 <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  test('javascript: and data: links lose their target', () => {
    const html = renderMarkdown('[押す](javascript:alert(1)) [画像](data:text/html;base64,AAAA)');
    expect(html).not.toMatch(/href="(javascript|data):/i);
  });

  test('kb: links point at the knowledge pages', () => {
    expect(renderMarkdown('[ロット番号](kb:faq-lot-number)')).toContain('href="/knowledge/faq-lot-number"');
    expect(renderMarkdown('[手順](kb:manual-transfer#移送した量の登録)')).toContain(
      `href="/knowledge/manual-transfer#${encodeURIComponent('移送した量の登録')}"`,
    );
  });

  test('outside links open in a new tab without opener access', () => {
    const html = renderMarkdown('[厚生労働省](https://www.mhlw.go.jp/)');
    expect(html).toContain('href="https://www.mhlw.go.jp/"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
