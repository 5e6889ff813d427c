/**
 * Yes/no answers to a confirmation question: the conversation layer's variants (はい, うん, いいえ,
 * 違います…) first, then the recognizers-text boolean model in Japanese culture for the rest
 * (「そうです」「問題ありません」…).
 */
import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { parseYesNo } from '../../globalCommands';

export function parseYesNoAnswer(text: string | undefined): boolean | undefined {
  if (!text) return undefined;
  const quick = parseYesNo(text);
  if (quick !== undefined) return quick;
  const [result] = recognizeBoolean(text.normalize('NFKC'), Culture.Japanese);
  const value = result?.resolution?.value;
  return typeof value === 'boolean' ? value : undefined;
}
