import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Centre, UpdateCentreBody } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { centreKeys } from './keys';

export interface UpdateCentreInput {
  id: string;
  body: UpdateCentreBody;
}

export function updateCentre({ id, body }: UpdateCentreInput): Promise<Centre> {
  return unwrap(api.PATCH('/api/centres/{id}', { params: { path: { id } }, body }));
}

export function useUpdateCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCentre,
    onSuccess: (centre) => {
      queryClient.setQueryData(centreKeys.detail(centre.id), centre);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: centreKeys.list() }),
        // The session carries the user's centre (its name is in the header); users show centre names.
        queryClient.invalidateQueries({ queryKey: ['auth', 'session'] }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
