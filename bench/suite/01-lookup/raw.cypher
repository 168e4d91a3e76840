MATCH (n:Facility {id: $id})
RETURN n.id AS id, n.name AS name, n.type AS type, n.status AS status, n.capacity AS capacity, n.announced AS announced
