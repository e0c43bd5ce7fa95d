// name: Sectors exposed to the controls
// description: Industrial sectors that use the commodities covered by an export control, with the
// description: controls that cover them.
// audience: analyst, researcher
// params: {}
MATCH (x:ExportControl)-[:COVERS]->(c:Commodity)-[:USED_IN]->(sector:Sector)
RETURN sector.name AS sector, collect(DISTINCT c.name) AS commodities, collect(DISTINCT x.name) AS controls
ORDER BY size(controls) DESC, sector
