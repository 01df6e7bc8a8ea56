import { App } from "antd";
import type { CatalogueDefinitionsView, CatalogueView, IndicatorView } from "../../api/contract.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { useCatalogueChange } from "./catalogue-admin-api.ts";
import { EditorDrawer } from "./editor-drawer.tsx";
import { IndicatorFields } from "./indicator-fields.tsx";
import { type IndicatorForm, indicatorFormOf, indicatorInputOf } from "./indicator-form.ts";
import { previewLines } from "./indicator-preview.ts";

/**
 * Adds or edits an indicator: every field of a catalogue file, the formula checked as it is
 * typed. An edit that changes how existing values aggregate (aggregation rules, formula, measure
 * unit) is first checked by the server (a dry run) and shown before → after for a confirmation.
 */
export function IndicatorDrawer({
  editing,
  open,
  catalogue,
  definitions,
  onClose,
}: {
  /** The indicator edited; undefined adds one. */
  editing: IndicatorView | undefined;
  open: boolean;
  catalogue: CatalogueView;
  definitions: CatalogueDefinitionsView;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const { unit, period } = useUnitPeriod();
  const unitName = useUnitName();
  const { num } = useFormat();
  const change = useCatalogueChange(() => onClose());

  const save = (values: IndicatorForm) => {
    const indicator = indicatorInputOf(values, editing);
    const edit = {
      kind: "indicator" as const,
      expected: editing?.version ?? null,
      indicator,
    };
    const lines = editing ? previewLines(editing, values) : [];
    if (lines.length === 0) {
      change.mutate({ change: edit });
      return;
    }
    change.mutate(
      { change: edit, dryRun: true, previewAt: { unit, period } },
      {
        onSuccess: ({ preview }) =>
          modal.confirm({
            title: t("catalogue.previewTitle"),
            content: (
              <div data-testid="indicator-preview">
                <p>{t("catalogue.previewIntro", { code: indicator.code })}</p>
                <ul>
                  {lines.map((line) => (
                    <li key={line.field}>
                      {t(line.field)}: <code>{line.before}</code> → <code>{line.after}</code>
                    </li>
                  ))}
                </ul>
                {preview && (
                  <p data-testid="indicator-preview-figure">
                    {t("catalogue.previewFigure", {
                      unit: unitName(preview.unit),
                      period: fmtMonth(preview.period),
                      before: num(preview.before.value, indicator.decimals),
                      after: num(preview.after.value, indicator.decimals),
                      ytdBefore: num(preview.before.ytd, indicator.decimals),
                      ytdAfter: num(preview.after.ytd, indicator.decimals),
                    })}
                  </p>
                )}
                <p>{t("catalogue.previewChecked")}</p>
              </div>
            ),
            okText: t("catalogue.save"),
            cancelText: t("catalogue.cancel"),
            onOk: () => change.mutate({ change: edit }),
          }),
      },
    );
  };

  return (
    <EditorDrawer<IndicatorForm>
      title={editing ? t("catalogue.editOf", { code: editing.code }) : t("catalogue.add")}
      open={open}
      initialValues={indicatorFormOf(editing)}
      saving={change}
      testId="indicator-editor"
      onFinish={save}
      onClose={onClose}
    >
      <IndicatorFields editing={editing} catalogue={catalogue} definitions={definitions} />
    </EditorDrawer>
  );
}
