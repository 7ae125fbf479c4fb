import { tick } from 'svelte';
import { ApiError } from '../graphql/api';
import { type Failure, fieldErrors } from '../graphql/outcome';
import { t } from '../i18n/i18n.svelte';

/**
 * The state of one form: sending, the message for the whole form and one message per field.
 * After a failure, focus moves to the first invalid field so keyboard and screen-reader users
 * land on what to fix.
 */
export class FormState<Field extends string> {
  pending = $state(false);
  message = $state<string | null>(null);
  errors = $state<Partial<Record<Field, string>>>({});

  constructor(private readonly fields: readonly Field[]) {}

  /** Runs the action of a submit event; the action returns a failure, or null on success. */
  async submit(event: SubmitEvent, action: () => Promise<Failure | null>): Promise<boolean> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.pending) return false;
    this.pending = true;
    this.message = null;
    this.errors = {};
    try {
      const failure = await action();
      if (!failure) return true;
      this.fail(failure);
    } catch (error) {
      this.message = error instanceof ApiError ? error.message : t('error.unexpected');
    } finally {
      this.pending = false;
    }
    await tick();
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form.querySelector<HTMLElement>('[data-form-message]'))?.focus();
    return false;
  }

  fail(failure: Failure): void {
    this.errors = fieldErrors(failure.issues, this.fields) as Partial<Record<Field, string>>;
    const unplaced = failure.issues.filter(
      (issue) => !this.fields.some((f) => issue.field.split('.').includes(f)),
    );
    this.message = unplaced[0]?.message ?? failure.message;
  }
}
