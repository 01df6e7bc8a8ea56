import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useState } from "react";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

/**
 * Saves one register row of a project and keeps what the form shows about it: a conflict (409,
 * to reload) apart from any other refusal, the project's queries read again on success.
 */
export function useSaveRow<T>(
  code: string,
  save: (fields: T) => Promise<unknown>,
  onDone: () => void,
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => {
      setConflict(undefined);
      setError(undefined);
      message.success(t("projects.saved"));
      void queryClient.invalidateQueries({ queryKey: ["project", code] });
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
      onDone();
    },
    onError: (e) => {
      if (isConflict(e)) setConflict(errorMessage(e));
      else setError(errorMessage(e));
    },
  });
  const reset = () => {
    setConflict(undefined);
    setError(undefined);
  };
  const reload = async () => {
    reset();
    await queryClient.invalidateQueries({ queryKey: ["project", code] });
    onDone();
  };
  return { mutation, conflict, error, reset, reload };
}
