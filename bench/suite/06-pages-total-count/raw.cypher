MATCH (n:Facility) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT 50
RETURN n.id AS id, n.name AS name, COUNT { (:Facility) } AS total
