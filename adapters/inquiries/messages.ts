/** User-facing Japanese of the inquiry form, its status page and the reply delivered into the chat. */
import type { InquiryCategory, InquiryStatus } from './inquiryRecord';

export const CATEGORY_LABELS: Record<InquiryCategory, string> = {
  operation: '操作方法について',
  account: 'ログイン・アカウントについて',
  allocation: '希望量・分配量・納入について',
  vaccination: '接種実績・在庫・廃棄について',
  claims: '請求について',
  facility: '医療機関情報の変更・承認について',
  trouble: '画面の不具合・エラーについて',
  other: 'その他',
};

export const STATUS_LABELS: Record<InquiryStatus, string> = {
  new: '受付済み（未対応）',
  'in-progress': '対応中',
  answered: '回答済み',
};

export const FORM_TITLE = 'お問い合わせフォーム';
export const FORM_LEAD =
  'サポート窓口の担当者がお答えします。チャットでのご質問とやり取りは入力済みです。内容をご確認のうえ送信してください。';
export const FORM_LINK_EXPIRED =
  'チャットから開いたリンクの有効期限が切れたため、ご質問を引き継げませんでした。お手数ですが、ご質問をご入力ください。';
export const FORM_LINK_INVALID =
  'リンクが正しくないため、チャットの内容を引き継げませんでした。お手数ですが、ご質問をご入力ください。';
export const FORM_ERRORS_HEADING = '入力内容を確認してください。';
export const FORM_REQUESTER = 'お問い合わせ元';
export const FORM_CATEGORY = 'お問い合わせの種類';
export const FORM_CATEGORY_PLACEHOLDER = '選択してください';
export const FORM_QUESTION = 'お問い合わせ内容';
export const FORM_EMAIL = '連絡先メールアドレス';
export const FORM_PHONE = '電話番号（任意）';
export const FORM_PHONE_HINT = '例：03-1234-5678。お急ぎの場合に担当者からお電話することがあります。';
export const FORM_TRANSCRIPT = 'チャットのやり取り（担当者に送られます）';
export const FORM_SUBMIT = '送信する';
export const FORM_REQUIRED = '（必須）';
export const FORM_SESSION_EXPIRED =
  '画面を開いてから時間がたったため、送信できませんでした。入力内容はそのままです。もう一度「送信する」を押してください。';

export const ERROR_CATEGORY_REQUIRED = 'お問い合わせの種類を選んでください。';
export const ERROR_QUESTION_REQUIRED = 'お問い合わせ内容を入力してください。';
export const errorQuestionTooLong = (max: number, actual: number) =>
  `お問い合わせ内容は${max}文字以内で入力してください（現在${actual}文字です）。`;
export const ERROR_EMAIL_REQUIRED = '連絡先メールアドレスを入力してください。';
export const ERROR_EMAIL_FORMAT = 'メールアドレスの形式が正しくありません。「name@example.jp」のように入力してください。';
export const errorEmailTooLong = (max: number) => `メールアドレスは${max}文字以内で入力してください。`;
export const ERROR_PHONE_FORMAT =
  '電話番号は数字とハイフンで、10桁または11桁を入力してください（例：03-1234-5678）。';

export const SUBMITTED_TITLE = 'お問い合わせを受け付けました';
export const submittedLead = (number: string) =>
  `受付番号は「${number}」です。担当者から、このページとチャットでご回答します。受付番号は控えておいてください。`;
export const STATUS_TITLE = 'お問い合わせの状況';
export const STATUS_NUMBER = '受付番号';
export const STATUS_STATE = '状況';
export const STATUS_RECEIVED_AT = '受付日時';
export const STATUS_REPLIES = '担当者からの回答';
export const STATUS_NO_REPLY = 'まだ回答はありません。担当者からの回答をお待ちください。';
export const STATUS_BOOKMARK_HINT = 'このページのアドレスをブックマークすると、あとから状況を確認できます。';

export const NOT_FOUND_TITLE = 'お問い合わせが見つかりません';
export const NOT_FOUND_TEXT =
  'この受付番号のお問い合わせは、お使いのブラウザーからは表示できません。お問い合わせを送信したブラウザーで開くか、チャットに届いたリンクから開いてください。';
export const BAD_REQUEST_TITLE = '送信できませんでした';
export const SERVER_ERROR_TEXT = '申し訳ありません。処理中に問題が起きました。少し時間をおいて、もう一度お試しください。';

/** The reply delivered into the user's chat. */
export const chatReplyText = (number: string, reply: string, statusUrl: string) =>
  `サポート窓口から、お問い合わせ（受付番号 ${number}）への回答が届きました。\n\n${reply}\n\nお問い合わせの状況は[こちら](${statusUrl})でも確認できます。`;
