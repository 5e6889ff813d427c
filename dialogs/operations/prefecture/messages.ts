/** User-facing Japanese of the prefecture's data lock. */
export const dataLockMessages = {
  menuLabel: 'データロック',
  prefectureOnly: 'データロックは都道府県のアカウントで行う操作です。',
  signInRequired: 'データロックを行うにはサインインが必要です。V-SYSのアカウントでサインインしてから、もう一度お試しください。',
  nothingToLock: 'データロックできるクールはありません（すべてのクールがロック済みです）。',
  alreadyLocked: (cool: string) => `${cool}はすでにデータロック済みです。医療機関・市町村は分配量を確認できます。`,
  whichCool: 'どのクールをデータロックしますか？',
  whichCoolRetry: 'クールを読み取れませんでした。ボタンから選んでください。',
  whichCoolHelp:
    'データロックすると、そのクールの希望量が分配量として確定し、医療機関・市町村が分配量を確認できるようになります。ロックするクールをボタンから選ぶか、「第6クール」のように入力してください。',
  coolButton: (name: string, period: string) => `${name}（${period}）`,

  confirmTitle: (cool: string) => `${cool}のデータロック`,
  confirmQuestion: 'この内容でデータロックしますか？ロックすると取り消せません。',
  confirmRetry: '「ロックする」か「キャンセル」を選んでください。',
  confirmHelp: '「ロックする」でデータロックします。ロック後は希望量の登録・変更ができなくなり、医療機関・市町村は分配量を確認できるようになります。やめる場合は「キャンセル」です。',
  lockButton: 'ロックする',
  cancelButton: 'キャンセル',
  factCool: 'クール',
  factPeriod: '希望量の登録期間',
  factFacilities: '希望量を登録した医療機関',
  factVials: '希望量の合計',
  facilities: (count: number) => `${count}施設`,
  vials: (count: number) => `${count.toLocaleString('ja-JP')}バイアル`,
  period: (from: string, to: string) => `${from}〜${to}`,
  stillOpen: (end: string) => `まだ希望量の登録期間中です（${end}まで）。ロックすると、これ以降の希望量の登録・変更はできなくなります。`,
  notLocked: 'データロックは行いませんでした。',

  resultTitle: (cool: string) => `${cool}をデータロックしました`,
  resultNote: '医療機関・市町村は分配量を確認できるようになりました。納入予定日はメーカー・卸が登録します。',
  failed: (detail: string) => `データロックできませんでした。${detail}`,
} as const;
