/**
 * The bookkeeping of a submission with an unknown outcome: which errors leave the outcome unknown,
 * the kept key with every content sent under it, and finding the registered content by replay
 * (the dialogs' behaviour against the real core is in test/dialogs/operations/cool/correctionAfterUnknownOutcome.test.ts).
 */
import { CoreSystemError } from '../../../../dialogs/ports/coreSystem';
import { findRegisteredAttempt, isKeyAlreadyUsed, isUnknownOutcome, withUnknownAttempt } from '../../../../dialogs/operations/shared/unsettledSubmission';

const reused = new CoreSystemError('validation', 'urn:vsys-assistant:problem:idempotency-key-reused', '同じ操作キーで別の内容が送信されました。', 422);
const down = new CoreSystemError('unavailable', 'urn:vsys-assistant:problem:unavailable', '接続できません');

test('unknown outcome: unreachable, 5xx and timeouts; not refusals', () => {
  expect(isUnknownOutcome(down)).toBe(true);
  expect(isUnknownOutcome(new CoreSystemError('timeout', 'urn:x:timeout', '時間切れ'))).toBe(true);
  expect(isUnknownOutcome(new CoreSystemError('conflict', 'urn:x:insufficient-stock', '在庫不足', 409))).toBe(false);
  expect(isUnknownOutcome(reused)).toBe(false);
  expect(isKeyAlreadyUsed(reused)).toBe(true);
  expect(isKeyAlreadyUsed(new CoreSystemError('validation', 'urn:x:future-date', '未来', 422))).toBe(false);
});

test('the first key is kept and each content is remembered once, in the order sent', () => {
  let unsettled = withUnknownAttempt(undefined, 'k1', { vials: 3, lot: 'FA1234' });
  unsettled = withUnknownAttempt(unsettled, 'k1', { lot: 'FA1234', vials: 3 });
  unsettled = withUnknownAttempt(unsettled, 'k1', { vials: 2, lot: 'FA1234' });
  expect(unsettled).toEqual({ key: 'k1', sent: [{ vials: 3, lot: 'FA1234' }, { vials: 2, lot: 'FA1234' }] });
});

test('the registered content is the one whose replay is not refused as "key used"', async () => {
  const unsettled = { key: 'k1', sent: [{ vials: 3 }, { vials: 2 }, { vials: 1 }] };
  const replayed: number[] = [];
  const found = await findRegisteredAttempt(unsettled, async (slots) => {
    replayed.push(slots.vials!);
    if (slots.vials !== 2) throw reused;
    return 'stored result of 2';
  });
  expect(found).toEqual({ found: true, slots: { vials: 2 }, result: 'stored result of 2' });
  expect(replayed).toEqual([1, 2]);
});

test('when the replay fails otherwise, only a single sent content is certain', async () => {
  const fails = async () => {
    throw down;
  };
  expect(await findRegisteredAttempt({ key: 'k', sent: [{ vials: 3 }] }, fails)).toEqual({ found: true, slots: { vials: 3 } });
  expect(await findRegisteredAttempt({ key: 'k', sent: [{ vials: 3 }, { vials: 2 }] }, fails)).toEqual({ found: false });
});
