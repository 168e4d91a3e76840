// The conflicts of the dataset claims with other sources' claims (for the resolution report): each pair once, the
// dataset's claim first (of two datasets' claims, the one that found the conflict: the later file's), in a stable
// order, so that a rerun reports the same list.
MATCH (ds:Source)<-[:STATED_IN]-(c:Claim)-[x:CONFLICTS_WITH]-(o:Claim)-[:STATED_IN]->(os:Source)
WHERE ds.kind = 'Dataset' AND ds.release IS NOT NULL AND os <> ds
  AND (startNode(x) = c OR os.kind <> 'Dataset' OR os.release IS NULL)
WITH c, x, o
ORDER BY x.kind, c.subjectId, c.id, o.id
RETURN collect({kind: x.kind, subject: c.subjectId, claim: c.id, counterClaim: o.id, reason: x.reason,
                recordKey: c.recordKey}) AS conflicts;
