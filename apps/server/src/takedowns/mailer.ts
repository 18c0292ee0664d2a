import nodemailer from "nodemailer";
import type { Config } from "../platform/config.ts";

/** An e-mail with attachments, as a takedown notice or reminder goes out. */
export type NoticeMail = {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer | string; contentType: string }[];
};

/** Sends notices by e-mail; `null` when the node has no SMTP settings (portals only). */
export type NoticeMailer = { send(mail: NoticeMail): Promise<{ messageId: string }> };

/**
 * The messages built by the `json` transport (demos and tests), newest last, at most 50: the
 * transport sends nothing, so this is where a test reads what would have gone out.
 */
export const jsonOutbox: { to: string; subject: string; attachments: string[] }[] = [];

/** The mailer of TAKEDOWN_SMTP_URL: SMTP, nodemailer's JSON transport for `json`, or none. */
export function createNoticeMailer(config: Config): NoticeMailer | null {
  if (!config.takedownSmtpUrl) return null;
  const isJson = config.takedownSmtpUrl === "json";
  const transport = isJson
    ? nodemailer.createTransport({ jsonTransport: true })
    : nodemailer.createTransport(config.takedownSmtpUrl);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.takedownMailFrom, ...mail });
      if (isJson) {
        jsonOutbox.push({
          to: mail.to,
          subject: mail.subject,
          attachments: mail.attachments.map((a) => a.filename),
        });
        if (jsonOutbox.length > 50) jsonOutbox.shift();
      }
      return { messageId: info.messageId };
    },
  };
}
