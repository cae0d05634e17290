// Upper bounds for user text. The database would take more, but a 职务 of 10,000
// characters is a paste accident, not data; refusing it early keeps printed sheets sane.
export const LIMITS = {
  name: 20,
  shortText: 60,
  title: 200,
  longText: 2000,
  minutes: 50_000,
  listPage: 500,
} as const;
