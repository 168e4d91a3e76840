MATCH (m:Material)
WITH m, COUNT { (m)<-[:PRODUCES|CONSUMES]-(:Facility) } AS uses
WHERE uses > 0
RETURN m.id AS material ORDER BY uses, m.id LIMIT 50
