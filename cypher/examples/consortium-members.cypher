// Members of every consortium with their role, and the facilities each member operates.
MATCH (c:Consortium)<-[m:MEMBER_OF]-(o:Organization)
OPTIONAL MATCH (o)-[:OPERATES]->(f:Facility)
RETURN c.name AS consortium, o.name AS member, coalesce(m.role, 'Member') AS role,
       collect(f.name) AS facilities
ORDER BY consortium, role, member;
