import type { Db } from '@levain/db';
import type { Config } from './config';
import type { Locale } from './i18n/messages';
import type { Viewer } from './permissions';
import type { Services } from './services';

/** What every resolver receives. */
export type Context = {
  db: Db;
  config: Config;
  services: Services;
  viewer: Viewer | null;
  sessionId: string | null;
  locale: Locale;
  request: Request;
  ip: string;
  /** Set-Cookie values to add to the response (sessions). */
  responseCookies: string[];
};

/** The context of a field built with `t.withAuth({ signedIn: true })`: the viewer is known. */
export type SignedInContext = Context & { viewer: Viewer };
