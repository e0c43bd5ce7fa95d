// name: What a reader could have known on a given day
// description: Events first reported on or before a date (default: 1 September 2025), on the
// description: reporting clock rather than the clock of when things happened.
// audience: journalist, researcher
// params: {"asOf": "2025-09-01"}
MATCH (e:Event) WHERE e.firstReported <= date($asOf)
RETURN e.name AS event, e.date AS happened, e.firstReported AS firstReported
ORDER BY happened
