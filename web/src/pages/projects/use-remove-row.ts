import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useState } from "react";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

/**
 * Deletes rows of one project (plan lines, disbursements, clearance months, commitments) and
 * keeps what the page says about the last attempt: a conflict (409: changed or deleted by someone
 * since the page was read) to reload, apart from any other refusal; the project read again on
 * success. `remove` is given the call to make, so one hook serves every table of the page.
 */
export function useRemoveRow(code: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["project", code] }),
      queryClient.invalidateQueries({ queryKey: ["projects"] }),
    ]);
  const mutation = useMutation({
    mutationFn: (remove: () => Promise<unknown>) => remove(),
    onMutate: () => {
      setConflict(undefined);
      setError(undefined);
    },
    onSuccess: () => {
      message.success(t("projects.removed"));
      void refresh();
    },
    onError: (e) => {
      if (isConflict(e)) setConflict(errorMessage(e));
      else setError(errorMessage(e));
    },
  });
  return {
    remove: (call: () => Promise<unknown>) => mutation.mutateAsync(call).catch(() => undefined),
    conflict,
    error,
    /** "Tải lại" on a conflict: forgets it and reads the project again. */
    reload: async () => {
      setConflict(undefined);
      await refresh();
    },
  };
}
