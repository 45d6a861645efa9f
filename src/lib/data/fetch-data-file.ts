import type { z } from 'zod';
import { dataFileUrl } from './data-base-url';
import { DataLoadError } from './data-load-error';

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

/** Fetches a JSON data file and validates it at the boundary; only typed, checked data goes further. */
export async function fetchJsonFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  const response = await request(file, signal);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (cause) {
    throw new DataLoadError({ kind: 'json', file, cause });
  }
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

export async function fetchTextFile(file: string, signal?: AbortSignal): Promise<string> {
  const response = await request(file, signal);
  return response.text();
}
