MATCH (m:Material)
WITH m, COUNT { (f:Facility) WHERE (f)-[:PRODUCES|CONSUMES]->(m) } AS uses
WHERE uses > 0
RETURN m.id AS material ORDER BY uses, m.id LIMIT 50
