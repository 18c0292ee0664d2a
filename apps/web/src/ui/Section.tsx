import { Card, Text } from "@mantine/core";
import { type ReactNode, useId } from "react";

/** A titled part of a page (an h2 in a bordered card), named for screen readers by its title. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const id = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: "1rem" }}>
        <Text id={id} fw={700} fz="lg" mb="sm" component="h2">
          {title}
        </Text>
        {actions}
      </div>
      {children}
    </Card>
  );
}
