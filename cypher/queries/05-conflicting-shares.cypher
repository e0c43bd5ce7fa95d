// name: Disagreeing figures on China's share of rare earths
// description: Every figure given for China's share of global rare-earth mining, processing or
// description: production, with who gave it and which report carries it, side by side.
// audience: researcher, journalist
// params: {"topic": "china-share-global-rare-earths"}
MATCH (f:Figure {topic: $topic})-[:SOURCED_FROM]->(s:Source)
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(a)
RETURN f.valueText AS figure, f.value AS value, f.measure AS measure,
       collect(DISTINCT a.name) AS attributedTo, collect(DISTINCT s.outlet + ' (' + toString(s.date) + ')') AS reportedIn
ORDER BY value
