// A facility's status over time, from its dated events.
MATCH (f:Facility {id: 'facility:giga-america'})<-[:INVOLVES]-(e:Event)
WHERE e.type IN ['Announcement', 'Opening', 'Cancellation', 'Bankruptcy']
RETURN e.date AS date, e.type AS event, e.name AS name
ORDER BY date;
