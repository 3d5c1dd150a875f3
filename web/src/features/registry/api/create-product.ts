import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Product, ProductBody } from './types';

export interface CreateProductInput {
  businessId: string;
  body: ProductBody;
}

export function createProduct({ businessId, body }: CreateProductInput): Promise<Product> {
  return unwrap(
    api.POST('/api/registry/businesses/{id}/products', { params: { path: { id: businessId } }, body }),
  );
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProduct,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
