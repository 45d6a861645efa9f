import { z } from 'zod/mini';
import { LocalizedTextSchema } from './localized-text';
import { INDICATOR_ID_PATTERN } from './patterns';
import { UNIT_SYMBOLS } from './unit';
import './zod-messages';

/** A unit as the reports write it (the symbols and their labels are in the zod-free unit.ts). */
export const UnitSymbolSchema = z.enum(UNIT_SYMBOLS);

export const THEMES = [
  'hotline', // 12345 政务服务便民热线
  'administrativeReview', // 行政复议
  'disclosure', // 政务公开 / 政府信息公开
  'services', // 政务服务
  'enforcement', // 行政执法
  'mediation', // 人民调解
  'audit', // 审计监督
  'petitions', // 信访
  'legalAdvisers', // 法律顾问、公职律师
  'proposals', // 人大代表建议、政协提案
  'supervision', // 政务督查
  'decisionMaking', // 重大行政决策、合法性审查
  'regulations', // 规章、规范性文件
  'study', // 学法、培训
  'businessEnvironment', // 营商环境、市场主体
  'digitalGovernment', // 数字政府
] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

export const INDICATOR_KINDS = ['count', 'rate', 'amount'] as const;
export const IndicatorKindSchema = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

export const DIRECTIONS = ['higherIsBetter', 'lowerIsBetter', 'neutral'] as const;
export const DirectionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof DirectionSchema>;

export const IndicatorIdSchema = z
  .string()
  .check(z.regex(INDICATOR_ID_PATTERN, 'expected a dotted kebab-case id such as hotline.resolution-rate'));

export const IndicatorSchema = z
  .object({
    id: IndicatorIdSchema,
    name: LocalizedTextSchema,
    theme: ThemeSchema,
    unit: UnitSymbolSchema,
    kind: IndicatorKindSchema,
    direction: DirectionSchema,
    definition: LocalizedTextSchema,
    /** For rates: the count indicators whose ratio the rate states (null where reports never give the parts). */
    numeratorId: z.nullable(IndicatorIdSchema),
    denominatorId: z.nullable(IndicatorIdSchema),
    /** For a breakdown (e.g. complaints among all hotline work orders): the total it is a part of. */
    partOfId: z.nullable(IndicatorIdSchema),
  })
  .check(
    z.superRefine((indicator, ctx) => {
      if (indicator.kind !== 'rate' && (indicator.numeratorId !== null || indicator.denominatorId !== null)) {
        ctx.addIssue({ code: 'custom', path: ['numeratorId'], message: 'only rates have a numerator and denominator' });
      }
      if ((indicator.numeratorId === null) !== (indicator.denominatorId === null)) {
        ctx.addIssue({ code: 'custom', path: ['denominatorId'], message: 'numerator and denominator come together' });
      }
      if (indicator.kind === 'rate' && indicator.unit !== '%') {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a rate is expressed in %' });
      }
    }),
  );
export type Indicator = z.infer<typeof IndicatorSchema>;
