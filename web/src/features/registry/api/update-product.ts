import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Product, ProductPatch } from './types';

export interface UpdateProductInput {
  businessId: string;
  productId: string;
  body: ProductPatch;
}

export function updateProduct({ businessId, productId, body }: UpdateProductInput): Promise<Product> {
  return unwrap(
    api.PATCH('/api/registry/businesses/{id}/products/{childId}', {
      params: { path: { id: businessId, childId: productId } },
      body,
    }),
  );
}

export function useUpdateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProduct,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
