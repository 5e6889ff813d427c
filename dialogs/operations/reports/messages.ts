/** User-facing Japanese of reports in conversation. */
export const reportMessages = {
  menuLabel: 'レポートの表示',
  whichReport: 'どのレポートを表示しますか？ボタンから選ぶか、「接種実績」「R308」のように入力してください。',
  whichReportRetry: 'レポートを読み取れませんでした。ボタンから選ぶか、「接種実績」「納入予定日の登録状況」「R308」のように入力してください。',
  whichReportHelp:
    'V-SYSのレポートをチャットで要約し、CSVファイルのダウンロードリンクをお送りします。「接種実績」「希望量の累計」「納入予定日の登録状況」のような内容か、「R308」のようなレポート番号を入力してください。',
  notOffered: 'レポートは都道府県・市町村・医療機関のアカウントでご利用いただけます。',
  signInRequired: 'レポートを表示するにはサインインが必要です。V-SYSのアカウントでサインインしてから、もう一度お試しください。',

  notForRole: (asked: string, role: string) => `${asked}は${role}のアカウントでは表示できないレポートです。`,
  unknownId: (asked: string) => `${asked}というレポートは見つかりませんでした。`,
  substituted: (asked: string, role: string, shown: string) => `${asked}は${role}向けのレポートではないため、${role}向けの${shown}を表示します。`,

  summaryLead: (id: string, title: string) => `${id}「${title}」の要約です。`,
  coolFact: '対象クール',
  rowsFact: '件数',
  rows: (count: number) => `${count}件`,
  totalFact: (label: string) => `${label}の合計`,
  vaccineFact: (vaccine: string, label: string) => `${label}（${vaccine}）`,
  countFact: (value: string) => `${value}の件数`,
  topHeading: (count: number) => `上位${count}件`,
  firstHeading: (count: number) => `先頭${count}件`,
  noRows: '該当するデータはありません。',
  moreRows: (count: number) => `ほか${count}件はCSVでご確認ください。`,
  empty: '（空欄）',

  downloadTitle: 'CSVのダウンロード',
  downloadText: (minutes: number) =>
    `カンマ区切り・UTF-8（BOM付き）のCSVです。Excelでそのまま開けます。リンクはご本人専用で、${minutes}分間有効です。`,
  downloadButton: 'CSVをダウンロード',
  failed: (detail: string) => `レポートを表示できませんでした。${detail}`,
} as const;
