import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';

export interface DeleteProductInput {
  businessId: string;
  productId: string;
}

export function deleteProduct({ businessId, productId }: DeleteProductInput): Promise<void> {
  return unwrapVoid(
    api.DELETE('/api/registry/businesses/{id}/products/{childId}', {
      params: { path: { id: businessId, childId: productId } },
    }),
  );
}

export function useDeleteProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProduct,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
