import Nzh from 'nzh';
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

export function parseChineseNumeral(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千万亿点]+$/.test(text)) return null;
  // nzh does not know 两 (as in 两千) and reads 〇 only as 零.
  const normalised = text.replace(/两/g, '二').replace(/〇/g, '零');
  const value = Number(Nzh.cn.decodeS(normalised));
  if (!Number.isFinite(value) || (value === 0 && !/^[零]+$/.test(normalised))) return null;
  return value;
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
