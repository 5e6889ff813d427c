/** Japanese of the support console. */
import type { DeliveryOutcome } from '../inquiries/inquiryRecord';

export const CONSOLE_TITLE = 'サポートコンソール';
export const NAV_INQUIRIES = 'お問い合わせ';
export const NAV_UNANSWERED = '未回答の質問';
export const SIGN_OUT = 'サインアウト';
export const SIGN_IN_TITLE = 'サポートコンソールにサインイン';
export const SIGN_IN_DEMO_LEAD = 'デモモードです。サポート担当のデモユーザーでサインインできます。';
export const signInAs = (name: string) => `${name} としてサインイン`;
export const SIGN_IN_TOKEN_LEAD = 'サポート担当者のユーザートークンを貼り付けてサインインしてください。';
export const SIGN_IN_TOKEN_LABEL = 'ユーザートークン';
export const SIGN_IN_BUTTON = 'サインイン';
export const SIGN_IN_FAILED = 'サインインできませんでした。トークンが正しくないか、有効期限が切れています。';
export const SIGN_IN_EXPIRED_FORM = '画面を開いてから時間がたったため、サインインできませんでした。もう一度お試しください。';
export const FORBIDDEN_TITLE = 'このページを表示する権限がありません';
export const FORBIDDEN_TEXT = 'サポートコンソールは、サポート担当者のみご利用いただけます。';
export const NOT_FOUND_TITLE = 'お問い合わせが見つかりません';
export const NOT_FOUND_TEXT = 'この受付番号のお問い合わせはありません。';
export const FORM_EXPIRED = '画面を開いてから時間がたったため、操作を受け付けられませんでした。もう一度お試しください。';

export const FILTER_ALL = 'すべて';
export const SEARCH_LABEL = '検索（受付番号・内容・組織・メール）';
export const SEARCH_BUTTON = '絞り込む';
export const NO_INQUIRIES = '該当するお問い合わせはありません。';
export const COL_NUMBER = '受付番号';
export const COL_RECEIVED = '受付日時';
export const COL_CATEGORY = '種類';
export const COL_REQUESTER = 'お問い合わせ元';
export const COL_QUESTION = '内容';
export const COL_STATUS = '状況';
export const ANONYMOUS_REQUESTER = '（チャット外から）';

export const DETAIL_CONTACT = '連絡先';
export const DETAIL_TRANSCRIPT = 'チャットのやり取り';
export const DETAIL_NO_TRANSCRIPT = 'チャットのやり取りはありません。';
export const DETAIL_REPLIES = '回答履歴';
export const REPLY_LABEL = '回答';
export const REPLY_HINT = '送信すると、ご利用者のチャットと状況ページに表示されます。';
export const REPLY_BUTTON = '回答を送信する';
export const REPLY_REQUIRED = '回答を入力してください。';
export const replyTooLong = (max: number) => `回答は${max}文字以内で入力してください。`;
export const STATUS_LABEL = '状況を変更';
export const STATUS_BUTTON = '変更する';
export const DELIVERY_LABELS: Record<DeliveryOutcome, string> = {
  delivered: 'チャットに届けました',
  'no-conversation': 'チャットがないため、状況ページにのみ表示されます',
  failed: 'チャットに届けられませんでした（状況ページには表示されます）',
};

export const FAQ_HEADING = 'FAQにする';
export const FAQ_LEAD = '回答をよくある質問として登録します。登録するとすぐに、チャットで同じ質問に回答できるようになります。';
export const FAQ_TITLE = 'タイトル（質問の形で）';
export const FAQ_ANSWER = '回答';
export const FAQ_QUESTIONS = '言い換えの質問（1行に1つ）';
export const FAQ_ROLES = '対象';
export const FAQ_ROLES_ALL = 'すべてのロール';
export const FAQ_BUTTON = 'FAQにする';
export const FAQ_NEEDS_REPLY = '回答を送信すると、FAQにできます。';
export const FAQ_TITLE_REQUIRED = 'タイトルを入力してください。';
export const FAQ_ANSWER_REQUIRED = '回答を入力してください。';
export const FAQ_TOO_LONG = 'タイトルは200文字以内、回答は5000文字以内で入力してください。';
export const faqSaved = (id: string) => `FAQ「${id}」を登録しました。チャットですぐに回答できます。`;
export const faqExisting = (id: string) => `このお問い合わせのFAQ：${id}`;
export const STATUS_CHANGED = '状況を変更しました。';

export const UNANSWERED_TITLE = '未回答の質問';
export const UNANSWERED_LEAD = 'アシスタントが回答できなかった質問を、表記のゆれをまとめて集計しています。見出しを押すと並べ替えます。';
export const UNANSWERED_CSV = 'CSVでダウンロード';
export const UNANSWERED_EMPTY = '未回答の質問はまだありません。';
export const COL_COUNT = '件数';
export const COL_LAST_ASKED = '最終日時';
export const COL_ROLES = 'ロール';
export const COL_REASONS = '理由';
