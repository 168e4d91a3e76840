MATCH (f:Facility) WHERE EXISTS { (f)<-[:OPERATES]-(:Organization)-[:HEADQUARTERED_IN]->() }
RETURN f.id AS id ORDER BY f.id LIMIT 200
