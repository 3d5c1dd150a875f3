import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { formatRupiah } from '../../../lib/format';
import { type Lang, useLang, useT } from '../../../lib/i18n';
import { useDeleteProduct } from '../api/delete-product';
import type { BusinessDetail, Product } from '../api/types';
import { ItemStatus, useItemEditing } from './item-editing';
import { ProductForm } from './product-form';

function priceText(product: Product, lang: Lang): string {
  const { priceMinIdr: min, priceMaxIdr: max } = product;
  if (min == null && max == null) return '';
  if (min != null && max != null && min !== max)
    return `${formatRupiah(min, lang)} – ${formatRupiah(max, lang)}`;
  return formatRupiah((min ?? max) as number, lang);
}

export interface ProductsSectionProps {
  business: BusinessDetail;
  canEdit: boolean;
}

/** Produk: what the business makes, with a price range per unit. */
export function ProductsSection({ business, canEdit }: ProductsSectionProps) {
  const t = useT();
  const lang = useLang();
  const remove = useDeleteProduct();
  const item = useItemEditing();

  return (
    <>
      <ItemStatus done={item.done} error={remove.error} />
      {business.products.length === 0 ? (
        <p className="empty">{t('registry.product.none')}</p>
      ) : (
        <ul className="item-list">
          {business.products.map((product) =>
            item.editing === product.id ? (
              <li key={product.id}>
                <ProductForm
                  businessId={business.id}
                  product={product}
                  onDone={item.finish(t('common.saved'))}
                  onCancel={item.cancel}
                />
              </li>
            ) : (
              <li key={product.id} className="item">
                <div className="item-head">
                  <p className="item-title">{product.name}</p>
                  <span className="badge">{product.category}</span>
                </div>
                {priceText(product, lang) && (
                  <p className="item-meta">
                    {t('registry.product.pricePer', { price: priceText(product, lang), unit: product.unit })}
                  </p>
                )}
                {product.description && <p className="item-meta">{product.description}</p>}
                {canEdit && (
                  <div className="item-actions">
                    <Button
                      onClick={() => {
                        item.start(product.id);
                      }}
                    >
                      {t('common.edit')}
                      <span className="sr-only"> {product.name}</span>
                    </Button>
                    <ConfirmButton
                      label={t('registry.product.remove')}
                      question={t('registry.product.removeConfirm', { name: product.name })}
                      confirmLabel={t('registry.product.removeYes')}
                      busy={remove.isPending && remove.variables?.productId === product.id}
                      onConfirm={() =>
                        remove.mutate(
                          { businessId: business.id, productId: product.id },
                          {
                            onSuccess: () =>
                              item.announce(t('registry.product.removed', { name: product.name })),
                          },
                        )
                      }
                    />
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {canEdit &&
        (item.editing === 'new' ? (
          <ProductForm
            businessId={business.id}
            onDone={item.finish(t('registry.product.added'))}
            onCancel={item.cancel}
          />
        ) : (
          <Button
            onClick={() => {
              item.start('new');
            }}
          >
            {t('registry.product.add')}
          </Button>
        ))}
    </>
  );
}
