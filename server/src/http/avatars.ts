import { Router } from 'express';
import type { Services } from '../services';

export function avatarRoutes(_services: Services): Router {
  return Router();
}
