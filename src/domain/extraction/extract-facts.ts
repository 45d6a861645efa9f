import type { Qualifier } from '../observation';
import { parseNumberAsWritten } from '../number-as-written';
import { UNIT_SYMBOLS } from '../unit';
import { runChecks, type FactContext } from './checks';
import { inferDocumentYear } from './document-year';
import { createIndicatorMatcher, type IndicatorMatcher } from './indicator-match';
import { findPeriodMarkers } from './period';
import type { CatalogIndicator, ExtractedFact, ExtractionResult } from './types';

export interface ExtractOptions {
  /** The catalog to link facts to; without it every indicatorId is null. */
  indicators?: readonly CatalogIndicator[];
  /** The year 今年 and "1-10月" refer to; inferred from the text when absent. */
  documentYear?: number | null;
}

/*
 * How it works, in one left-to-right pass:
 * 1. NUMBER_RE finds every number with its multiplier (万/亿), 多/余 and the
 *    unit written right after it. A number with no unit is not a fact: that
 *    single rule drops years (2021年), dates, document numbers (〔2021〕30号),
 *    article numbers, phone numbers, "12345" and "5G".
 * 2. A few local filters drop what still slips through: ordinals (第十条),
 *    codes with leading zeros ("0408"), ranges, idioms built from Chinese
 *    numerals (一次性, 千家万户, 五次全会, 新十条).
 * 3. The clause around the number gives the quote, the label, the qualifier
 *    written before the number (近, 约, 超过) and whether the value is
 *    relative (同比增长, 提高, 倍, 个百分点).
 * 4. Period phrases found by a second regex pass apply to the facts after them
 *    in the same paragraph, the nearest one winning.
 * All look-arounds are bounded (CLAUSE_LIMIT), so the cost is linear in the text.
 */

// Units beyond src/domain/unit.ts that reports use for counts and durations.
const EXTRA_UNITS = [
  '个工作日', '工作日', '个月', '小时', '分钟', '秒', '项次', '件次', '户次', '家次', '宗次', '名', '位', '台', '起',
  '所', '座', '处', '套', '册', '例', '张', '轮', '支', '类', '笔', '吨', '亩', '公里', '平方公里', '平方米', '公顷', '岁',
];
// 万元/亿元 are not listed: 万 and 亿 are read as multipliers, leaving 元.
const UNIT_WORDS = [...new Set([...UNIT_SYMBOLS.filter((u) => u !== '%' && u !== '万元' && u !== '亿元'), ...EXTRA_UNITS])]
  .sort((a, b) => b.length - a.length);

const CN_NUMERAL = '〇零一二两三四五六七八九十百千万亿';
const NUMBER_RE = new RegExp(
  '(百分之)?' +
    '(?:' +
    // 2: Arabic digits (half or full width) with thousands separators and decimals; 3: multiplier
    `([0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[ \\u00a0\\u2009][0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?)(万亿|万|亿)?` +
    // 4: Chinese numeral
    `|([${CN_NUMERAL}]+(?:点[〇零一二三四五六七八九]+)?)` +
    ')' +
    // 5: 多/余 (lower bound); 6: unit
    `(多|余)?(个百分点|${UNIT_WORDS.join('|')}|%|％)?`,
  'g',
);

const CLAUSE_LIMIT = 80;
const LABEL_LIMIT = 24;
const CLAUSE_BREAK = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '\r', '，', ',', '、']);
const SENTENCE_BREAK = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);

const PREFIX_QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  // Upper bounds first: 不超过 ends with 超过.
  [/(?:不到|不足|不超过|少于)$/, 'atMost'],
  [/(?:接近|将近|大约|(?<![最附邻接将])近|约|大概)$/, 'approx'],
  [/(?:超过|逾|(?<![高赶不])超|不少于|至少)$/, 'atLeast'],
];
// "接近2017年的2倍": the qualifier stands before the base of the multiple.
const QUALIFIED_BASE = /(接近|将近|近|约|大约)(?:(?:19|20)\d\d年|去年|上年|同期|上年同期)的$/;

const CHANGE_WORD = /(?:增长|增加|下降|减少|提高|提升|降低|上升|增幅|降幅|增速|回落|上涨|下滑|扩大|缩小|压减|压缩|减轻|增)(?:了|为|达到|达|约|近|超过)?$/;
const CHANGE_TO = /(?:增长|增加|下降|减少|提高|提升|降低|上升|调整|调高|调低)(?:至|到|为)$/;
const CHANGE_AFTER = /^(?:增长|增加|下降|减少|提高|提升|降低|上升|调整|调高|调低)/;
const COMPARED_MORE = /比.{0,10}(?:多|少)了?$/;

const LEADING_NOISE = /^(?:其中|此外|另外|同时|全年|今年以来|今年|本年度|本年|当年|累计|共计|合计|总计|共有|现有|共|全市|全区|全县|全省|全镇|我市|我区|我县|本市|截至目前|目前|经审查|经核查|的|(?:(?:19|20)\d\d年)?(?:前三季度|上半年|下半年|第?[一二三四]季度|\d{1,2}-\d{1,2}月))+/;
const TRAILING_NOISE = /(?:分别为|分别是|均为|分别|达到|共计|合计|约为|为|达|是|共|约|近|有|均|都|计|由|：|:)+$/;
const VERB =
  /(?:收到|受理|办理|发布|公开|公示|完成|查出|追缴|核减|提出|调解|举办|召开|开展|审核|督办|印发|梳理|化解|落实|审议|参加|发送|邀请|组织|核查|立项|推出|收回|形成|得到|纳入|聘请|设立|开通|投入使用|认领|出台|制定|发放|通过|审结|办结|接听|回访|报送|处理|答复|转办|整合|覆盖|培训|检查|查处|共有|现有|拥有)/g;

const TERM_BEFORE_PUBLISH = /(?:依申请|信息|政务)$/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
}

function isClauseBreak(text: string, i: number): boolean {
  const c = text[i] as string;
  if (!CLAUSE_BREAK.has(c)) return false;
  // "12,905": a comma between digits is a thousands separator, not a pause.
  if ((c === ',' || c === '，') && isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  return true;
}

function clauseStartBefore(text: string, pos: number): number {
  const floor = Math.max(0, pos - CLAUSE_LIMIT);
  for (let i = pos - 1; i >= floor; i--) if (isClauseBreak(text, i)) return i + 1;
  return floor;
}

function clauseEndAfter(text: string, pos: number): number {
  const ceiling = Math.min(text.length, pos + CLAUSE_LIMIT);
  for (let i = pos; i < ceiling; i++) if (isClauseBreak(text, i)) return i;
  return ceiling;
}

// Never cut a surrogate pair in two: a quote must stay valid text.
function safeStart(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff && i > 0 ? i + 1 : i;
}
function safeEnd(text: string, i: number): number {
  const code = text.charCodeAt(i - 1);
  return code >= 0xd800 && code <= 0xdbff && i < text.length ? i + 1 : i;
}

function normaliseUnit(unit: string): string {
  if (unit === '％' || unit === '%') return '%';
  if (unit === '个工作日') return '工作日';
  return unit;
}

function chineseNumeralIsFact(numeral: string, before: string, after: string, unit: string): boolean {
  // 千家万户, 万人: a bare multiplier is an idiom, not a count.
  if (/^[百千万亿]+$/.test(numeral)) return false;
  // 一 alone is mostly an article (一次性, 一件事, 一个窗口); keep "一期以上".
  if (numeral === '一' && !after.startsWith('以上')) return false;
  // 一一对应, 三五成群: runs of digits are not a numeral.
  if (/[一二两三四五六七八九]{2}/.test(numeral)) return false;
  if (/[几数若]$/.test(before)) return false;
  // 十九届五次全会 is an ordinal name; 新十条 and 二十条 are policy names.
  if (unit === '次' && after.startsWith('全会')) return false;
  // 二次解读, 二次开发: "second", not "twice" (a count of two is written 两次).
  if (numeral === '二' && unit === '次') return false;
  if (unit === '条' && (before.endsWith('新') || /^[、”"等]/.test(after))) return false;
  return true;
}

function unitMisread(unit: string, after: string): boolean {
  if (unit === '人' && after.startsWith('民')) return true; // 3万人民币
  if (unit === '部' && after.startsWith('门')) return true; // 三部门
  if (unit === '位' && after.startsWith('一体')) return true; // 四位一体
  if (unit === '类' && after.startsWith('别')) return true;
  if (unit === '台' && /^[账阶]/.test(after)) return true; // 5台账
  return false;
}

function prefixQualifier(before: string): { qualifier: Qualifier; length: number } | null {
  for (const [pattern, qualifier] of PREFIX_QUALIFIERS) {
    const m = pattern.exec(before);
    if (m) return { qualifier, length: m[0].length };
  }
  const base = QUALIFIED_BASE.exec(before);
  if (base) return { qualifier: 'approx', length: 0 };
  return null;
}

function isRelative(before: string, after: string, unit: string): boolean {
  if (unit === '倍' || unit === '个百分点') return true;
  if (CHANGE_WORD.test(before) || COMPARED_MORE.test(before)) return true;
  // "由3%提高至5%": both ends of a stated change describe the change, not a level.
  if (CHANGE_TO.test(before) && before.includes('由')) return true;
  if (before.endsWith('由') && CHANGE_AFTER.test(after)) return true;
  return false;
}

function cleanLabel(raw: string): string {
  let label = raw.replace(/\s+/g, '').replace(LEADING_NOISE, '');
  label = label.replace(/^[(（][^)）]*[)）]/, '').replace(/^[(（“"《]+/, '').replace(TRAILING_NOISE, '');
  return label;
}

function labelFor(prefix: string, following: string): string {
  let label = cleanLabel(prefix);
  let cut = -1;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(label); m !== null; m = VERB.exec(label)) {
    // 依申请公开, 政府信息公开, 政务公开: the name of the work, not the act of publishing.
    if (m[0] === '公开' && TERM_BEFORE_PUBLISH.test(label.slice(0, m.index))) continue;
    const rest = label.slice(m.index + m[0].length);
    // "综合受理事项数", "账号开通人数": the verb is part of the noun.
    if (rest.length >= 2 && !/^(?:事项|数|人数|率|证|的|件|量)/.test(rest)) cut = m.index + m[0].length;
  }
  if (cut > 0) label = label.slice(cut).replace(LEADING_NOISE, '');
  const endsWithVerb = /(?:收到|受理|办理|发布|公开|完成|举办|召开|开展|印发|发放|设立|投入使用|形成|了|在|向|将|把|首批)$/.test(label);
  if (label === '' || /(?:的|等|和|及|与|对|全市|我市|全区|全省)$/.test(label) || (endsWithVerb && label.length <= 4)) {
    // "公开六件重大行政决策事项目录", "全市共37家定点医疗机构": the noun follows the number.
    const noun = /^[^，,。；;、：:（(【“”"0-9０-９]*/.exec(following.replace(/^[“"]/, ''))?.[0] ?? '';
    const trimmed = noun.split(/均|都|已|全部|进行|实现|为|在|与|和|及|整合|归并|参加|参与|纳入|设立|完成|覆盖/)[0] ?? '';
    if (trimmed.length >= 1) return trimmed.slice(0, LABEL_LIMIT);
  }
  return label.length > LABEL_LIMIT ? label.slice(label.length - LABEL_LIMIT) : label;
}

interface Candidate {
  fact: ExtractedFact;
  context: FactContext;
}

// "本年新收申请数量 | 45" style rows of the 2021 依申请公开 template: numbers with no unit.
const TEMPLATE_ROW = new RegExp(
  String.raw`^[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])?[ \t]*` +
    String.raw`(本年新收[\u4e00-\u9fff]{0,14}|上年结转[\u4e00-\u9fff]{0,14}|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|(?:办理结果)?总计|结转下年度继续办理)` +
    String.raw`[ \t]*[|｜:：\t ][ \t|｜:：]*((?:[0-9]+[ \t|｜]+)*[0-9]+)[ \t|｜]*$`,
  'gm',
);

function templateRowFacts(text: string): Array<{ start: number; end: number; value: number; label: string; lineStart: number; lineEnd: number }> {
  const rows: Array<{ start: number; end: number; value: number; label: string; lineStart: number; lineEnd: number }> = [];
  TEMPLATE_ROW.lastIndex = 0;
  for (let m = TEMPLATE_ROW.exec(text); m !== null; m = TEMPLATE_ROW.exec(text)) {
    if (m[0].length === 0) {
      TEMPLATE_ROW.lastIndex++;
      continue;
    }
    const numbers = m[2] as string;
    // Several columns (by applicant type): the last one is the row total.
    const lastNumber = /[0-9]+$/.exec(numbers)?.[0] ?? '';
    const lineEnd = m.index + m[0].length;
    const numbersEnd = m.index + m[0].lastIndexOf(numbers) + numbers.length;
    rows.push({
      start: numbersEnd - lastNumber.length,
      end: numbersEnd,
      value: Number(lastNumber),
      label: m[1] as string,
      lineStart: m.index,
      lineEnd,
    });
  }
  return rows;
}

export function extractFacts(text: string, options: ExtractOptions = {}): ExtractionResult {
  const documentYear = options.documentYear !== undefined ? options.documentYear : inferDocumentYear(text);
  const markers = findPeriodMarkers(text, documentYear);
  const matcher: IndicatorMatcher | null = options.indicators ? createIndicatorMatcher(options.indicators) : null;

  const candidates: Candidate[] = [];
  // Forward cursors: sentence and paragraph counts and the latest period, advanced as matches move right.
  let cursor = 0;
  let sentence = 0;
  let paragraph = 0;
  let paragraphStart = 0;
  let markerIndex = 0;
  let period: string | null = null;
  let lastNumberEnd = 0;
  let periodParagraph = -1;

  const advanceTo = (pos: number): void => {
    for (; cursor < pos; cursor++) {
      const c = text[cursor] as string;
      if (SENTENCE_BREAK.has(c)) sentence++;
      if (c === '\n') {
        paragraph++;
        paragraphStart = cursor + 1;
      }
    }
    while (markerIndex < markers.length && (markers[markerIndex] as { end: number }).end <= pos) {
      const marker = markers[markerIndex] as { end: number; period: string };
      // A marker counts for the paragraph it ends in; find it from the paragraph start.
      if (marker.end >= paragraphStart) {
        period = marker.period;
        periodParagraph = paragraph;
      }
      markerIndex++;
    }
  };

  const push = (
    start: number,
    end: number,
    value: number,
    unit: string,
    qualifier: Qualifier,
    relative: boolean,
    prefixStart: number,
    label: string | null,
    quoteStart: number,
    quoteEnd: number,
  ): void => {
    advanceTo(start);
    const qStart = safeStart(text, quoteStart);
    const qEnd = safeEnd(text, quoteEnd);
    // The label starts after an earlier number in the same clause ("28个镇和26个部门").
    const prefix = text.slice(Math.max(qStart, Math.min(lastNumberEnd, prefixStart)), prefixStart);
    lastNumberEnd = end;
    const following = text.slice(end, qEnd);
    const finalLabel = label ?? labelFor(prefix, following);
    const contextStart = Math.max(paragraphStart, start - 150);
    const indicatorId = matcher ? matcher(finalLabel, text.slice(contextStart, start), unit, relative) : null;
    candidates.push({
      fact: {
        value,
        unit,
        qualifier,
        period: periodParagraph === paragraph ? period : null,
        relative,
        label: finalLabel,
        indicatorId,
        quote: text.slice(qStart, qEnd),
        start: qStart,
        end: qEnd,
      },
      context: { sentence, paragraph, numberStart: start, numberEnd: end, clauseText: prefix + following, label: finalLabel },
    });
  };

  const rows = templateRowFacts(text);
  let rowIndex = 0;
  const flushRowsBefore = (pos: number): void => {
    while (rowIndex < rows.length && (rows[rowIndex] as { start: number }).start < pos) {
      const row = rows[rowIndex] as (typeof rows)[number];
      push(row.start, row.end, row.value, '件', 'exact', false, row.start, row.label, row.lineStart, row.lineEnd);
      rowIndex++;
    }
  };

  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) {
    // 百分之九十五 carries its unit in front.
    const rawUnit = m[6] ?? (m[1] !== undefined ? '%' : undefined);
    if (rawUnit === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 8);
    const prev = text[start - 1];

    // 第十条 is an ordinal, "IPv6" a name, 7×24小时 a slogan.
    if (prev === '第' || /[A-Za-z×*]$/.test(before)) continue;
    // 1-10月, 2022/3/1, 0668-6666810: part of a range, a date or a code.
    if (/[0-9０-９][-－—~～/.:：][ ]?$/.test(before)) continue;
    const arabic = m[2];
    if (arabic !== undefined && /^[0０][0-9０-９]/.test(arabic)) continue; // "0408": a code, not a count
    // A number quoted on its own (“12345”, “一次办结”) is a name.
    if (/[“"「『]$/.test(before) && /^.{0,6}[”"」』]/.test(text.slice(end, end + 7)) && !/[，,。]/.test(text.slice(end, end + 7))) {
      continue;
    }
    if (unitMisread(rawUnit, after)) continue;
    if (m[4] !== undefined && !chineseNumeralIsFact(m[4], before, after, rawUnit)) continue;

    const written = (m[1] ?? '') + (arabic ?? m[4] ?? '') + (m[3] ?? '') + (m[5] ?? '');
    const parsed = parseNumberAsWritten(written);
    if (parsed === null) continue;

    flushRowsBefore(start);
    const unit = m[1] !== undefined ? '%' : normaliseUnit(rawUnit);
    let qualifier = parsed.qualifier;
    const quoteStart = clauseStartBefore(text, start);
    const clauseBefore = text.slice(quoteStart, start);
    const prefixQ = prefixQualifier(clauseBefore);
    if (prefixQ && qualifier === 'exact') qualifier = prefixQ.qualifier;
    let numberEnd = end;
    const suffix = /^(以上|左右|以内|以下|之内|上下|内)/.exec(after);
    if (suffix) {
      const word = suffix[1] as string;
      if (word === '以上') qualifier = 'atLeast';
      else if (word === '左右' || word === '上下') qualifier = 'approx';
      else if (word !== '内' || ['小时', '工作日', '天', '分钟', '秒', '个月'].includes(unit)) qualifier = 'atMost';
      numberEnd = end + word.length;
    }
    const relative = isRelative(clauseBefore, after, unit);
    const quoteEnd = clauseEndAfter(text, numberEnd);
    const prefixStart = start - (prefixQ?.length ?? 0);
    push(start, numberEnd, parsed.value, unit, qualifier, relative, Math.max(quoteStart, prefixStart), null, quoteStart, quoteEnd);
  }
  flushRowsBefore(Number.POSITIVE_INFINITY);

  const facts = candidates.map((c) => c.fact);
  const checks = runChecks(
    facts,
    candidates.map((c) => c.context),
    text,
  );
  return { facts, checks };
}
