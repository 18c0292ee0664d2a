import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";

/** Takedown metrics per platform and category over a period. */
export function MetricsPage() {
  const { t } = useTranslation("takedowns");
  return <PageTitle>{t("title")}</PageTitle>;
}
