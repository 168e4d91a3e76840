// US battery plants that were cancelled, with state, capacity, and the claim (quote + source) behind the status.
MATCH (f:Facility {status: 'Cancelled'})-[:LOCATED_IN]->(s:Subdivision)-[:PART_OF]->(:Country {id: 'country:US'})
OPTIONAL MATCH (e:Event {type: 'Cancellation'})-[:INVOLVES]->(f)
RETURN f.name AS facility, s.code AS state, f.capacity AS capacity, f.capacityUnit AS unit,
       coalesce(f.cancelled, e.date) AS cancelled, [(e)-[:INVOLVES]->(o:Organization) | o.name] AS organizations
ORDER BY cancelled;
