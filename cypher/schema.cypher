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
CREATE CONSTRAINT investment_stat_id IF NOT EXISTS FOR (n:InvestmentStat) REQUIRE n.id IS UNIQUE;

CREATE INDEX facility_status IF NOT EXISTS FOR (n:Facility) ON (n.status);
CREATE INDEX facility_type IF NOT EXISTS FOR (n:Facility) ON (n.type);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date);
CREATE INDEX production_stat_lookup IF NOT EXISTS FOR (n:ProductionStat) ON (n.metric, n.year);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);

// The filters and orders of the list root fields (organizations(filter:, orderBy:), ...): one range index per
// filtered or sorted property, so a filter's equality, range or STARTS WITH starts from an index.
CREATE INDEX facility_name IF NOT EXISTS FOR (n:Facility) ON (n.name);
CREATE INDEX organization_org_type IF NOT EXISTS FOR (n:Organization) ON (n.orgType);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_founded IF NOT EXISTS FOR (n:Organization) ON (n.founded);
CREATE INDEX consortium_name IF NOT EXISTS FOR (n:Consortium) ON (n.name);
CREATE INDEX consortium_launched IF NOT EXISTS FOR (n:Consortium) ON (n.launched);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX funding_award_kind IF NOT EXISTS FOR (n:FundingAward) ON (n.kind);
CREATE INDEX funding_award_status IF NOT EXISTS FOR (n:FundingAward) ON (n.status);
CREATE INDEX funding_award_amount IF NOT EXISTS FOR (n:FundingAward) ON (n.amountUsd);
CREATE INDEX funding_award_amount_min IF NOT EXISTS FOR (n:FundingAward) ON (n.amountUsdMin);
CREATE INDEX funding_award_amount_max IF NOT EXISTS FOR (n:FundingAward) ON (n.amountUsdMax);
CREATE INDEX funding_award_awarded IF NOT EXISTS FOR (n:FundingAward) ON (n.awarded);
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);
CREATE INDEX source_publisher IF NOT EXISTS FOR (n:Source) ON (n.publisher);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published);
CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.kind);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX policy_enacted IF NOT EXISTS FOR (n:Policy) ON (n.enacted);
CREATE INDEX material_kind IF NOT EXISTS FOR (n:Material) ON (n.kind);
CREATE INDEX material_name IF NOT EXISTS FOR (n:Material) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX subdivision_name IF NOT EXISTS FOR (n:Subdivision) ON (n.name);
// The claims(filter:, orderBy:) root field: its equality and range filters and its order on the claim's properties.
CREATE INDEX claim_subject IF NOT EXISTS FOR (n:Claim) ON (n.subjectId);
CREATE INDEX claim_object IF NOT EXISTS FOR (n:Claim) ON (n.objectId);
CREATE INDEX claim_property IF NOT EXISTS FOR (n:Claim) ON (n.property);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX claim_confidence IF NOT EXISTS FOR (n:Claim) ON (n.confidence);
CREATE INDEX claim_evidence_kind IF NOT EXISTS FOR (n:Claim) ON (n.evidenceKind);
CREATE INDEX claim_asserted_on IF NOT EXISTS FOR (n:Claim) ON (n.assertedOn);

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
// claimSearch(text:): the words of every claim, the sources' own (quote) and the editors' summaries (paraphrase).
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.quote, n.paraphrase];

// Where facilities and deposits are, and the facility filters on the datasets' values (facilities(filter: {within,
// capexFrom, capexTo, announcedFrom, announcedTo}), deposits(filter:, orderBy:)): a POINT index per location (the
// within filter's point.distance and point.withinBBox start from it), a range index per other filter or order.
CREATE CONSTRAINT deposit_id IF NOT EXISTS FOR (n:Deposit) REQUIRE n.id IS UNIQUE;
CREATE POINT INDEX facility_location IF NOT EXISTS FOR (n:Facility) ON (n.location);
CREATE POINT INDEX deposit_location IF NOT EXISTS FOR (n:Deposit) ON (n.location);
CREATE INDEX facility_capex IF NOT EXISTS FOR (n:Facility) ON (n.capexMusd2023);
CREATE INDEX facility_announced IF NOT EXISTS FOR (n:Facility) ON (n.announced);
CREATE INDEX deposit_status IF NOT EXISTS FOR (n:Deposit) ON (n.status);
CREATE INDEX deposit_resource_type IF NOT EXISTS FOR (n:Deposit) ON (n.resourceType);
CREATE INDEX deposit_name IF NOT EXISTS FOR (n:Deposit) ON (n.name);
CREATE INDEX deposit_reserves IF NOT EXISTS FOR (n:Deposit) ON (n.reservesKtLi);
