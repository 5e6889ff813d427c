/** User-facing Japanese of CoreCallDialog: the retry offer after a failed registering call. */
export const coreCallMessages = {
  retryQuestion: '「再試行」で同じ内容をもう一度送信します（同じ内容が二重に登録されることはありません）。やめる場合は「キャンセル」を選んでください。',
  retryRetry: '「再試行」か「キャンセル」を選んでください。',
  retryHelp: '「再試行」は確認した内容のまま送信し直します。V-SYS側で登録済みだった場合も、二重に登録されることはありません。「キャンセル」で終了します。',
  retryLabel: '再試行',
  cancelLabel: 'キャンセル',
  unavailable: 'V-SYSに接続できませんでした。入力内容はそのままです。少し時間をおいて「再試行」を押してください。',
  stopped: (operation: string) => `「${operation}」を終了しました。`,
};
