import { permits } from "../core/access/index.ts";
import { BaocaoError } from "../core/errors.ts";
import type { TransitionActor } from "../core/submissions/index.ts";
import { type Engine, everAncestors } from "../engine/index.ts";
import type { Store } from "../store/index.ts";

// Who acts in the collection cycle's commands (`submissions`, `sections`): a stored account named
// by `--as`, with its grants, checked by the same transition table as the web app.

/** A stored, enabled account with its grants, as the transition table sees it. */
export async function actorOf(
  store: Store,
  engine: Engine,
  username: string,
): Promise<TransitionActor> {
  const user = await store.repos.users.get(username);
  if (!user || user.disabled)
    throw new BaocaoError(
      "cli.unknown_user",
      `Không có tài khoản đang hoạt động tên "${username}".`,
      { username },
    );
  return {
    username,
    grants: await store.repos.users.grants(username),
    ancestorsOf: (unit) => everAncestors(engine, unit),
  };
}

/** Whether the actor may read the unit's figures and forms. */
export function readable(actor: TransitionActor, unit: string): boolean {
  return permits(actor.grants, "data.read", unit, actor.ancestorsOf);
}

/** `--expected-version`: a whole number. */
export function versionOf(text: string): number {
  if (!/^\d+$/.test(text))
    throw new BaocaoError(
      "cli.invalid_option",
      `--expected-version "${text}" không hợp lệ: cần một số nguyên.`,
    );
  return Number(text);
}
