import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";
import type { NoticePrefill } from "./notice-prefill.ts";

/** A new takedown notice (a draft), optionally filled from another page's link. */
export function NewNoticePage(_props: { prefill: NoticePrefill }) {
  const { t } = useTranslation("takedowns");
  return <PageTitle>{t("title")}</PageTitle>;
}
