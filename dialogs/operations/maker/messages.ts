/** User-facing Japanese of 納入予定日 entry by メーカー・卸. */
export const deliveryDateMessages = {
  menuLabel: '納入予定日の登録',
  makerOnly: '納入予定日の登録はメーカー・卸のアカウントで行う操作です。',
  signInRequired: '納入予定日を登録するにはサインインが必要です。V-SYSのアカウントでサインインしてから、もう一度お試しください。',
  noDeliveries: '納入予定日を登録できる配送がありません（都道府県がデータロックしたクールの分配が対象です）。',
  noDeliveriesInCool: (cool: string) => `${cool}には納入予定日を登録できる配送がありません（まだデータロックされていない可能性があります）。`,

  whichCool: 'どのクールの配送ですか？',
  whichCoolRetry: 'クールを読み取れませんでした。ボタンから選んでください。',
  whichCoolHelp: '納入予定日は、都道府県がデータロックしたクールの分配ごとに登録します。クールをボタンから選ぶか、「第5クール」のように入力してください。',

  deliveriesHeading: (cool: string) => `${cool}の納入先です。`,
  deliveryLine: (name: string, municipality: string, vials: number, date: string) => `・${name}（${municipality}）${vials}バイアル　納入予定日：${date}`,
  notRegistered: '未登録',
  whichFacility: 'どの納入先の納入予定日を登録しますか？医療機関名を入力するか、ボタンから選んでください。',
  whichFacilityRetry: '納入先を読み取れませんでした。ボタンから選んでください。',
  whichFacilityHelp: '分配のある医療機関（納入先）ごとに納入予定日を登録します。医療機関名（一部でも構いません）を入力してください。',
  facilityAmbiguous: (count: number) => `当てはまる納入先が${count}件あります。ボタンから選んでください。`,
  facilityNotFound: (said: string) => `「${said}」に当てはまる納入先が見つかりませんでした。`,

  whichDate: (facility: string) => `${facility}への納入予定日はいつですか？（例：「6月20日」「来週の水曜日」）`,
  dateHelp: '納入予定日を「6月20日」「2024年6月20日」「明日」「来週の水曜日」のように入力してください。今日より前の日付は登録できません。',
  dateMissing: '日付を読み取れませんでした。「6月20日」「来週の水曜日」のように入力してください。',
  dateInPast: '納入予定日に今日より前の日付は登録できません。今日以降の日付を入力してください。',

  confirmTitle: '納入予定日の登録',
  confirmQuestion: 'この内容で納入予定日を登録しますか？',
  confirmRetry: '「登録する」「日付を修正」「納入先を修正」のいずれかを選んでください。',
  confirmHelp: '表示している内容でよければ「登録する」を、日付を直す場合は「日付を修正」、納入先を直す場合は「納入先を修正」を押してください。やめる場合は「キャンセル」です。',
  submitButton: '登録する',
  fixDateButton: '日付を修正',
  fixFacilityButton: '納入先を修正',
  factCool: 'クール',
  factFacility: '納入先',
  factVials: '分配量',
  factDate: '納入予定日',
  factPrevious: '登録済みの納入予定日',
  vials: (count: number) => `${count}バイアル`,

  resultTitle: '納入予定日を登録しました',
  resultNote: '納入先の医療機関と市町村は、分配量の確認画面で納入予定日を確認できます。',
  failed: (detail: string) => `納入予定日を登録できませんでした。${detail}`,
} as const;
