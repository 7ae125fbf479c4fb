import { type Request, type Response, Router } from 'express';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import { NotAllowedError, NotFoundError } from '../errors';
import { type Locale, pickLocale, translate } from '../i18n/messages';
import type { Viewer } from '../permissions';
import type { Services } from '../services';
import { loadEvent } from './access';
import { attendeesCsv } from './attendees-csv';
import { calendarFeedEvents } from './calendar-feed';
import { eventsCalendar } from './ics';

type FileRequest = Request<{ file: string }>;

/**
 * Answers a file for the signed-in viewer; what the viewer may not read is "not found", whether
 * or not it exists, and what they read but may not manage is "not allowed".
 */
async function asViewer(
  services: Services,
  req: FileRequest,
  res: Response,
  send: (viewer: Viewer, locale: Locale) => Promise<void>,
) {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  const viewer = token ? (await services.sessions.validate(token))?.viewer : null;
  const locale = pickLocale(viewer?.locale, req.get('accept-language'));
  const refuse = (status: number, key: 'error.notSignedIn' | 'error.notFound' | 'error.notAllowed') =>
    void res.status(status).type('text').send(translate(locale, { key }));
  if (!viewer) return refuse(401, 'error.notSignedIn');
  try {
    await send(viewer, locale);
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, 'error.notFound');
    if (error instanceof NotAllowedError) return refuse(403, 'error.notAllowed');
    throw error;
  }
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * `GET /events/<id>.ics`: one event for the viewer's calendar app, through the same rule as the
 * page. `GET /events/<id>/answers.csv`: the answers, for the event's organisers. `GET
 * /calendar/<secret>.ics`: a person's subscription feed.
 */
export function eventIcsRoutes(services: Services): Router {
  const router = Router();
  router.get('/events/:file', async (req: FileRequest, res, next) => {
    const id = new RegExp(`^(${UUID})\\.ics$`, 'i').exec(req.params.file)?.[1];
    if (!id) return next();
    await asViewer(services, req, res, async (viewer) => {
      const { event } = await loadEvent(services.db, viewer, id);
      res
        .type('text/calendar; charset=utf-8')
        .attachment(`event-${event.id}.ics`)
        .send(eventsCalendar([event], services.config.publicUrl, event.title));
    });
  });
  router.get('/events/:file/answers.csv', async (req: FileRequest, res, next) => {
    const id = new RegExp(`^${UUID}$`, 'i').exec(req.params.file)?.[0];
    if (!id) return next();
    await asViewer(services, req, res, async (viewer, locale) => {
      res
        .type('text/csv; charset=utf-8')
        .attachment(`event-${id}-answers.csv`)
        .send(await attendeesCsv(services.db, viewer, id, locale));
    });
  });
  // The subscription feed: its secret is the credential (calendar applications hold no session).
  router.get('/calendar/:file', async (req: FileRequest, res, next) => {
    const token = /^([A-Za-z0-9_-]{32})\.ics$/.exec(req.params.file)?.[1];
    if (!token) return next();
    const feed = await calendarFeedEvents(services.db, token);
    const locale = pickLocale(null, req.get('accept-language'));
    if (!feed)
      return void res
        .status(404)
        .type('text')
        .send(translate(locale, { key: 'error.notFound' }));
    res
      .type('text/calendar; charset=utf-8')
      .set('cache-control', 'private, max-age=900')
      .send(eventsCalendar(feed.events, services.config.publicUrl, feed.name));
  });
  return router;
}
