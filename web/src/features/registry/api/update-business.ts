import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { BusinessDetail, UpdateBusinessBody } from './types';

export interface UpdateBusinessInput {
  id: string;
  body: UpdateBusinessBody;
}

export function updateBusiness({ id, body }: UpdateBusinessInput): Promise<BusinessDetail> {
  return unwrap(api.PATCH('/api/registry/businesses/{id}', { params: { path: { id } }, body }));
}

export function useUpdateBusiness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBusiness,
    onSuccess: (business) => {
      queryClient.setQueryData(registryKeys.detail(business.id), business);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: registryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
