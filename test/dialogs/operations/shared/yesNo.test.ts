import { parseYesNoAnswer } from '../../../../dialogs/operations/shared/yesNo';

describe('parseYesNoAnswer', () => {
  const cases: Array<[string, boolean | undefined]> = [
    ['はい', true],
    ['ハイ', true],
    ['はい、お願いします', true],
    ['いいえ', false],
    ['違います', false],
    ['yes', true],
    ['東町クリニック', undefined],
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(parseYesNoAnswer(text)).toBe(expected);
  });
});
