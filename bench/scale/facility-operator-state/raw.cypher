MATCH (f:Facility {id: $id})<-[:OPERATES]-(o:Organization)-[:HEADQUARTERED_IN]->(place)
RETURN f.name AS facility, o.id AS operator, o.name AS name, place.id AS headquarters
