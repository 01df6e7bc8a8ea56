import { BaocaoError, isBaocaoError } from "../core/errors.ts";
import { formatNumber } from "../core/numbers/index.ts";
import { vietnamDateTime } from "../core/time/index.ts";
import { type DataValueRecord, keyString } from "../core/values/index.ts";
import type { CheckedInput } from "./value-input.ts";

/** A stale edit: the writer's version is not the stored one; shows what is stored now. */
export function conflict(
  item: CheckedInput,
  expected: number,
  actual: number,
  current?: DataValueRecord,
): BaocaoError {
  const shown = current
    ? `giá trị hiện tại là ${shownValue(current)} (${current.updatedBy} sửa lúc ${vietnamDateTime(current.updatedAt)})`
    : "số liệu đã bị xoá";
  return new BaocaoError(
    "value.conflict",
    `Số liệu ${item.key.indicatorCode} của ${item.key.unitCode} kỳ ${item.key.period} vừa được người khác cập nhật: ${shown}. Hãy xem lại rồi nhập lại.`,
    {
      index: item.index,
      ...item.key,
      expectedVersion: expected,
      currentVersion: actual,
      current: current ?? null,
    },
  );
}

/** Refuses a batch that writes one key twice, naming both inputs. */
export function rejectDuplicates(checked: readonly CheckedInput[]): void {
  const first = new Map<string, number>();
  for (const item of checked) {
    const { index } = item;
    const k = keyString(item.key);
    const earlier = first.get(k);
    if (earlier !== undefined) {
      throw new BaocaoError(
        "value.duplicate",
        `Số liệu ${item.key.indicatorCode} của ${item.key.unitCode} kỳ ${item.key.period} được ghi hai lần (mục ${earlier + 1} và ${index + 1}).`,
        {
          index,
          firstIndex: earlier,
          ...item.key,
        },
      );
    }
    first.set(k, index);
  }
}

/** Runs `work`, adding the input's index to a domain error so importers can name the row. */
export function atIndex<T>(index: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isBaocaoError(error) && error.details.index === undefined) {
      throw new BaocaoError(error.code, error.message, { ...error.details, index });
    }
    throw error;
  }
}

/** A stored value as the message shows it: Vietnamese number marks, or the text. */
function shownValue(current: DataValueRecord): string {
  if (current.value !== null) return formatNumber(current.value, { locale: "vi" });
  return current.textValue ?? "trống";
}
