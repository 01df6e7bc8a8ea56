import { MonthPicker } from "./month-picker.tsx";
import { UnitPicker } from "./unit-picker.tsx";

/**
 * The header's unit and month pickers. Their own chunk (TreeSelect, Select, DatePicker and its
 * calendar are a quarter of the app's Ant Design), loaded once the screen is drawn: on a slow
 * line the first screen is ready to type before they arrive, and the URL already says the unit
 * and month.
 */
export function HeaderPickers() {
  return (
    <>
      <UnitPicker />
      <MonthPicker />
    </>
  );
}
