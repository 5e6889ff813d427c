/** User-facing Japanese of question answering. */
import type { ContentType } from './ports/knowledgeBase';

export const SOURCE_PREFIX = '出典：';
export const SOURCE_BUTTON: Record<ContentType, string> = {
  manual: 'マニュアルを開く',
  faq: 'よくある質問を開く',
  video: '動画を再生する',
  notice: 'お知らせを開く',
};
export const ANSWER_TRUNCATED = '続きは出典のページでご確認ください。';

export const DID_YOU_MEAN = 'もしかして、次のどれかでしょうか？ 近いものをお選びください。';
export const DID_YOU_MEAN_NONE = 'どれでもない';

export const SOLVED_QUESTION = '解決しましたか？';
export const SOLVED_YES = 'はい';
export const SOLVED_NO = 'いいえ';
export const FEEDBACK_THANKS = 'よかったです。ご回答ありがとうございます。ほかにもご質問があれば入力してください。';
export const RELATED_HINT = '関連する質問もボタンからご覧いただけます。';

export const startOperationFromAnswer = (menuLabel: string) => `チャットで${menuLabel}を行う`;
