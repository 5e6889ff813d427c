/** User-facing Japanese for operations set aside with 「あとで」 and resumed later. */
export const RESUME_BUTTON = (operation: string) => `入力途中の${operation}を再開`;
export const RESUMING = (operation: string) => `入力途中の${operation}を再開します。保存した内容を確認してください。`;
export const NOTHING_TO_RESUME = '再開できる入力途中の操作はありません。メニューから操作を選ぶか、ご質問を入力してください。';
export const WHICH_TO_RESUME = '入力途中の操作が複数あります。再開する操作をボタンから選んでください。';
export const MENU_PARKED_HEADING = '【入力途中の操作】';
