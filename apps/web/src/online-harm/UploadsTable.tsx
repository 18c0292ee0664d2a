import { Code, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { StateBadge } from "./MatchesTable.tsx";
import type { UploadView } from "./online-harm-api.ts";
import { formatByteSize } from "./read-file.ts";

/** A long hash cut to its start; whole on hover (the notice and exports carry it whole). */
export function ShortHash({ value }: { value: string }) {
  return <Code title={value}>{value.slice(0, 12)}…</Code>;
}

/** What stays of each file: type, size, dimensions, PDQ quality and fingerprints; never the file. */
export function UploadsTable({ uploads }: { uploads: UploadView[] }) {
  const { t, i18n } = useTranslation("online-harm");
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Caption>{t("uploads.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("uploads.received")}</Table.Th>
            <Table.Th>{t("uploads.type")}</Table.Th>
            <Table.Th ta="right">{t("uploads.size")}</Table.Th>
            <Table.Th>{t("uploads.dimensions")}</Table.Th>
            <Table.Th ta="right">{t("uploads.quality")}</Table.Th>
            <Table.Th>{t("uploads.fingerprints")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {uploads.map((upload) => (
            <Table.Tr key={upload.id}>
              <Table.Td>
                {format.dateTime(upload.createdAt)}
                {upload.evidenceId ? (
                  <>
                    {" "}
                    <StateBadge tone="neutral" size="sm">
                      {t("uploads.retained")}
                    </StateBadge>{" "}
                    <AnchorLink
                      to="/evidence/$evidenceId"
                      params={{ evidenceId: upload.evidenceId }}
                    >
                      {t("uploads.openEvidence")}
                    </AnchorLink>
                  </>
                ) : null}
              </Table.Td>
              <Table.Td>{upload.mediaType}</Table.Td>
              <Table.Td ta="right">{formatByteSize(upload.byteSize, i18n.language)}</Table.Td>
              <Table.Td>
                {upload.width && upload.height ? `${upload.width} × ${upload.height}` : "—"}
              </Table.Td>
              <Table.Td ta="right">{upload.quality ?? "—"}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {upload.pdq ? (
                    <span>
                      PDQ <ShortHash value={upload.pdq} />
                    </span>
                  ) : null}
                  <span>
                    SHA-256 <ShortHash value={upload.sha256} />
                  </span>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
