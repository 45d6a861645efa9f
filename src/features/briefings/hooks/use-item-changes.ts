import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BriefingItem } from '../../../domain/briefing';
import { detectItemChanges, type ItemChanges } from '../../../domain/briefing-changes';
import { itemIndicatorIds } from '../../../domain/briefing-snapshot';
import { indicatorFileName } from '../../../domain/data-file-names';
import type { Observation } from '../../../domain/observation';
import { indicatorDataQueryOptions } from '../../../lib/data/get-indicator-data';

export type ItemCheck =
  | { state: 'pending' }
  | { state: 'unknown'; file: string }
  | { state: 'checked'; changes: ItemChanges };

/**
 * Fetches the current file of every indicator in the briefing and compares
 * each item's snapshot with it. An item whose file failed is "unknown",
 * never "unchanged".
 */
export function useItemChanges(items: readonly BriefingItem[]): (item: BriefingItem) => ItemCheck {
  const ids = useMemo(() => [...new Set(items.flatMap(itemIndicatorIds))].sort(), [items]);
  const results = useQueries({ queries: ids.map((id) => ({ ...indicatorDataQueryOptions(id), retry: false })) });
  const states = ids.map((id, i) => ({ id, data: results[i]?.data, failed: results[i]?.isError ?? false }));
  const key = states.map((s) => `${s.id}:${s.data ? 'd' : s.failed ? 'f' : 'p'}`).join('|');
  return useMemo(() => {
    const current = new Map<string, readonly Observation[]>();
    const failed = new Set<string>();
    for (const state of states) {
      if (state.data) current.set(state.id, state.data.observations);
      else if (state.failed) failed.add(state.id);
    }
    return (item: BriefingItem): ItemCheck => {
      const indicatorIds = itemIndicatorIds(item);
      const failedId = indicatorIds.find((id) => failed.has(id));
      if (failedId) return { state: 'unknown', file: indicatorFileName(failedId) };
      const changes = detectItemChanges(item, current);
      return changes ? { state: 'checked', changes } : { state: 'pending' };
    };
    // `key` stands for the query states: useQueries returns a new array each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, items]);
}
