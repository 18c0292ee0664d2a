import { Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../app/signed-in.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { NoticeForm } from "./NoticeForm.tsx";
import { valuesFromPrefill } from "./notice-form-values.ts";
import type { NoticePrefill } from "./notice-prefill.ts";
import { createNotice } from "./takedowns-api.ts";

/**
 * A new takedown notice (a draft), filled from the link's search parameters when another page
 * opened it (see notice-prefill.ts). Nothing is sent to the platform until the officer sends it.
 */
export function NewNoticePage({ prefill }: { prefill: NoticePrefill }) {
  const { t, i18n } = useTranslation("takedowns");
  const session = useSignedInSession();
  const navigate = useNavigate();
  // The defaults are fixed once: a re-render must not replace what the officer typed.
  const [initial] = useState(() =>
    valuesFromPrefill(prefill, {
      now: new Date().toISOString(),
      language: i18n.language,
      contactName: session.user.displayName,
      contactEmail: session.user.email,
    }),
  );
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("new.title")}</PageTitle>
      <Text>{t("new.intro")}</Text>
      <NoticeForm
        initial={initial}
        save={createNotice}
        submitLabel={t("new.save")}
        onCancel={() => navigate({ to: "/takedowns" })}
      />
    </Stack>
  );
}
