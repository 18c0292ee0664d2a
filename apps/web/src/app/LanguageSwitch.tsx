import { NativeSelect, Text } from "@mantine/core";
import { type Locale, locales, PreferencesBody, type SessionView } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { apiRequest } from "./api-client.ts";
import { applyLocale, currentLocale, localeNames } from "./i18n.ts";
import { useSession } from "./session.ts";

/**
 * The interface language. Signed in, the choice is saved to the account so it follows the
 * user to any computer; before that it is kept on this device only.
 */
export function LanguageSwitch({ isCompact = false }: { isCompact?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Locale) =>
      apiRequest("PUT", "/api/auth/preferences", {
        schema: z.object({ ok: z.literal(true) }),
        body: PreferencesBody.parse({ locale }),
      }),
    onSuccess: (_ok, locale) =>
      queryClient.setQueryData<SessionView | null>(["session"], (s) =>
        s ? { ...s, user: { ...s.user, locale } } : s,
      ),
  });
  const change = async (value: string) => {
    const locale = PreferencesBody.shape.locale.parse(value);
    await applyLocale(locale);
    if (session?.stage === "signed_in") save.mutate(locale);
  };
  return (
    <div>
      <NativeSelect
        label={isCompact ? undefined : t("language.label")}
        aria-label={isCompact ? t("language.label") : undefined}
        value={currentLocale()}
        onChange={(event) => void change(event.currentTarget.value)}
        size={isCompact ? "sm" : "md"}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </NativeSelect>
      {save.isError && (
        <Text role="alert" size="sm" c="var(--mantine-color-error)">
          {t("language.notSaved")}
        </Text>
      )}
    </div>
  );
}
