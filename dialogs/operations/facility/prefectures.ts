/**
 * The 47 prefectures, so a 配送先住所 can be checked for its prefecture before it reaches the core
 * system: vaccine is delivered to this address, and an address without the prefecture is the most
 * common reason a delivery goes astray.
 */
export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県',
  '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県',
  '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県',
  '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県',
  '鳥取県', '島根県', '岡山県', '広島県', '山口県',
  '徳島県', '香川県', '愛媛県', '高知県',
  '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

export type Prefecture = (typeof PREFECTURES)[number];

/** The prefecture an address starts with (after an optional postal code), if any. */
export function prefectureOf(address: string): Prefecture | undefined {
  const body = stripPostalCode(address);
  return PREFECTURES.find((prefecture) => body.startsWith(prefecture));
}

/**
 * The prefecture an address seems to start with when its 都/府/県 was left out (「東京千代田区…」),
 * offered to the user as a suggestion only: 「大阪市…」 also matches 大阪府, which happens to be right,
 * but the user confirms by typing the address again.
 */
export function prefectureWithoutSuffix(address: string): Prefecture | undefined {
  const body = stripPostalCode(address);
  return PREFECTURES.find((prefecture) => {
    const short = prefecture === '北海道' ? prefecture : prefecture.slice(0, -1);
    return body.startsWith(short) && !body.startsWith(prefecture);
  });
}

/** 〒100-0001 / 100-0001 at the start of an address. */
export function stripPostalCode(address: string): string {
  return address.replace(/^〒?\s*\d{3}-?\d{4}\s*/u, '').trim();
}
