// name: How two actors are connected
// description: The shortest chains of relationships between two actors (default: the MEA and MOFCOM),
// description: leaving out the provenance links to sources.
// audience: researcher
// params: {"from": "org:mea-india", "to": "org:mofcom"}
MATCH (a {id: $from}), (b {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'SOURCED_FROM')
RETURN p
LIMIT 10
