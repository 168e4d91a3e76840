// Constraints and indexes of the battery-ecosystem knowledge graph. Idempotent: run it any number of times.
// Every node carries the label Entity plus its kind label; Entity.id is the one stable, readable key.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT consortium_id IF NOT EXISTS FOR (n:Consortium) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT subdivision_id IF NOT EXISTS FOR (n:Subdivision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT material_id IF NOT EXISTS FOR (n:Material) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT funding_award_id IF NOT EXISTS FOR (n:FundingAward) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT production_stat_id IF NOT EXISTS FOR (n:ProductionStat) REQUIRE n.id IS UNIQUE;

CREATE INDEX facility_status IF NOT EXISTS FOR (n:Facility) ON (n.status);
CREATE INDEX facility_type IF NOT EXISTS FOR (n:Facility) ON (n.type);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX production_stat_lookup IF NOT EXISTS FOR (n:ProductionStat) ON (n.metric, n.year);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
