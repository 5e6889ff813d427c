/** User-facing Japanese for the greeting and for failures no feature handles itself. */
export const WELCOME_TITLE = 'V-SYS サポートアシスタントです';

export const WELCOME_TEXT =
  'V-SYS（ワクチン接種円滑化システム）の操作をお手伝いします。マニュアル・動画マニュアル・よくある質問・お知らせをもとに、24時間いつでもお答えします。';

export const TURN_ERROR_MESSAGE =
  '申し訳ありません。処理中に問題が発生しました。お手数ですが、もう一度お試しください。入力いただいた内容は保存されています。';
