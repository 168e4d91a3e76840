// Every relationship of the Atoka, Oklahoma recycling plant with the claims, quotes and sources behind it.
MATCH (f:Facility {id: 'facility:green-li-ion-atoka'})-[r]-(other)
UNWIND r.claims AS claimId
MATCH (c:Claim {id: claimId})-[:STATED_IN]->(s:Source)
RETURN type(r) AS relationship, other.name AS other, c.quote AS quote, s.title AS source, c.assertedOn AS asserted,
       EXISTS { (c)-[:CONFLICTS_WITH]-(:Claim) } AS disputed
ORDER BY relationship, other;
