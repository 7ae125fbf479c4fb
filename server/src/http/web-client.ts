import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

/** Serves the built Svelte client, with index.html for every client-side route. */
export function webClient(webDist: string): Router {
  const router = Router();
  if (!existsSync(join(webDist, 'index.html'))) return router;
  router.use(express.static(webDist, { index: false, maxAge: '1y', immutable: true, fallthrough: true }));
  router.get(/^(?!\/(graphql|api|auth|uploads)(\/|$)).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(webDist, 'index.html'));
  });
  return router;
}
