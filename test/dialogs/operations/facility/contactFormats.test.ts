import { parseEmail, parsePhone, parseUrl } from '../../../../dialogs/operations/facility/contactFormats';
import { prefectureOf, prefectureWithoutSuffix } from '../../../../dialogs/operations/facility/prefectures';
import { parseHour } from '../../../../dialogs/operations/facility/reservationTime';

const result = (parsed: { ok: true; value: string } | { ok: false; problem: string }) => (parsed.ok ? parsed.value : parsed.problem);

describe('parsePhone', () => {
  it.each([
    ['03-1234-5678', '03-1234-5678'],
    ['０３－１２３４－５６７８', '03-1234-5678'],
    ['03(1234)5678', '03-1234-5678'],
    ['０３（１２３４）５６７８', '03-1234-5678'],
    ['0312345678', '03-1234-5678'],
    ['09012345678', '090-1234-5678'],
    ['090ー1234ー5678', '090-1234-5678'],
    ['+81 90 1234 5678', '090-1234-5678'],
    ['0120123456', '0120-123-456'],
    ['1234-5678', 'malformed'],
    ['03-1234-567', 'malformed'],
    ['090-1234-567', 'malformed'],
    ['電話なし', 'malformed'],
    ['', 'empty'],
  ])('%s -> %s', (text, expected) => expect(result(parsePhone(text))).toBe(expected));
});

describe('parseEmail', () => {
  it.each([
    ['taro@example.jp', 'taro@example.jp'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp'],
    ['Taro.Yamada@Example.CO.JP', 'Taro.Yamada@example.co.jp'],
    ['taro@example', 'malformed'],
    ['taro.example.jp', 'malformed'],
    ['taro@@example.jp', 'malformed'],
    ['taro..y@example.jp', 'malformed'],
    ['taro @example.jp', 'malformed'],
    ['', 'empty'],
  ])('%s -> %s', (text, expected) => expect(result(parseEmail(text))).toBe(expected));
});

describe('parseUrl', () => {
  it.each([
    ['https://example.jp/yoyaku', 'https://example.jp/yoyaku'],
    ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ', 'https://example.jp/'],
    ['http://clinic.example.com/?a=1', 'http://clinic.example.com/?a=1'],
    ['www.example.jp', 'malformed'],
    ['ftp://example.jp', 'malformed'],
    ['javascript:alert(1)', 'malformed'],
    ['https://localhost', 'malformed'],
    ['https://exa mple.jp', 'malformed'],
  ])('%s -> %s', (text, expected) => expect(result(parseUrl(text))).toBe(expected));
});

describe('prefectures in addresses', () => {
  it.each([
    ['東京都千代田区1-1-1', '東京都'],
    ['〒100-0001 東京都千代田区千代田1-1', '東京都'],
    ['北海道札幌市中央区', '北海道'],
    ['京都府京都市', '京都府'],
    ['千代田区1-1-1', undefined],
    ['東京千代田区1-1-1', undefined],
  ])('%s -> %s', (address, expected) => expect(prefectureOf(address)).toBe(expected));

  it('suggests the prefecture written without 都/府/県', () => {
    expect(prefectureWithoutSuffix('東京千代田区1-1-1')).toBe('東京都');
    expect(prefectureWithoutSuffix('神奈川横浜市')).toBe('神奈川県');
    expect(prefectureWithoutSuffix('千代田区1-1-1')).toBeUndefined();
  });
});

describe('parseHour', () => {
  it.each([
    ['9時', '09:00'],
    ['09:00', '09:00'],
    ['１７：００', '17:00'],
    ['午後1時', '13:00'],
    ['十時から', '10:00'],
    ['24時', '24:00'],
    ['9:30', undefined],
    ['25時', undefined],
    ['朝', undefined],
  ])('%s -> %s', (text, expected) => expect(parseHour(text)).toBe(expected));
});
