import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultContentDir, lintContent } from '../../knowledge';

const faq = (id: string, extra = '', questions = ['質問1', '質問2', '質問3'], body = '答えです。'): string =>
  `---\nid: ${id}\ntitle: ${id}の質問\ntype: faq\nroles: []\nquestions: [${questions.join(', ')}]\nupdated: 2021-06-01\n${extra}---\n\n${body}\n`;

/** Writes the files into a fresh temp folder and lints it. */
async function lint(files: Record<string, string>): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-lint-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return await lintContent(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the shipped content', () => {
  test('passes every lint rule', async () => {
    expect(await lintContent(defaultContentDir())).toEqual([]);
  });
});

describe('lint rules', () => {
  test('clean content has no problems', async () => {
    expect(await lint({ 'faq/a.md': faq('faq-a', 'related: [faq-b]\n'), 'faq/b.md': faq('faq-b', '', undefined, '[a](kb:faq-a)') })).toEqual([]);
  });

  test.each([
    ['no front matter', { 'faq/a.md': '# 見出しだけ\n' }, /no front matter/],
    ['invalid YAML', { 'faq/a.md': '---\nid: [unclosed\n---\n本文' }, /not valid YAML/],
    ['bad id', { 'faq/a.md': faq('FAQ_A') }, /id must match/],
    ['unknown type', { 'faq/a.md': faq('faq-a').replace('type: faq', 'type: blog') }, /type must be one of/],
    ['role outside the fixed set', { 'faq/a.md': faq('faq-a').replace('roles: []', 'roles: [doctor]') }, /unknown role "doctor"/],
    ['missing roles', { 'faq/a.md': faq('faq-a').replace('roles: []\n', '') }, /roles is missing/],
    ['bad date', { 'faq/a.md': faq('faq-a').replace('2021-06-01', '6月1日') }, /updated must be a date/],
    ['duplicate id', { 'faq/a.md': faq('faq-a'), 'faq/b.md': faq('faq-a') }, /id "faq-a" is already used/],
    ['related id that does not exist', { 'faq/a.md': faq('faq-a', 'related: [faq-missing]\n') }, /related id "faq-missing" does not exist/],
    ['kb: link that does not resolve', { 'faq/a.md': faq('faq-a', '', undefined, '[手順](kb:manual-missing#step)') }, /link kb:manual-missing#step does not resolve/],
    ['empty FAQ body', { 'faq/a.md': faq('faq-a', '', undefined, '') }, /has no text/],
    ['FAQ with fewer than 3 questions', { 'faq/a.md': faq('faq-a', '', ['質問1', '質問2']) }, /at least 3 alternate questions/],
    [
      'empty manual section',
      { 'manual/m.md': '---\nid: manual-m\ntitle: マニュアル\ntype: manual\nroles: [facility]\nupdated: 2021-06-01\n---\n\n## 空の節\n\n## 中身のある節\n\n本文です。\n' },
      /section "manual-m#空の節" has no text/,
    ],
    [
      'video without chapters',
      { 'video/v.md': '---\nid: video-v\ntitle: 動画\ntype: video\nroles: []\nupdated: 2021-06-01\n---\n' },
      /a video needs chapters/,
    ],
  ])('%s is reported', async (_rule, files, expected) => {
    const problems = await lint(files as Record<string, string>);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });
});
