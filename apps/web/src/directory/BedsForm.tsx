import { Button, Group, NumberInput } from "@mantine/core";
import type { ProviderView } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldError } from "../ui/messages.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { updateAvailability } from "./directory-api.ts";

/** The provider's own staff say how many beds are free now (others rely on it to refer). */
export function BedsForm({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation("directory");
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [beds, setBeds] = useState<number | string>(provider.bedsAvailable ?? 0);
  const save = useMutation({
    mutationFn: () => updateAvailability(provider.id, Number(beds)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["directory"] }),
  });
  const fieldError =
    save.error instanceof ApiError
      ? save.error.problem.errors?.find((e) => e.field === "bedsAvailable")
      : undefined;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-label={t("beds.formLabel", { name: provider.name })}
    >
      <Group align="flex-end">
        <NumberInput
          label={t("beds.label")}
          description={t("beds.description", { capacity: provider.bedCapacity ?? 0 })}
          value={beds}
          onChange={setBeds}
          min={0}
          max={provider.bedCapacity ?? undefined}
          allowDecimal={false}
          allowNegative={false}
          error={fieldError && translateFieldError(tc, fieldError)}
          size="md"
          maw={380}
        />
        <Button type="submit" variant="default" size="md" loading={save.isPending}>
          {t("beds.save")}
        </Button>
      </Group>
      {save.isSuccess && (
        <Group mt="xs" role="status">
          {t("beds.saved")}
        </Group>
      )}
      {!fieldError && <ProblemAlert error={save.error} />}
    </form>
  );
}
