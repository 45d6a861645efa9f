import type { z } from 'zod/mini';
import '../../domain/zod-messages';
import { dataFileUrl } from './data-base-url';
import { DataLoadError } from './data-load-error';
import { takeEarlyJson } from './early-data';

async function request(file: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(dataFileUrl(file), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataLoadError({ kind: 'network', file, cause });
  }
  if (!response.ok) throw new DataLoadError({ kind: 'http', file, status: response.status });
  return response;
}

/** Validates parsed JSON against a schema, or throws a DataLoadError naming each offending field. */
export function validateDataFile<Schema extends z.ZodMiniType>(file: string, schema: Schema, json: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new DataLoadError({
      kind: 'schema',
      file,
      issues: parsed.error.issues.slice(0, 5).map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

/** Fetches a data file and parses it as JSON, without validating it yet. */
export async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  const early = await takeEarlyJson(dataFileUrl(file));
  if (early) return early.json;
  const response = await request(file, signal);
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch (cause) {
    throw new DataLoadError({ kind: 'json', file, cause });
  }
}

/** Fetches a JSON data file and validates it at the boundary; only typed, checked data goes further. */
export async function fetchJsonFile<Schema extends z.ZodMiniType>(
  file: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  return validateDataFile(file, schema, await fetchJson(file, signal));
}

export async function fetchTextFile(file: string, signal?: AbortSignal): Promise<string> {
  const response = await request(file, signal);
  return response.text();
}
