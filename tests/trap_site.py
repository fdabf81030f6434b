"""A small WordPress-like blog on loopback with one crawler trap, for the link policy's end-to-end
tests (tests/test_trap_sites.py). Built on ``hostile_site.HostileSite`` (its server and request log).

The blog: posts at ``/<slug>/`` (one URL shape, no sitemap), ``/page/N/`` listings of ten posts,
``/tag/<tag>/`` pages, a site feed ``/feed/``; every post links its neighbours and its tags and
declares its own comment feed ``/<slug>/feed/``, which this static copy does not serve (404).

Traps (``trap=``), each entered from the home page and from every post:

- ``letters``: ``/t/<random letters>/``, each linking five more and a post;
- ``tagpath``: every ``/tag/x/`` page links ``/tag/x/y/`` for every tag y, one level deeper each hop;
- ``listing``: an endless ``/trap/<n>/`` listing, each page linking the next and its
  ``?sort=&page=`` facets;

``feeds404``: every post also declares a feed elsewhere (``/feeds/<slug>.xml``) that answers 404,
and robots.txt names a sitemap that is not there either.
"""
from __future__ import annotations

import random
from xml.sax.saxutils import escape

from hostile_site import HostileSite, Reply, article_page, listing_page

TAGS = ("sleep", "stress", "food", "heart", "skin", "mood")
_WORDS = ("better", "sleep", "simple", "habits", "heart", "health", "eating", "well", "morning", "walks",
          "stress", "relief", "vitamin", "guide", "kids", "older", "adults", "quiet", "mind", "fresh")
TRAPS = ("letters", "tagpath", "listing")
PER_PAGE = 10


def post_slug(n: int) -> str:
    """A distinct three- or four-word slug for post ``n`` (letters only, as WordPress makes them)."""
    words, k = [], n
    for _ in range(3):
        k, digit = divmod(k, len(_WORDS))
        words.append(_WORDS[digit])
    return "-".join(words + (["again"] * (k + 1) if k else []))


class TrapSite(HostileSite):
    def __init__(self, posts: int = 30, trap: str | None = None, feeds404: bool = False):
        super().__init__(sections={"articles"}, articles=0)
        if trap not in (None, *TRAPS):
            raise ValueError(f"unknown trap {trap!r}")
        self.posts, self.trap, self.feeds404 = posts, trap, feeds404
        self.slugs = [post_slug(n) for n in range(posts)]
        self.index = {slug: n for n, slug in enumerate(self.slugs)}

    # -- what is real -------------------------------------------------------------------------

    def post_paths(self) -> list[str]:
        return [f"/{slug}/" for slug in self.slugs]

    def real_paths(self) -> list[str]:
        """The pages a reader of the blog would visit: home, listings, tags, posts, the site feed."""
        pages = (self.posts + PER_PAGE - 1) // PER_PAGE
        return (["/", "/feed/", *[f"/page/{k}/" for k in range(2, pages + 1)], *[f"/tag/{t}/" for t in TAGS],
                 *self.post_paths()])

    def tags_of(self, n: int) -> list[str]:
        return [TAGS[n % len(TAGS)], TAGS[(n * 7 + 1) % len(TAGS)]]

    def trap_entry(self) -> list[str]:
        return {"letters": ["/t/entrance/"], "tagpath": [], "listing": ["/trap/1/"], None: []}[self.trap]

    # -- routes ------------------------------------------------------------------------------

    def resolve(self, target: str, host: str = "") -> Reply:
        path, _, query = target.partition("?")
        if path == "/robots.txt":
            missing = f"Sitemap: {self.base_url}/sitemap-gone.xml\n" if self.feeds404 else ""
            return Reply(body=f"User-agent: *\nDisallow: /wp-admin/\n{missing}".encode(), content_type="text/plain")
        if path == "/" or path.startswith("/page/"):
            return self._listing(path)
        if path == "/feed/":
            return self._feed()
        if path.startswith("/tag/"):
            return self._tag(path)
        if path.startswith("/t/") and self.trap == "letters":
            return self._letters(path)
        if path.startswith("/trap/") and self.trap == "listing":
            return self._endless(path, query)
        slug = path.strip("/")
        if slug in self.index:
            return self._post(self.index[slug])
        return Reply(404, b"<html><body><h1>Not found</h1></body></html>")

    def _html(self, text: str) -> Reply:
        return Reply(body=text.encode("utf-8"))

    def _listing(self, path: str) -> Reply:
        k = int(path.strip("/").split("/")[-1]) if path.startswith("/page/") else 1
        pages = (self.posts + PER_PAGE - 1) // PER_PAGE
        if not 1 <= k <= pages:
            return Reply(404, b"not found")
        posts = self.post_paths()[(k - 1) * PER_PAGE:k * PER_PAGE]
        more = [f"/page/{k + 1}/"] if k < pages else []
        head = '<link rel="alternate" type="application/rss+xml" href="/feed/">'
        page = listing_page(f"Health Notes, page {k}", [*posts, *more, *self.trap_entry()])
        return self._html(page.replace("</head>", head + "</head>"))

    def _feed(self) -> Reply:
        items = "".join(f"<item><title>{escape(s)}</title><link>{self.base_url}/{s}/</link></item>"
                        for s in self.slugs[:PER_PAGE])
        return Reply(body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>Health Notes</title>{items}'
                          "</channel></rss>".encode(), content_type="application/rss+xml")

    def _post(self, n: int) -> Reply:
        slug = self.slugs[n]
        links = [f"/{self.slugs[m]}/" for m in (n - 1, n + 1) if 0 <= m < self.posts]
        links += [f"/tag/{t}/" for t in self.tags_of(n)] + self.trap_entry()
        body = "<p>" + " ".join(f'<a href="{h}">{h.strip("/") or "home"}</a>' for h in links) + "</p>"
        head = (f'<link rel="alternate" type="application/rss+xml" href="/feed/">'
                f'<link rel="alternate" type="application/rss+xml" href="/{slug}/feed/">')
        if self.feeds404:
            head += f'<link rel="alternate" type="application/rss+xml" href="/feeds/{slug}.xml">'
        return self._html(article_page(1000 + n, title=f"Post {n}: {slug.replace('-', ' ')}", extra_body=body,
                                       extra_head=head))

    def _tag(self, path: str) -> Reply:
        tags = path.strip("/").split("/")[1:]
        if not tags or any(t not in TAGS for t in tags) or (len(tags) > 1 and self.trap != "tagpath"):
            return Reply(404, b"not found")
        posts = [f"/{s}/" for n, s in enumerate(self.slugs) if tags[0] in self.tags_of(n)][:PER_PAGE]
        deeper = [f"{path}{t}/" for t in TAGS] if self.trap == "tagpath" else []
        return self._html(listing_page("Tagged " + " + ".join(tags), [*posts, *deeper]))

    def _letters(self, path: str) -> Reply:
        rng = random.Random(path)
        links = ["/t/" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)) + "/" for _ in range(5)]
        return self._html(listing_page("More to read", [*links, f"/{self.slugs[0]}/"]))

    def _endless(self, path: str, query: str) -> Reply:
        try:
            n = int(path.strip("/").split("/")[1])
        except (IndexError, ValueError):
            return Reply(404, b"not found")
        facets = [f"/trap/{n}/?sort={s}&page={k}" for s in ("name", "date", "views") for k in (2, 3)]
        posts = [f"/{s}/" for s in self.slugs[n % self.posts:n % self.posts + 3]]
        return self._html(listing_page(f"Archive {n}", [f"/trap/{n + 1}/", *facets, *posts]))
