import { Outlet } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { applyLocale } from "./i18n.ts";
import { useSession } from "./session.ts";

/** The frame of every page: the skip link, and the signed-in user's language. */
export function Root() {
  const { t } = useTranslation();
  const locale = useSession()?.user.locale;
  // The language saved on the account applies as soon as the user is known (at sign-in).
  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <Outlet />
    </>
  );
}
