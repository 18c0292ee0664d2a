import { Title } from "@mantine/core";
import { useEffect, useRef } from "react";

/** The heading of a wizard step; it takes focus when the step opens, so it is announced. */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Title order={2} ref={ref} tabIndex={-1} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
