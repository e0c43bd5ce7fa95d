// name: Licences granted, to whom, on what conditions
// description: Every licence approval with the authority that granted it, the firms that received it
// description: and the conditions attached (end-user certificates, no re-export, no military use).
// audience: journalist, researcher
// params: {}
MATCH (l:LicenceApproval)
OPTIONAL MATCH (l)-[:GRANTED_BY]->(by)
OPTIONAL MATCH (l)-[:GRANTED_TO]->(firm)
OPTIONAL MATCH (l)-[:SUBJECT_TO]->(c:Condition)
RETURN l.name AS licence, l.date AS date, l.datePrecision AS precision,
       collect(DISTINCT by.name) AS grantedBy, collect(DISTINCT firm.name) AS grantedTo,
       collect(DISTINCT c.name) AS conditions
ORDER BY date
