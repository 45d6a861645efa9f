import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Briefing, BriefingItemDraft } from '../../domain/briefing';
import {
  addBriefingItem,
  createBriefing,
  deleteBriefing,
  duplicateBriefing,
  getBriefing,
  importBriefings,
  listBriefings,
  saveBriefing,
} from './briefing-store';

/** Query keys for briefings held in this browser, apart from the static ['data', …] files. */
export const briefingKeys = {
  all: ['briefings'] as const,
  list: () => [...briefingKeys.all, 'list'] as const,
  one: (id: string) => [...briefingKeys.all, 'one', id] as const,
};

export function briefingListQueryOptions() {
  return queryOptions({ queryKey: briefingKeys.list(), queryFn: () => listBriefings(), staleTime: Infinity });
}

export function useBriefingList(options: { enabled?: boolean } = {}) {
  return useQuery({ ...briefingListQueryOptions(), enabled: options.enabled ?? true });
}

export function briefingQueryOptions(id: string) {
  return queryOptions({ queryKey: briefingKeys.one(id), queryFn: () => getBriefing(id), staleTime: Infinity });
}

export function useBriefing(id: string) {
  return useQuery(briefingQueryOptions(id));
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: briefingKeys.all });
}

export function useCreateBriefing() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ first, ...fields }: { title: string; date: string; author?: string; first?: BriefingItemDraft }) => createBriefing(fields, new Date(), first),
    onSettled: invalidate,
  });
}

export function useAddBriefingItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ briefingId, draft }: { briefingId: string; draft: BriefingItemDraft }) => addBriefingItem(briefingId, draft),
    onSettled: invalidate,
  });
}

export function useDuplicateBriefing() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, title }: { id: string; title: (original: string) => string }) => duplicateBriefing(id, title),
    onSettled: invalidate,
  });
}

export function useDeleteBriefing() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => deleteBriefing(id), onSettled: invalidate });
}

export function useImportBriefings() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (briefings: Briefing[]) => importBriefings(briefings), onSettled: invalidate });
}

/**
 * Saves an edited briefing: the cache shows the edit at once, writes go to
 * IndexedDB one after another in the order made, and the list refreshes.
 */
export function useSaveBriefing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (briefing: Briefing) => saveBriefing(briefing),
    onMutate: (briefing) => {
      queryClient.setQueryData(briefingKeys.one(briefing.id), briefing);
    },
    // A failed write shows again what is stored.
    onError: (_error, briefing) => queryClient.invalidateQueries({ queryKey: briefingKeys.one(briefing.id) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: briefingKeys.list() }),
    scope: { id: 'briefing-writes' },
  });
}
