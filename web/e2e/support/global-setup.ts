import type { TestProject } from 'vitest/node';
import { startMailbox } from './mailbox';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    /** Folder where the mails the server sends arrive (see ./mailbox.ts). */
    mailFolder: string;
  }
}

/** One server for the whole run: the demo seed takes a while, and tests use distinct people. */
export default async function setup(project: TestProject) {
  const mailbox = await startMailbox();
  const server = await startServer({ SMTP_URL: mailbox.smtpUrl });
  project.provide('serverUrl', server.url);
  project.provide('mailFolder', mailbox.folder);
  return async () => {
    await server.stop();
    await mailbox.stop();
  };
}
