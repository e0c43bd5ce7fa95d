// 90_derived.cypher — derived properties, computed from the sources, never hand-written.
// Runs last, in the same transaction as the other seed files. Idempotent: recomputes the same values.
//
// Two clocks: events carry `date` (when it happened); `firstReported` says when the reports first
// told of a node or relationship = the earliest `date` of the Source nodes that back it.
//
// Only this load's graph is touched: the loader tags a dataset's nodes with `_dataset` after these
// files have run, so the nodes still without the tag are the ones this load created. Other
// datasets in the same database keep their values, and the transaction stays the size of this one.

// Nodes: earliest date among the sources they are SOURCED_FROM, at that source's precision
// (firstReportedPrecision), so the derived date is no finer than the report's own.
MATCH (n)-[:SOURCED_FROM]->(s:Source)
WHERE NOT n:Source AND n._dataset IS NULL
WITH n, s ORDER BY s.date
WITH n, collect(s)[0] AS first
SET n.firstReported = first.date, n.firstReportedPrecision = first.datePrecision;

// Relationships with a `sources` list: earliest date among those Source nodes.
MATCH (a)-[r]->()
WHERE a._dataset IS NULL AND r.sources IS NOT NULL
UNWIND r.sources AS sourceId
MATCH (s:Source {id: sourceId})
WITH r, s ORDER BY s.date
WITH r, collect(s)[0] AS first
SET r.firstReported = first.date, r.firstReportedPrecision = first.datePrecision;

// Provenance links themselves: the date of the source they point to.
MATCH (n)-[r:SOURCED_FROM]->(s:Source)
WHERE n._dataset IS NULL
SET r.firstReported = s.date, r.firstReportedPrecision = s.datePrecision;
