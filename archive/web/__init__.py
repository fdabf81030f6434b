"""What readers see: the Datasette plugin, the reading page, search, charts, graph, feed and change notifications."""
