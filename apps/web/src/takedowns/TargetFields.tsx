import {
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useContextErrorOf } from "../ui/form-errors.ts";
import { captureMethods, emptyTarget, type NoticeValues } from "./notice-form-values.ts";
import { fingerprintTypes } from "./notice-prefill.ts";

/** A target's fingerprints: a type and a hex value each. There is no field for material. */
function FingerprintFields({ index }: { index: number }) {
  const { t } = useTranslation("takedowns");
  const form = useFormContext<NoticeValues>();
  const errorOf = useContextErrorOf();
  const list = useFieldArray({ control: form.control, name: `targets.${index}.fingerprints` });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t("form.fingerprints")}
      </Text>
      <Text size="sm" c="dimmed">
        {t("form.fingerprintsHelp")}
      </Text>
      {list.fields.map((field, i) => (
        <Group key={field.id} align="flex-end" wrap="nowrap">
          <NativeSelect
            {...form.register(`targets.${index}.fingerprints.${i}.type`)}
            label={t("form.fingerprintType")}
            w={120}
          >
            {fingerprintTypes.map((type) => (
              <option key={type} value={type}>
                {t(`fingerprintType.${type}`)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            {...form.register(`targets.${index}.fingerprints.${i}.value`)}
            label={t("form.fingerprintValue")}
            style={{ flex: 1 }}
            ff="monospace"
            spellCheck={false}
            error={errorOf(`targets.${index}.fingerprints.${i}.value`)}
          />
          <Button variant="default" onClick={() => list.remove(i)}>
            {t("form.remove")}
          </Button>
        </Group>
      ))}
      <div>
        <Button
          variant="default"
          size="xs"
          onClick={() => list.append({ type: "sha256", value: "" })}
        >
          {t("form.addFingerprint")}
        </Button>
      </div>
    </Stack>
  );
}

/** The addresses to take down, each identified by its location and fingerprints only. */
export function TargetFields() {
  const { t } = useTranslation("takedowns");
  const form = useFormContext<NoticeValues>();
  const errorOf = useContextErrorOf();
  const targets = useFieldArray({ control: form.control, name: "targets" });
  const isAdvert = form.watch("category") === "recruitment_advert";
  return (
    <Stack gap="md">
      {targets.fields.map((field, index) => (
        <Card key={field.id} withBorder padding="md" component="fieldset">
          <Text component="legend" fw={700} px={4}>
            {t("form.target", { number: index + 1 })}
          </Text>
          <Stack gap="sm">
            <TextInput
              {...form.register(`targets.${index}.url`)}
              label={t("form.url")}
              type="url"
              required
              error={errorOf(`targets.${index}.url`)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                {...form.register(`targets.${index}.contentId`)}
                label={t("form.contentId")}
                error={errorOf(`targets.${index}.contentId`)}
              />
              <TextInput
                {...form.register(`targets.${index}.accountId`)}
                label={t("form.accountId")}
                error={errorOf(`targets.${index}.accountId`)}
              />
              <TextInput
                {...form.register(`targets.${index}.firstSeenAt`)}
                type="datetime-local"
                label={t("form.firstSeen")}
                required
                error={errorOf(`targets.${index}.firstSeenAt`)}
              />
              <TextInput
                {...form.register(`targets.${index}.lastSeenAt`)}
                type="datetime-local"
                label={t("form.lastSeen")}
                required
                error={errorOf(`targets.${index}.lastSeenAt`)}
              />
              <NativeSelect
                {...form.register(`targets.${index}.captureMethod`)}
                label={t("form.captureMethod")}
                error={errorOf(`targets.${index}.captureMethod`)}
              >
                {captureMethods.map((method) => (
                  <option key={method} value={method}>
                    {t(`captureMethod.${method}`)}
                  </option>
                ))}
              </NativeSelect>
            </SimpleGrid>
            <FingerprintFields index={index} />
            {isAdvert && (
              <Textarea
                {...form.register(`targets.${index}.excerpt`)}
                label={t("form.excerpt")}
                description={t("form.excerptHelp")}
                maxLength={500}
                autosize
                minRows={2}
                error={errorOf(`targets.${index}.excerpt`)}
              />
            )}
            {targets.fields.length > 1 && (
              <div>
                <Button variant="default" size="xs" onClick={() => targets.remove(index)}>
                  {t("form.removeTarget")}
                </Button>
              </div>
            )}
          </Stack>
        </Card>
      ))}
      <div>
        <Button
          variant="default"
          onClick={() => targets.append(emptyTarget(new Date().toISOString()))}
          disabled={targets.fields.length >= 50}
        >
          {t("form.addTarget")}
        </Button>
      </div>
    </Stack>
  );
}
