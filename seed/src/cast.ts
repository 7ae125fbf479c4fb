import type { Random } from '@levain/server/seeding';
import { namedAccounts } from './accounts';
import type { CountryCode } from './content/fills';
import type { Lang } from './content/types';
import type { DemoPerson } from './people';

/**
 * Who speaks in the demo, and how much. Like in any company network, a few people write a lot,
 * many now and then, most mostly read; the named demo accounts are among the active ones so the
 * people a visitor signs in as have a history.
 */
export class Cast {
  private readonly byId: Map<string, DemoPerson>;
  private readonly activities = new Map<string, number>();
  /** Ids of the demo accounts, by email. */
  readonly named: Map<string, string>;
  private readonly namedIds: Set<string>;

  constructor(
    readonly people: DemoPerson[],
    random: Random,
  ) {
    this.byId = new Map(people.map((p) => [p.id, p]));
    const namedEmails = new Set(namedAccounts.map((a) => a.email));
    this.named = new Map(people.filter((p) => namedEmails.has(p.email)).map((p) => [p.email, p.id]));
    this.namedIds = new Set(this.named.values());
    for (const person of people) {
      const roll = random.next();
      const activity = namedEmails.has(person.email) ? 6 : roll < 0.15 ? 5 : roll < 0.5 ? 1.5 : 0.3;
      this.activities.set(person.id, activity);
    }
  }

  person(id: string): DemoPerson {
    return this.byId.get(id)!;
  }

  activity(id: string): number {
    return this.activities.get(id)!;
  }

  lang(id: string): Lang {
    return this.person(id).locale;
  }

  /** The group's own people (org unit "atlas") count as French. */
  country(id: string): CountryCode {
    const code = this.person(id).orgUnitCode.slice(0, 2);
    return code === 'be' || code === 'ca' || code === 'uk' ? code : 'fr';
  }

  firstName(id: string): string {
    return this.person(id).name.split(' ')[0]!;
  }

  isNamed(id: string): boolean {
    return this.namedIds.has(id);
  }
}
