/** User-facing Japanese shared by every operation dialog (each operation has its own catalogue too). */
import type { CountProblem } from './japaneseNumber';

export const sharedMessages = {
  signInRequired: (operation: string) => `${operation}を行うにはサインインが必要です。V-SYSのアカウントでサインインしてから、もう一度お試しください。`,
  roleNotOffered: (operation: string) => `ご利用のアカウントの立場では、${operation}はこのアシスタントから行えません。`,

  chooseFacility: 'どちらの医療機関の代理として入力しますか？医療機関名を入力するか、ボタンから選んでください。',
  chooseFacilityHelp:
    '市町村のアカウントでは、管内の医療機関に代わって入力（代理入力）できます。代理で入力する医療機関の名前（一部でも構いません）を入力してください。',
  facilityNotFound: (said: string) => `「${said}」に当てはまる医療機関が管内に見つかりませんでした。`,
  facilityAmbiguous: (count: number) => `当てはまる医療機関が${count}件あります。ボタンから選んでください。`,
  noEligibleFacility: (operation: string) => `管内に${operation}の対象となる医療機関がありません。`,
  actingFor: (facility: string) => `${facility}の代理として入力します。`,
  onBehalfOf: (facility: string) => `${facility}の代理として`,

  countProblem: (what: string, problem: CountProblem): string => {
    switch (problem) {
      case 'negative':
        return `${what}にマイナスの数は入力できません。`;
      case 'fraction':
        return `${what}は整数（小数なし）で入力してください。`;
      case 'zero':
        return `${what}は1以上の数で入力してください。`;
      case 'several':
        return `数が複数入っています。${what}を1つだけ入力してください。`;
      default:
        return `${what}を数字で入力してください（例：3、３本、十二本）。`;
    }
  },
  dateMissing: '日付を読み取れませんでした。「今日」「昨日」「5月10日」「令和3年5月10日」のように入力してください。',
  dateInFuture: '未来の日付は登録できません。今日またはそれより前の日付を入力してください。',

  confirmQuestion: (operation: string) => `以下の内容で${operation}を行います。よろしければ「登録する」を押してください。`,
  confirmQuestionProxy: (operation: string, facility: string) =>
    `${facility}の代理として、以下の内容で${operation}を行います。よろしければ「登録する」を押してください。`,
  confirmRetry: '「登録する」「修正」「キャンセル」のいずれかを選んでください。',
  confirmHelp:
    '表示している内容で登録してよければ「登録する」を、直したい項目があれば「修正」を押してください（例：「日付を修正」で日付だけを直せます）。やめる場合は「キャンセル」です。',
  submitLabel: '登録する',
  correctLabel: '修正',
  cancelLabel: 'キャンセル',
  whichSlot: 'どの項目を修正しますか？',
  whichSlotRetry: '修正する項目をボタンから選んでください。',
  whichSlotHelp: '直したい項目を1つ選んでください。その項目だけを入力し直せます。ほかの項目はそのまま残ります。',
  correctingSlot: (label: string, current: string) => `${label}を修正します（現在の値：${current}）。`,

  failed: (detail: string) => `登録できませんでした。${detail}`,
  failedUnavailable:
    'V-SYSに接続できなかったため、登録できませんでした。入力内容は保存しています。少し時間をおいて「再試行」を押してください。同じ内容が二重に登録されることはありません。',
  failedForbidden: (detail: string) => `この操作は行えません。${detail}`,
  retryQuestion: '「再試行」で同じ内容をもう一度送信します。「修正」で内容を直せます。「あとで」を選ぶと、入力内容を保存して、ほかのご質問にもお答えできるようにします。',
  retryRetry: '「再試行」「修正」「あとで」「キャンセル」のいずれかを選んでください。',
  retryHelp:
    '「再試行」は同じ内容で送信し直します（同じ登録が二重にできることはありません）。「修正」で内容を直した場合も、先ほどの送信が登録済みになっていないかを確かめてから登録しますので、二重に登録されることはありません。「あとで」を選ぶと入力内容を保存します。アシスタントを閉じても、あとで「再開」と入力すれば確認画面から続けられます。',
  retryLabel: '再試行',
  laterLabel: 'あとで',
  parked: (operation: string) =>
    `${operation}の入力内容を保存しました。ほかのご質問もどうぞ。続けるときは「再開」と入力するか、メニューの「入力途中の${operation}を再開」を押してください（アシスタントを閉じても内容は残ります。同じ内容が二重に登録されることはありません）。`,

  // after an unknown outcome, the earlier attempt turned out to be registered
  earlierRegistered: (operation: string) =>
    `先ほどエラーとなった${operation}は、実際にはV-SYSで登録が完了していました。二重に登録されないよう、修正後の内容はまだ送信していません。`,
  registeredTitle: '登録済みの内容',
  registeredContentUnknown: '登録済みの内容をV-SYSから読み込めませんでした。お手数ですが、V-SYSの画面で登録内容をご確認ください。',
  correctedTitle: '修正後の内容',
  registerAgainQuestion: (note: string) => `${note}修正後の内容で登録し直しますか？`,
  registerAgainRetry: '「修正後の内容で登録し直す」か「登録済みのままにする」を選んでください。',
  registerAgainHelp:
    '「修正後の内容で登録し直す」を選ぶと、登録済みの内容を修正後の内容に置き換えます。「登録済みのままにする」を選ぶと、登録済みの内容のまま終了します。どちらを選んでも、二重に登録されることはありません。',
  registerAgainLabel: '修正後の内容で登録し直す',
  keepRegisteredLabel: '登録済みのままにする',
  keptRegistered: (operation: string) => `${operation}は登録済みの内容のままにしました。`,
  correctionNotHere: (operation: string) =>
    `登録済みの${operation}は、このアシスタントから取り消したり変更したりできません。修正後の内容を登録すると二重の登録になるため、送信していません。登録内容に誤りがある場合は、「担当者」と入力してお問い合わせください。`,
  lookupFailed: 'V-SYSから情報を取得できませんでした。少し時間をおいてもう一度お試しください。',

  resultTitle: (operation: string) => `${operation}が完了しました`,
  labelFacility: '医療機関',
} as const;
