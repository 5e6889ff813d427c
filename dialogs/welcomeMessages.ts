/** User-facing Japanese for the greeting and for failures no feature handles itself. */
export const WELCOME_TITLE = 'V-SYS サポートアシスタントです。';

export const WELCOME_TEXT = [
  'こんにちは。V-SYS（ワクチン接種円滑化システム）の操作についてお手伝いするアシスタントです。',
  '24時間いつでも、マニュアル・動画マニュアル・よくある質問・お知らせをもとにお答えします。',
  '「希望量の登録方法」「融通を受けたときの登録」のように、知りたいことをそのまま入力してください。',
].join('\n\n');

export const TURN_ERROR_MESSAGE =
  '申し訳ありません。処理中に問題が発生しました。お手数ですが、もう一度お試しください。入力いただいた内容は保存されています。';
