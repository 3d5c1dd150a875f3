import type { QueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

/**
 * After a change to a business's people, products, certifications, reports or consents: the
 * detail (size class, figures, badges) and the lists (counts, certification filter) may differ.
 */
export function refreshBusiness(queryClient: QueryClient, businessId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: registryKeys.detail(businessId) }),
    queryClient.invalidateQueries({ queryKey: registryKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}
