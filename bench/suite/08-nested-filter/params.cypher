MATCH (m:Material)
WITH m, COUNT { (f:Facility) WHERE (f)-[:PRODUCES|CONSUMES]->(m) } AS uses
WHERE 0 < uses <= 100
RETURN m.id AS material ORDER BY uses DESC, m.id LIMIT 50
