import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from "@ant-design/icons";
import { useFormat } from "../../format/use-format.ts";

/** Change against the same period last year: a coloured arrow and the signed percentage. */
export function ChangeCell({ pct }: { pct: number | null }) {
  const f = useFormat();
  if (pct === null) return <span className="muted">—</span>;
  const up = pct > 0.05;
  const down = pct < -0.05;
  const color = up ? "#1e6b24" : down ? "#a8071a" : "#595959";
  const icon = up ? <ArrowUpOutlined /> : down ? <ArrowDownOutlined /> : <MinusOutlined />;
  return (
    <span style={{ color, whiteSpace: "nowrap" }}>
      {icon} {f.change(pct, 1)}
    </span>
  );
}
