// name: India–China trade flows and their figures
// description: Trade-flow events with every figure that measures them: values, growth rates,
// description: tonnage, and the period each covers.
// audience: analyst, researcher
// params: {}
MATCH (t:TradeFlow)
OPTIONAL MATCH (f:Figure)-[:MEASURES]->(t)
RETURN t.name AS flow, t.date AS from, t.endDate AS until,
       collect(f.valueText + ' (' + f.measure + ')') AS figures
ORDER BY from
