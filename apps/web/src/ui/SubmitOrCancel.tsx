import { Button, Group, type MantineSize } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A form's submit button, busy while the request runs, and a button that leaves the form. */
export function SubmitOrCancel({
  label,
  isPending,
  onCancel,
  size,
}: {
  label: string;
  isPending: boolean;
  onCancel: () => void;
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" size={size} loading={isPending}>
        {label}
      </Button>
      <Button variant="default" size={size} onClick={onCancel}>
        {t("cancel")}
      </Button>
    </Group>
  );
}
