// cypher/schema.cypher — schema of the India–China rare-earth-magnet graph.
// Applied statement by statement, separately from (and before) the seed data. Everything IF NOT EXISTS.
// Labels and relationship types are documented in seed/README.md.

// ---- a unique id on every label ------------------------------------

CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT media_outlet_id_unique IF NOT EXISTS FOR (n:MediaOutlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id_unique IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id_unique IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id_unique IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commodity_id_unique IF NOT EXISTS FOR (n:Commodity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id_unique IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT condition_id_unique IF NOT EXISTS FOR (n:Condition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id_unique IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id_unique IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT negotiation_id_unique IF NOT EXISTS FOR (n:Negotiation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT briefing_id_unique IF NOT EXISTS FOR (n:Briefing) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_action_id_unique IF NOT EXISTS FOR (n:PolicyAction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT export_control_id_unique IF NOT EXISTS FOR (n:ExportControl) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relaxation_id_unique IF NOT EXISTS FOR (n:Relaxation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT licence_approval_id_unique IF NOT EXISTS FOR (n:LicenceApproval) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tariff_id_unique IF NOT EXISTS FOR (n:Tariff) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT military_incident_id_unique IF NOT EXISTS FOR (n:MilitaryIncident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disengagement_id_unique IF NOT EXISTS FOR (n:Disengagement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resumption_id_unique IF NOT EXISTS FOR (n:Resumption) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trade_flow_id_unique IF NOT EXISTS FOR (n:TradeFlow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT supply_disruption_id_unique IF NOT EXISTS FOR (n:SupplyDisruption) REQUIRE n.id IS UNIQUE;

// ---- range indexes ---------------------------------------------------

CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_end_date IF NOT EXISTS FOR (n:Event) ON (n.endDate);
CREATE INDEX source_date IF NOT EXISTS FOR (n:Source) ON (n.date);
CREATE INDEX figure_topic IF NOT EXISTS FOR (n:Figure) ON (n.topic);

// ---- full-text search over every label (name, aliases, description) ---

CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS
FOR (n:Source|MediaOutlet|Country|Organization|Company|Person|Place|Commodity|Sector|Condition|Figure|Event|Meeting|Negotiation|Briefing|Statement|PolicyAction|ExportControl|Relaxation|LicenceApproval|Tariff|MilitaryIncident|Disengagement|Resumption|TradeFlow|SupplyDisruption)
ON EACH [n.name, n.aliases, n.description];
