import type { SelectOption } from '../../components/select';
import { useCentres } from '../../features/centres/api/get-centres';

/** Centres as select options, for the forms and filters of other features. */
export function useCentreOptions(): SelectOption[] {
  const { data } = useCentres();
  return (data ?? []).map((centre) => ({ value: centre.id, label: centre.name }));
}
