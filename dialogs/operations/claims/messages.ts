/** User-facing Japanese of 請求総括書・市区町村別請求書 in conversation. */
export const claimMessages = {
  menuLabel: '請求書の作成',
  monthLabel: '請求月',
  linesLabel: '明細',
  totalLabel: '請求額合計',
  dueLabel: '提出期限',

  monthPrompt: (lastMonth: string) => `どの月の接種分を請求しますか？（例：「先月」「${lastMonth}分」「令和3年5月分」）`,
  monthHelp:
    '請求総括書・市区町村別請求書は、接種した月の翌月10日までに、月ごとに提出します。請求する接種の月を「先月」「10月分」「令和3年5月分」のように入力してください。複数のワクチンの接種分もまとめて1つの請求になります。',
  monthMissing: '月を読み取れませんでした。「先月」「10月分」「2024年5月分」「令和3年5月分」のように入力してください。',
  monthButton: (month: string) => `${month}分`,

  nothingToClaim: (month: string) => `${month}の接種実績が登録されていないため、請求する内容がありません。別の月を入力してください。`,
  alreadyFiled: (month: string, filedOn: string) => `${month}分の請求は${filedOn}に提出済みです。別の月を入力してください。`,

  line: (vaccine: string, codeKind: string, code: string, period: string, count: number, amount: string) =>
    `${vaccine}：${codeKind}${code}${period}　${count}件　${amount}`,
  oldCode: '旧コード ',
  newCode: '新コード ',
  code: 'コード ',
  beforeChange: (date: string) => `（${date}より前の接種）`,
  fromChange: (date: string) => `（${date}以降の接種）`,
  yen: (amount: number) => `${amount.toLocaleString('ja-JP')}円`,
  total: (count: number, amount: string) => `${count}件　${amount}`,

  noteOnTime: (due: string) => `提出期限は${due}です。保険医療機関コードは接種日によって自動で選んでいます。`,
  noteLate: (due: string, nextDue: string) =>
    `提出期限（${due}）を過ぎています。このまま提出すると、この請求は翌月回しとなり、次の締め（${nextDue}）の請求として扱われます。`,
  noteCodeChange: (date: string) => `${date}に保険医療機関コードが変わるため、${date}より前の接種は旧コード、${date}以降の接種は新コードで請求します。`,

  resultTitle: '請求書を提出しました',
  resultFiledAt: '提出日時',
  resultFilingMonth: '請求の扱い',
  filingOnTime: (due: string) => `期限内（${due}締め）`,
  filingLate: (nextDue: string) => `期限後のため翌月回し（${nextDue}締め）`,
} as const;
