import type { Logger } from 'pino';

/**
 * Every domain event and its payload. Plugins add theirs by declaration merging:
 * `declare module '@levain/server/plugin' { interface AppEvents { 'pulse.campaign-opened': {...} } }`
 */
export interface AppEvents {
  'user.created': { userId: string; via: 'invitation' | 'sso' | 'import' | 'signup' | 'seed' };
  'user.updated': { userId: string; actorId: string };
  'user.deactivated': { userId: string; actorId: string };
  'directory.imported': { actorId: string; created: number; updated: number; orgUnitsCreated: number };
  'plugin.toggled': { pluginId: string; enabled: boolean; actorId: string };
}

export type EventName = keyof AppEvents;
export type EventHandler<E extends EventName> = (payload: AppEvents[E]) => Promise<void> | void;

/** In-process typed bus; writers emit after their transaction commits. */
export class EventBus {
  private readonly handlers = new Map<EventName, EventHandler<EventName>[]>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  on<E extends EventName>(event: E, handler: EventHandler<E>): void {
    const list = this.handlers.get(event) ?? [];
    list.push(handler as EventHandler<EventName>);
    this.handlers.set(event, list);
  }

  emit<E extends EventName>(event: E, payload: AppEvents[E]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      const run = (async () => {
        try {
          await handler(payload);
        } catch (error) {
          this.logger.error({ err: error, event }, 'event handler failed');
        }
      })();
      this.pending.add(run);
      void run.finally(() => this.pending.delete(run));
    }
  }

  /** Resolves when every handler started so far has finished (shutdown, tests). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
