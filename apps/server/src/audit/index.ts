export { canonicalJson } from "./chain.ts";
export type { AuditChainer } from "./chainer.ts";
export { chainPendingAudit, startAuditChainer } from "./chainer.ts";
export { selectAuditRows, toAuditEntryView } from "./queries.ts";
export type { AuditEvent } from "./record.ts";
export { initialiseAuditChain, recordAudit, sealAuditCheckpoint } from "./record.ts";
export { verifyAuditChain } from "./verify.ts";
