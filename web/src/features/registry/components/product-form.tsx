import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextAreaField, TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreateProduct } from '../api/create-product';
import type { Product, ProductBody } from '../api/types';
import { useUpdateProduct } from '../api/update-product';
import { changedFields } from '../lib/business-values';
import { parseRupiah, toInputText } from '../lib/numbers';
import { errorsOf, productSchema } from '../lib/schemas';
import { useFieldErrors } from '../lib/use-field-errors';
import { LiveErrorCount } from './live-error-count';
import { NumberField } from './number-field';

interface ProductValues {
  name: string;
  category: string;
  priceMinIdr: string;
  priceMaxIdr: string;
  unit: string;
  description: string;
}

const FIELD_NAMES = ['name', 'category', 'priceMinIdr', 'priceMaxIdr', 'unit', 'description'];

function valuesOf(product: Product | undefined): ProductValues {
  return {
    name: product?.name ?? '',
    category: product?.category ?? '',
    priceMinIdr: toInputText(product?.priceMinIdr),
    priceMaxIdr: toInputText(product?.priceMaxIdr),
    unit: product?.unit ?? 'lembar',
    description: product?.description ?? '',
  };
}

function bodyOf(values: ProductValues) {
  const min = parseRupiah(values.priceMinIdr);
  const max = parseRupiah(values.priceMaxIdr);
  const body: ProductBody = {
    name: values.name.trim(),
    category: values.category.trim(),
    priceMinIdr: min.ok ? min.value : null,
    priceMaxIdr: max.ok ? max.value : null,
    unit: values.unit.trim(),
    description: values.description.trim() || null,
  };
  return { body, minUnreadable: !min.ok, maxUnreadable: !max.ok };
}

export interface ProductFormProps {
  businessId: string;
  product?: Product;
  onDone: () => void;
  onCancel: () => void;
}

export function ProductForm({ businessId, product, onDone, onCancel }: ProductFormProps) {
  const t = useT();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const mutation = product ? update : create;
  const [values, setValues] = useState<ProductValues>(() => valuesOf(product));
  const { body, minUnreadable, maxUnreadable } = bodyOf(values);
  const local = errorsOf(productSchema, body, t);
  if (minUnreadable) local.priceMinIdr = t('registry.v.rupiahFormat');
  if (maxUnreadable) local.priceMaxIdr = t('registry.v.rupiahFormat');
  const errors = useFieldErrors(local, values as unknown as Record<string, unknown>);
  const idPrefix = product ? `product-${product.id}` : 'product-new';

  function set<K extends keyof ProductValues>(name: K, value: string) {
    setValues((old) => ({ ...old, [name]: value }));
    errors.typed(name);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!errors.submit()) {
      mutation.reset();
      focusFirstError(form);
      return;
    }
    const onError = (failure: unknown) => {
      errors.fromServer(failure);
      focusFirstError(form);
    };
    if (!product) {
      create.mutate({ businessId, body }, { onSuccess: onDone, onError });
      return;
    }
    const patch = changedFields(bodyOf(valuesOf(product)).body as Record<string, unknown>, body);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    update.mutate({ businessId, productId: product.id, body: patch }, { onSuccess: onDone, onError });
  }

  const field = (name: keyof ProductValues) => ({
    name,
    value: values[name],
    onBlur: () => errors.left(name),
    error: errors.error(name),
  });

  return (
    <form className="form subform" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>
        {product ? t('registry.product.editTitle', { name: product.name }) : t('registry.product.addTitle')}
      </h3>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={FIELD_NAMES} />
      </div>
      <LiveErrorCount count={errors.live} />
      <TextField
        label={t('registry.product.name')}
        required
        autoComplete="off"
        {...field('name')}
        onChange={(event) => set('name', event.target.value)}
      />
      <TextField
        label={t('registry.product.category')}
        hint={t('registry.product.categoryHint')}
        required
        autoComplete="off"
        list={`${idPrefix}-categories`}
        {...field('category')}
        onChange={(event) => set('category', event.target.value)}
      />
      <datalist id={`${idPrefix}-categories`}>
        {['Kain batik tulis', 'Kain batik cap', 'Kain batik kombinasi', 'Kemeja', 'Selendang', 'Sarung'].map(
          (c) => (
            <option key={c} value={c} />
          ),
        )}
      </datalist>
      <div className="field-pair">
        <NumberField
          label={t('registry.product.priceMin')}
          kind="rupiah"
          {...field('priceMinIdr')}
          onValue={(text) => set('priceMinIdr', text)}
        />
        <NumberField
          label={t('registry.product.priceMax')}
          kind="rupiah"
          {...field('priceMaxIdr')}
          onValue={(text) => set('priceMaxIdr', text)}
        />
      </div>
      <TextField
        label={t('registry.product.unit')}
        hint={t('registry.product.unitHint')}
        required
        autoComplete="off"
        {...field('unit')}
        onChange={(event) => set('unit', event.target.value)}
      />
      <TextAreaField
        label={t('registry.product.description')}
        rows={3}
        {...field('description')}
        onChange={(event) => set('description', event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
