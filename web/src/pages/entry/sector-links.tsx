import { Button } from "antd";
import { useI18n } from "../../i18n/index.ts";

/**
 * Links to the form's sectors (and to a quarter's block), one line that scrolls sideways on its
 * own on a phone; `target` is the id of the heading's section.
 */
export function SectorLinks({
  sectors,
}: {
  sectors: readonly { code: string; target: string; name: string }[];
}) {
  const { t } = useI18n();
  if (sectors.length < 2) return null;
  return (
    <nav className="entry-sections" aria-label={t("entry.sections")}>
      {sectors.map((sector) => (
        <Button
          key={sector.code}
          size="small"
          shape="round"
          data-testid={`section-${sector.code}`}
          onClick={() => document.getElementById(sector.target)?.scrollIntoView({ block: "start" })}
        >
          {sector.name}
        </Button>
      ))}
    </nav>
  );
}
