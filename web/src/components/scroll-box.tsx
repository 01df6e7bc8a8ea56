import type { ReactNode } from "react";

interface Props {
  /** What the box holds, for screen readers ("Kinh tế — bảng chỉ tiêu"). */
  readonly label: string;
  /** The width below which the content scrolls sideways inside the box. */
  readonly minWidth: number;
  readonly children: ReactNode;
}

/**
 * A wide table on a narrow screen: it scrolls sideways inside this box, never the page. The box
 * can take the keyboard focus, so arrow keys scroll it too (WCAG: scrollable regions reachable).
 */
export function ScrollBox({ label, minWidth, children }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="scroll-box" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
