"""The Read Also network as Cytoscape.js elements (the ``/-/graph`` page): articles as nodes
coloured by site, a Read Also link as an edge from the article to the one it recommends. Pure."""
from __future__ import annotations

import hashlib

#: Nodes a graph page draws: past a few hundred a force layout is a hairball and slow to settle.
MAX_NODES = 300
AROUND_DEPTH = 2
#: Colours told apart by most readers (Okabe-Ito, then Tableau), one per site in order of size.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C564B", "#F0E442",
           "#7F7F7F", "#17BECF", "#BCBD22", "#9467BD")


def site_colours(sites: list[str]) -> dict[str, str]:
    """A colour per site: the biggest sites get the palette in order; past it, a hue from the name."""
    colours = {}
    for n, site in enumerate(sites):
        if n < len(PALETTE):
            colours[site] = PALETTE[n]
        else:
            hue = int(hashlib.sha256(site.encode()).hexdigest()[:4], 16) % 360
            colours[site] = f"hsl({hue}, 55%, 45%)"
    return colours


def elements(nodes: list[dict], edges: list[dict], read_url, centre: int | None = None) -> dict:
    """``{"elements": [...], "sites": [{"site", "colour", "articles"}]}``; ``read_url(id)`` gives a
    node's reading page; ``centre`` is marked (the article whose neighbourhood this is)."""
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node["site"] or ""] = counts.get(node["site"] or "", 0) + 1
    sites = sorted(counts, key=lambda s: (-counts[s], s))
    colours = site_colours(sites)
    ids = {node["id"] for node in nodes}
    items = [{"data": {"id": f"a{node['id']}", "label": (node["title"] or f"article {node['id']}")[:80],
                       "site": node["site"] or "", "colour": colours[node["site"] or ""],
                       "href": read_url(node["id"]), "gone": node["status"] == "gone",
                       "centre": node["id"] == centre}}
             for node in sorted(nodes, key=lambda n: n["id"])]
    items += [{"data": {"id": f"e{edge['source']}-{edge['target']}", "source": f"a{edge['source']}",
                        "target": f"a{edge['target']}"}}
              for edge in edges if edge["source"] in ids and edge["target"] in ids]
    return {"elements": items, "sites": [{"site": s, "colour": colours[s], "articles": counts[s]} for s in sites]}
