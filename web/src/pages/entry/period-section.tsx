import { useSectorName } from "../../api/use-sector-name.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { periodName } from "../report/report-period.ts";
import { type EntryListContext, IndicatorCard } from "./entry-list.tsx";
import { periodAnchor } from "./entry-path.ts";
import { monthSpan, type PeriodBlock } from "./period-blocks.ts";

/** The anchor of a sector's heading in a block (the month's keep the plain `sector-CODE`). */
export function sectorAnchor(block: PeriodBlock, sector: string): string {
  return block.longer ? `sector-${block.period}-${sector}` : `sector-${sector}`;
}

/** The words a block is headed with: "Báo cáo quý III năm 2023", "Báo cáo tháng 9 năm 2023". */
export function useBlockTitle(): (block: PeriodBlock) => string {
  const { t, lang } = useI18n();
  return (block) => t("entry.periodTitle", { period: periodName(block.period, lang) });
}

/**
 * The figures of one period: its sectors and their cards. A quarter's (half's, year's) block is
 * headed by its period and says the figures are the whole period's, so a clerk entering in
 * September does not type September's figure alone; when the form has one block, it is the form
 * as before, headed by its sectors only.
 */
export function PeriodSection({
  block,
  headed,
  month,
  ctx,
  locked,
}: {
  block: PeriodBlock;
  /** Whether the form has several blocks, each headed by its period. */
  headed: boolean;
  /** The form's month (`2023-09`), where the longer period's figures are kept. */
  month: string;
  ctx: EntryListContext;
  locked: ReadonlySet<string>;
}) {
  const { t, lang } = useI18n();
  const sectorName = useSectorName();
  const title = useBlockTitle();
  const titleId = `period-title-${block.period}`;
  const sectors = block.sectors.map((sector) => {
    const anchor = sectorAnchor(block, sector.code);
    const heading = (
      <>
        {sectorName(sector.code)} ({sector.indicators.length})
      </>
    );
    return (
      <section
        key={sector.code}
        id={anchor}
        className="entry-sector"
        aria-labelledby={`${anchor}-title`}
      >
        {headed ? (
          <h3 id={`${anchor}-title`}>{heading}</h3>
        ) : (
          <h2 id={`${anchor}-title`}>{heading}</h2>
        )}
        {sector.indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.code}
            indicator={indicator}
            ctx={locked.has(indicator.code) ? { ...ctx, editable: false } : ctx}
          />
        ))}
      </section>
    );
  });
  if (!headed) return sectors;
  return (
    <section
      id={periodAnchor(block.period)}
      className={`entry-period${block.longer ? " entry-period--longer" : ""}`}
      aria-labelledby={titleId}
      data-testid={`entry-period-${block.period}`}
    >
      <h2 id={titleId} className="entry-period__title">
        {title(block)}
      </h2>
      {block.longer && (
        <p className="entry-period__intro" data-testid={`entry-period-intro-${block.period}`}>
          {t("entry.longerIntro", {
            period: periodName(block.period, lang),
            span: monthSpan(block.period),
            forms: block.longer.forms.map((f) => `“${f.nameVi}”`).join(", "),
            month: fmtMonth(month),
          })}
        </p>
      )}
      {sectors}
    </section>
  );
}
