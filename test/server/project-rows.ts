// Rows the project API tests write, as the web forms send them.

/** A town project as the project form sends it. */
export const PROJECT = {
  nameVi: "Đường giao thông nông thôn ấp Mỹ Phước",
  managingLevel: "huyen_quan_ly",
  programme: "",
  ownerUnit: "NGA_NAM",
  ownerName: "",
  reportingUnit: "NGA_NAM",
  locationUnits: ["PHUONG_1"],
  startDate: "2023-03-01",
  endDate: null,
  status: "in_progress",
  note: "",
};
/** Its 2023 capital plan line (triệu đồng). */
export const PLAN = {
  year: 2023,
  fundSource: "huyen_quan_ly",
  programme: "",
  amount: 1000,
  note: "",
};
/** A disbursement of August 2023 (triệu đồng). */
export const PAID = {
  period: "2023-08",
  fundSource: "huyen_quan_ly",
  date: null,
  amount: 250,
  status: "official",
  note: "",
};
