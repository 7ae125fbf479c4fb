/** What is wrong with one field, or one line of an imported file. */
export type FieldIssue = { field: string; line: number | null; message: string };

/** A typed error returned in a mutation's result union (see the ErrorFields fragment). */
export type Failure = { code: string; message: string; issues: readonly FieldIssue[] };

export type ResultUnion = { __typename?: string };
export type SuccessData<R> = R extends { data: infer D } ? D : never;

export type Outcome<R> = { ok: true; data: SuccessData<R> } | { ok: false; failure: Failure };

/** Splits a `MutationXResult` union into its success data or the failure a form shows. */
export function outcome<R extends ResultUnion>(result: R): Outcome<R> {
  if ('data' in result) return { ok: true, data: result.data as SuccessData<R> };
  const error = result as Partial<Failure>;
  return {
    ok: false,
    failure: { code: error.code ?? 'UNKNOWN', message: error.message ?? '', issues: error.issues ?? [] },
  };
}

/**
 * Field errors keyed by the input's own name: the server reports nested paths
 * ("input.title", "input.workingHours.start") and a form only knows "title" or "workingHours".
 */
export function fieldErrors(issues: readonly FieldIssue[], known: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const segments = issue.field.split('.');
    const name = segments.find((s) => known.includes(s));
    if (name && !errors[name]) errors[name] = issue.message;
  }
  return errors;
}
