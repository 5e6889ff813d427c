import path from 'node:path';
import { loadContent } from '../../knowledge';
import { slugify } from '../../knowledge/contentLoader';

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'knowledge', 'content');

describe('loadContent', () => {
  let sections: Awaited<ReturnType<typeof loadContent>>['sections'];
  beforeAll(async () => {
    const loaded = await loadContent(fixtureDir);
    expect(loaded.problems).toEqual([]);
    sections = loaded.sections;
  });
  const byId = (id: string) => sections.find((section) => section.id === id);

  test('a manual becomes one unit per ## heading with a breadcrumb title; ### stays inside', () => {
    const received = byId('fixture-manual-transfer#融通を受けたときの登録');
    expect(received?.title).toBe('ワクチンの移送と融通（医療機関） > 融通を受けたときの登録');
    expect(received?.text).toContain('### 注意');
    expect(received?.questions).toEqual(['他の病院からワクチンをもらったとき']);
    expect(received?.roles).toEqual(['facility']);
    expect(received?.source.url).toBe('/knowledge/fixture-manual-transfer#' + encodeURIComponent('融通を受けたときの登録'));
    expect(byId('fixture-manual-transfer')?.text).toContain('分け合う'); // text before the first ##
  });

  test('a video becomes one unit per chapter, linked to its start time', () => {
    const chapter = byId('fixture-video-record#2');
    expect(chapter?.title).toBe('接種実績の登録 > 間違えたときの直し方');
    expect(chapter?.text).toContain('正しい累計数');
    expect(chapter?.source).toEqual({
      type: 'video',
      label: '動画マニュアル『接種実績の登録』 2:15から',
      url: 'https://example.jp/videos/record#t=135',
      startSeconds: 135,
    });
  });

  test('FAQ and notice units keep their questions, dates and labels', () => {
    expect(byId('fixture-faq-lot')?.questions).toHaveLength(3);
    expect(byId('fixture-notice-release')?.source.label).toBe('お知らせ（2021-05-31）');
    expect(byId('fixture-notice-release')?.updated).toBe('2021-05-31');
  });

  test('slugs are NFKC with spaces and punctuation as -', () => {
    expect(slugify('請求の締め切り（毎月１０日まで）')).toBe('請求の締め切り-毎月10日まで');
    expect(slugify('Step 1: ログイン')).toBe('Step-1-ログイン');
  });

  test('a missing folder is a problem, not a crash', async () => {
    const loaded = await loadContent(path.join(fixtureDir, 'does-not-exist'));
    expect(loaded.sections).toEqual([]);
    expect(loaded.problems[0]).toMatch(/cannot be read/);
  });
});
