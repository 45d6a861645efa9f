/**
 * Reads a 政务公开工作要点分工方案 (task plan: seed 002) into tasks. The plan
 * is a table flattened to lines:
 *
 *   一、first-level heading
 *   (一)second-level heading
 *   1.task text
 *   2.task text
 *   司法所牵头,党政综合办配合,各有关单位按职能分工落实   ← 责任单位 of the tasks above
 *
 * A responsibility line applies to every task since the previous one (the
 * table merges the cell over several rows: tasks 7–8, 10–13, 42–49 in 002).
 * Units are kept exactly as written ("各有关单位", "各村(社区)"), each with
 * its offsets, and with the role the text gives it:
 *   - lead: "X牵头", or named without a qualifier in the 责任单位 column;
 *   - cooperate: "X配合";
 *   - implement: "X按职能分工落实" / "按职责分工落实" / "职能分工落实".
 */
export type UnitRole = 'lead' | 'cooperate' | 'implement';

export interface TextSpan {
  start: number;
  end: number;
}

export interface PlanHeading extends TextSpan {
  level: 1 | 2;
  /** The ordinal as written: 一, 二 … */
  ordinal: string;
  /** The heading without its ordinal. */
  title: string;
}

export interface TaskUnit extends TextSpan {
  name: string;
  role: UnitRole;
  /** The words giving the role ("牵头", "配合", "按职能分工落实"), or null when the unit is just named. */
  roleAsWritten: string | null;
}

export interface PlanTask extends TextSpan {
  number: number;
  /** The task without its number ("依托政府信息公开平台,…"). */
  text: string;
  firstLevel: PlanHeading | null;
  secondLevel: PlanHeading | null;
  /** The 责任单位 line, shared with the other tasks of its group; null when the plan gives none. */
  responsibility: (TextSpan & { text: string; taskNumbers: number[] }) | null;
  units: TaskUnit[];
}

export interface WorkPlan {
  headings: PlanHeading[];
  tasks: PlanTask[];
  /** What did not parse cleanly (numbering gaps, tasks without units): shown, not hidden. */
  warnings: string[];
}

const FIRST_LEVEL = /^([一二三四五六七八九十]+)、\s*/;
const SECOND_LEVEL = /^[(（]([一二三四五六七八九十]+)[)）]\s*/;
const TASK = /^(\d+)[.．、]\s*/;
const ROLE_SUFFIXES: Array<[RegExp, UnitRole]> = [
  [/牵头$/, 'lead'],
  [/配合$/, 'cooperate'],
  [/按?职[能责]分工落实$/, 'implement'],
];
/** The 责任单位 column header; the plan proper starts after it. */
const TABLE_HEADER = '责任单位';

interface Line extends TextSpan {
  text: string;
}

/** Lines with their offsets, trimmed of surrounding whitespace (the offsets follow the trim). */
function lines(text: string): Line[] {
  const result: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') result.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    if (newline === -1) break;
    start = newline + 1;
  }
  return result;
}

/** Splits a 责任单位 line into units with roles and offsets (absolute, into the whole text). */
export function parseUnits(line: string, offset = 0): TaskUnit[] {
  const units: TaskUnit[] = [];
  // Clauses are separated by commas or semicolons; a role word closes a clause.
  const clause = /[^,，;；]+/g;
  for (let match = clause.exec(line); match; match = clause.exec(line)) {
    let body = match[0];
    const clauseStart = match.index;
    let role: UnitRole = 'lead';
    let roleAsWritten: string | null = null;
    for (const [suffix, suffixRole] of ROLE_SUFFIXES) {
      const found = suffix.exec(body);
      if (found) {
        role = suffixRole;
        roleAsWritten = found[0];
        body = body.slice(0, found.index);
        break;
      }
    }
    const name = /[^、]+/g;
    for (let unit = name.exec(body); unit; unit = name.exec(body)) {
      const leading = unit[0].length - unit[0].trimStart().length;
      const trimmed = unit[0].trim();
      if (trimmed === '') continue;
      const start = offset + clauseStart + unit.index + leading;
      units.push({ name: trimmed, role, roleAsWritten, start, end: start + trimmed.length });
    }
  }
  return units;
}

export function parseWorkPlan(text: string): WorkPlan {
  const all = lines(text);
  const headerAt = all.findIndex((l) => l.text === TABLE_HEADER);
  const firstHeading = all.findIndex((l) => FIRST_LEVEL.test(l.text));
  const from = headerAt !== -1 ? headerAt + 1 : Math.max(0, firstHeading);
  const headings: PlanHeading[] = [];
  const tasks: PlanTask[] = [];
  const warnings: string[] = [];
  let firstLevel: PlanHeading | null = null;
  let secondLevel: PlanHeading | null = null;
  let pending: PlanTask[] = [];

  const heading = (line: Line, level: 1 | 2, pattern: RegExp): PlanHeading => {
    const match = pattern.exec(line.text)!;
    return { level, ordinal: match[1]!, title: line.text.slice(match[0].length), start: line.start, end: line.end };
  };

  for (const line of all.slice(from)) {
    if (FIRST_LEVEL.test(line.text)) {
      firstLevel = heading(line, 1, FIRST_LEVEL);
      secondLevel = null;
      headings.push(firstLevel);
    } else if (SECOND_LEVEL.test(line.text)) {
      secondLevel = heading(line, 2, SECOND_LEVEL);
      headings.push(secondLevel);
    } else if (TASK.test(line.text)) {
      const match = TASK.exec(line.text)!;
      const task: PlanTask = {
        number: Number(match[1]),
        text: line.text.slice(match[0].length),
        start: line.start,
        end: line.end,
        firstLevel,
        secondLevel,
        responsibility: null,
        units: [],
      };
      const expected = (tasks.at(-1)?.number ?? 0) + 1;
      if (task.number !== expected) warnings.push(`task ${task.number} follows task ${expected - 1}`);
      tasks.push(task);
      pending.push(task);
    } else if (pending.length > 0) {
      const responsibility = { start: line.start, end: line.end, text: line.text, taskNumbers: pending.map((t) => t.number) };
      const units = parseUnits(line.text, line.start);
      for (const task of pending) {
        task.responsibility = responsibility;
        task.units = units;
      }
      pending = [];
    } else {
      warnings.push(`line not understood: «${line.text.slice(0, 40)}»`);
    }
  }
  for (const task of pending) warnings.push(`task ${task.number} has no responsible units`);
  return { headings, tasks, warnings };
}

export interface UnitSummary {
  name: string;
  /** Tasks per role, by task number. */
  lead: PlanTask[];
  cooperate: PlanTask[];
  implement: PlanTask[];
  total: number;
}

/** Units against tasks: for each unit as written, the tasks it leads, cooperates on or implements. Most tasks first. */
export function tasksByUnit(plan: WorkPlan): UnitSummary[] {
  const byName = new Map<string, UnitSummary>();
  for (const task of plan.tasks) {
    for (const unit of task.units) {
      let summary = byName.get(unit.name);
      if (!summary) {
        summary = { name: unit.name, lead: [], cooperate: [], implement: [], total: 0 };
        byName.set(unit.name, summary);
      }
      if (!summary[unit.role].includes(task)) {
        summary[unit.role].push(task);
        summary.total++;
      }
    }
  }
  return [...byName.values()].sort((a, b) => b.total - a.total || b.lead.length - a.lead.length || a.name.localeCompare(b.name, 'zh'));
}

/** Tasks per heading: every first-level heading with its second-level headings, each with its task count. */
export function tasksByHeading(plan: WorkPlan): Array<{ heading: PlanHeading; count: number; children: Array<{ heading: PlanHeading; count: number }> }> {
  return plan.headings
    .filter((h) => h.level === 1)
    .map((first) => ({
      heading: first,
      count: plan.tasks.filter((t) => t.firstLevel === first).length,
      children: plan.headings
        .filter((h) => h.level === 2 && plan.tasks.some((t) => t.firstLevel === first && t.secondLevel === h))
        .map((second) => ({ heading: second, count: plan.tasks.filter((t) => t.secondLevel === second).length })),
    }));
}
