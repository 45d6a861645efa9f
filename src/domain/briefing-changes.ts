import { observationsInScope, type BriefingItem } from './briefing';
import { latestValue } from './latest-values';
import type { Observation } from './observation';

/**
 * How an item's data differs from the current data: values changed (same
 * observation id, another value, qualifier or quote), removed, or added to
 * what the item's view would show now. Compared by observation id and value.
 */
export interface ItemChanges {
  updated: Array<{ id: string; before: Observation; after: Observation }>;
  removed: Observation[];
  added: Observation[];
}

export function hasChanges(changes: ItemChanges): boolean {
  return changes.updated.length + changes.removed.length + changes.added.length > 0;
}

function sameValue(a: Observation, b: Observation): boolean {
  return a.value === b.value && a.qualifier === b.qualifier && a.provenance.quote === b.provenance.quote && a.year === b.year;
}

/** What the item's view selects from the current data of its indicators. */
export function currentSelection(item: BriefingItem, current: ReadonlyMap<string, readonly Observation[]>): Observation[] | null {
  if (item.kind === 'profile') {
    const selected: Observation[] = [];
    for (const indicator of item.indicators) {
      const observations = current.get(indicator.id);
      if (!observations) return null;
      const latest = latestValue([...observations], item.jurisdiction.code);
      if (latest) selected.push(...latest.levels, ...latest.relatives);
    }
    return selected;
  }
  const observations = current.get(item.indicator.id);
  if (!observations) return null;
  const inScope = observationsInScope(observations, item.scope);
  // A quote is one value: another value in the same year is not a change to it.
  if (item.kind === 'quote') return inScope.filter((o) => o.id === item.observations[0]!.id);
  return inScope;
}

/**
 * Compares an item's snapshot with current data (indicator id → its current
 * observations). Null when the current data of one of its indicators is not
 * available (not loaded, or failed): unknown is not "unchanged".
 */
export function detectItemChanges(item: BriefingItem, current: ReadonlyMap<string, readonly Observation[]>): ItemChanges | null {
  const now = currentSelection(item, current);
  if (now === null) return null;
  const nowById = new Map(now.map((o) => [o.id, o]));
  const thenIds = new Set(item.observations.map((o) => o.id));
  const changes: ItemChanges = { updated: [], removed: [], added: [] };
  for (const before of item.observations) {
    const after = nowById.get(before.id);
    if (!after) changes.removed.push(before);
    else if (!sameValue(before, after)) changes.updated.push({ id: before.id, before, after });
  }
  for (const observation of now) if (!thenIds.has(observation.id)) changes.added.push(observation);
  return changes;
}
