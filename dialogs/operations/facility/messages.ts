/**
 * User-facing Japanese of the facility-data and approval operations (医療機関情報, 医師, 型の変更,
 * 予約受付, 保険医療機関コード) and of the municipality's and prefecture's side of them. The
 * questions and help of each 医療機関情報 item are in fieldMessages.ts.
 */
import type { FormatParse } from './contactFormats';

type Problem = Exclude<FormatParse, { ok: true }>['problem'];

export const facilityMessages = {
  // ---- labels and menu -------------------------------------------------------------------------
  facilityInfoLabel: '医療機関情報の更新',
  facilityInfoViewLabel: '医療機関情報の確認',
  doctorLabel: '医師情報の登録・更新',
  typeChangeLabel: '基本型⇔サテライト型の変更',
  insuranceCodeLabel: '新・旧コードの登録（保険医療機関・介護保険）',
  reservationStatusLabel: '接種予約受付状況の更新',
  reservationSupportLabel: '予約受付支援の設定',
  reservationListLabel: '予約者一覧の確認',
  applicationReviewLabel: '変更申請の承認',
  municipalityListLabel: '管内の市町村一覧',

  // ---- shared pieces ---------------------------------------------------------------------------
  pendingApplication: (what: string, since: string) => `承認待ちの申請があります（${what}、${since}に申請）。`,
  pendingBlocksApproval: (what: string, since: string) =>
    `承認待ちの申請（${what}、${since}に申請）があるため、市町村の承認が必要な項目は変更できません。市町村の承認または却下をお待ちください。住所や電話番号など、すぐに反映される項目は変更できます。`,
  pendingStops: (what: string, since: string, operation: string) =>
    `承認待ちの申請（${what}、${since}に申請）があるため、${operation}は申請できません。承認待ちの間は新たな変更申請ができない決まりです。市町村の承認または却下をお待ちください。`,
  applicationKind: {
    'facility-change': (items: string) => `${items}の変更`,
    'facility-type-change': (to: string) => `${to}への変更`,
    'insurance-code': (kind: string) => `${kind}の変更`,
  },
  applicationStatus: { pending: '承認待ち', approved: '承認済み', rejected: '却下' },
  decisionVerb: { approved: '承認', rejected: '却下' },
  facilityType: { basic: '基本型', satellite: 'サテライト型' },
  insuranceKind: { medical: '保険医療機関コード', care: '介護保険事業所番号' },
  yes: 'はい',
  cancelWord: 'キャンセル',
  no: 'いいえ',
  none: 'なし',
  notSet: '（未登録）',
  keepWords: ['そのまま', '変更しない', '変えない', '同じ', 'スキップ'],
  noneWords: ['なし', '無し', 'ない', 'ありません', '特になし', '不要', 'なしで'],

  // ---- format problems -------------------------------------------------------------------------
  emailProblem: (problem: Problem) =>
    problem === 'empty' ? 'メールアドレスを入力してください。' : 'メールアドレスの形式が正しくありません。「taro@example.jp」のように、@とドメイン名を含めて入力してください。',
  phoneProblem: (problem: Problem) =>
    problem === 'empty'
      ? '電話番号を入力してください。'
      : '電話番号の形式が正しくありません。市外局番から「03-1234-5678」や「090-1234-5678」のように入力してください（全角・半角どちらでも構いません）。',
  urlProblem: (problem: Problem) =>
    problem === 'empty' ? 'URLを入力してください。' : 'URLの形式が正しくありません。「https://」または「http://」から始まるアドレスを入力してください（例：https://example.jp/yoyaku）。',
  addressNoPrefecture: (example: string) =>
    `配送先住所に都道府県名が含まれていません。ワクチンはこの住所に配送されるため、都道府県名から正確に入力してください（例：${example}）。`,
  addressTooLong: '住所が長すぎます。300文字以内で入力してください。',
  countTooLarge: (label: string, max: number) => `${label}は${max.toLocaleString('ja-JP')}以下の数で入力してください。`,
  addressTooShort: '住所が短すぎるようです。市区町村名・番地まで入力してください。',
  addressExample: (prefecture: string) => `${prefecture}千代田区千代田1-1-1`,
  nameTooShort: 'お名前を入力してください。',
  sameAsCurrent: (label: string) => `${label}は現在と同じ値です。変更後の値を入力してください。`,

  // ---- 医療機関情報 ----------------------------------------------------------------------------
  chooseField: 'どの項目を変更しますか？ボタンから選ぶか、項目名を入力してください。',
  chooseFieldHelp:
    '医療機関情報のうち、変更したい項目を1つ選んでください。住所・電話番号・コロナワクチンナビ情報（予約電話番号、URL、駐車場台数）などはすぐに反映されます。代表者名、集合契約加入日/脱退日、代行入力フラグ、取り扱いワクチン、一般受入可否は、市町村の承認後に反映されます。',
  valueHelp:
    '選んだ項目の変更後の値を入力してください（入力例は質問の中にあります）。別の項目を変更したい場合は、いったん値を入力し、確認画面で「修正」から項目を選び直してください。',
  fieldNotFound: '変更する項目が分かりませんでした。ボタンから選んでください。',
  categoryNotFound: (labels: string[]) => `施設分類を読み取れませんでした。${labels.join('、')}から選んでください。`,
  fieldLabel: '項目',
  valueLabel: '変更後の値',
  currentValue: (value: string) => `現在の値：${value}`,
  valueForOtherField: '変更する項目を選び直したため、変更後の値をもう一度入力してください。',
  infoIntroFirst: '医療機関情報を登録します。初めての方は、施設の基本情報（施設分類、ディープフリーザー台数、保管管理者）・配送先住所・コロナワクチンナビ情報（予約電話番号、URL、駐車場台数）の順に登録してください。',
  approvalNote: 'この項目は市町村の承認後に反映されます。登録すると変更申請になり、承認されるまでは承認が必要な項目をさらに変更することはできません。',
  infoUpdatedTitle: '医療機関情報を変更しました',
  infoUpdatedNote: (label: string) => `${label}はすぐに反映されました。`,
  infoNaviNote: 'コロナワクチンナビに掲載される情報です。',
  // after an earlier attempt turned out to be registered (the user had since changed values)
  infoRegisterAgain: 'この項目は、登録し直すとすぐに修正後の値に置き換わります。',
  infoOtherFieldRegistered: (operation: string) =>
    `修正後の内容は、登録済みの変更とは別の項目のため送信していません。その項目も変更する場合は、あらためて「${operation}」から変更してください。`,
  applicationAlreadyFiled: (operation: string) =>
    `${operation}の申請は、市町村の承認待ちになっています。承認待ちの間は新しい申請ができないため、修正後の内容は送信していません。申請の内容を直す必要がある場合は、市町村の担当者に差し戻しを依頼し、差し戻された後にあらためて「${operation}」から申請してください。`,
  appliedTitle: '変更を申請しました',
  appliedNote: '市町村の承認後に反映されます。承認されるまでは、承認が必要な項目の変更申請はできません。結果は「医療機関情報の確認」でご覧いただけます。',
  filedAtLabel: '申請日時',
  applicationLabel: '申請内容',

  // ---- 医療機関情報の確認 ----------------------------------------------------------------------
  viewTitle: (name: string) => `${name}の医療機関情報`,
  typeLabel: '型',
  doctorsLabel: '医師',
  reservationStatusField: '予約受付状況',
  insuranceValue: (oldCode: string, newCode: string | undefined, changeDate: string | undefined, status: string) =>
    newCode ? `${oldCode} → ${newCode}（${changeDate ?? ''}から、${status}）` : oldCode,
  latestDecision: (what: string, verb: string, at: string, reason?: string) =>
    `最近の申請：${what}は${at}に${verb}されました。${reason ? `理由：${reason}` : ''}`,
  pendingLine: (what: string, since: string) => `承認待ち：${what}（${since}に申請）`,

  // ---- 医師 ------------------------------------------------------------------------------------
  doctorIntro: (count: number) =>
    count === 0
      ? '接種を行う医師が登録されていません。医師は1名以上の登録が必要です。登録したメールアドレスには、製薬メーカーから薬剤に関する情報が届きます。'
      : `現在${count}名の医師が登録されています。登録したメールアドレスには、製薬メーカーから薬剤に関する情報が届きます。`,
  newDoctor: '新しい医師を登録',
  chooseDoctor: '新しい医師を登録しますか？登録済みの医師の情報を変更する場合は、その医師を選んでください。',
  chooseDoctorHelp: '「新しい医師を登録」か、情報を変更する医師の名前を選んでください。医師は1名以上の登録が必要です。',
  doctorNotFound: '該当する医師が見つかりませんでした。ボタンから選んでください。',
  doctorTargetLabel: '対象',
  doctorNameLabel: '医師名',
  doctorEmailLabel: 'メールアドレス',
  askDoctorName: '医師のお名前（氏名）を入力してください。',
  askDoctorNameUpdate: (current: string) => `医師のお名前を入力してください（変更しない場合は「そのまま」、現在：${current}）。`,
  doctorNameHelp: '接種を行う医師の氏名を入力してください（例：山田 太郎）。',
  askDoctorEmail: '医師のメールアドレスを入力してください。製薬メーカーから薬剤に関する情報が届くアドレスです。',
  askDoctorEmailUpdate: (current: string) => `メールアドレスを入力してください（変更しない場合は「そのまま」、現在：${current}）。`,
  doctorEmailHelp: '医師が受け取れるメールアドレスを入力してください（例：taro@example.jp）。製薬メーカーから薬剤に関する情報が届きます。',
  doctorNothingChanged: 'お名前もメールアドレスも変更がありません。変更する内容を入力してください。',
  doctorRegisteredTitle: '医師を登録しました',
  doctorUpdatedTitle: '医師情報を更新しました',
  doctorResultNote: '登録したメールアドレスに、製薬メーカーから薬剤に関する情報が届きます。',
  doctorRegisterAgain: '登録し直すと、この医師の情報が修正後の内容に更新されます。',
  doctorAlreadyRegistered: (operation: string) =>
    `医師は登録済みのため、修正後の内容で新しく登録すると同じ医師が二重に登録されてしまいます。内容を直す場合は、あらためて「${operation}」を開き、登録済みの医師を選んで変更してください。`,

  // ---- 基本型⇔サテライト型 ----------------------------------------------------------------------
  typeChangeStock: (vials: number, lots: string) =>
    `現在ワクチンの在庫が${vials}バイアルあるため、基本型⇔サテライト型の変更は申請できません（${lots}）。型の変更は在庫がない状態でのみ申請できます。在庫を使い切るか、移送・融通で在庫を0にしてから、もう一度お試しください。`,
  askTypeChange: (from: string, to: string) => `現在は${from}です。${to}に変更する申請を行いますか？`,
  typeChangeHelp:
    '基本型⇔サテライト型の変更は、ワクチンの在庫が0のときに申請でき、市町村の承認後に反映されます。変更する場合は「はい」、やめる場合は「キャンセル」と入力してください。',
  typeChangeAnswer: '「はい」または変更後の型（基本型／サテライト型）を入力してください。やめる場合は「キャンセル」です。',
  typeChangeSame: (type: string) => `すでに${type}です。変更後の型を選んでください。`,
  typeFromLabel: '現在の型',
  typeToLabel: '変更後の型',
  typeAppliedNote: '市町村の承認後に反映されます。承認までの間に在庫を受け入れると、承認できなくなりますのでご注意ください。',

  // ---- 保険医療機関コード・介護保険事業所番号 ---------------------------------------------------
  askCodeKind: 'どちらのコードを変更しますか？',
  codeKindHelp: 'コードが変わった場合に、新しいコードと変更日を登録します。市町村の承認が必要で、承認後は変更できません。',
  codeKindNotFound: '「保険医療機関コード」か「介護保険事業所番号」を選んでください。',
  codeKindLabel: '種類',
  oldCodeLabel: '旧コード',
  askNewCode: (kind: string, oldCode: string) => `新しい${kind}（10桁の数字）を入力してください（旧コード：${oldCode}）。`,
  newCodeHelp: '新しいコードを10桁の数字で入力してください（全角でも構いません）。承認後は変更できないため、よくご確認ください。',
  newCodeMalformed: 'コードは10桁の数字で入力してください。',
  newCodeSame: '旧コードと同じです。新しいコードを入力してください。',
  newCodeLabel: '新コード',
  askChangeDate: '新しいコードに変わる日（変更日）を入力してください。この日以降の接種は新しいコードで請求されます。',
  changeDateHelp: '変更日を「2024年7月1日」「7月1日」のように入力してください。',
  changeDateLabel: '変更日',
  codeImmutable: (kind: string, code: string, date: string) =>
    `${kind}は新コード（${code}、${date}から）が承認済みのため、変更できません。承認後の新コードは変更できない決まりです。誤りがある場合は市町村にご相談ください。`,
  allCodesImmutable: '保険医療機関コード・介護保険事業所番号はどちらも新コードが承認済みのため、変更できません。誤りがある場合は市町村にご相談ください。',
  codeAppliedNote: '市町村の承認後に反映されます。承認後は変更できません。',

  // ---- 接種予約受付状況 ------------------------------------------------------------------------
  reservationStatus: { accepting: '受付中', 'few-left': '残りわずか', full: '受付終了（満枠）', 'not-accepting': '受付停止中' },
  askReservationStatus: (current: string) => `接種予約の受付状況を選んでください（現在：${current}）。コロナワクチンナビに反映されます。`,
  reservationStatusHelp: '「受付中」「残りわずか」「受付終了（満枠）」「受付停止中」から選んでください。コロナワクチンナビで住民の方が見る情報です。',
  reservationStatusNotFound: '受付状況をボタンから選んでください。',
  askReservationNote: '住民の方へのお知らせ（例：「7月分は満枠です」）があれば入力してください。ない場合は「なし」と入力してください。',
  reservationNoteHelp: 'コロナワクチンナビに受付状況と一緒に表示される一言です。100文字以内で入力してください。不要なら「なし」です。',
  reservationNoteTooLong: 'お知らせは100文字以内で入力してください。',
  reservationStatusLabelShort: '受付状況',
  reservationNoteLabel: 'お知らせ',
  reservationStatusUpdatedTitle: '接種予約受付状況を更新しました',
  reservationStatusUpdatedNote: 'コロナワクチンナビに反映されます。',
  reservationStatusRegisterAgain: '受付状況は、登録し直すと修正後の内容に置き換わります。',

  // ---- 予約受付支援 ----------------------------------------------------------------------------
  supportNeedsFlag:
    '市町村による予約受付支援を使うには、代行入力フラグを「要」にする必要があります。まず市町村にご相談のうえ、「代行入力フラグを要にしたい」と入力して変更申請を行ってください。市町村の承認後に、この設定ができるようになります。',
  supportFlagPending: (since: string) =>
    `代行入力フラグを「要」にする申請が承認待ちです（${since}に申請）。市町村の承認後に、1時間あたりの受付人数などを設定できます。`,
  supportCurrent: (capacity: number, start: string, end: string) => `現在の設定：1時間あたり${capacity}人、${start}〜${end}`,
  askCapacity: '1時間あたり何人まで予約を受け付けてよいか、人数を入力してください。市町村はこの人数の範囲で予約を受け付けます。',
  capacityHelp: '市町村が代わりに予約を受け付けるときの、1時間あたりの上限人数です（例：10人）。',
  capacityLabel: '1時間あたりの受付人数',
  askStartTime: '予約を受け付ける時間帯の開始時刻を入力してください（例：9時、09:00）。',
  askEndTime: '予約を受け付ける時間帯の終了時刻を入力してください（例：17時、17:00）。',
  timeHelp: '時刻を「9時」「13:00」のように、1時間単位で入力してください。',
  timeMalformed: '時刻を読み取れませんでした。「9時」「13:00」のように、0時〜24時の1時間単位で入力してください。',
  endBeforeStart: (start: string) => `終了時刻は開始時刻（${start}）より後にしてください。`,
  startTimeLabel: '受付開始',
  endTimeLabel: '受付終了',
  askSupportNote: '市町村への連絡事項があれば入力してください。ない場合は「なし」と入力してください。',
  supportNoteHelp: '予約受付の際に市町村に伝えたいこと（例：「2回目の方を優先」）を入力してください。不要なら「なし」です。',
  supportNoteLabel: '連絡事項',
  supportSavedTitle: '予約受付支援の設定を登録しました',
  supportRegisterAgain: '予約受付支援の設定は、登録し直すと修正後の内容に置き換わります。',
  supportSavedNote: '市町村がこの設定の範囲で予約を受け付けます。予約された方は「予約者一覧」で確認できます。',

  // ---- 予約者一覧 (R305) -----------------------------------------------------------------------
  reservationListTitle: (facility: string, count: number) => `予約者一覧（R305）：${facility}（${count}件）`,
  reservationListEmpty: (facility: string) => `${facility}の予約はまだありません。`,
  reservationListNoFlag: 'この医療機関は代行入力フラグが「要」になっていないため、市町村による予約受付はありません。予約者一覧は予約受付支援を利用している場合に表示されます。',
  reservationListMore: (count: number) => `ほか${count}件は、V-SYSのレポート「R305 予約者一覧」でご確認ください。`,

  // ---- 市町村：申請一覧・承認 --------------------------------------------------------------------
  noPendingApplications: '承認待ちの申請はありません。',
  applicationListTitle: (count: number) => `承認待ちの申請（${count}件）`,
  applicationListItem: (index: number, facility: string, what: string, since: string) => `${index}. ${facility}：${what}（${since}に申請）`,
  chooseApplication: 'どの申請を確認しますか？番号か医療機関名を入力してください。',
  chooseApplicationHelp: '一覧の番号（例：1）か医療機関名を入力すると、申請の内容を表示します。承認または却下を選べます。',
  applicationNotFound: '該当する申請が見つかりませんでした。一覧の番号で選んでください。',
  applicationDetailTitle: (facility: string) => `${facility}からの申請`,
  approveLabel: '承認する',
  rejectLabel: '却下する',
  backLabel: '一覧に戻る',
  chooseDecision: '承認しますか、却下しますか？',
  decisionHelp: '「承認する」を選ぶと申請内容が医療機関情報に反映されます。「却下する」を選ぶと理由を入力して却下します。医療機関は承認または却下されるまで、新たな変更申請ができません。',
  decisionRetry: '「承認する」「却下する」「一覧に戻る」のいずれかを選んでください。',
  askRejectionReason: '却下の理由を入力してください。医療機関に伝わります。',
  rejectionReasonHelp: '医療機関が修正して再申請できるよう、具体的な理由を入力してください（例：代表者名の漢字が登記と異なります）。',
  rejectionReasonTooShort: '却下の理由を入力してください（2文字以上）。',
  confirmApprove: (facility: string, what: string) => `${facility}の「${what}」を承認します。よろしいですか？`,
  confirmReject: (facility: string, what: string, reason: string) => `${facility}の「${what}」を、理由「${reason}」で却下します。よろしいですか？`,
  confirmDecisionRetry: '「はい」か「いいえ」で答えてください。',
  decisionCancelled: '承認・却下は行いませんでした。一覧に戻ります。',
  approvedMessage: (facility: string, what: string) => `${facility}の「${what}」を承認しました。医療機関情報に反映されました。`,
  rejectedMessage: (facility: string, what: string) => `${facility}の「${what}」を却下しました。理由は医療機関に表示されます。`,
  decisionFailed: (detail: string) => `処理できませんでした。${detail}`,
  decisionUnavailable: 'V-SYSに接続できなかったため、処理できませんでした。少し時間をおいてもう一度お試しください（同じ処理が二重に行われることはありません）。',
  reviewOnlyMunicipality: '変更申請の承認・却下は、医療機関を管轄する市町村のアカウントで行えます。',
  moreApplications: (count: number) => `ほか${count}件はV-SYSの申請一覧でご確認ください。`,

  // ---- 都道府県：市町村一覧 ----------------------------------------------------------------------
  municipalityListTitle: (prefecture: string, count: number) => `${prefecture}の市町村（${count}件）`,
  municipalityRow: (facilities: number) => `医療機関 ${facilities}件`,
  noMunicipalities: (prefecture: string) => `${prefecture}に登録されている市町村はありません。`,
  municipalityListOnlyPrefecture: '市町村の一覧は、都道府県のアカウントで確認できます。',
} as const;

export type FacilityMessages = typeof facilityMessages;
