export { listNotifications, markNotificationRead, notify } from "./service.ts";
