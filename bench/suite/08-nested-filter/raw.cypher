MATCH (m:Material {id: $material})<-[:PRODUCES|CONSUMES]-(:Facility)<-[:OPERATES]-(o:Organization)
RETURN DISTINCT o.id AS id, o.name AS name
