import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

/** A unit's targets for a year. */
export function useTargetSheet(unit: string, year: number) {
  return useQuery({
    queryKey: ["targets", unit, year],
    queryFn: () => call(api.targets.list, { query: { unit, year } }),
  });
}

/** The target kinds, in order, with their use. */
export function useTargetKinds() {
  return useQuery({ queryKey: ["target-kinds"], queryFn: () => call(api.targets.kinds) });
}

/**
 * What a change's failure does: a 409 (someone changed it meanwhile) asks to reload, in
 * Vietnamese, with "Tải lại"; anything else shows the server's message.
 */
export function useChangeFailure() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ["targets"] });
    void queryClient.invalidateQueries({ queryKey: ["target-kinds"] });
  };
  return {
    reload,
    failed: (error: unknown) => {
      if (isConflict(error))
        modal.warning({
          title: t("targets.conflict"),
          content: errorMessage(error),
          okText: t("targets.reload"),
          okButtonProps: { "data-testid": "targets-reload" },
          onOk: reload,
        });
      else message.error(errorMessage(error));
    },
  };
}
