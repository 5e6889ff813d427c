/** User-facing Japanese of お知らせ in conversation. */
export const noticeMessages = {
  latestLabel: 'お知らせ',
  backNumbersLabel: '過去のお知らせ',
  latestHeading: (count: number) => `最新のお知らせ${count}件です。`,
  backNumbersHeading: (total: number, from: number, to: number) => `過去のお知らせ（現在有効な全${total}件のうち${from}〜${to}件目）です。`,
  line: (number: number, date: string, title: string) => `${number}. ${date}　${title}`,
  none: '現在表示できるお知らせはありません。',
  latestPrompt: '本文を読むにはお知らせの番号を入力してください。それより前のお知らせは「過去のお知らせ」で一覧できます。',
  pagePrompt: (hasNext: boolean, hasPrevious: boolean) =>
    `本文を読むには番号を入力してください。${hasNext ? '続きは「次へ」、' : ''}${hasPrevious ? '前のページは「前へ」、' : ''}終わるときは「終了」と入力してください。`,
  help:
    'ホーム画面と同じ最新10件のお知らせと、現在有効なすべてのお知らせ（過去のお知らせ）を表示できます。番号を入力すると本文を表示します。一覧のページは「次へ」「前へ」で移動します。',
  notOnPage: (number: number) => `${number}番のお知らせはこのページにありません。表示中の番号を入力してください。`,
  lastPage: 'これが最後のページです。',
  firstPage: 'これが最初のページです。',
  body: (title: string, date: string, body: string) => `【${title}】（${date}）\n\n${body}`,
  done: 'お知らせの表示を終わります。',
  signInRequired: 'お知らせを表示するにはサインインが必要です。V-SYSのアカウントでサインインしてから、もう一度お試しください。',
  failed: (detail: string) => `お知らせを取得できませんでした。${detail}`,
  nextButton: '次へ',
  previousButton: '前へ',
  endButton: '終了',
} as const;
