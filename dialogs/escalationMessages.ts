/** User-facing Japanese for handing a question over to the support desk. */
import type { EscalationReason } from './ports/escalation';

export const ESCALATION_LEAD: Record<EscalationReason, string> = {
  'not-solved': 'お役に立てず申し訳ありません。',
  'low-confidence': '申し訳ありません。ご質問に合う回答を見つけられませんでした。',
  'out-of-scope': '申し訳ありません。このご質問には、マニュアルやよくある質問からはお答えできません。',
  'user-request': '担当者へのお問い合わせですね。',
  medical: '',
};

export const ESCALATION_FORM_INVITE =
  '問い合わせフォームから担当者にお問い合わせいただけます。ご質問とこれまでのやり取りは入力済みです。';
export const ESCALATION_CHAT_INVITE = 'このチャットの中でお問い合わせを送ることもできます。';
export const ESCALATION_REPHRASE_HINT = '言葉を変えて、もう一度お尋ねいただくこともできます。';
export const ESCALATION_BUTTON = '問い合わせフォームを開く';
export const ESCALATION_CARD_TITLE = '担当者へのお問い合わせ';

export const supportOpenText = (hoursText: string, closesAt: string) =>
  `サポート窓口は現在受付中です（平日 ${hoursText}、土日祝日を除く）。本日 ${closesAt} まで担当者が対応します。`;

export const supportClosedText = (hoursText: string, opensAt: string) =>
  `現在はサポート窓口の受付時間外です（平日 ${hoursText}、土日祝日を除く）。フォームは24時間受け付けており、担当者からの回答は ${opensAt} 以降になります。このアシスタントは引き続き24時間ご利用いただけます。`;

export const ESCALATION_LINK_FAILED =
  '申し訳ありません。問い合わせフォームのリンクを作成できませんでした。少し時間をおいて、もう一度「担当者」と入力してください。';
