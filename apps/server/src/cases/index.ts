export {
  type CaseScope,
  canCreateCase,
  canReadCase,
  canUpdateCase,
  visibleCases,
} from "./policy.ts";
export {
  type CaseRow,
  selectCase as findCase,
  selectCaseFacts as findCaseFacts,
} from "./queries.ts";
export { caseToReferFrom, markPlanForReferral } from "./referral-hooks.ts";
export { latestDateOf, lockWritableCase, todayOf } from "./service.ts";
