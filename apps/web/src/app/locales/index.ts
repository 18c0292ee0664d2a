import enAccount from "./en/account.json";
import enAdmin from "./en/admin.json";
import enAds from "./en/ads.json";
import enAudit from "./en/audit.json";
import enAuth from "./en/auth.json";
import enCases from "./en/cases.json";
import enCommon from "./en/common.json";
import enDirectory from "./en/directory.json";
import enEvidence from "./en/evidence.json";
import enOnlineHarm from "./en/online-harm.json";
import enReferrals from "./en/referrals.json";
import enReview from "./en/review.json";
import enScreening from "./en/screening.json";
import enSelectors from "./en/selectors.json";
import enTakedowns from "./en/takedowns.json";
import enVocab from "./en/vocab.json";
import thAccount from "./th/account.json";
import thAdmin from "./th/admin.json";
import thAds from "./th/ads.json";
import thAudit from "./th/audit.json";
import thAuth from "./th/auth.json";
import thCases from "./th/cases.json";
import thCommon from "./th/common.json";
import thDirectory from "./th/directory.json";
import thEvidence from "./th/evidence.json";
import thOnlineHarm from "./th/online-harm.json";
import thReferrals from "./th/referrals.json";
import thReview from "./th/review.json";
import thScreening from "./th/screening.json";
import thSelectors from "./th/selectors.json";
import thTakedowns from "./th/takedowns.json";
import thVocab from "./th/vocab.json";
import viAccount from "./vi/account.json";
import viAdmin from "./vi/admin.json";
import viAds from "./vi/ads.json";
import viAudit from "./vi/audit.json";
import viAuth from "./vi/auth.json";
import viCases from "./vi/cases.json";
import viCommon from "./vi/common.json";
import viDirectory from "./vi/directory.json";
import viEvidence from "./vi/evidence.json";
import viOnlineHarm from "./vi/online-harm.json";
import viReferrals from "./vi/referrals.json";
import viReview from "./vi/review.json";
import viScreening from "./vi/screening.json";
import viSelectors from "./vi/selectors.json";
import viTakedowns from "./vi/takedowns.json";
import viVocab from "./vi/vocab.json";

/** Translation namespaces, one per area of the app (vocab: the codes the API sends). */
export const namespaces = [
  "common",
  "auth",
  "admin",
  "audit",
  "account",
  "vocab",
  "cases",
  "directory",
  "referrals",
  "review",
  "selectors",
  "screening",
  "takedowns",
  "ads",
  "online-harm",
  "evidence",
] as const;

const en = {
  common: enCommon,
  auth: enAuth,
  admin: enAdmin,
  audit: enAudit,
  account: enAccount,
  vocab: enVocab,
  cases: enCases,
  directory: enDirectory,
  referrals: enReferrals,
  review: enReview,
  selectors: enSelectors,
  screening: enScreening,
  takedowns: enTakedowns,
  ads: enAds,
  "online-harm": enOnlineHarm,
  evidence: enEvidence,
};
export type Messages = typeof en;

const vi = {
  common: viCommon,
  auth: viAuth,
  admin: viAdmin,
  audit: viAudit,
  account: viAccount,
  vocab: viVocab,
  cases: viCases,
  directory: viDirectory,
  referrals: viReferrals,
  review: viReview,
  selectors: viSelectors,
  screening: viScreening,
  takedowns: viTakedowns,
  ads: viAds,
  "online-harm": viOnlineHarm,
  evidence: viEvidence,
};
const th = {
  common: thCommon,
  auth: thAuth,
  admin: thAdmin,
  audit: thAudit,
  account: thAccount,
  vocab: thVocab,
  cases: thCases,
  directory: thDirectory,
  referrals: thReferrals,
  review: thReview,
  selectors: thSelectors,
  screening: thScreening,
  takedowns: thTakedowns,
  ads: thAds,
  "online-harm": thOnlineHarm,
  evidence: thEvidence,
};

// Completeness is checked by the compiler: two message trees are assignable to each other only
// when they have the same keys, so a missing translation or a stale extra key fails `tsc`.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const isEveryLanguageComplete: SameKeys<typeof vi, Messages> &
  SameKeys<typeof th, Messages> = true;

/** Every bundled language. */
export const resources = { en, vi, th };
