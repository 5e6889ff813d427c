/** Japanese of the /knowledge pages. */
import type { ContentType } from '../../dialogs/ports/knowledgeBase';

export const INDEX_TITLE = 'マニュアル・よくある質問';
export const INDEX_LEAD = 'アシスタントが回答に使っている操作マニュアル、よくある質問、動画マニュアル、お知らせです。';
export const SEARCH_LABEL = 'キーワードや質問で検索';
export const SEARCH_BUTTON = '検索';
export const searchResultsHeading = (query: string) => `「${query}」の検索結果`;
export const NO_RESULTS = '該当する内容が見つかりませんでした。言葉を変えて検索するか、チャットでお尋ねください。';
export const BACK_TO_INDEX = '一覧に戻る';
export const NOT_FOUND_TITLE = 'ページが見つかりません';
export const NOT_FOUND_TEXT = 'お探しのマニュアル・よくある質問は見つかりませんでした。一覧から探してください。';
export const OPEN_SOURCE = '元の資料を開く';

export const TYPE_HEADINGS: Record<ContentType, string> = {
  manual: '操作マニュアル',
  faq: 'よくある質問',
  video: '動画マニュアル',
  notice: 'お知らせ',
};
