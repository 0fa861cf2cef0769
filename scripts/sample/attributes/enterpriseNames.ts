/**
 * Fictitious enterprise names in the usual pattern 上海 + brand + trade + 有限公司. Brands are random
 * pairs of common name characters: any likeness to a real firm is chance (the sample says so).
 */
import type { Rng } from '../lib/prng.ts';

const BRAND_CHARS = '恒鑫华瑞博泰宏达鼎盛睿德嘉元昊天启明致远信诚和瑞思源创新海通联科卓越汇智安捷永康晟弘凯旭润丰';
const FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '科技有限公司'];

export function enterpriseName(trade: string, rng: Rng): string {
  const a = BRAND_CHARS[rng.int(0, BRAND_CHARS.length - 1)];
  let b = BRAND_CHARS[rng.int(0, BRAND_CHARS.length - 1)];
  if (b === a) b = BRAND_CHARS[(BRAND_CHARS.indexOf(a) + 7) % BRAND_CHARS.length];
  const form = rng.pick(FORMS);
  return `上海${a}${b}${trade}${form.startsWith('科技') && trade.endsWith('科技') ? '有限公司' : form}`;
}
