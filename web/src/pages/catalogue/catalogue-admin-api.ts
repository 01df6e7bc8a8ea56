import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { call } from "../../api/client.ts";
import { api, type CatalogueEditBody } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

/** Measure units, category sets, rules and forms with their versions, and whether I may edit. */
export function useDefinitions() {
  return useQuery({
    queryKey: ["catalogue-definitions"],
    queryFn: () => call(api.catalogueAdmin.definitions),
  });
}

/** The history of one definition, newest first (fetched when `code` is set). */
export function useDefinitionAudit(kind: string, code: string | undefined) {
  return useQuery({
    queryKey: ["catalogue-audit", kind, code],
    queryFn: () => call(api.catalogueAdmin.audit, { query: { kind, code } }),
    enabled: code !== undefined,
  });
}

/**
 * Saves one edit of the catalogue (or checks it with `dryRun`). A 409 (someone changed the
 * definition meanwhile) is said in Vietnamese with "Tải lại", which reloads what is shown.
 */
export function useCatalogueChange(onSaved?: (code: string) => void) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["catalogue"] }),
      queryClient.invalidateQueries({ queryKey: ["catalogue-definitions"] }),
      queryClient.invalidateQueries({ queryKey: ["catalogue-audit"] }),
    ]);
  return useMutation({
    mutationFn: (input: {
      change: CatalogueEditBody;
      dryRun?: boolean;
      previewAt?: { unit: string; period: string };
    }) =>
      call(api.catalogueAdmin.change, {
        body: {
          change: input.change,
          dryRun: input.dryRun ?? false,
          ...(input.previewAt ? { previewAt: input.previewAt } : {}),
        },
      }),
    onSuccess: (result) => {
      if (result.dryRun) return;
      const code = result.audit[0]?.code ?? "";
      const removed = result.audit[0]?.action === "remove";
      message.success(t(removed ? "catalogue.removed" : "catalogue.saved", { code }));
      void reload();
      onSaved?.(code);
    },
    onError: (error) => {
      if (isConflict(error))
        modal.warning({
          title: errorMessage(error),
          content: t("catalogue.conflict"),
          okText: t("catalogue.reload"),
          onOk: () => reload(),
        });
      else message.error(errorMessage(error));
    },
  });
}

/** Checks a formula on the server (the import's own checker): dependencies or where it is wrong. */
export function checkFormula(formula: string, indicator?: string) {
  return call(api.catalogueAdmin.checkFormula, {
    body: { formula, ...(indicator ? { indicator } : {}) },
  });
}
