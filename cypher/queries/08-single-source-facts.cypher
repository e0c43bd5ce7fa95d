// name: Facts that rest on a single source
// description: Events backed by only one report: where a journalist should look for corroboration.
// audience: journalist
// params: {}
MATCH (e:Event)-[:SOURCED_FROM]->(s:Source)
WITH e, collect(s.id) AS sources
WHERE size(sources) = 1
RETURN e.name AS event, e.date AS date, sources[0] AS onlySource
ORDER BY date
