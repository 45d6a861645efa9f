import { z } from 'zod';
import { IndicatorIdSchema, IndicatorSchema } from './indicator';
import { JurisdictionSchema } from './jurisdiction';
import { ObservationSchema } from './observation';
import { SourceDocumentSchema } from './source-document';

/**
 * The two kinds of static file the app reads (see public/data):
 * - index.json: everything needed to draw the shell and the indicator picker;
 * - indicators/<id>.json: one indicator's observations, fetched only when shown.
 */
export const DATA_SCHEMA_VERSION = 1;

export const IndicatorSummarySchema = z.object({
  indicatorId: IndicatorIdSchema,
  observationCount: z.number().int().nonnegative(),
  jurisdictionCodes: z.array(z.string()),
  years: z.array(z.number().int()),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>;

export const DataIndexSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  /** Curated data comes from real documents; synthetic data is generated and must be labelled so. */
  dataset: z.object({ kind: z.enum(['curated', 'synthetic']), generatedAt: z.string() }),
  jurisdictions: z.array(JurisdictionSchema),
  documents: z.array(SourceDocumentSchema),
  indicators: z.array(IndicatorSchema),
  summaries: z.array(IndicatorSummarySchema),
});
export type DataIndex = z.infer<typeof DataIndexSchema>;

export const IndicatorDataFileSchema = z
  .object({
    schemaVersion: z.literal(DATA_SCHEMA_VERSION),
    indicatorId: IndicatorIdSchema,
    observations: z.array(ObservationSchema),
  })
  .refine((file) => file.observations.every((o) => o.indicatorId === file.indicatorId), {
    message: 'every observation must belong to the file’s indicator',
    path: ['observations'],
  });
export type IndicatorDataFile = z.infer<typeof IndicatorDataFileSchema>;

export function indicatorFileName(indicatorId: string): string {
  return `indicators/${indicatorId}.json`;
}

export function sourceFileName(sourceId: string): string {
  return `sources/${sourceId}.txt`;
}
