import { Button } from "antd";
import { useI18n } from "../../i18n/index.ts";

/** Links to the form's sectors, one line that scrolls sideways on its own on a phone. */
export function SectorLinks({ sectors }: { sectors: readonly { code: string; name: string }[] }) {
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
          onClick={() =>
            document.getElementById(`sector-${sector.code}`)?.scrollIntoView({ block: "start" })
          }
        >
          {sector.name}
        </Button>
      ))}
    </nav>
  );
}
