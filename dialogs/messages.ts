/**
 * User-facing Japanese of the conversation core (router, menu, interruptions, small talk, medical
 * safety, bad input). Question answering and escalation have their own catalogues
 * (qnaMessages.ts, escalationMessages.ts). Written once here, reviewed as prose.
 */
import type { Role } from './ports/identity';

export const WELCOME_BY_ROLE: Record<Role, string> = {
  prefecture: '都道府県のご担当者さま向けに、分配・データロック・レポートなどの操作をご案内します。',
  municipality: '市町村のご担当者さま向けに、医療機関の代理入力・申請の承認・予約受付支援などをご案内します。',
  facility: '医療機関のご担当者さま向けに、希望量・移送・融通・接種実績・請求などの操作をご案内します。',
  maker: 'メーカー・卸のご担当者さま向けに、納入予定日の登録や納入状況の確認をご案内します。',
  support: 'サポート担当者さま向けに、マニュアルとよくある質問の内容をお答えします。',
};

export const WELCOME_ANONYMOUS = 'V-SYS の操作方法について、マニュアル・動画マニュアル・よくある質問をもとにお答えします。';

/**
 * Example questions offered as buttons; each is covered by the manuals or FAQ for that role and is
 * worded as a question (方法/とは/？) so it is answered, never mistaken for an operation request.
 */
export const EXAMPLE_QUESTIONS: Record<Role, string[]> = {
  prefecture: ['分配量はいつ確認できますか', '管内の市町村一覧を見る方法は？', 'レポートのダウンロード方法は？'],
  municipality: ['市町村が代理入力できる作業は？', '医療機関からの変更申請を承認する方法は？', '予約受付支援とは'],
  facility: ['希望量の登録方法を教えて', '融通を受けたときの登録方法は？', '接種実績を間違えて登録したときは？'],
  maker: ['納入予定日の登録方法は？', '納入状況の確認方法は？', 'レポートのダウンロード方法は？'],
  support: ['希望量の登録方法を教えて', '基本型とサテライト型の変更方法は？', '請求書の提出期限は？'],
};

export const EXAMPLE_QUESTIONS_ANONYMOUS = ['V-SYSにログインして最初にやることは？', '希望量の登録方法を教えて', '請求書の提出期限は？'];

export const MENU_INTRO = 'ご用件をお選びいただくか、知りたいことをそのまま入力してください。';
export const MENU_OPERATIONS_HEADING = 'チャットで操作できること';
export const MENU_QUESTIONS_HEADING = 'よくある質問の例';

export const HELP_TOP = [
  'このアシスタントでは次のことができます。',
  '・V-SYS の操作方法を、マニュアル・動画マニュアル・よくある質問から出典付きでお答えします。',
  '・ボタンに表示される操作は、チャットの中で入力を進められます。',
  '・操作の途中でも「ヘルプ」「キャンセル」「メニュー」「担当者」と入力できます。',
  '・解決しないときは、問い合わせフォームから担当者にお問い合わせいただけます。',
].join('\n');

export const NOTHING_TO_CANCEL = '現在、途中の操作はありません。ご質問があればそのまま入力してください。';

// Routing ambiguity: an operation was recognised but the sentence also reads as a question,
// or two operations are equally likely.
export const ROUTE_CHOICE_PROMPT = 'どちらをご希望ですか？ 下のボタンからお選びください。';
export const ROUTE_CHOICE_RETRY = 'お手数ですが、下のボタンからお選びいただくか、番号を入力してください。';
export const ROUTE_ASK_AS_QUESTION = '操作方法を調べる';
export const routeStartOperation = (menuLabel: string) => `${menuLabel}をチャットで行う`;

// Interruptions inside an operation.
export const CANCEL_CONFIRM = (menuLabel: string) =>
  `「${menuLabel}」を中止しますか？ ここまでの入力は登録されません。`;
export const MENU_CONFIRM = (menuLabel: string) =>
  `「${menuLabel}」を中止してメニューに戻りますか？ ここまでの入力は登録されません。`;
export const CONFIRM_YES = 'はい、中止します';
export const CONFIRM_NO = 'いいえ、続けます';
export const OPERATION_CANCELLED = (menuLabel: string) => `「${menuLabel}」を中止しました。何も登録していません。`;
// …after a registering call whose answer was lost (the core may have done the work).
const MAY_HAVE_REGISTERED = '先ほどの送信は、V-SYSで登録が完了している可能性があります。中止しても、登録済みの内容は取り消されません。';
export const CANCEL_CONFIRM_MAY_HAVE_REGISTERED = (menuLabel: string) => `「${menuLabel}」を中止しますか？ ${MAY_HAVE_REGISTERED}`;
export const MENU_CONFIRM_MAY_HAVE_REGISTERED = (menuLabel: string) => `「${menuLabel}」を中止してメニューに戻りますか？ ${MAY_HAVE_REGISTERED}`;
export const OPERATION_CANCELLED_MAY_HAVE_REGISTERED = (menuLabel: string) =>
  `「${menuLabel}」を中止しました。先ほどの送信がV-SYSで登録済みになっている場合、その内容は残っています。お手数ですが、V-SYSの画面で登録内容をご確認ください。`;
export const OPERATION_RESUMED = '続けます。';
export const OPERATION_HELP_FALLBACK = (menuLabel: string) =>
  `「${menuLabel}」の入力を進めています。表示された質問にお答えください。やめるときは「キャンセル」と入力してください。`;
export const HELP_FOOTER = '中止するときは「キャンセル」、担当者に問い合わせるときは「担当者」と入力してください。';

// Small talk: a short answer instead of a search.
export const SMALL_TALK = {
  greeting: 'こんにちは。V-SYS の操作で知りたいことを、そのまま入力してください。',
  morning: 'おはようございます。V-SYS の操作で知りたいことを、そのまま入力してください。',
  evening: 'こんばんは。遅くまでお疲れさまです。V-SYS の操作で知りたいことを入力してください。',
  thanks: 'どういたしまして。ほかにもお困りのことがあれば、いつでもお尋ねください。',
  farewell: 'ご利用ありがとうございました。またいつでもお声がけください。',
  acknowledgement: '承知しました。ほかにご質問があれば入力してください。',
  identity: 'V-SYS の操作をご案内するアシスタントです。マニュアル・動画マニュアル・よくある質問をもとに、24時間お答えします。',
  tired: 'いつもお疲れさまです。少しでもお役に立てるよう、操作のご案内をお手伝いします。',
  apology: 'お気になさらないでください。ご質問があれば、そのまま入力してください。',
} as const;

// Medical safety.
export const MEDICAL_REFUSAL = (contact: string) =>
  [
    '申し訳ありません。このアシスタントは V-SYS の操作をご案内するもので、体調・副反応・接種の可否など医学的なご判断についてはお答えできません。',
    `${contact}にご相談ください。`,
    '緊急の症状がある場合は、ためらわずに119番へ連絡してください。',
  ].join('\n\n');

// Input the bot cannot read.
export const EMPTY_INPUT = 'ご質問やご用件を文字で入力してください。';
export const NO_WORDS_INPUT = '文字でのご入力をお願いします。知りたいことを短い文章で入力していただくと、お調べします。';
export const ATTACHMENT_ONLY = '申し訳ありません。画像やファイルの内容は読み取れません。お困りの内容を文字で入力してください。';
export const TOO_LONG_INPUT = (limit: number) =>
  `入力が長すぎるため、お調べできませんでした。知りたいことを${limit.toLocaleString('ja-JP')}文字以内にまとめて入力してください。`;
