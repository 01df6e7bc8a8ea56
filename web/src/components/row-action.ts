import type { KeyboardEvent } from "react";

/**
 * The props that make a table row act like a button: click, or Tab to it then Enter or Space.
 * @example onRow={(task) => rowAction(() => open(task.id), `task-${task.id}`)}
 */
export function rowAction(activate: () => void, testId: string) {
  return {
    onClick: activate,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      activate();
    },
    tabIndex: 0,
    style: { cursor: "pointer" },
    "data-testid": testId,
  };
}
