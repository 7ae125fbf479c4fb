import { Router } from 'express';
import type { Services } from '../services';

export function oidcRoutes(_services: Services): Router {
  return Router();
}
