/** 接種実績 by priority group as typed, and how it combines with the dose's last breakdown. */
import { combineWithLast, findBreakdown } from '../../../../dialogs/operations/cool/priorityGroups';

const none = { other: 0, healthcareWorkers: 0, underlyingConditions: 0, elderly: 0, elderlyCareWorkers: 0 };

test.each([
  ['高齢者30人、医療従事者5人', { elderly: 30, healthcareWorkers: 5 }],
  ['高齢者施設従事者12人と高齢者3人', { elderlyCareWorkers: 12, elderly: 3 }],
  ['基礎疾患のある方は７名、その他：２', { underlyingConditions: 7, other: 2 }],
  ['医療従事者 二十人', { healthcareWorkers: 20 }],
  ['高齢者0人', { elderly: 0 }],
])('%s', (said, groups) => {
  expect(findBreakdown(said)).toMatchObject({ ok: true, groups });
});

test.each(['累計120人', '昨日の1回目', '高齢者の方が多いです'])('%s names no group figure', (said) => {
  expect(findBreakdown(said)).toBeUndefined();
});

test('a fraction or a negative figure is refused, not read as another number', () => {
  expect(findBreakdown('高齢者3.5人')).toEqual({ ok: false, problem: 'fraction' });
  expect(findBreakdown('医療従事者-2人')).toEqual({ ok: false, problem: 'negative' });
  expect(findBreakdown('高齢者マイナス2人')).toEqual({ ok: false, problem: 'negative' });
});

test('groups not named keep their last figures; a total keeps the breakdown and fills その他; below it needs a breakdown', () => {
  const last = { ...none, elderly: 60, healthcareWorkers: 10 };
  expect(combineWithLast({ groups: { elderly: 70 } }, last)).toEqual({ ok: true, total: 80, groups: { ...none, elderly: 70, healthcareWorkers: 10 }, kept: ['healthcareWorkers'], restIntoOther: false });
  expect(combineWithLast({ total: 100 }, last)).toEqual({ ok: true, total: 100, groups: { ...none, elderly: 60, healthcareWorkers: 10, other: 30 }, kept: ['healthcareWorkers', 'elderly'], restIntoOther: true });
  expect(combineWithLast({ total: 50 }, last)).toEqual({ ok: false, namedTotal: 70 });
  expect(combineWithLast({ total: 50 }, { ...none, other: 80 })).toEqual({ ok: true, total: 50, groups: { ...none, other: 50 }, kept: [], restIntoOther: false });
  expect(combineWithLast({ total: 5 }, undefined)).toMatchObject({ ok: true, groups: { ...none, other: 5 } });
});
