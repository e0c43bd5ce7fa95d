// name: What did a speaker say, and when?
// description: Statements made by one person (default: MEA spokesperson Randhir Jaiswal), with the
// description: capacity they spoke in, the date and the quoted words.
// audience: journalist
// params: {"speaker": "person:randhir-jaiswal"}
MATCH (p:Person {id: $speaker})-[m:MADE]->(s:Statement)
RETURN p.name AS speaker, m.capacity AS capacity, s.date AS date, s.quote AS quote, s.summary AS summary
ORDER BY date
