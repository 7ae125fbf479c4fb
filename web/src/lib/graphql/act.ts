import { t } from '../i18n/i18n.svelte';
import { toasts } from '../ui/toasts.svelte';
import { outcome, type ResultUnion, type SuccessData } from './outcome';

/**
 * Sends a mutation a button asked for (no form to show field errors in): its typed failure, or a
 * server out of reach, is said in an error toast. Returns the success data, or null after a failure.
 */
export async function act<R extends ResultUnion>(send: () => Promise<R>): Promise<SuccessData<R> | null> {
  try {
    const result = outcome(await send());
    if (result.ok) return result.data;
    toasts.show(result.failure.message, 'error');
  } catch (error) {
    toasts.show(error instanceof Error ? error.message : t('error.unexpected'), 'error');
  }
  return null;
}
