import { once } from 'node:events';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Mailbox = { smtpUrl: string; folder: string; stop(): Promise<void> };

/**
 * A real SMTP server for the run's server to send to. Each message lands as a file in `folder`,
 * where tests (in other processes than this setup) read it.
 */
export async function startMailbox(): Promise<Mailbox> {
  const folder = join(tmpdir(), `levain-e2e-mail-${process.pid}`);
  await mkdir(folder, { recursive: true });
  let count = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) =>
          writeFile(
            join(folder, `${Date.now()}-${++count}.json`),
            JSON.stringify({
              to: mail.to && 'text' in mail.to ? mail.to.text : '',
              subject: mail.subject,
              text: mail.text,
            }),
          ),
        )
        .then(() => callback(), callback);
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const { port } = smtp.server.address() as AddressInfo;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    folder,
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export type ReceivedMail = { to: string; subject: string; text: string };

/**
 * Waits for the first message to `to` whose subject matches, in the mailbox folder (the job worker
 * sends within seconds; the demo's notification emails arrive there too).
 */
export async function waitForMail(
  folder: string,
  to: string,
  subject: RegExp,
  timeoutMs = 30_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const name of (await readdir(folder)).sort()) {
      const mail = JSON.parse(await readFile(join(folder, name), 'utf8')) as ReceivedMail;
      if (mail.to === to && subject.test(mail.subject)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${to} after ${timeoutMs} ms`);
}
