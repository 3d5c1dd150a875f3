import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Centre, CreateCentreBody } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { centreKeys } from './keys';

export function createCentre(body: CreateCentreBody): Promise<Centre> {
  return unwrap(api.POST('/api/centres', { body }));
}

export function useCreateCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCentre,
    onSuccess: (centre) => {
      queryClient.setQueryData(centreKeys.detail(centre.id), centre);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: centreKeys.list() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
