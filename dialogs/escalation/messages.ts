/**
 * User-facing Japanese of the chat inquiry dialog. Field errors are not here: they come from the
 * inquiry intake port, which returns the /inquiry form's own messages.
 */
export const CHAT_INQUIRY_LABEL = 'チャットでお問い合わせ';

export const SIGN_IN_NEEDED =
  'チャットでのお問い合わせには、V-SYSにログインした状態でこのチャットを開く必要があります。問い合わせフォームをご利用ください。';
export const INTRO =
  'このチャットで、サポート窓口へのお問い合わせを承ります。いくつか確認させてください。途中でやめるときは「キャンセル」と入力してください。';

export const CATEGORY_PROMPT = 'お問い合わせの種類を選んでください。';
export const CATEGORY_HELP =
  'お問い合わせの内容にいちばん近い種類を、ボタンから選んでください。番号（1〜8）でも選べます。迷ったら「その他」を選んでください。';
export const categoryRetry = (formMessage: string) => `${formMessage}ボタンから選ぶか、番号を入力してください。`;

export const questionConfirmPrompt = (question: string) =>
  `お問い合わせ内容は、チャットでのご質問を引き継いで次のとおりです。このまま送りますか？\n\n「${question}」\n\n別の内容にするときは「書き直す」を押すか、そのまま新しい内容を入力してください。`;
export const QUESTION_KEEP = 'この内容で送る';
export const QUESTION_REWRITE = '書き直す';
export const QUESTION_PROMPT = 'お問い合わせ内容を入力してください。画面名や操作、表示されたメッセージなど、分かる範囲で具体的にお書きください。';
export const QUESTION_HELP =
  '担当者に伝えたい内容を入力してください。どの画面で何をしようとして、どうなったかを書いていただくと、回答が早くなります。';

export const EMAIL_PROMPT = '担当者からの回答をお送りする連絡先メールアドレスを入力してください。';
export const EMAIL_HELP =
  '回答のお知らせを受け取るメールアドレスを「name@example.jp」の形で入力してください。回答はこのチャットにも届きます。';

export const PHONE_PROMPT =
  'お急ぎの場合に担当者からお電話することがあります。電話番号を入力してください（任意です。不要なときは「なし」を押してください）。';
export const PHONE_NONE = 'なし';
export const PHONE_HELP = '電話番号は「03-1234-5678」のように数字とハイフンで入力してください。不要なときは「なし」と入力してください。';
export const PHONE_NONE_WORDS = ['なし', '無し', 'ない', '不要', 'いらない', 'いりません', 'スキップ', '省略', 'いいえ', 'no'];

export const CONFIRM_TEXT = 'この内容でサポート窓口に送ります。よろしいですか？';
export const CONFIRM_HELP = '「送信する」で送ります。直したい項目があるときは「修正する」を押してください。';
export const CARD_TITLE = 'お問い合わせ内容の確認';
export const FACT_CATEGORY = 'お問い合わせの種類';
export const FACT_QUESTION = 'お問い合わせ内容';
export const FACT_EMAIL = '連絡先メールアドレス';
export const FACT_PHONE = '電話番号';
export const PHONE_NOT_GIVEN = '（なし）';
export const SUBMIT = '送信する';
export const EDIT = '修正する';
export const CONFIRM_RETRY = '「送信する」か「修正する」を選んでください。';

export const EDIT_PROMPT = 'どの項目を修正しますか？';
export const EDIT_HELP = '修正したい項目をボタンから選んでください。';
export const EDIT_FIELDS = {
  category: '種類',
  question: '内容',
  email: 'メールアドレス',
  phone: '電話番号',
} as const;

export const STALE_FIELD = '入力内容に確認が必要な項目があります。';
export const SUBMIT_FAILED =
  '申し訳ありません。お問い合わせを保存できませんでした。入力内容はそのままです。少し時間をおいて、もう一度「送信する」を押してください。';

export const receipt = (number: string, statusUrl: string) =>
  `お問い合わせを受け付けました。受付番号は「${number}」です。\n\n担当者からの回答は、このチャットとお問い合わせ状況のページにお届けします。受付番号は控えておいてください。\n\n[お問い合わせの状況を見る](${statusUrl})`;
