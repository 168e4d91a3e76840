// How many of the given dataset sources the graph holds (a source is written in its file's transaction, with it).
MATCH (s:Source) WHERE s.id IN $ids
RETURN count(s) AS present;
