export {
  DEFAULT_COMBO,
  type Dhis2Mapping,
  dhis2MappingSchema,
  readDhis2Mapping,
} from "./mapping.ts";
export { adxPeriod, dhis2Period, monthOfDhis2 } from "./periods.ts";
export { type Dhis2Read, locateDhis2Error, readDhis2File } from "./read-dhis2.ts";
export { type Dhis2Format, type Dhis2Written, writeDhis2 } from "./write-dhis2.ts";
