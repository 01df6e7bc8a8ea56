import type { CSSProperties, ReactNode } from "react";

interface Props<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T, index: number) => string | number;
  readonly render: (item: T) => ReactNode;
  /** Shown on the right of each row. */
  readonly extra?: (item: T) => ReactNode;
  readonly header?: ReactNode;
  readonly style?: CSSProperties;
  readonly "data-testid"?: string;
}

/** A plain list of rows with separators (antd's List is deprecated in 6.6). */
export function SimpleList<T>({ items, keyOf, render, extra, header, style, ...rest }: Props<T>) {
  return (
    <div style={style} data-testid={rest["data-testid"]}>
      {header && (
        <div style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}>{header}</div>
      )}
      {items.map((item, index) => (
        <div
          key={keyOf(item, index)}
          style={{
            display: "flex",
            gap: 12,
            alignItems: "flex-start",
            justifyContent: "space-between",
            padding: "8px 4px",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <div style={{ minWidth: 0, overflowWrap: "anywhere", flex: 1 }}>{render(item)}</div>
          {extra && <div style={{ flex: "none" }}>{extra(item)}</div>}
        </div>
      ))}
    </div>
  );
}
