import { access, constants, mkdir } from "node:fs/promises";
import { MailerError } from "./errors.ts";
import { emlFileName } from "./message-id.ts";
import { composeMessage } from "./to-mail-options.ts";
import type { Mailer } from "./types.ts";
import { writeEmlFile } from "./write-eml-file.ts";

/**
 * Writes each message to `<outboxDir>/<file name from its Message-ID>.eml`, the same bytes an SMTP
 * server would receive (headers included). One file per Message-ID: a resend replaces it.
 */
export function createEmlMailer(outboxDir: string, from: string): Mailer {
  return {
    kind: "eml",
    async send(message) {
      try {
        const content = await composeMessage(message, from);
        return { ok: true, response: await writeEmlFile(outboxDir, emlFileName(message.messageId), content) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? null;
        // A full disk frees up; a directory we may not write to does not.
        const permanent = code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOTDIR";
        return { ok: false, permanent, message: (error as Error).message, code };
      }
    },
    async verify() {
      try {
        await mkdir(outboxDir, { recursive: true });
        await access(outboxDir, constants.W_OK);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? null;
        throw new MailerError(`the e-mail outbox ${outboxDir} is not writable: ${(error as Error).message}`, { permanent: true, code });
      }
    },
    async close() {},
  };
}
