import { formatTokyoTime, supportStatus } from '../../dialogs/supportHours';
import { EscalationOffer } from '../../dialogs/escalationOffer';

const HOURS = { startMinutes: 9 * 60, endMinutes: 17 * 60 + 30, text: '09:00-17:30' };

describe('support hours in Japan time with public holidays', () => {
  test.each([
    // [instant (UTC), open?, closes at / opens at]
    ['2025-06-11T00:00:00Z', true, '6月11日（水）17:30'], // Wed 9:00 JST
    ['2025-06-11T08:29:00Z', true, '6月11日（水）17:30'], // Wed 17:29 JST
    ['2025-06-11T08:30:00Z', false, '6月12日（木）9:00'], // Wed 17:30 JST: closed
    ['2025-06-10T23:59:00Z', false, '6月11日（水）9:00'], // Wed 8:59 JST
    ['2025-06-13T15:30:00Z', false, '6月16日（月）9:00'], // Sat 0:30 JST
    ['2025-01-01T01:00:00Z', false, '1月2日（木）9:00'], // 元日
    ['2025-05-02T10:00:00Z', false, '5月7日（水）9:00'], // Fri 19:00 before Golden Week (5/3-5/6 holidays)
    ['2025-09-14T23:00:00Z', false, '9月16日（火）9:00'], // 敬老の日 Mon 8:00 JST
  ])('%s', (instant, open, when) => {
    const status = supportStatus(new Date(instant), HOURS);
    expect(status.open).toBe(open);
    expect(formatTokyoTime(status.open ? status.closesAt : status.opensAt)).toBe(when);
  });

  test('the escalation wording follows the injected clock', () => {
    const port = { inquiryLink: async () => '/inquiry' };
    const open = new EscalationOffer({ port, supportHours: HOURS, now: () => new Date('2025-06-11T01:00:00Z') });
    const closed = new EscalationOffer({ port, supportHours: HOURS, now: () => new Date('2025-06-14T01:00:00Z') });
    expect(open.hoursSentence()).toContain('本日 17:30 まで');
    expect(closed.hoursSentence()).toContain('6月16日（月）9:00 以降');
    expect(closed.hoursSentence()).toContain('平日 9:00〜17:30');
  });
});
