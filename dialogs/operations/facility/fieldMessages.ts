/**
 * The items of 医療機関情報 as users name them: the label on buttons and cards, other words people
 * use for it (matched in the sentence that starts the operation), the question and its help.
 */
import type { FacilityCategory } from '../../ports/coreSystem';
import type { FacilityFieldKey } from './facilityFields';

/** 施設分類 as shown on buttons and cards, in the order the buttons list them. */
export const facilityCategoryLabels: Record<FacilityCategory, string> = {
  hospital: '病院',
  clinic: '診療所',
  'mass-vaccination-site': '集団接種会場',
  'workplace-site': '職域接種会場',
  'elderly-care-facility': '高齢者施設等',
  other: 'その他',
};

/** Other words people use for a category (「クリニック」 is a 診療所). */
export const facilityCategoryNames: Record<FacilityCategory, string[]> = {
  hospital: ['病院'],
  clinic: ['診療所', 'クリニック', '医院'],
  'mass-vaccination-site': ['集団接種', '集団会場', '大規模接種'],
  'workplace-site': ['職域接種', '職域', '企業', '大学'],
  'elderly-care-facility': ['高齢者施設', '介護施設', '老人ホーム', '特養', '巡回接種'],
  other: ['その他'],
};

export interface FieldText {
  label: string;
  /** Other names in sentences (「駐車場」「ナビのURL」); the label itself always matches. */
  names: string[];
  question: string;
  help: string;
}

export const fieldMessages: Record<FacilityFieldKey, FieldText> = {
  facilityCategory: {
    label: '施設分類',
    names: ['施設の分類', '施設区分', '施設の種類', '施設種別'],
    question: '施設分類を選んでください（病院、診療所、集団接種会場、職域接種会場、高齢者施設等、その他）。',
    help: '医療機関・接種会場の種類です。V-SYSにログインして最初に登録する基本情報の一つで、すぐに反映されます。当てはまるものがない場合は「その他」を選んでください。',
  },
  address: {
    label: '配送先住所',
    names: ['住所', '配送先', '届け先'],
    question: 'ワクチンの配送先住所を、都道府県名から入力してください（例：東京都千代田区千代田1-1-1）。',
    help: 'ワクチンが届く住所です。都道府県名・市区町村名・番地・建物名まで正確に入力してください。郵便番号はあってもなくても構いません。',
  },
  phone: {
    label: '電話番号',
    names: ['代表電話', '施設の電話'],
    question: '医療機関の電話番号を入力してください（例：03-1234-5678）。',
    help: '医療機関の代表の電話番号です。市外局番から入力してください。',
  },
  reservationPhone: {
    label: '予約電話番号',
    names: ['予約の電話', '予約受付の電話', '予約用の電話'],
    question: 'コロナワクチンナビに掲載する、予約受付の電話番号を入力してください（例：03-1234-5679）。',
    help: '住民の方が予約に使う電話番号で、コロナワクチンナビに掲載されます。市外局番から入力してください。',
  },
  reservationUrl: {
    label: '予約URL',
    names: ['URL', 'ホームページ', 'サイト', '予約サイト', 'ウェブ'],
    question: 'コロナワクチンナビに掲載する、予約受付のURLを入力してください（例：https://example.jp/yoyaku）。掲載しない場合は「なし」と入力してください。',
    help: '住民の方が予約に使うウェブページのアドレスで、コロナワクチンナビに掲載されます。「https://」または「http://」から入力してください。',
  },
  parkingSpaces: {
    label: '駐車場台数',
    names: ['駐車場', '駐車台数'],
    question: 'コロナワクチンナビに掲載する、駐車場の台数を入力してください（駐車場がない場合は0）。',
    help: '接種に来る方が使える駐車場の台数です。0以上の整数で入力してください。',
  },
  deepFreezers: {
    label: 'ディープフリーザー台数',
    names: ['ディープフリーザー', 'フリーザー', '冷凍庫', '超低温冷凍庫'],
    question: 'ディープフリーザー（超低温冷凍庫）の台数を入力してください（ない場合は0）。',
    help: 'ワクチンを保管するディープフリーザーの台数です。0以上の整数で入力してください。',
  },
  storageManager: {
    label: '保管管理者',
    names: ['管理者', '保管責任者'],
    question: 'ワクチンの保管管理者のお名前を入力してください。',
    help: 'ワクチンの保管に責任を持つ方の氏名です（例：保管 太郎）。',
  },
  weekendContacts: {
    label: '土日祝日の連絡担当者',
    names: ['土日祝日', '土日の連絡', '休日の連絡', '連絡担当者', '休日担当'],
    question:
      '保管等に関する土日祝日の連絡担当者を「氏名 電話番号」の形で入力してください。複数の方を登録する場合は「、」で区切ってください（例：山田 太郎 090-1234-5678、佐藤 花子 03-1234-5678）。いない場合は「なし」です。',
    help: '土日祝日にワクチンの保管等で連絡がつく担当者です。お名前と電話番号を組にして入力してください。入力した内容で登録済みの担当者を置き換えます。',
  },
  representativeName: {
    label: '代表者名',
    names: ['代表者', '院長名', '開設者'],
    question: '新しい代表者のお名前を入力してください。市町村の承認後に反映されます。',
    help: '医療機関の代表者の氏名です。変更は市町村の承認が必要です。',
  },
  collectiveContractJoinDate: {
    label: '集合契約加入日',
    names: ['集合契約の加入', '加入日', '集合契約に加入'],
    question: '集合契約の加入日を入力してください（例：2021年4月1日）。市町村の承認後に反映されます。',
    help: '集合契約に加入した（する）日です。変更は市町村の承認が必要です。',
  },
  collectiveContractLeaveDate: {
    label: '集合契約脱退日',
    names: ['集合契約の脱退', '脱退日', '集合契約から脱退', '脱退'],
    question: '集合契約の脱退日を入力してください（取り消す場合は「なし」）。市町村の承認後に反映されます。',
    help: '集合契約から脱退する日です。変更は市町村の承認が必要です。',
  },
  proxyInputRequired: {
    label: '代行入力フラグ',
    names: ['代行入力', '予約受付支援', '予約受付を市町村', '市町村に予約'],
    question: '代行入力フラグを「要」にしますか、「不要」にしますか？「要」にすると、市町村による予約受付支援を利用できます（市町村の承認後）。',
    help: '市町村に予約受付を代わりに行ってもらう場合は「要」にします。事前に市町村に相談してください。変更は市町村の承認が必要です。',
  },
  vaccines: {
    label: '取り扱いワクチン',
    names: ['ワクチンの種類', '取扱いワクチン', '取り扱うワクチン', '扱うワクチン'],
    question: '取り扱うワクチンをすべて入力してください（例：ファイザー、モデルナ）。市町村の承認後に反映されます。',
    help: '医療機関で取り扱うワクチンを「、」で区切ってすべて入力してください。入力した内容で置き換えます。変更は市町村の承認が必要です。',
  },
  acceptsGeneralPublic: {
    label: '一般受入可否',
    names: ['一般受入', '一般の受け入れ', '一般の方の受入', 'かかりつけ以外'],
    question: 'かかりつけ以外の一般の方の接種を受け入れますか？「可」か「否」で答えてください。市町村の承認後に反映されます。',
    help: 'かかりつけの患者以外の方も接種を受けられるかどうかです。変更は市町村の承認が必要です。',
  },
};
