/** Which report a sentence means for each role (R2xx for 都道府県, R3xx for 市町村, R305/R308 for a facility). */
import { resolveReport, type ReportRole } from '../../../../dialogs/operations/reports/reportCatalog';

const cases: Array<[ReportRole, string, string]> = [
  ['municipality', 'R308を見せて', 'report:R308'],
  ['municipality', 'r 308', 'report:R308'],
  ['prefecture', 'R308を見せて', 'report:R208 (asked R308)'],
  ['facility', 'R308を見せて', 'report:R308'],
  ['prefecture', '接種実績', 'report:R208'],
  ['municipality', '医療機関別の接種実績', 'report:R308'],
  ['facility', '接種実績を確認したい', 'report:R308'],
  ['prefecture', '納入予定日の登録状況', 'report:R203'],
  ['municipality', '納入予定日の登録状況を見せて', 'report:R303'],
  ['municipality', '納入予定日の一覧', 'report:R310'],
  ['prefecture', '配送状況', 'report:R204'],
  ['prefecture', '分配実績', 'report:R201'],
  ['municipality', '希望量の累計', 'report:R306'],
  ['municipality', '予約者一覧', 'report:R305'],
  ['facility', '予約者一覧', 'report:R305'],
  ['municipality', 'R300', 'report:R300'],
  ['municipality', '住所地外接種の申請状況', 'report:R300'],
  ['facility', 'R300', 'not-for-role'],
  ['prefecture', 'R300', 'not-for-role'],
  ['facility', '分配実績', 'not-for-role'],
  ['facility', 'R301', 'not-for-role'],
  ['prefecture', 'R999', 'unknown-id'],
  ['prefecture', 'レポート', 'unknown'],
];

test.each(cases)('%s: %s -> %s', (role, said, expected) => {
  const request = resolveReport(said, role);
  const described = request.kind === 'report' ? `report:${request.reportId}${request.asked ? ` (asked ${request.asked})` : ''}` : request.kind;
  expect(described).toBe(expected);
});
