import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicators } from '../../data/catalog/indicators';
import { curatedDocuments } from '../../data/curated/all-documents';
import type { GoldLink } from '../../src/domain/extraction/evaluate';

const SOURCE_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'public/data/sources');

/**
 * The curated observations of each source document as gold for indicator
 * links (scoreLinks): indicator, value in the engine's base unit and where the
 * number stands in the text. Relative values (是2017年的2倍, 由3%提高至5%) are
 * left out: the engine never links them.
 */
export function curatedLinkGold(): Array<{ sourceId: string; text: string; gold: GoldLink[] }> {
  const unitOf = new Map(indicators.map((i) => [i.id, i.unit]));
  return curatedDocuments.map((doc) => {
    const text = readFileSync(join(SOURCE_DIR, `${doc.sourceId}.txt`), 'utf8');
    const gold = doc.facts
      .filter((f) => f.relative === undefined)
      .map((f) => {
        let at = -1;
        for (let k = 0; k <= (f.occurrence ?? 0); k++) at = text.indexOf(f.quote, at + 1);
        if (at < 0) throw new Error(`${doc.sourceId}: quote not found: ${f.quote}`);
        const unit = unitOf.get(f.indicatorId);
        const scale = unit === '万元' ? 1e4 : unit === '亿元' ? 1e8 : 1;
        return { indicatorId: f.indicatorId, value: f.value * scale, numberAt: at + f.quote.indexOf(f.valueAsWritten), quote: f.quote };
      });
    return { sourceId: doc.sourceId, text, gold };
  });
}
