import type { Message, MessageKey, PluginMessageKey } from './i18n/messages';

/** An error a person can act on: typed in the schema, worded in their language. */
export abstract class LevainError extends Error {
  abstract readonly code: string;
  constructor(readonly i18n: Message) {
    super(i18n.key);
  }
}

export type FieldIssue = { field: string; message: Message; line?: number };

export class ValidationError extends LevainError {
  readonly code = 'VALIDATION';
  constructor(
    readonly issues: FieldIssue[],
    summary: MessageKey | PluginMessageKey = 'error.validation',
  ) {
    super({ key: summary });
  }
  static field(
    field: string,
    key: MessageKey | PluginMessageKey,
    params?: Record<string, string | number>,
  ): ValidationError {
    return new ValidationError([{ field, message: { key, params } }]);
  }
}

export class NotAllowedError extends LevainError {
  readonly code = 'NOT_ALLOWED';
  constructor(key: MessageKey | PluginMessageKey = 'error.notAllowed') {
    super({ key });
  }
}

export class NotSignedInError extends LevainError {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super({ key: 'error.notSignedIn' });
  }
}

export class NotFoundError extends LevainError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super({ key: 'error.notFound' });
  }
}

export class RateLimitedError extends LevainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly retryAfterSeconds: number,
    key: MessageKey = 'error.rateLimited',
  ) {
    super({ key, params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } });
  }
}

export class PluginDisabledError extends LevainError {
  readonly code = 'PLUGIN_DISABLED';
  constructor(readonly pluginId: string) {
    super({ key: 'error.pluginDisabled', params: { plugin: pluginId } });
  }
}

/**
 * Something the person must do before this write (a plugin's requirement, e.g. accept the
 * behaviour charter before a first post): the message says what, `path` is the web page to do it.
 */
export class ActionRequiredError extends LevainError {
  readonly code = 'ACTION_REQUIRED';
  constructor(
    key: PluginMessageKey,
    readonly path: string,
  ) {
    super({ key });
  }
}
