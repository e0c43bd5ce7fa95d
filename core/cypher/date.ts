/**
 * A calendar day as a query parameter. The core builds queries without the
 * driver, so it cannot make a Neo4j DATE itself; the driver adapter sends
 * this as one (server/neo4j/convert.ts, toCypherParams), which is what lets
 * it compare with the dates stored on nodes. A string would not.
 */
export class CalendarDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** ISO 8601, as Neo4j prints a DATE. */
  toString(): string {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }
}
