// name: Everything one report supports
// description: The nodes that cite a given source, by label, so a reader can see what rests on a
// description: single report (default: the second-hand report 004).
// audience: journalist, researcher
// params: {"source": "src:004"}
MATCH (s:Source {id: $source})<-[:SOURCED_FROM]-(n)
UNWIND [l IN labels(n) WHERE l <> 'Event'] AS label
RETURN label, count(*) AS nodes, collect(n.name)[..8] AS examples
ORDER BY nodes DESC
