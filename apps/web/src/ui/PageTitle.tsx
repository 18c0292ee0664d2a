import { Title } from "@mantine/core";
import { type ReactNode, useEffect, useRef } from "react";

// The first page of a visit keeps the browser's own focus (at the top, before the skip link);
// after that, each new page moves focus to its heading so a screen reader announces it.
let isFirstPageOfVisit = true;

/** The page's one h1; it also names the browser tab and takes focus after navigation. */
export function PageTitle({ children, text }: { children: ReactNode; text?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const title = text ?? heading.current?.textContent ?? "";
    document.title = title ? `${title} · Sahabat` : "Sahabat";
    if (isFirstPageOfVisit) {
      isFirstPageOfVisit = false;
      return;
    }
    heading.current?.focus({ preventScroll: false });
  }, [text]);
  return (
    <Title order={1} ref={heading} tabIndex={-1} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
