import type { ReactNode } from "react";

/** Label–value pairs as a description list (read as pairs by screen readers). */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl
      style={{
        margin: 0,
        display: "grid",
        gridTemplateColumns: "minmax(8rem, max-content) 1fr",
        gap: "0.5rem 1.5rem",
      }}
    >
      {items.map((item) => (
        <div key={item.label} style={{ display: "contents" }}>
          <dt style={{ color: "var(--mantine-color-dimmed)" }}>{item.label}</dt>
          <dd style={{ margin: 0, fontWeight: 600 }}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
