import type { CatalogIndicator } from './types';

/**
 * Links a fact to a catalog indicator only when the evidence is strong: the
 * label ends like the indicator's name (same head noun: 工单, 投诉类, 办结率),
 * every character of the name shows up in the label or the sentence before
 * it (so "12345热线" must be there for a hotline indicator), the unit kind
 * agrees, and exactly one indicator scores best. A wrong link would put a
 * number on the wrong chart; a missing link only leaves it unclassified.
 *
 * One relaxation: a name may carry a qualifier in its middle that reports
 * leave out (12345热线[工单处理]满意度, 依申请公开[政府信息]申请数). When no
 * indicator has full evidence, one whose name is all there but for one short
 * run (evidenceFor: never its end, rarely its start, never 市/省/区…) can
 * still be linked, provided the label ends exactly as the name does.
 */
export type IndicatorMatcher = (label: string, context: string, unit: string, relative: boolean) => string | null;

interface PreparedIndicator {
  id: string;
  unitKind: UnitKind;
  bigrams: Set<string>;
  digitRuns: string[];
  chars: string[];
  charSet: Set<string>;
  /** The name's last two letters: the measure (满意度 → 意度, 申请数 → 申请). */
  lastBigram: string;
}

type UnitKind = 'percent' | 'money' | 'count';

interface Tier {
  id: string | null;
  score: number;
  tie: boolean;
}

function unitKind(unit: string): UnitKind {
  if (unit === '%') return 'percent';
  if (unit === '元' || unit === '万元' || unit === '亿元') return 'money';
  return 'count';
}

const DIGIT_RUN = /[0-9]+/g;

// Words that pad a label without saying what is counted. 政府服务/政务服务 only inside the
// hotline's long name ("12345政府服务热线工单" is the 12345热线工单): elsewhere they name the
// subject (政务服务满意度 is not the hotline's satisfaction rate).
const FILLER = /(?:政府服务|政务服务)(?=(?:便民)?热线)|便民|总体|整体|各类|全市|全区|群众/g;

// The longest qualifier a name may carry that the text leaves out (工单处理, 政府信息).
const MAX_OMITTED = 4;
// A missing 市 or 省 would let a county's figure pass for the city's.
const JURISDICTION_CHARS = new Set([...'国省市区县镇乡街']);

function bigrams(text: string): string[] {
  const letters = text.replace(/[0-9\s（）()、，,]/g, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) out.push(letters.slice(i, i + 2));
  return out;
}

// 量/数 at the end of a name ("工单量") are rarely written next to the number.
// A bracketed note ("(各级合计)") qualifies the name; reports do not write it next to the number.
const COUNT_ENDING = /(数量|总数|件数|总量|量|数)$/;
function nameCore(zh: string): string {
  return zh.replace(/[(（][^)）]*[)）]/g, '').replace(COUNT_ENDING, '');
}

/**
 * How much of the name the evidence holds: 'all'; 'inner' when one run of
 * characters is missing that a report may leave out: at most MAX_OMITTED
 * characters, not the name's end, at its start only when a quarter of the
 * name or less (依 of 依申请公开…), and no 市/省/区… naming whose figure it is;
 * otherwise 'no'.
 */
function evidenceFor(chars: readonly string[], evidence: string): 'all' | 'inner' | 'no' {
  let first = -1;
  let last = -1;
  for (let i = 0; i < chars.length; i++) {
    if (evidence.includes(chars[i] as string)) continue;
    if (first < 0) first = i;
    else if (i !== last + 1) return 'no';
    last = i;
  }
  if (first < 0) return 'all';
  const run = last - first + 1;
  if (last === chars.length - 1 || run > MAX_OMITTED) return 'no';
  if (first === 0 && run * 4 > chars.length) return 'no';
  if (chars.slice(first, last + 1).some((c) => JURISDICTION_CHARS.has(c))) return 'no';
  return 'inner';
}

// Labels that name no particular indicator on their own.
const GENERIC_LABELS = new Set(['事项', '单位', '信息', '文件', '工作', '活动', '项目', '人员', '问题', '案件', '措施', '举措', '议题', '申请']);

export function createIndicatorMatcher(indicators: readonly CatalogIndicator[]): IndicatorMatcher {
  const byLastBigram = new Map<string, PreparedIndicator[]>();
  for (const indicator of indicators) {
    const core = nameCore(indicator.name.zh);
    const grams = bigrams(core);
    const prepared: PreparedIndicator = {
      id: indicator.id,
      unitKind: indicator.kind === 'rate' ? 'percent' : unitKind(indicator.unit),
      bigrams: new Set(grams),
      digitRuns: core.match(DIGIT_RUN) ?? [],
      chars: [...core.replace(/[0-9\s]/g, '')],
      charSet: new Set([...core.replace(/[0-9\s（）()、，,]/g, ''), ...(core.match(DIGIT_RUN) ?? [])]),
      lastBigram: grams[grams.length - 1] ?? '',
    };
    for (const gram of prepared.bigrams) {
      const list = byLastBigram.get(gram) ?? [];
      list.push(prepared);
      byLastBigram.set(gram, list);
    }
  }

  return (label, context, unit, relative) => {
    if (relative) return null;
    const padded = label.replace(FILLER, '');
    // 申请数, 工单量: the label loses the ending the names lose, to find and score names by.
    const cleaned = padded.replace(COUNT_ENDING, '');
    if (GENERIC_LABELS.has(label) || GENERIC_LABELS.has(cleaned)) return null;
    const labelGrams = bigrams(cleaned);
    // "Most of the label" below still counts the ending: a long label that only shares its
    // tail with a name (上年结转政府信息公开申请数量) stays below the bar.
    const distinct = new Set(bigrams(padded));
    const labelChars = new Set([...cleaned.replace(/[0-9\s（）()、，,]/g, ''), ...(cleaned.match(DIGIT_RUN) ?? [])]);
    const last = labelGrams[labelGrams.length - 1];
    if (last === undefined) return null;
    const candidates = byLastBigram.get(last);
    if (!candidates) return null;
    const kind = unitKind(unit);
    const evidence = label + context;
    // Two tiers: names the evidence holds whole, then names missing an inner qualifier.
    const best: [Tier, Tier] = [
      { id: null, score: 0, tie: false },
      { id: null, score: 0, tie: false },
    ];
    for (const candidate of candidates) {
      if (candidate.unitKind !== kind) continue;
      if (!candidate.digitRuns.every((run) => evidence.includes(run))) continue;
      const held = evidenceFor(candidate.chars, evidence);
      if (held === 'no' || (held === 'inner' && candidate.lastBigram !== last)) continue;
      const tier = best[held === 'all' ? 0 : 1];
      let shared = 0;
      for (const gram of distinct) if (candidate.bigrams.has(gram)) shared++;
      // Most of the label must belong to the name: "人大代表建议和政协提案" is not "市政协提案".
      if (shared / distinct.size < 0.4) continue;
      // Jaccard over characters: a name with fewer characters the label lacks wins
      // ("各级人大代表建议" is 人大代表建议数(各级合计), not 市人大代表建议).
      let common = 0;
      for (const c of candidate.charSet) if (labelChars.has(c)) common++;
      const score = common / (candidate.charSet.size + labelChars.size - common);
      if (score < 0.25) continue;
      if (score > tier.score + 1e-9) {
        tier.id = candidate.id;
        tier.score = score;
        tier.tie = false;
      } else if (Math.abs(score - tier.score) <= 1e-9) {
        tier.tie = true;
      }
    }
    // A name held whole wins over any partial one; a tie in the deciding tier links nothing.
    const deciding = best[0].id !== null ? best[0] : best[1];
    return deciding.tie ? null : deciding.id;
  };
}
