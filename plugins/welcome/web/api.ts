import { graphql } from '@levain/web/plugin';

/** Core fields only: the test plugin is not installed, so its own fields are not in the printed schema. */
export const WELCOME_VIEWER = graphql(`
  query WelcomeViewer { me { id name } }
`);
