/** /knowledge on the real app: the content list by type, search, a document page, 404. */
import { startApp, type RunningApp } from '../support/startApp';

describe('/knowledge pages', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });

  afterAll(async () => {
    await running.stop();
  });

  const get = async (path: string) => {
    const res = await fetch(running.url + path);
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
  };

  it('lists manuals, FAQ, videos and notices and finds content by a question', async () => {
    const index = await get('/knowledge');
    expect(index.status).toBe(200);
    expect(index.type).toContain('text/html');
    for (const heading of ['操作マニュアル', 'よくある質問', '動画マニュアル', 'お知らせ']) expect(index.body).toContain(`<h2>${heading}</h2>`);

    const search = await get(`/knowledge?q=${encodeURIComponent('希望量の登録方法')}`);
    expect(search.body).toContain('「希望量の登録方法」の検索結果');
    const first = /<ol id="search-results"><li><a href="([^"]+)"/.exec(search.body)?.[1];
    expect(first).toMatch(/^\/knowledge\//);

    const doc = await get(first!.replace(/&amp;/g, '&').split('#')[0]);
    expect(doc.status).toBe(200);
    expect(doc.body).toContain('一覧に戻る');
    expect(doc.body).toMatch(/<p>|<ol>|<ul>/); // markdown rendered

    const escaped = await get(`/knowledge?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(escaped.body).not.toContain('<script>alert(1)</script>');
    expect(escaped.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers 404 with a way back for an unknown document', async () => {
    const missing = await get('/knowledge/no-such-document');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('ページが見つかりません');
    expect(missing.body).toContain('href="/knowledge"');
  });
});
