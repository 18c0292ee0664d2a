import { Button, Checkbox, CopyButton, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useContinueSigningIn } from "./use-continue-signing-in.ts";

/**
 * The recovery codes, shown this once: the server keeps only their hashes. The user confirms
 * they have kept them before going on, because losing both phone and codes locks them out.
 */
export function RecoveryCodesPanel({ codes }: { codes: string[] }) {
  const { t } = useTranslation("auth");
  const [isKept, setKept] = useState(false);
  const continueSigningIn = useContinueSigningIn();
  return (
    <Stack gap="lg">
      <Text>{t("recoveryCodes.intro", { count: codes.length })}</Text>
      <List
        aria-label={t("recoveryCodes.listLabel")}
        ff="monospace"
        fz="lg"
        spacing={4}
        styles={{ root: { columns: 2, listStylePosition: "inside" } }}
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t("recoveryCodes.copied") : t("recoveryCodes.copy")}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => window.print()}>
          {t("recoveryCodes.print")}
        </Button>
      </Group>
      <Checkbox
        size="md"
        label={t("recoveryCodes.kept")}
        checked={isKept}
        onChange={(event) => setKept(event.currentTarget.checked)}
      />
      <Button
        size="md"
        disabled={!isKept}
        onClick={() => void continueSigningIn()}
        style={{ alignSelf: "flex-start" }}
      >
        {t("recoveryCodes.continue")}
      </Button>
    </Stack>
  );
}
