/** Japanese of the support console. */
import type { DeliveryOutcome } from '../inquiries/inquiryRecord';

export const CONSOLE_TITLE = 'サポートコンソール';
export const NAV_INQUIRIES = 'お問い合わせ';
export const NAV_UNANSWERED = '未回答の質問';
export const NAV_FAQ = 'FAQの管理';
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
export const DELIVERY_LABELS: Record<DeliveryOutcome | 'pending', string> = {
  delivered: 'チャットに届けました',
  'no-conversation': 'チャットがないため、状況ページにのみ表示されます',
  failed: 'チャットに届けられませんでした（状況ページには表示されます）',
  pending: 'チャットに届いたかどうか記録されていません（状況ページには表示されます）',
};
/** The delivery status could not be saved after the reply went out. */
export const deliveryUnsaved = (outcome: string) =>
  `${outcome}。ただし、送信結果を記録できませんでした。同じ回答がもう一度届くことはありませんので、再送信は不要です。`;
export const REPLY_DUPLICATE =
  'この回答はすでに送信済みです。同じ回答が二重に届かないよう、今回は送信しませんでした。回答履歴で送信結果をご確認ください。';
export const REPLY_SAVE_FAILED =
  '回答を保存できなかったため、送信していません。少し時間をおいて、もう一度「回答を送信する」を押してください（二重に届くことはありません）。';

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
export const faqTitleTooLong = (max: number) => `タイトルは${max}文字以内で入力してください。`;
export const faqAnswerTooLong = (max: number) => `回答は${max}文字以内で入力してください。`;
export const faqQuestionTooLong = (line: number, max: number) => `言い換えの質問の${line}行目が長すぎます。1つの質問は${max}文字以内で入力してください。`;
export const faqTooManyQuestions = (max: number) => `言い換えの質問は${max}個までにしてください。`;
export const FAQ_ROLES_INVALID = '対象を一覧から選んでください。';
export const faqSaved = (id: string) => `FAQ「${id}」を登録しました。チャットですぐに回答できます。`;
export const faqExisting = (id: string) => `このお問い合わせのFAQ：${id}`;
export const FAQ_EDIT_EXISTING = 'このFAQを編集する';
export const FAQ_REPLACES_EXISTING = 'ここで「FAQにする」を押すと、登録済みのFAQがこの下の内容に置き換わります。内容の修正だけなら「このFAQを編集する」をご利用ください。';
export const FAQ_EXISTING_DELETED = 'このお問い合わせから作成したFAQは削除されています。';
export const FAQ_SAVE_FAILED = 'FAQを保存できませんでした。少し時間をおいて、もう一度お試しください。';
export const STATUS_CHANGED = '状況を変更しました。';

export const UNANSWERED_TITLE = '未回答の質問';
export const UNANSWERED_LEAD = 'アシスタントが回答できなかった質問を、表記のゆれをまとめて集計しています。見出しを押すと並べ替えます。';
export const UNANSWERED_CSV = 'CSVでダウンロード';
export const UNANSWERED_EMPTY = '未回答の質問はまだありません。';
export const COL_COUNT = '件数';
export const COL_LAST_ASKED = '最終日時';
export const COL_ROLES = 'ロール';
export const COL_REASONS = '理由';

export const FAQ_LIST_TITLE = 'FAQの管理';
export const FAQ_LIST_LEAD = 'サポートコンソールで作成したよくある質問です。編集・削除はすぐにチャットの回答に反映され、ほかのサーバーにも数秒で反映されます。';
export const FAQ_LIST_EMPTY = 'サポートコンソールで作成したFAQはまだありません。お問い合わせの画面の「FAQにする」から作成できます。';
export const FAQ_COL_TITLE = 'タイトル';
export const FAQ_COL_QUESTIONS = '言い換えの質問';
export const FAQ_COL_ANSWER = '回答';
export const FAQ_COL_ROLES = '対象';
export const FAQ_COL_HISTORY = '作成・更新';
export const FAQ_COL_ACTIONS = '操作';
export const FAQ_EDIT = '編集';
export const FAQ_DELETE = '削除';
export const FAQ_FROM_INQUIRY = '元のお問い合わせ';
export const faqCreated = (by: string, at: string) => `作成：${by}${at ? `（${at}）` : ''}`;
export const faqUpdated = (by: string, at: string) => `更新：${by}（${at}）`;
export const FAQ_EDIT_TITLE = 'FAQの編集';
export const FAQ_EDIT_LEAD = '保存すると、チャットの回答がすぐにこの内容に変わります。';
export const FAQ_SAVE_BUTTON = '保存する';
export const FAQ_BACK_TO_LIST = 'FAQの一覧に戻る';
export const FAQ_FIX_ERRORS = '入力内容に誤りがあります。赤字の項目を修正してください。';
export const faqUpdatedNotice = (title: string) => `FAQ「${title}」を保存しました。チャットの回答に反映されています。`;
export const faqDeletedNotice = (title: string) => `FAQ「${title}」を削除しました。チャットでは回答に使われなくなりました。`;
export const FAQ_DELETE_TITLE = 'FAQの削除';
export const faqDeleteQuestion = (title: string) => `FAQ「${title}」を削除しますか？`;
export const FAQ_DELETE_WARNING = '削除すると、チャットではこのFAQを回答に使わなくなります。元に戻すことはできません（お問い合わせの画面から作成し直すことはできます）。';
export const FAQ_DELETE_CONFIRM = '削除する';
export const FAQ_DELETE_CANCEL = 'やめる';
export const FAQ_NOT_FOUND_TITLE = 'FAQが見つかりません';
export const FAQ_NOT_FOUND_TEXT = 'このFAQはありません。すでに削除されている可能性があります。';
export const FAQ_CONFLICT = 'ほかの担当者がこのFAQを変更しました。最新の内容を表示しています。必要であれば、もう一度修正してください。';
export const FAQ_DELETE_CONFLICT = 'ほかの担当者がこのFAQを変更しました。最新の内容を確認してから、もう一度削除してください。';

export const PAGE_LEAD = '新しい順に表示しています。';
export const NEXT_PAGE = '次のページ（より古いお問い合わせ）';
export const FIRST_PAGE = '最新のお問い合わせに戻る';
export const NO_MORE_INQUIRIES = 'これより古いお問い合わせはありません。';
export const searchScanLimited = (scanned: number) =>
  `${scanned.toLocaleString('ja-JP')}件のお問い合わせを調べたところで一度止めました。さらに古いお問い合わせも検索するには「次のページ」を押してください。`;
export const INVALID_PAGE = 'ページの指定が正しくないため、最新のお問い合わせを表示しています。';
