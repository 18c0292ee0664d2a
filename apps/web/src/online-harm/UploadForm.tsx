import { Alert, Button, Checkbox, FileInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldError } from "../ui/messages.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { type ReportView, uploadToReport } from "./online-harm-api.ts";
import { formatByteSize, MAX_UPLOAD_BYTES, readFileAsBase64 } from "./read-file.ts";

type Field = "file" | "legalBasis" | "reason";

/** The form field that shows a server error about a field of the upload body. */
function fieldOf(serverField: string): Field {
  if (serverField === "retain.legalBasis") return "legalBasis";
  if (serverField === "retain.reason" || serverField === "retain") return "reason";
  return "file";
}

/**
 * Adds a file to a report. The browser reads it and sends it once; the server fingerprints it
 * in memory and keeps only its hashes, quality, size and type, unless a permitted role keeps it
 * as evidence with a legal basis and a reason. The file is never shown, here or anywhere.
 */
export function UploadForm({ report }: { report: ReportView }) {
  const { t, i18n } = useTranslation("online-harm");
  const tCommon = useTranslation().t;
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [isRetained, setRetained] = useState(false);
  const [legalBasis, setLegalBasis] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const contentBase64 = await readFileAsBase64(chosen);
      return uploadToReport(report.id, {
        filename: chosen.name,
        ...(chosen.type ? { mediaType: chosen.type } : {}),
        contentBase64,
        ...(isRetained ? { retain: { legalBasis, reason } } : {}),
      });
    },
    onSuccess: async () => {
      setErrors({});
      await queryClient.invalidateQueries({ queryKey: ["online-harm"] });
    },
    onError: (error) => {
      const found: Partial<Record<Field, string>> = {};
      if (error instanceof ApiError) {
        for (const e of error.problem.errors ?? []) {
          found[fieldOf(e.field)] ??= translateFieldError(tCommon, e);
        }
        if (error.status === 413) found.file = t("upload.tooLarge");
      }
      setErrors(found);
    },
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors({ file: t("upload.chooseFile") });
    if (file.size > MAX_UPLOAD_BYTES) return setErrors({ file: t("upload.tooLarge") });
    if (isRetained && (!legalBasis.trim() || !reason.trim())) {
      return setErrors({
        ...(legalBasis.trim() ? {} : { legalBasis: tCommon("validation.required") }),
        ...(reason.trim() ? {} : { reason: tCommon("validation.required") }),
      });
    }
    upload.mutate(file);
  };
  const last = upload.data;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <ProblemAlert error={upload.error} />
        <FileInput
          label={t("upload.file")}
          description={t("upload.fileDescription")}
          accept="image/*,video/*"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            upload.reset();
          }}
          size="md"
          error={errors.file}
        />
        {report.can.retain ? (
          <Checkbox
            label={t("upload.retain")}
            description={t("upload.retainDescription")}
            checked={isRetained}
            onChange={(event) => setRetained(event.currentTarget.checked)}
          />
        ) : null}
        {isRetained ? (
          <>
            <TextInput
              label={t("upload.legalBasis")}
              value={legalBasis}
              onChange={(event) => setLegalBasis(event.currentTarget.value)}
              size="md"
              error={errors.legalBasis}
            />
            <Textarea
              label={t("upload.reason")}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              size="md"
              autosize
              minRows={2}
              error={errors.reason}
            />
          </>
        ) : null}
        <Button type="submit" loading={upload.isPending} w="fit-content" size="md">
          {t("upload.submit")}
        </Button>
        {last && file ? (
          <Alert variant="light" color="sahabat" role="status" title={t("upload.done")}>
            {t("upload.doneDetail", {
              name: file.name,
              size: formatByteSize(last.upload.byteSize, i18n.language),
              type: last.upload.mediaType,
              quality: last.upload.quality ?? "—",
              count: last.matches.length,
            })}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
