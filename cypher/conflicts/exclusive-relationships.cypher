// Conflicts of exclusive relationships just stated (an OPERATES of a facility): another source's active claim naming
// another start node of the same type for the same end node, with overlapping validity, unless one of the two
// sources names both (a joint one). Recorded once per pair, from the new claim.
// Run by an API write (contribution/Write) and by the dataset importers (dataset/Statements.conflicts): $exclusiveClaims
// holds claim ids.
UNWIND $exclusiveClaims AS id
MATCH (c:Claim {id: id})-[:STATED_IN]->(s:Source)
WHERE c.status = $status.active
MATCH (b:Entity {id: c.objectId})<-[r]-(other:Entity)
WHERE type(r) = c.predicate AND other.id <> c.subjectId
UNWIND r.claims AS otherClaim
MATCH (o:Claim {id: otherClaim})-[:STATED_IN]->(os:Source)
WHERE o.status = $status.active AND os <> s
  AND (o.validTo IS NULL OR c.validFrom IS NULL OR c.validFrom <= o.validTo)
  AND (c.validTo IS NULL OR o.validFrom IS NULL OR o.validFrom <= c.validTo)
  AND NOT EXISTS { MATCH (os)<-[:STATED_IN]-(j:Claim {subjectId: c.subjectId})
                   WHERE j.predicate = c.predicate AND j.objectId = c.objectId AND j.status = $status.active }
  AND NOT EXISTS { MATCH (s)<-[:STATED_IN]-(j:Claim {subjectId: o.subjectId})
                   WHERE j.predicate = o.predicate AND j.objectId = o.objectId AND j.status = $status.active }
  AND NOT EXISTS { (c)-[:CONFLICTS_WITH]-(o) }
CREATE (c)-[x:CONFLICTS_WITH]->(o)
SET x.kind = $conflict.exclusive,
    x.reason = 'Only one ' + c.predicate + ' at a time for ' + b.id + ': ' + c.subjectId + ' (' + s.id + ') and '
               + o.subjectId + ' (' + os.id + ')',
    x.sources = [s.id, os.id], x.recordedBy = $user, x.recordedAt = datetime()
RETURN count(x) AS found;
