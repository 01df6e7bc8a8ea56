import { useCallback, useEffect } from "react";
import { useSearchParams } from "react-router";
import { vietnamDate } from "../../../src/core/time/index.ts";
import { homeUnit } from "../session/roles.ts";
import { useSession } from "../session/session.tsx";
import { monthParam } from "./period-param.ts";

/**
 * The unit and month of the screen, kept in the URL query (`?unit=NGA_NAM&period=2023-08`) so
 * that links can be shared; defaults to the user's first granted unit and the month the server
 * opens on (this month; the demo's, August 2023, on the demo), or this month when offline.
 */
export function useUnitPeriod() {
  const [params, setParams] = useSearchParams();
  const { user, openPeriod } = useSession();
  const unitParam = params.get("unit");
  const unit = unitParam || homeUnit(user) || "NGA_NAM";
  const period =
    monthParam(params.get("period")) ??
    openPeriod ??
    vietnamDate(new Date().toISOString()).slice(0, 7);

  const update = useCallback(
    (next: { unit?: string; period?: string }) => {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set("unit", next.unit ?? current.get("unit") ?? unit);
          copy.set("period", next.period ?? current.get("period") ?? period);
          return copy;
        },
        { replace: false },
      );
    },
    [setParams, unit, period],
  );

  return {
    unit,
    period,
    setUnit: (u: string) => update({ unit: u }),
    setPeriod: (p: string) => update({ period: p }),
  };
}

/** Writes the defaults into the URL when it names no unit or month, so any link can be shared. */
export function useUnitPeriodInUrl(): void {
  const [params, setParams] = useSearchParams();
  const { unit, period } = useUnitPeriod();
  const missing = !params.get("unit") || !params.get("period");
  useEffect(() => {
    if (!missing) return;
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set("unit", unit);
        copy.set("period", period);
        return copy;
      },
      { replace: true },
    );
  }, [missing, unit, period, setParams]);
}

/** The query string that carries unit and month to another screen. */
export function useUnitPeriodSearch(): string {
  const { unit, period } = useUnitPeriod();
  return `?${new URLSearchParams({ unit, period })}`;
}
