import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useState } from "react";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

/**
 * Saves one register row of a project and keeps what the form shows about it: a conflict (409,
 * to reload) apart from any other refusal, the project's queries read again on success. The
 * answer fits `RowFormModal`'s `saving`. `code` is the project's, or read from the fields saved
 * (a new project's code is typed in its form).
 */
export function useSaveRow<T>(
  code: string | ((fields: T) => string),
  save: (fields: T) => Promise<unknown>,
  onDone: (fields: T) => void,
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  const codeOf = (fields: T) => (typeof code === "function" ? code(fields) : code);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (_saved, fields) => {
      setConflict(undefined);
      setError(undefined);
      message.success(t("projects.saved"));
      void queryClient.invalidateQueries({ queryKey: ["project", codeOf(fields)] });
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
      onDone(fields);
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
    // Offered only after a refused save, so the fields of that save are there.
    const fields = mutation.variables;
    reset();
    if (fields === undefined) return;
    await queryClient.invalidateQueries({ queryKey: ["project", codeOf(fields)] });
    onDone(fields);
  };
  return {
    mutate: mutation.mutate,
    isPending: mutation.isPending,
    conflict,
    error,
    reset,
    reload,
  };
}
