import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";

/** One takedown notice: its steps, versions, exports and removal checks. */
export function NoticePage(_props: { noticeId: string }) {
  const { t } = useTranslation("takedowns");
  return <PageTitle>{t("title")}</PageTitle>;
}
