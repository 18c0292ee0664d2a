import { Code, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Notice } from "./takedowns-api.ts";
import { utc } from "./utc.ts";

/** The notice's addresses with their ids, times and fingerprints (never the content). */
export function TargetsTable({ targets }: { targets: Notice["targets"] }) {
  const { t } = useTranslation("takedowns");
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("form.url")}</Table.Th>
            <Table.Th>{t("detail.ids")}</Table.Th>
            <Table.Th>{t("detail.seen")}</Table.Th>
            <Table.Th>{t("form.captureMethod")}</Table.Th>
            <Table.Th>{t("form.fingerprints")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list in which one address may appear twice
            <Table.Tr key={`${target.url}:${i}`}>
              <Table.Td style={{ overflowWrap: "anywhere" }}>
                {target.url}
                {target.excerpt && (
                  <Text size="sm" c="dimmed" mt={4}>
                    “{target.excerpt}”
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {target.contentId && (
                    <Text size="sm">{t("detail.content", { id: target.contentId })}</Text>
                  )}
                  {target.accountId && (
                    <Text size="sm">{t("detail.account", { id: target.accountId })}</Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{utc(target.firstSeenAt)}</Text>
                <Text size="sm">{utc(target.lastSeenAt)}</Text>
              </Table.Td>
              <Table.Td>
                {t(`captureMethod.${target.captureMethod}`, target.captureMethod)}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {target.fingerprints.map((f) => (
                    <Text size="xs" key={`${f.type}:${f.value}`}>
                      {f.type.toUpperCase()}{" "}
                      <Code style={{ overflowWrap: "anywhere" }}>{f.value}</Code>
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
