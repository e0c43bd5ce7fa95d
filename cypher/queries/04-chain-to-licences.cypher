// name: The chain of events that led to the October licences
// description: Every event from which the October 2025 licence approvals can be reached along
// description: LED_TO, PROMPTED or PRECEDED links, as paths a journalist can follow.
// audience: journalist
// params: {"event": "event:2025-10-china-licences-indian-firms"}
MATCH p = (start:Event)-[:LED_TO|PROMPTED|PRECEDED*1..6]->(end:Event {id: $event})
WHERE NOT EXISTS { (:Event)-[:LED_TO|PROMPTED|PRECEDED]->(start) }
RETURN p
LIMIT 50
