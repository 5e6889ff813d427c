import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runAsk } from '../../../bot/cli/ask';

const fixtureDir = path.join(__dirname, '..', '..', 'fixtures', 'knowledge', 'content');

async function ask(lines: string[], extra: string[] = []): Promise<Array<Record<string, unknown>>> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await runAsk(['--json', '--content', fixtureDir, ...extra], Readable.from([lines.join('\n') + '\n']), output, new PassThrough());
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('ask --json', () => {
  test('one JSON line per question, in the contract shape', async () => {
    const [answer] = await ask(['ロット番号はどこ？']);
    expect(Object.keys(answer).sort()).toEqual(['answer', 'candidates', 'confidence', 'escalate', 'question']);
    expect(answer.question).toBe('ロット番号はどこ？');
    expect(answer.answer).toMatchObject({ id: 'fixture-faq-lot', title: 'ロット番号はどこで確認しますか？', source: { type: 'faq' } });
    expect(typeof (answer.answer as { text: unknown }).text).toBe('string');
    expect(answer.confidence).toBeGreaterThan(0.5);
    expect(answer.escalate).toBe(false);
    expect((answer.candidates as Array<{ id: string }>)[0]).toEqual(expect.objectContaining({ id: 'fixture-faq-lot', score: expect.any(Number) }));
  });

  test('empty, whitespace, 10 KB and binary lines each get an escalating line; the stream goes on', async () => {
    const junk = ['', '   \t ', 'あ'.repeat(10_240), '\u0000\u0007\ufffd\u0001\ufffd', 'ロット番号'];
    const answers = await ask(junk);
    expect(answers).toHaveLength(junk.length);
    for (const answer of answers.slice(0, 2).concat(answers[3])) {
      expect(answer).toMatchObject({ answer: null, escalate: true });
    }
    expect(answers[2].escalate).toBe(true);
    expect((answers[4].answer as { id: string }).id).toBe('fixture-faq-lot');
  });

  test('--role hides sections written for other roles', async () => {
    const [forFacility] = await ask(['集合契約の申込み'], ['--role', 'facility']);
    expect((forFacility.candidates as Array<{ id: string }>).map((c) => c.id)).not.toContain('fixture-faq-application');
  });

  test('an unknown role is refused with a clear message', async () => {
    await expect(ask(['x'], ['--role', 'doctor'])).rejects.toThrow(/--role must be one of/);
  });
});
