import type { Qualifier } from './observation';
import { UNIT_SYMBOLS } from './unit';

/**
 * Reads a number the way Chinese government reports write it, with the words
 * around it that qualify it: "260多" (at least 260), "3万余" (at least 30,000),
 * "近1358" (about), "98.36%", "１，２３４", "两期以上", "六".
 *
 * Returns the plain value (万 and 亿 expanded, percentages as the percent
 * number) and the qualifier, or null when the text is not a number.
 */
export interface ParsedNumber {
  value: number;
  qualifier: Qualifier;
  isPercent: boolean;
}

const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['接近', 'approx'],
  ['将近', 'approx'],
  ['大约', 'approx'],
  ['近', 'approx'],
  ['约', 'approx'],
  ['超过', 'atLeast'],
  ['逾', 'atLeast'],
  ['超', 'atLeast'],
  ['不到', 'atMost'],
  ['不足', 'atMost'],
];

const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'atLeast'],
  ['左右', 'approx'],
  ['以内', 'atMost'],
  ['以下', 'atMost'],
];

// Longest units first so that 人次 is not read as 人 followed by 次.
const UNITS_LONGEST_FIRST = [...UNIT_SYMBOLS].sort((a, b) => b.length - a.length);

const ARABIC = /^[0-9０-９]+(?:[,，\s][0-9０-９]{3})*(?:[.．][0-9０-９]+)?/;
const CHINESE = /^[〇零一二两三四五六七八九十百千万亿点]+/;

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The qualifier a standalone word expresses ("接近", "以上"), or null when it is not one. */
export function qualifierOfWord(word: string): Qualifier | null {
  const entry = [...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS, ['多', 'atLeast'] as const, ['余', 'atLeast'] as const].find(
    ([w]) => w === word,
  );
  return entry ? entry[1] : null;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * An integer written with units: 一百零五, 十二万三千四百五十六, 一亿二千万, 五万三千亿. A digit
 * right after a unit, with no 零 between, is in the next lower place, as people write it: 二百五 is
 * 250, 三千五 3500, 一万五 15000 (the nzh library, used before, read 205, 3005 and 10005).
 */
function parseWithUnits(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  for (const char of text) {
    const value = CHINESE_DIGITS[char];
    if (value !== undefined) {
      // Two digits in a row ("十二三") are a range or a typo, not a number; only 零 may come before one.
      if (digit !== null && digit !== 0) return null;
      if (value === 0) zeroSinceUnit = true;
      digit = value;
      continue;
    }
    const unit = CHINESE_UNITS[char];
    if (unit !== undefined) {
      // 零 may come before 十 (十九亿零十万), where 十 stands for 一十; before 百 or 千 it is a typo.
      if (digit === 0 && unit !== 10) return null;
      section += (digit || 1) * unit;
    } else if (char === '万') {
      total += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
    } else {
      // 亿 multiplies everything before it: 五万三千亿 is 5.3 × 10¹².
      total = (total + section + (digit ?? 0) || 1) * 1e8;
      section = 0;
    }
    lastUnit = unit ?? (char === '万' ? 1e4 : 1e8);
    digit = null;
    zeroSinceUnit = false;
  }
  const trailing = digit === null ? 0 : lastUnit > 0 && !zeroSinceUnit ? (digit * lastUnit) / 10 : digit;
  return total + section + trailing;
}

/**
 * A numeral in Chinese characters: 六, 两千, 十二万三千四百五十六, 三点一四, 二〇二一 (digits without
 * units are read place by place). Null for anything else, e.g. 十四五规划 or 点 twice.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千万亿点]+$/.test(text)) return null;
  const [whole = '', fraction, extra] = text.split('点');
  if (extra !== undefined || fraction === '' || (whole === '' && fraction === undefined)) return null;
  let fractionDigits = '';
  for (const char of fraction ?? '') {
    const value = CHINESE_DIGITS[char];
    if (value === undefined) return null;
    fractionDigits += value;
  }
  let integer: number | null;
  if (whole === '') integer = 0;
  else if (/[十百千万亿]/.test(whole)) integer = parseWithUnits(whole);
  else integer = Number([...whole].map((char) => CHINESE_DIGITS[char]).join(''));
  if (integer === null) return null;
  return fractionDigits === '' ? integer : Number(`${integer}.${fractionDigits}`);
}

function stripPrefix(text: string): { rest: string; qualifier: Qualifier } {
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    if (text.startsWith(word)) return { rest: text.slice(word.length), qualifier };
  }
  return { rest: text, qualifier: 'exact' };
}

export function parseNumberAsWritten(written: string): ParsedNumber | null {
  let text = written.trim();
  let isPercent = false;
  if (text.startsWith('百分之')) {
    isPercent = true;
    text = text.slice(3);
  }
  const prefix = stripPrefix(text);
  let qualifier = prefix.qualifier;
  text = prefix.rest;

  let value: number;
  const arabic = ARABIC.exec(text);
  if (arabic) {
    value = Number(toHalfWidthDigits(arabic[0]).replace(/[,\s]/g, ''));
    text = text.slice(arabic[0].length);
  } else {
    const chinese = CHINESE.exec(text);
    if (!chinese) return null;
    // "两千余" must not swallow 余; the class above excludes it, so this is the whole numeral.
    const parsed = parseChineseNumeral(chinese[0]);
    if (parsed === null) return null;
    value = parsed;
    text = text.slice(chinese[0].length);
  }

  // 3万余 / 1.2亿 / 2万亿: a multiplier after Arabic digits.
  if (text.startsWith('万亿')) {
    value *= 1e12;
    text = text.slice(2);
  } else if (text.startsWith('万')) {
    value *= 1e4;
    text = text.slice(1);
  } else if (text.startsWith('亿')) {
    value *= 1e8;
    text = text.slice(1);
  }
  if (text.startsWith('多') || text.startsWith('余')) {
    qualifier = 'atLeast';
    text = text.slice(1);
  }
  if (text.startsWith('%') || text.startsWith('％')) {
    isPercent = true;
    text = text.slice(1);
  } else {
    const unit = UNITS_LONGEST_FIRST.find((u) => text.startsWith(u));
    if (unit) text = text.slice(unit.length);
  }
  for (const [word, suffixQualifier] of SUFFIX_QUALIFIERS) {
    if (text.startsWith(word)) {
      qualifier = suffixQualifier;
      text = text.slice(word.length);
      break;
    }
  }
  if (text.length > 0) return null;
  // Round away binary noise from 1.2 * 1e8 and the like.
  return { value: Number(value.toPrecision(12)), qualifier, isPercent };
}
