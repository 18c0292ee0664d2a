import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";

/** Screens a recruitment advert's text for trafficking indicators. */
export function AdScreeningPage() {
  const { t } = useTranslation();
  return <PageTitle>{t("nav.adScreening")}</PageTitle>;
}
