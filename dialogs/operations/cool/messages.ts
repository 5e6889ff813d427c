/** User-facing Japanese of the per-cool operations (希望量, 分配量, 移送・融通, 融通受入, 接種実績, 廃棄). */
import { formatJapaneseDate } from '../shared/japaneseDate';

const d = formatJapaneseDate;

export const coolMessages = {
  // menu labels
  demandLabel: '希望量の登録',
  allocationLabel: '分配量・納入予定日の確認',
  transferLabel: '移送・融通の登録',
  receiptLabel: '融通受入の登録',
  vaccinationLabel: '接種実績の登録',
  disposalLabel: '廃棄量の登録',

  // slot labels
  labelCool: 'クール',
  labelDate: '日付',
  labelTransferDate: '移送日',
  labelReceiptDate: '受入日',
  labelVaccinationDate: '接種日',
  labelDisposalDate: '廃棄日',
  labelLot: 'ロット番号',
  labelVials: 'バイアル数',
  labelReceiver: '移送先の医療機関',
  labelSender: '移送元の医療機関',
  labelVaccine: 'ワクチン',
  labelCumulative: '接種人数（累計）',
  labelReason: '廃棄の理由',

  // dates
  askDate: (what: string) => `${what}はいつですか？（例：今日、昨日、5月10日）`,
  dateHelp: (what: string) =>
    `${what}を入力してください。「今日」「昨日」「一昨日」「3日前」「先週の金曜日」「5月10日」「令和3年5月10日」のように入力できます。未来の日付は登録できません。`,
  today: '今日',
  yesterday: '昨日',
  dayBeforeYesterday: '一昨日',

  // lots
  askLot: 'ロット番号を入力するか、ボタンから選んでください。',
  askLotTyped: 'ロット番号を入力してください（例：FA1234）。',
  lotHelp: 'ロット番号はバイアルのラベルや納品書に印字されている英字と数字の番号です（例：FA1234）。全角・小文字でも構いません。',
  lotMissing: 'ロット番号を読み取れませんでした。英字1〜3文字と数字3〜6桁で入力してください（例：FA1234）。',
  lotNotHeld: (lot: string, held: string) => `ロット番号「${lot}」は在庫にありません。在庫のあるロットは ${held} です。`,
  lotGone: (lot: string) => `ロット番号「${lot}」の在庫がなくなっています。在庫のあるロットを選んでください。`,
  lotNoneHeld: 'この医療機関には現在、在庫のあるロットがありません。',
  lotButton: (lot: string, vials: number) => `${lot}（在庫${vials}バイアル）`,

  // vials
  askVials: (max?: number) => (max === undefined ? '何バイアルですか？' : `何バイアルですか？（このロットの在庫は${max}バイアルです）`),
  vialsHelp: 'バイアル（瓶）の本数を整数で入力してください。「3」「３本」「十二本」のように入力できます。',
  vialsWhat: 'バイアル数',
  vialsOverStock: (lot: string, max: number) => `ロット番号「${lot}」の在庫は${max}バイアルです。${max}以下の数を入力してください。`,
  vialsValue: (n: number) => `${n}バイアル`,

  // facilities (counterpart of a 移送・融通)
  askReceiver: '移送先の医療機関はどちらですか？医療機関名を入力するか、ボタンから選んでください。',
  askSender: '移送元（融通してくれた）の医療機関はどちらですか？医療機関名を入力するか、ボタンから選んでください。',
  counterpartHelp: '医療機関名の一部でも構いません（例：「Bクリニック」）。候補が複数ある場合はボタンでお選びいただきます。',
  counterpartNotFound: (said: string) => `「${said}」に当てはまる医療機関が見つかりませんでした。医療機関名をご確認ください。`,
  counterpartAmbiguous: (names: string[]) => `当てはまる医療機関が複数あります（${names.join('、')}）。ボタンから選んでください。`,
  counterpartSelf: 'ご自身の医療機関は指定できません。相手の医療機関名を入力してください。',
  counterpartSelfInSentence: (said: string) => `「${said}」はご自身の医療機関のため、相手の医療機関には指定できません。`,
  counterpartSeveralInSentence: (names: string[]) => `医療機関が複数挙がっています（${names.join('、')}）。相手の医療機関を1つお選びください。`,

  // 希望量
  noOpenCool: (next?: { name: string; start: string; end: string }) =>
    next
      ? `現在、希望量の登録期間中のクールはありません。次の${next.name}の登録期間は${d(next.start)}から${d(next.end)}までです。`
      : '現在、希望量の登録期間中のクールはありません。登録期間はお知らせでご確認ください。',
  demandIntro: (cool: string, end: string) => `${cool}の希望量を登録します。登録期間は${d(end)}までです。希望量が登録されていないと分配されません。`,
  demandExisting: (vials: number) => `このクールには${vials}バイアルで登録済みです。新しい数を登録すると置き換わります。`,
  askDemandVials: '希望量は何バイアルですか？',
  demandVialsHelp: 'このクールに納入を希望するバイアル数を整数で入力してください（例：10、十本）。登録期間中であれば、あとから登録し直せます。',
  coolValue: (name: string, end: string) => `${name}（登録期限 ${d(end)}）`,
  demandDone: 'このクールの希望量として登録しました。分配量は、都道府県のデータロック後に「分配量の確認」で確認できます。',
  demandRegisterAgain: '希望量は、登録期間中であれば登録し直すことで新しい数に置き換わります。',

  // 分配量・納入予定日
  allocationNoCool: '確認できるクールがまだありません。',
  allocationTitle: (cool: string) => `${cool}の分配量・納入予定日`,
  allocationVials: (n: number) => (n === 0 ? '0バイアル（希望量が登録されていなかったため分配されていません）' : `${n}バイアル`),
  allocationDelivery: '納入予定日',
  allocationNoDelivery: '未入力（製薬メーカー・卸が入力するとここに表示されます）',
  allocationNotLocked: (cool: string) => `${cool}の分配量は、都道府県がデータロックをした後に確認できます。もうしばらくお待ちください。`,
  allocationLabelVials: '分配量',

  // 移送・融通
  transferDone: '移送・融通を登録しました。移送先の医療機関で「融通受入の登録」をしていただくよう、お伝えください。',
  transferNotAgain:
    '登録済みの移送・融通は、このアシスタントから取り消したり数を変えたりできません。修正後の内容を登録すると在庫が二重に差し引かれるため、送信していません。登録内容に誤りがある場合は、「担当者」と入力してお問い合わせください。実際にもう1件の移送があった場合は、あらためて「移送・融通の登録」から入力してください。',
  // 融通受入
  receiptDone: '融通受入を登録しました。在庫に反映され、このワクチンの接種実績を登録できるようになりました。',
  receiptNotAgain:
    '登録済みの融通受入は、このアシスタントから取り消したり数を変えたりできません。修正後の内容を登録すると在庫が二重に加算されるため、送信していません。登録内容に誤りがある場合は、「担当者」と入力してお問い合わせください。実際にもう1件の受入があった場合は、あらためて「融通受入の登録」から入力してください。',
  receiptLotHelp: '移送元の医療機関から受け取ったバイアルのロット番号です（例：FA1234）。移送元が登録した内容と一致している必要があります。',

  // 接種実績
  askVaccine: 'どのワクチンの接種実績ですか？',
  vaccineHelp: '接種実績を登録するワクチンを選んでください。',
  vaccineNotHandled: (names: string[]) => `そのワクチンは取り扱いがありません。${names.join('、')}から選んでください。`,
  askCumulative: (dose: number, last?: { date: string; count: number; breakdown: string }) =>
    (last
      ? `${dose}回目は、${d(last.date)}時点の累計は${last.count}人（${last.breakdown}）で登録されています。${dose}回目の接種人数を、今日までの「累計」で入力してください。`
      : `${dose}回目の接種人数を「累計」で入力してください（${dose}回目は初めての登録です）。`)
    + '接種順位の区分ごとに「高齢者30人、医療従事者5人」のように入力することもできます。',
  cumulativeHelp:
    '接種実績は、その日までの接種人数の合計（累計）で登録します。その日の人数ではありません。以前の登録を間違えた場合は、次の登録で正しい累計を入力すれば訂正されます。1回目と2回目は別々に登録します。',
  countsHelp:
    '接種人数の累計を「120人」のように入力してください。接種順位の区分（その他、医療従事者、基礎疾患保有者、高齢者、高齢者施設従事者）ごとに「高齢者30人、医療従事者5人」のように入力することもできます。入力しなかった区分は前回の累計のままです。',
  labelDose: '接種回数',
  askDose: '何回目の接種の実績ですか？',
  doseHelp: '1回目の接種か2回目の接種かを選んでください。1回目と2回目の実績は別々に、それぞれ累計で登録します。',
  doseMissing: '「1回目」か「2回目」で答えてください。',
  doseValue: (dose: number) => `${dose}回目`,
  groupNames: { other: 'その他', healthcareWorkers: '医療従事者', underlyingConditions: '基礎疾患保有者', elderly: '高齢者', elderlyCareWorkers: '高齢者施設従事者' },
  groupPart: (group: string, count: number) => `${group}${count}人`,
  countsValue: (total: number, parts: string) => (parts ? `${total}人（${parts}）` : `${total}人`),
  countsKept: (parts: string) => `入力のなかった区分は前回の累計のまま登録します（${parts}）。`,
  countsRestIntoOther: (parts: string) => `区分ごとの内訳は前回の累計のまま（${parts}）とし、残りの人数を「その他」として登録します。内訳を変える場合は「修正」から区分ごとに入力してください。`,
  countsBelowBreakdown: (named: number) =>
    `前回までに区分ごとに登録された累計の合計（${named}人）より少ない人数です。どの区分を訂正するか分かるよう、区分ごとに入力してください（例：高齢者30人、医療従事者5人）。`,
  cumulativeWhat: '接種人数（累計）',
  lastRecord: (date: string, count: number) => `前回の登録：${d(date)}時点の累計${count}人`,
  cumulativeLower: (last: number) =>
    `前回の累計（${last}人）より少ない数です。以前の登録の訂正として登録する場合は「登録する」を、入力間違いの場合は「修正」を押してください。`,
  peopleValue: (n: number) => `${n}人`,
  vaccinationRegisterAgain: '接種実績は累計で登録するため、正しい累計を登録し直すことで訂正できます（同じ接種日の登録は新しい累計に置き換わります）。',
  vaccinationDone: (daily: number) => `接種実績を登録しました（前回からの増加：${daily}人）。接種があった日は毎日登録してください。`,

  // 廃棄
  askReason: '廃棄の理由を入力してください（例：期限切れ、温度逸脱）。なければ「なし」と入力してください。',
  reasonHelp: '廃棄の理由を短く入力してください。理由の入力は任意です。',
  reasonNone: 'なし',
  disposalDone: '廃棄量を登録しました。在庫から差し引かれました。',
  disposalNotAgain:
    '登録済みの廃棄量は、このアシスタントから取り消したり数を変えたりできません。修正後の内容を登録すると在庫が二重に差し引かれるため、送信していません。登録内容に誤りがある場合は、「担当者」と入力してお問い合わせください。実際に別の廃棄があった場合は、あらためて「廃棄量の登録」から入力してください。',

  // open tasks (welcome)
  openDemand: (cool: string, end: string) => `今クール（${cool}）の希望量が未登録です。締切は${d(end)}です。`,
  openDemandRegistered: (cool: string, vials: number, end: string) => `今クール（${cool}）の希望量は${vials}バイアルで登録済みです（締切 ${d(end)}）。`,
  openVaccination: (date: string) => `接種実績の最終登録は${d(date)}です。接種があった日は毎日登録してください。`,
  openAllocationReady: (cool: string) => `${cool}の分配量が確認できるようになりました。`,
} as const;
