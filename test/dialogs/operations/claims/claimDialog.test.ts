/**
 * 請求総括書・市区町村別請求書 in conversation against the real reference core: the month from the
 * sentence (default 先月), both insurance codes when the code changes mid-month, the 10th deadline
 * and the late claim going into the next filing, proxy entry by the municipality, and what reached
 * the core.
 */
import { randomUUID } from 'node:crypto';
import { ClaimDialog } from '../../../../dialogs/operations/claims/claimDialog';
import { findClaimMonth } from '../../../../dialogs/operations/claims/claimMonth';
import { chiyoda, DEMO_IDS, hospitalA } from '../../../core-system/users';
import { DialogConversation, startCore, type CoreUnderTest } from '../reports/coreDialogClient';

let env: CoreUnderTest;
afterEach(() => env?.close());

/** Demo data: A病院 has pfizer cumulative 30 on 05-05 and 75 on 05-20 (first start 2024-06-05). */
async function withCodeChangeOn(changeDate: string): Promise<void> {
  const application = await env.core.registerInsuranceCode(hospitalA, DEMO_IDS.basicFacility, { kind: 'medical', newCode: '1319999999', changeDate }, randomUUID());
  await env.core.approveApplication(chiyoda, application.id, randomUUID());
}

describe('findClaimMonth', () => {
  test.each([
    ['先月分の請求', '2024-05'],
    ['先々月', '2024-04'],
    ['10月分', '2023-10'],
    ['6月分', '2024-06'],
    ['令和3年5月分', '2021-05'],
    ['R3.5', '2021-05'],
    ['2024年3月分を請求', '2024-03'],
    ['２０２４／０２', '2024-02'],
    ['十二月分', '2023-12'],
  ])('%s -> %s', (said, month) => {
    expect(findClaimMonth(said, '2024-06-12')?.month).toBe(month);
  });
  test.each(['請求書を作りたい', '13月分', 'R308'])('%s -> no month', (said) => {
    expect(findClaimMonth(said, '2024-06-12')).toBeUndefined();
  });
});

describe('ClaimDialog', () => {
  test('a code change in the middle of the month bills each vaccination under the code valid on its date', async () => {
    env = await startCore('2024-06-05');
    await withCodeChangeOn('2024-05-16');
    const chat = new DialogConversation(new ClaimDialog({ core: env.core, now: env.now }), hospitalA, '先月分の請求書を作りたい');

    const card = await chat.sayText('先月分の請求書を作りたい');
    expect(card).toContain('請求月：2024年5月分');
    expect(card).toMatch(/旧コード 1310000001（2024年5月16日より前の接種）\s+30件\s+62,100円/);
    expect(card).toMatch(/新コード 1319999999（2024年5月16日以降の接種）\s+45件\s+93,150円/);
    expect(card).toMatch(/請求額合計：75件\s+155,250円/);
    expect(card).toContain('提出期限：2024年6月10日');
    expect(card).not.toContain('過ぎています');

    const result = await chat.sayText('登録する');
    expect(result).toContain('請求書を提出しました');
    expect(result).toContain('期限内（2024年6月10日締め）');
    expect(chat.result).toMatchObject({ outcome: 'completed' });

    const [claim] = await env.core.listClaims(hospitalA, DEMO_IDS.basicFacility);
    expect(claim.serviceMonth).toBe('2024-05');
    expect(claim.late).toBe(false);
    expect(claim.lines.map((l) => [l.insuranceCode, l.vaccinations])).toEqual([['1310000001', 30], ['1319999999', 45]]);
  });

  test('after the 10th the bot says the claim goes into the next filing, and files it so', async () => {
    env = await startCore('2024-06-05');
    env.running.clock.set('2024-06-12');
    const chat = new DialogConversation(new ClaimDialog({ core: env.core, now: env.now }), hospitalA, '5月分の請求をしたい');

    const card = await chat.sayText('5月分の請求をしたい');
    expect(card).toContain('提出期限（2024年6月10日）を過ぎています');
    expect(card).toContain('翌月回し');
    expect(card).toContain('2024年7月10日');
    expect(card).toMatch(/コード 1310000001\s+75件/);

    const result = await chat.sayText('登録する');
    expect(result).toContain('期限後のため翌月回し（2024年7月10日締め）');
    const [claim] = await env.core.listClaims(hospitalA, DEMO_IDS.basicFacility);
    expect(claim).toMatchObject({ late: true, filingMonth: '2024-07' });
  });

  test('a month without vaccinations, the current month and an already filed month are asked again; 修正 changes the month', async () => {
    env = await startCore('2024-06-05');
    const chat = new DialogConversation(new ClaimDialog({ core: env.core, now: env.now }), hospitalA, '4月分の請求書を作成したい');

    const first = await chat.sayText('4月分の請求書を作成したい');
    expect(first).toContain('2024年4月の接種実績が登録されていない');
    expect(first).toContain('どの月の接種分を請求しますか');

    const current = await chat.sayText('今月');
    expect(current).toContain('まだ終わっていない月の請求はできません');
    expect(current).toContain('どの月の接種分を請求しますか');

    expect(await chat.sayText('先月')).toContain('請求月：2024年5月分');
    expect(await chat.sayText('請求月を修正')).toContain('どの月の接種分を請求しますか');
    expect(await chat.sayText('令和6年5月分')).toContain('請求月：2024年5月分');
    await chat.sayText('登録する');

    const again = new DialogConversation(new ClaimDialog({ core: env.core, now: env.now }), hospitalA, '先月分を請求したい');
    expect(await again.sayText('先月分を請求したい')).toContain('2024年5月分の請求は2024年6月5日に提出済みです');
    expect(await env.core.listClaims(hospitalA, DEMO_IDS.basicFacility)).toHaveLength(1);
  });

  test('the municipality prepares and files the claim on behalf of its facility', async () => {
    env = await startCore('2024-06-05');
    const chat = new DialogConversation(new ClaimDialog({ core: env.core, now: env.now }), chiyoda, '千代田区A病院の先月分の請求書を作りたい');
    const card = await chat.sayText('千代田区A病院の先月分の請求書を作りたい');
    expect(card).toContain('千代田区A病院の代理として');
    expect(card).toContain('請求月：2024年5月分');
    expect(await chat.sayText('登録する')).toContain('千代田区A病院（代理入力）');
    const [claim] = await env.core.listClaims(chiyoda, DEMO_IDS.basicFacility);
    expect(claim.filedBy).toBe(chiyoda.id);
  });
});
