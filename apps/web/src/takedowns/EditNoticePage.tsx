import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";

/** Edits a draft notice (the server keeps each version). */
export function EditNoticePage(_props: { noticeId: string }) {
  const { t } = useTranslation("takedowns");
  return <PageTitle>{t("title")}</PageTitle>;
}
