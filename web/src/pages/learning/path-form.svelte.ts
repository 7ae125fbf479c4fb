import { FormState } from '../../lib/forms/form.svelte';
import type { Failure } from '../../lib/graphql/outcome';

/**
 * The path editor's form: the server names each wrong field by its place in the path
 * ("input.modules.0.steps.2.title"), and the editor shows the message next to that field.
 */
export class PathFormState extends FormState<string> {
  constructor() {
    super([]);
  }

  override fail(failure: Failure): void {
    const errors: Record<string, string> = {};
    for (const issue of failure.issues) {
      const field = issue.field.replace(/^input\./, '');
      errors[field] ??= issue.message;
    }
    this.errors = errors;
    this.message = failure.message;
  }
}
