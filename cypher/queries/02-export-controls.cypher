// name: Export controls: who imposed them, when, on what, and why
// description: Each export control with the body that imposed it, the date it took effect,
// description: the commodities it covers and the reason given.
// audience: researcher, analyst
// params: {}
MATCH (x:ExportControl)
OPTIONAL MATCH (who)-[:IMPOSED]->(x)
OPTIONAL MATCH (x)-[:COVERS]->(what)
RETURN x.name AS control, x.date AS date, x.datePrecision AS precision, x.statedReason AS reason,
       collect(DISTINCT who.name) AS imposedBy, collect(DISTINCT what.name) AS covers
ORDER BY date
