import type { QueryClient } from '@tanstack/react-query';
import { motifKeys } from './keys';
import type { IpRecord, Motif, MotifImage } from './types';

/**
 * After any change to a motif, its images or its IP records: the detail, the list (thumbnail, IP
 * badges) and the dashboard counts may all differ.
 */
export function refreshMotif(queryClient: QueryClient, motifId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: motifKeys.detail(motifId) }),
    queryClient.invalidateQueries({ queryKey: motifKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: motifKeys.dashboard() }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** Puts the images the server answered with into the cached motif, before the refetch. */
export function putImages(queryClient: QueryClient, motifId: string, images: MotifImage[]) {
  queryClient.setQueryData<Motif>(motifKeys.detail(motifId), (old) => (old ? { ...old, images } : old));
}

/** Puts one IP record the server answered with into the cached motif (added or replaced). */
export function putIpRecord(queryClient: QueryClient, motifId: string, record: IpRecord) {
  queryClient.setQueryData<Motif>(motifKeys.detail(motifId), (old) => {
    if (!old) return old;
    const known = old.ipRecords.some((r) => r.id === record.id);
    return {
      ...old,
      ipRecords: known
        ? old.ipRecords.map((r) => (r.id === record.id ? record : r))
        : [...old.ipRecords, record],
    };
  });
}
