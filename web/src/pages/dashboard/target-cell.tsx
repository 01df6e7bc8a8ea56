import { Tag, Tooltip } from "antd";
import type { DashboardLine } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

/** Colours of the target status. */
export const STATUS_COLOR = { on_track: "green", at_risk: "orange", off_track: "red" } as const;

/**
 * % of the target of one kind (the first target when no kind is named) with its status colour;
 * every target in the tooltip.
 */
export function TargetCell({ line, kind }: { line: DashboardLine; kind?: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const first = kind === undefined ? line.targets[0] : line.targets.find((x) => x.kind === kind);
  if (!first || first.pct === null) return <span className="muted">—</span>;
  const tip = line.targets
    .map(
      (target) =>
        `${target.nameVi}: ${f.num(target.value, line.decimals)} ${line.unitNameVi} — ${f.pct(target.pct, 1)}${
          target.status ? ` (${t(`status.${target.status}`)})` : ""
        }`,
    )
    .join("\n");
  return (
    <Tooltip title={<span style={{ whiteSpace: "pre-line" }}>{tip}</span>}>
      <Tag
        color={first.status ? STATUS_COLOR[first.status] : "default"}
        data-testid={
          kind === undefined ? `target-${line.indicator}` : `target-${line.indicator}-${kind}`
        }
      >
        {f.pct(first.pct, 1)}
      </Tag>
    </Tooltip>
  );
}
