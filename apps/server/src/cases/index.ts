export { canReadCase, canUpdateCase } from "./policy.ts";
export {
  type CaseRow,
  selectCase as findCase,
  selectCaseFacts as findCaseFacts,
} from "./queries.ts";
export { caseToReferFrom, markPlanForReferral } from "./referral-hooks.ts";
export { todayOf } from "./service.ts";
