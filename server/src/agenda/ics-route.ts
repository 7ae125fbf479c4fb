import { type Request, Router } from 'express';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import { NotFoundError } from '../errors';
import { pickLocale, translate } from '../i18n/messages';
import type { Services } from '../services';
import { loadEvent } from './access';
import { eventsCalendar } from './ics';

/**
 * `GET /events/<id>.ics`: one event for the viewer's calendar app, through the same rule as the
 * page (an event the viewer may not read is "not found", whether or not it exists).
 */
export function eventIcsRoutes(services: Services): Router {
  const router = Router();
  router.get('/events/:file', async (req: Request<{ file: string }>, res, next) => {
    const match = /^([0-9a-f-]{36})\.ics$/i.exec(req.params.file);
    if (!match) return next();
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const viewer = token ? (await services.sessions.validate(token))?.viewer : null;
    const locale = pickLocale(viewer?.locale, req.get('accept-language'));
    if (!viewer)
      return void res
        .status(401)
        .type('text')
        .send(translate(locale, { key: 'error.notSignedIn' }));
    try {
      const { event } = await loadEvent(services.db, viewer, match[1]!);
      res
        .type('text/calendar; charset=utf-8')
        .attachment(`event-${event.id}.ics`)
        .send(eventsCalendar([event], services.config.publicUrl, event.title));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      res
        .status(404)
        .type('text')
        .send(translate(locale, { key: 'error.notFound' }));
    }
  });
  return router;
}
