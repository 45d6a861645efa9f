/**
 * The year a report is about, guessed from its text. Apart from the period
 * reader (period.ts) so the import page can prefill the year without loading
 * the extraction engine, which runs in the worker.
 */
const YEAR_IN_TEXT = /((?:19|20)\d\d)年(?!的|同期)/g;

/** The most frequent year written "YYYY年" (ties go to the later year); null when none. */
export function inferDocumentYear(text: string): number | null {
  const counts = new Map<number, number>();
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(text); m !== null; m = YEAR_IN_TEXT.exec(text)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
