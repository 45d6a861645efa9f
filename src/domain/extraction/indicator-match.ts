import type { CatalogIndicator } from './types';

/**
 * Links a fact to a catalog indicator only when the evidence is strong: the
 * label ends like the indicator's name (same head noun: 工单, 投诉类, 办结率),
 * every character of the name shows up in the label or the sentence before
 * it (so "12345热线" must be there for a hotline indicator), the unit kind
 * agrees, and exactly one indicator scores best. A wrong link would put a
 * number on the wrong chart; a missing link only leaves it unclassified.
 */
export type IndicatorMatcher = (label: string, context: string, unit: string, relative: boolean) => string | null;

interface PreparedIndicator {
  id: string;
  unitKind: UnitKind;
  bigrams: Set<string>;
  digitRuns: string[];
  chars: string[];
  charSet: Set<string>;
}

type UnitKind = 'percent' | 'money' | 'count';

function unitKind(unit: string): UnitKind {
  if (unit === '%') return 'percent';
  if (unit === '元' || unit === '万元' || unit === '亿元') return 'money';
  return 'count';
}

const DIGIT_RUN = /[0-9]+/g;

// Words that pad a label without saying what is counted ("12345政府服务热线工单" is the 12345热线工单).
const FILLER = /政府服务|政务服务|便民|总体|整体|各类|全市|全区|群众/g;

function bigrams(text: string): string[] {
  const letters = text.replace(/[0-9\s（）()、，,]/g, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) out.push(letters.slice(i, i + 2));
  return out;
}

// 量/数 at the end of a name ("工单量") are rarely written next to the number.
// A bracketed note ("(各级合计)") qualifies the name; reports do not write it next to the number.
function nameCore(zh: string): string {
  return zh.replace(/[(（][^)）]*[)）]/g, '').replace(/(数量|总数|件数|总量|量|数)$/, '');
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
    };
    for (const gram of prepared.bigrams) {
      const list = byLastBigram.get(gram) ?? [];
      list.push(prepared);
      byLastBigram.set(gram, list);
    }
  }

  return (label, context, unit, relative) => {
    if (relative || GENERIC_LABELS.has(label)) return null;
    const cleaned = label.replace(FILLER, '');
    const labelGrams = bigrams(cleaned);
    const labelChars = new Set([...cleaned.replace(/[0-9\s（）()、，,]/g, ''), ...(cleaned.match(DIGIT_RUN) ?? [])]);
    const last = labelGrams[labelGrams.length - 1];
    if (last === undefined) return null;
    const candidates = byLastBigram.get(last);
    if (!candidates) return null;
    const kind = unitKind(unit);
    const evidence = label + context;
    let best: string | null = null;
    let bestScore = 0;
    let tie = false;
    for (const candidate of candidates) {
      if (candidate.unitKind !== kind) continue;
      if (!candidate.digitRuns.every((run) => evidence.includes(run))) continue;
      const present = candidate.chars.filter((c) => evidence.includes(c)).length;
      if (present < candidate.chars.length) continue;
      let shared = 0;
      const distinct = new Set(labelGrams);
      for (const gram of distinct) if (candidate.bigrams.has(gram)) shared++;
      // Most of the label must belong to the name: "人大代表建议和政协提案" is not "市政协提案".
      if (shared / distinct.size < 0.4) continue;
      // Jaccard over characters: a name with fewer characters the label lacks wins
      // ("各级人大代表建议" is 人大代表建议数(各级合计), not 市人大代表建议).
      let common = 0;
      for (const c of candidate.charSet) if (labelChars.has(c)) common++;
      const score = common / (candidate.charSet.size + labelChars.size - common);
      if (score > bestScore + 1e-9) {
        best = candidate.id;
        bestScore = score;
        tie = false;
      } else if (Math.abs(score - bestScore) <= 1e-9) {
        tie = true;
      }
    }
    return tie || bestScore < 0.25 ? null : best;
  };
}
