// One figure per row of a federal investment table (segment, category, quarter, edition), with its Record claim,
// STATED_IN the release; COVERS the policies the dataset says its category includes (each with its own claim).
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (i:Entity {id: row.id})
SET i:InvestmentStat, i.name = row.name, i.segment = row.segment, i.category = row.category, i.quarter = row.quarter,
    i.year = row.year, i.value = row.value, i.unit = row.unit, i.edition = row.edition, i.sources = [$sourceId]
MERGE (i)-[st:STATED_IN]->(s) SET st.sources = [$sourceId]
MERGE (c:Entity {id: row.claim.id})
SET c:Claim, c += row.claim.props
MERGE (c)-[cs:STATED_IN]->(s) SET cs.sources = [$sourceId]
MERGE (c)-[ab:ABOUT]->(i) SET ab.sources = [$sourceId]
WITH row, i, s
UNWIND row.covers AS cover
MATCH (p:Policy {id: cover.policy})
MERGE (i)-[cv:COVERS]->(p)
SET cv.sources = [$sourceId], cv.claims = [cover.claim.id]
MERGE (k:Entity {id: cover.claim.id})
SET k:Claim, k += cover.claim.props
MERGE (k)-[ks:STATED_IN]->(s) SET ks.sources = [$sourceId]
MERGE (k)-[ka:ABOUT]->(i) SET ka.sources = [$sourceId];
