// Conflicts of value claims just written (docs/data.md, "Conflicts the graph finds"): another source's active claim
// about the same property of the node with a different value (numbers compared as numbers, dates to the precision
// of the less precise one); for a state such as a status, only for the same date (StatusesOnSameDate). Recorded
// once per pair, from the new claim.
// Run by an API write (contribution/Write) and by the dataset importers (dataset/Statements.conflicts), in their
// transactions:
// $compared holds {claim, numeric, date, state} per value claim.
UNWIND $compared AS row
MATCH (c:Claim {id: row.claim})-[:STATED_IN]->(s:Source)
MATCH (c)-[:ABOUT]->(n:Entity)<-[:ABOUT]-(o:Claim)-[:STATED_IN]->(os:Source)
WHERE o.property = c.property AND o.status = $status.active AND os <> s
  AND NOT CASE WHEN row.numeric THEN coalesce(toFloat(o.value) = toFloat(c.value), o.value = c.value)
               // a date known to the year or month ('2022-11') agrees with every day of it ('2022-11-11')
               WHEN row.date THEN o.value STARTS WITH c.value + '-' OR c.value STARTS WITH o.value + '-' OR o.value = c.value
               ELSE o.value = c.value END
  AND (NOT row.state OR o.assertedOn = c.assertedOn)
  AND NOT EXISTS { (c)-[:CONFLICTS_WITH]-(o) }
CREATE (c)-[x:CONFLICTS_WITH]->(o)
SET x.kind = CASE WHEN row.state THEN $conflict.sameDate ELSE $conflict.values END,
    x.reason = CASE WHEN row.state
      THEN 'Different ' + c.property + ' on ' + toString(c.assertedOn) + ': ' + c.value + ' (' + s.id + ') and '
           + o.value + ' (' + os.id + ')'
      ELSE 'Different values of ' + c.property + ': "' + c.value + '" (' + s.id + ') and "' + o.value + '" ('
           + os.id + ')' END,
    x.sources = [s.id, os.id], x.recordedBy = $user, x.recordedAt = datetime()
RETURN count(x) AS found;
