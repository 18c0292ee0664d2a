import { Button, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { apiDownload } from "../app/api-client.ts";
import { currentLocale } from "../app/i18n.ts";

/**
 * Downloads a screening report as PDF in the interface language: the anonymous screening's
 * (its body is sent, nothing is stored) or a stored one of a case (`path` to its report).
 */
export function PdfButton({
  body,
  path,
  variant = "default",
}: {
  body?: unknown;
  path?: string;
  variant?: "default" | "subtle";
}) {
  const { t } = useTranslation("screening");
  const locale = currentLocale();
  const download = useMutation({
    mutationFn: () =>
      path
        ? apiDownload(
            "GET",
            `${path}${path.includes("?") ? "&" : "?"}locale=${locale}`,
            "screening.pdf",
          )
        : apiDownload("POST", `/api/screenings/report.pdf?locale=${locale}`, "screening.pdf", body),
  });
  return (
    <Stack gap={4} align="flex-end">
      <Button
        variant={variant}
        size={variant === "subtle" ? "compact-sm" : "sm"}
        loading={download.isPending}
        onClick={() => download.mutate()}
      >
        {variant === "subtle" ? t("case.pdf") : t("result.downloadPdf")}
      </Button>
      {download.isError && (
        <Text role="alert" size="sm" c="var(--mantine-color-error)">
          {t("result.pdfFailed")}
        </Text>
      )}
    </Stack>
  );
}
