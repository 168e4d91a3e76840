// Claims that disagree. Both stay in the graph, each with its own source; CONFLICTS_WITH says why they clash.
UNWIND [
  {a: 'claim:org:american-li-ion-OPERATES->facility:green-li-ion-atoka@seed-004_7685e5194780aa43', b: 'claim:org:green-li-ion-OPERATES->facility:green-li-ion-atoka@S13', reason: 'Operator of the Atoka, Oklahoma plant: seed 004 presents it as American Li-ion’s flagship facility; C&EN (S13) reports Green Li-ion (Singapore) started it in Apr 2024. No public source links the two companies.'},
  {a: 'claim:consortium:nbmc.existence@seed-001_db17aa4db412328b', b: 'claim:consortium:nbmc.existence@S18', reason: 'Seed 001 says the United States established a “National Battery Manufacturing Consortium (NBMC)”; no body by that name is found. Closest real bodies: NAATBatt (2008), Li-Bridge (2021), FCAB (2020).'},
  {a: 'claim:consortium:nbmc-BASED_IN->country:US@seed-001_db17aa4db412328b', b: 'claim:consortium:nbmc.existence@S18', reason: 'The US-based NBMC of seed 001 is not found under this name (see NAATBatt, Li-Bridge, FCAB).'},
  {a: 'claim:consortium:de-battery-consortium-2019.existence@seed-001_db17aa4db412328b', b: 'claim:consortium:de-battery-consortium-2019.existence@S16', reason: 'Seed 001 says Germany launched a “Battery Production Consortium” in 2019; no body by that name exists. Best matches: FFB Münster (June 2019), the industrial cell consortium (Jan 2019), the IPCEI on batteries (Dec 2019).'},
  {a: 'claim:consortium:de-battery-consortium-2019-BASED_IN->country:DE@seed-001_db17aa4db412328b', b: 'claim:consortium:de-battery-consortium-2019.existence@S16', reason: 'The German “Battery Production Consortium” of seed 001 is not found under this name.'},
  {a: 'claim:country:US.operatingGigafactories@seed-002_b710820c0e29615b', b: 'claim:country:US.operatingGigafactories@S24', reason: 'Seed 002 (undated, no source) says only one US gigafactory exists; Giga Nevada has operated since 2016 (cells from 2017) and other cell gigafactories such as Ultium Cells Warren operate too.'},
  {a: 'claim:country:US.operatingGigafactories@seed-002_b710820c0e29615b', b: 'claim:country:US.operatingGigafactories@S25', reason: 'Seed 002 says only one US gigafactory exists; Ultium Cells Warren (35+ GWh) operates besides Giga Nevada.'},
  {a: 'claim:facility:abtc-lioh-refinery.status@seed-002_b710820c0e29615b', b: 'claim:facility:abtc-lioh-refinery.status@S9', reason: 'Seed 002 says ABTC is constructing its lithium hydroxide refinery; the public record describes the 30,000 t/yr refinery as planned, and its DOE grant was terminated on 9 Oct 2025.'},
  {a: 'claim:event:acp-pledge-2025.scope@seed-000_c5a2fa4526bdccf4', b: 'claim:event:acp-pledge-2025.scope@S1', reason: 'Seed 000 describes battery manufacturers making all battery components in the US within five years; the actual pledge (ACP, 29 Apr 2025) is the energy-storage industry’s $100B to build and buy US-made grid batteries.'},
  {a: 'claim:event:acp-pledge-2025.condition@seed-000_c5a2fa4526bdccf4', b: 'claim:event:acp-pledge-2025.condition@S1', reason: 'Seed 000 conditions the plan on clean energy tax credits only; ACP conditions it on stable tax and trade policy plus streamlined permitting.'}
] AS row
OPTIONAL MATCH (x:Claim {id: row.a})
OPTIONAL MATCH (y:Claim {id: row.b})
MERGE (x)-[r:CONFLICTS_WITH]->(y)
SET r.reason = row.reason,
    r.sources = [(x)-[:STATED_IN]->(s) | s.id] + [(y)-[:STATED_IN]->(s) | s.id];
