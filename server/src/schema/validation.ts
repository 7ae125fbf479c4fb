import type { StandardSchemaV1 } from '@standard-schema/spec';
import { z } from 'zod';
import { ValidationError } from '../errors';
import type { MessageKey } from '../i18n/messages';
import { markdownShapeIssue } from '../markdown/shape';

/**
 * zod messages carry a message key and its parameters ("validation.tooLong?max=200") so the
 * error reaches the person in their language.
 */
export function message(key: MessageKey, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return query ? `${key}?${query}` : key;
}

function parseMessage(text: string): { key: MessageKey; params: Record<string, string> } {
  const [key, query] = text.split('?', 2);
  return { key: key as MessageKey, params: Object.fromEntries(new URLSearchParams(query ?? '')) };
}

export function validationErrorFrom(issues: ReadonlyArray<StandardSchemaV1.Issue>): ValidationError {
  return new ValidationError(
    issues.map((issue) => ({
      field: (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.'),
      message: /^[a-z]+\.[A-Za-z]+(\?|$)/.test(issue.message)
        ? parseMessage(issue.message)
        : { key: 'error.validation' },
    })),
  );
}

/** Reusable field schemas with localised messages. */
export const fields = {
  email: () =>
    z
      .string()
      .trim()
      .toLowerCase()
      .max(320, message('validation.tooLong', { max: 320 }))
      .email(message('validation.email')),
  text: (max: number, min = 1) =>
    z
      .string()
      .trim()
      .min(min, message('validation.required'))
      .max(max, message('validation.tooLong', { max })),
  /** A post or comment body: its length, and a shape the Markdown parser handles in bounded time. */
  markdown: (max: number) =>
    fields.text(max).superRefine((body, context) => {
      const issue = markdownShapeIssue(body);
      if (issue) context.addIssue({ code: 'custom', message: message(issue.key, issue.params) });
    }),
  password: () =>
    z
      .string()
      .min(12, message('validation.passwordTooShort', { min: 12 }))
      .max(256, message('validation.tooLong', { max: 256 })),
  timeZone: () =>
    z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, message('validation.timeZone')),
  locale: () => z.enum(['fr', 'en'], { message: message('validation.locale') }),
};
