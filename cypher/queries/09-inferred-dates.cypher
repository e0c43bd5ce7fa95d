// name: Dates inferred from relative wording
// description: Events whose date was worked out from words like "on Thursday" or "last year",
// description: with the wording and the precision, so an analyst can check each inference.
// audience: analyst, researcher
// params: {}
MATCH (e:Event) WHERE e.dateInferred = true
RETURN e.name AS event, e.date AS date, e.datePrecision AS precision, e.dateInferredFrom AS inferredFrom
ORDER BY date
