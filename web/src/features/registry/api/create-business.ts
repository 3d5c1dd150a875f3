import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { BusinessDetail, CreateBusinessBody } from './types';

export function createBusiness(body: CreateBusinessBody): Promise<BusinessDetail> {
  return unwrap(api.POST('/api/registry/businesses', { body }));
}

export function useCreateBusiness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBusiness,
    onSuccess: (business) => {
      queryClient.setQueryData(registryKeys.detail(business.id), business);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: registryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
