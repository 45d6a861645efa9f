/**
 * The formats of codes, ids and dates, free of zod: the schemas check them
 * (jurisdiction.ts, source-document.ts, indicator.ts) and zod-free code (the
 * extraction worker, small scripts) tests them directly.
 */

/** GB/T 2260 division code (six digits) or a nine-digit township code. */
export const DIVISION_CODE_PATTERN = /^\d{6}(\d{3})?$/;

/** A province-level GB/T 2260 code: two digits, then 0000 (110000 北京市). */
export const PROVINCE_CODE_PATTERN = /^\d{2}0000$/;

/** The province-level code a GB/T 2260 code (6 digits, or a 9-digit township code) falls under: its first two digits, then 0000. */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** Indicator ids are dotted kebab-case, e.g. hotline.resolution-rate. */
export const INDICATOR_ID_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

/** Document ids (the seed file name without ".txt"). */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** sha256 as 64 lower-case hex digits. */
export const SHA256_HEX_PATTERN = /^[0-9a-f]{64}$/;

/** The shape of an ISO date, YYYY-MM-DD (not whether the day exists: see isRealIsoDate). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value);
}
