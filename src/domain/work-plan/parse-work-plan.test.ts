import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnits, parseWorkPlan, tasksByHeading, tasksByUnit } from './parse-work-plan';

const text = readFileSync(path.resolve(__dirname, '../../../public/data/sources/002_708db31ce4ea3cc1.txt'), 'utf8');
const plan = parseWorkPlan(text);
const task = (n: number) => plan.tasks.find((t) => t.number === n)!;
const units = (n: number) => task(n).units.map((u) => [u.name, u.role, u.roleAsWritten]);

describe('parseWorkPlan on document 002 (横栏镇 2022 政务公开工作要点分工方案)', () => {
  it('reads 49 tasks numbered 1–49 under 5 first-level and 16 second-level headings, without warnings', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    expect(plan.headings.filter((h) => h.level === 1)).toHaveLength(5);
    expect(plan.headings.filter((h) => h.level === 2)).toHaveLength(16);
    expect(plan.warnings).toEqual([]);
  });

  it('gives every task, heading and unit offsets that slice back to the text', () => {
    for (const t of plan.tasks) {
      expect(text.slice(t.start, t.end)).toBe(`${t.number}.${t.text}`);
      expect(text.slice(t.responsibility!.start, t.responsibility!.end)).toBe(t.responsibility!.text);
      for (const u of t.units) expect(text.slice(u.start, u.end)).toBe(u.name);
    }
    for (const h of plan.headings) expect(text.slice(h.start, h.end)).toContain(h.title);
  });

  it('task 1: 司法所 alone, under 一、优化政务公开工作基础 / (一)深化行政规章、规范性文件集中公开', () => {
    expect(task(1).text).toMatch(/^依托政府信息公开平台,高质量发布现行有效规范性文件正式版本/);
    expect(task(1).firstLevel?.title).toBe('优化政务公开工作基础');
    expect(task(1).secondLevel?.title).toBe('深化行政规章、规范性文件集中公开。');
    expect(units(1)).toEqual([['司法所', 'lead', null]]);
  });

  it('task 3: 司法所牵头, 党政综合办配合, 各有关单位按职能分工落实', () => {
    expect(units(3)).toEqual([
      ['司法所', 'lead', '牵头'],
      ['党政综合办', 'cooperate', '配合'],
      ['各有关单位', 'implement', '按职能分工落实'],
    ]);
    const lead = task(3).units[0]!;
    expect(text.slice(lead.start, lead.end + 2)).toBe('司法所牵头');
  });

  it('task 5: a cooperating group of three, 各村(社区) kept as written', () => {
    expect(units(5)).toEqual([
      ['党政综合办', 'lead', '牵头'],
      ['公服办', 'cooperate', '配合'],
      ['宣传办', 'cooperate', '配合'],
      ['各村(社区)', 'cooperate', '配合'],
      ['各有关单位', 'implement', '按职能分工落实'],
    ]);
  });

  it('applies one 责任单位 line to every task above it (7–8, 10–13, 42–49)', () => {
    expect(task(7).responsibility).toBe(task(8).responsibility);
    expect(task(7).responsibility!.taskNumbers).toEqual([7, 8]);
    expect(task(10).responsibility!.taskNumbers).toEqual([10, 11, 12, 13]);
    expect(task(42).responsibility!.taskNumbers).toEqual([42, 43, 44, 45, 46, 47, 48, 49]);
    expect(units(13).map(([name]) => name)).toEqual(['卫健分局', '疫情防控指挥部', '宣传办', '公服办', '各村(社区)', '各有关单位']);
  });

  it('keeps 城管住建和农业农村局 whole and splits on the semicolon (task 40)', () => {
    expect(units(40)).toEqual([
      ['城管住建和农业农村局', 'lead', null],
      ['各有关单位', 'lead', null],
    ]);
  });

  it('tasks under 五 have no second-level heading', () => {
    expect(task(41).firstLevel?.title).toBe('坚持全镇一盘棋,强化工作指导监督');
    expect(task(41).secondLevel).toBeNull();
    expect(units(41)).toEqual([['党政综合办', 'lead', null]]);
  });
});

describe('tasksByUnit and tasksByHeading on 002', () => {
  it('counts tasks per unit as written', () => {
    const byUnit = new Map(tasksByUnit(plan).map((u) => [u.name, u]));
    expect(byUnit.get('司法所')!.lead.map((t) => t.number)).toEqual([1, 3]);
    expect(byUnit.get('党政综合办')!.cooperate.map((t) => t.number)).toEqual([3]);
    expect(byUnit.get('各单位')!.cooperate.map((t) => t.number)).toEqual([33, 34, 35]);
    expect(byUnit.get('各有关单位')!.total).toBe(43);
    expect(byUnit.has('各村(社区)')).toBe(true);
  });

  it('counts tasks per heading', () => {
    expect(tasksByHeading(plan).map((h) => [h.heading.ordinal, h.count])).toEqual([
      ['一', 9],
      ['二', 14],
      ['三', 9],
      ['四', 8],
      ['五', 9],
    ]);
  });
});

describe('parseUnits', () => {
  it('reads 按职责分工落实 and 职能分工落实 (without 按) as implementing', () => {
    expect(parseUnits('财政分局牵头,各有关单位、各村(社区)按职责分工落实').map((u) => u.role)).toEqual(['lead', 'implement', 'implement']);
    expect(parseUnits('公服办牵头,各有关单位职能分工落实')[1]).toMatchObject({ name: '各有关单位', role: 'implement', roleAsWritten: '职能分工落实' });
  });

  it('warns instead of guessing when a task has no 责任单位 line', () => {
    expect(parseWorkPlan('责任单位\n一、甲\n1.任务甲\n2.任务乙\n').warnings).toEqual(['task 1 has no responsible units', 'task 2 has no responsible units']);
    expect(parseWorkPlan('责任单位\n一、甲\n1.任务甲\n3.任务乙\n司法所\n').warnings).toEqual(['task 3 follows task 1']);
  });
});
