export { createNoticeMailer, type NoticeMailer } from "./mailer.ts";
export { sendDueReminders } from "./reminders.ts";
