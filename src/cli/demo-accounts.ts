import type { AccountSpec, SignInHint } from "../services/accounts/index.ts";

/** The name the demo loader writes under (values, registers, the report draft). */
export const DEMO_WRITER = "demo";

/** The password of every demo account — for trying baocao out, never for real data. */
export const DEMO_PASSWORD = "baocao2023";

/**
 * The accounts `baocao demo` creates on the reference dataset (Ngã Năm town, 2023): one per
 * role on the town, an administrator of the whole tree (the catalogue), and a reporter for one ward and one commune, and
 * a department that writes its section of the town's report.
 */
export const DEMO_ACCOUNTS: readonly AccountSpec[] = [
  {
    username: "admin",
    displayName: "Quản trị hệ thống",
    password: DEMO_PASSWORD,
    grants: [{ role: "admin", unit: "NGA_NAM" }],
  },
  {
    // The catalogue is shared by the whole tree: who changes it administers every root unit (the
    // two provinces of 2023 and the city they merged into in 2025), not only the town. A second
    // account, so the town's administrator still opens on the town.
    username: "quantri",
    displayName: "Quản trị danh mục (toàn hệ thống)",
    password: DEMO_PASSWORD,
    grants: [
      { role: "admin", unit: "CAN_THO" },
      { role: "admin", unit: "HAU_GIANG" },
      { role: "admin", unit: "SOC_TRANG" },
    ],
  },
  {
    username: "vanphong",
    displayName: "Văn phòng HĐND và UBND thị xã",
    password: DEMO_PASSWORD,
    grants: [{ role: "office", unit: "NGA_NAM" }],
  },
  {
    username: "lanhdao",
    displayName: "Lãnh đạo UBND thị xã",
    password: DEMO_PASSWORD,
    grants: [{ role: "approver", unit: "NGA_NAM" }],
  },
  {
    username: "xem",
    displayName: "Người xem",
    password: DEMO_PASSWORD,
    grants: [{ role: "viewer", unit: "NGA_NAM" }],
  },
  {
    username: "phuong1",
    displayName: "Cán bộ Phường 1",
    password: DEMO_PASSWORD,
    grants: [{ role: "reporter", unit: "PHUONG_1" }],
  },
  {
    username: "xa1",
    displayName: "Cán bộ xã Tân Long",
    password: DEMO_PASSWORD,
    grants: [{ role: "reporter", unit: "XA_TAN_LONG" }],
  },
  {
    // A department (phòng ban) writes its own section of the town's report (`{owner=NN_TCKH}`)
    // and sends it for approval; reading the town's figures lets it preview the section as the
    // report prints it, but it may write and send nothing else.
    username: "tckh",
    displayName: "Phòng Tài chính - Kế hoạch thị xã",
    password: DEMO_PASSWORD,
    // In the order the accounts' store lists them (by unit).
    grants: [
      { role: "viewer", unit: "NGA_NAM" },
      { role: "reporter", unit: "NN_TCKH" },
    ],
  },
];

/** What the login page shows when the server runs the demo (and only then). */
export const DEMO_SIGN_IN_HINT: SignInHint = {
  usernames: DEMO_ACCOUNTS.map((a) => a.username),
  password: DEMO_PASSWORD,
  // The reference report's month (DEMO_REPORT); written here, since demo-report imports this file.
  period: "2023-08",
};
