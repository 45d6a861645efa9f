import { z } from 'zod/mini';

/**
 * Error messages for zod/mini, which loads no locale (every issue would read
 * "Invalid input"). Data-load errors, backup and briefing-file problems show
 * `path: message` to users, so each issue is phrased from its code and
 * parameters: what was expected and what was found. Messages a schema passes
 * itself (regex, refine and custom messages) take precedence and are kept.
 *
 * Every module that defines schemas imports this one, so the messages are in
 * place before anything is parsed.
 */

const TYPE_NAMES: Record<string, string> = { int: 'integer', nan: 'NaN' };

const SIZE_UNITS: Record<string, [one: string, many: string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
  map: ['entry', 'entries'],
  file: ['byte', 'bytes'],
};

const FORMAT_NAMES: Record<string, string> = {
  datetime: 'an ISO 8601 date-time',
  date: 'an ISO date (YYYY-MM-DD)',
  time: 'an ISO time',
  duration: 'an ISO 8601 duration',
  email: 'an email address',
  url: 'a URL',
  uuid: 'a UUID',
  guid: 'a GUID',
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** What was found, short enough for a message: numbers and booleans by value (NaN, Infinity), anything else by type. */
function received(input: unknown): string {
  if (input === null || input === undefined) return String(input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (typeof input === 'bigint') return `${input}n`;
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value);
}

function count(n: number | bigint, [one, many]: [string, string]): string {
  return `${String(n)} ${n === 1 || n === 1n ? one : many}`;
}

function bound(origin: string, limit: number | bigint, side: 'min' | 'max', inclusive: boolean | undefined, exact: boolean | undefined): string {
  const units = SIZE_UNITS[origin];
  if (units) {
    const how = exact ? 'exactly' : side === 'min' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';
    return `expected ${origin === 'array' ? 'an array' : `a ${origin}`} of ${how} ${count(limit, units)}`;
  }
  const sign = exact ? '=' : side === 'min' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  return `expected ${typeName(origin)} ${sign} ${String(limit)}`;
}

/** The message for an issue that carries none of its own. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeName(issue.expected)}, received ${received(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `expected ${literal(issue.values[0])}` : `expected one of ${issue.values.map(literal).join(', ')}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, 'min', issue.inclusive, issue.exact);
    case 'too_big':
      return bound(issue.origin, issue.maximum, 'max', issue.inclusive, issue.exact);
    case 'invalid_format': {
      const { prefix, suffix, includes } = issue as { prefix?: string; suffix?: string; includes?: string };
      switch (issue.format) {
        case 'regex':
          return `expected a string matching ${issue.pattern}`;
        case 'starts_with':
          return `expected a string starting with ${literal(prefix)}`;
        case 'ends_with':
          return `expected a string ending with ${literal(suffix)}`;
        case 'includes':
          return `expected a string containing ${literal(includes)}`;
        default:
          return `expected ${FORMAT_NAMES[issue.format] ?? `a string in ${issue.format} format`}`;
      }
    }
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `unexpected key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(literal).join(', ')}`;
    case 'invalid_union':
      if (issue.inclusive === false) return 'matches more than one of the allowed shapes';
      if (issue.options && issue.options.length > 0) return `expected one of ${issue.options.map(literal).join(', ')}`;
      return 'matches none of the allowed shapes';
    case 'invalid_key':
      return `invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `invalid value in ${issue.origin}`;
    default:
      return 'invalid value';
  }
}

z.config({ localeError: issueMessage });
