import type { Viewer } from './viewer';

/** Skills are on profiles, which every colleague reads; endorsing is for colleagues only. */
export const skillRules = {
  'skill:endorse': (viewer: Viewer, person: { id: string }) => viewer.id !== person.id,
};
