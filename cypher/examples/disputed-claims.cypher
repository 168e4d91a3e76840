// Claims that contradict each other, each side with its own source.
MATCH (a:Claim)-[x:CONFLICTS_WITH]->(b:Claim)
MATCH (a)-[:STATED_IN]->(sa:Source), (b)-[:STATED_IN]->(sb:Source)
RETURN x.reason AS conflict, a.quote AS claim, sa.title AS source, b.quote AS counterClaim, sb.title AS counterSource
ORDER BY conflict;
