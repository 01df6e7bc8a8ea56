import type { Kysely } from "kysely";
import type { ErrorCode } from "../core/error-codes.ts";
import { BaocaoError } from "../core/errors.ts";
import type { FailureKind, StoreDialect, TransactionKind } from "./dialect/dialect.ts";
import { Repositories } from "./repositories.ts";
import type { Database } from "./schema.ts";

/** How many times work that lost a lock race (SQLite busy, a deadlock) is tried in all. */
const ATTEMPTS = 3;

/**
 * Runs `work` in one write transaction with the repositories bound to it: all of it or nothing.
 * Work that lost a race for a lock is run again from the start (it read nothing committed yet);
 * after a commit the data counter is moved where the dialect needs it; a handled failure becomes
 * a domain error in plain words (a taken key is `store.conflict`, 409; a lock or time limit
 * `store.busy`, 503; a full disk `store.disk_full`).
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  work: (repos: Repositories) => Promise<T>,
  kind: TransactionKind,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.transaction().execute(async (trx) => {
        for (const setting of dialect.transactionSettings(kind)) await trx.executeQuery(setting);
        return work(new Repositories(trx, dialect));
      });
      if (dialect.afterCommit) await db.executeQuery(dialect.afterCommit);
      return result;
    } catch (error) {
      const failure = dialect.failureOf(error);
      if (failure === "busy" && attempt < ATTEMPTS) continue;
      throw failure ? storeFailure(failure, error) : error;
    }
  }
}

const MESSAGES: Record<FailureKind, readonly [code: ErrorCode, message: string]> = {
  unique: [
    "store.conflict",
    "Số liệu vừa được người khác ghi cùng lúc; hãy tải lại để xem bản mới nhất rồi thử lại.",
  ],
  busy: ["store.busy", "Cơ sở dữ liệu đang bận ghi số liệu khác; hãy thử lại sau ít giây."],
  timeout: [
    "store.busy",
    "Việc ghi chờ quá lâu vì đang có một lần nhập số liệu lớn; hãy thử lại sau ít phút.",
  ],
  full: [
    "store.disk_full",
    "Ổ đĩa của máy chủ đã đầy nên không ghi được; hãy báo quản trị viên giải phóng dung lượng.",
  ],
};

function storeFailure(kind: FailureKind, cause: unknown): BaocaoError {
  const [code, message] = MESSAGES[kind];
  const reason = cause instanceof Error ? cause.message.slice(0, 200) : String(cause);
  return new BaocaoError(code, message, { cause: reason });
}
