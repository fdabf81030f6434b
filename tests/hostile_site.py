"""A hostile web site on loopback (stdlib only) for robustness tests, with a request log.

It serves, besides a few well-formed health articles, every bad input a crawler meets:
truncated and malformed HTML, 100,000 nested elements, a 50 MB page, a gzip bomb, binary
bodies labelled text/html, missing, wrong and conflicting charsets, invalid UTF-8, empty 200s,
slow and stalled responses, 5xx storms, redirect loops and redirects out of scope, malformed
and XXE-laden sitemaps and feeds, IDN and percent-encoded links, one article under many URL
variants; and the crawler traps: an endless calendar, session ids, endlessly deep paths,
faceted navigation and ``?replytocom=`` links. Its robots.txt (``Disallow: /private/``) can
misbehave as sites do: ``robots_answers`` scripts what each request for it gets in turn (5xx, 429,
404, a stall, a redirect to the other name of the host), the last answer repeated.

    with HostileSite(sections={"bad", "traps"}) as site:
        ...crawl site.base_url + "/"...
        site.hits("/storm/")          # every request the crawler made for a path

Every delay waits on an event that ``stop()`` sets, so stopping never hangs on a slow handler.
"""
from __future__ import annotations

import hashlib
import json
import random
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterable, NamedTuple
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

MB = 1024 * 1024
SECTIONS = frozenset(("articles", "bad", "charset", "slow", "redirect", "xml", "intl", "dup", "traps", "ssrf",
                      "robots", "flood", "claims", "heavy"))
OPT_IN = frozenset(("flood", "claims", "heavy"))     # sections a crawl of the whole site leaves out
FLOOD_LINKS = 300_000   # unique links on the link-flood page /flood/ (about 10.5 MB of HTML)

_SENTENCES = (
    "Regular physical activity lowers blood pressure and improves how the heart uses oxygen.",
    "Most adults need between seven and nine hours of sleep to feel rested and think clearly.",
    "A diet rich in vegetables, legumes and whole grains supplies fibre that feeds gut bacteria.",
    "Drinking water through the day keeps the kidneys working and helps regulate temperature.",
    "Vaccination trains the immune system to recognise a pathogen before a real infection occurs.",
    "Chronic stress raises cortisol, which over months can disturb sleep, appetite and mood.",
    "Brushing twice a day with fluoride toothpaste prevents most cavities in children and adults.",
    "Walking for thirty minutes on most days reduces the risk of type 2 diabetes considerably.",
    "Sunscreen with a high protection factor limits the skin damage that leads to melanoma.",
    "Smoking cessation at any age adds years of life and lowers the risk of heart disease.",
    "Iron deficiency is the most common nutritional shortage and often causes tiredness.",
    "Screening for colorectal cancer finds polyps early, when they are easiest to remove.",
    "Handwashing with soap for twenty seconds removes most germs that cause colds and flu.",
    "Alcohol affects sleep quality even when it makes falling asleep seem easier at first.",
    "Strength training twice a week preserves muscle mass and bone density as people age.",
)
_TOPICS = ("Sleep", "Blood Pressure", "Hydration", "Vaccines", "Stress", "Teeth", "Walking", "Sun Safety",
           "Quitting Smoking", "Iron", "Screening", "Handwashing", "Alcohol", "Strength", "Fibre")


class Hit(NamedTuple):
    """One request as the server saw it."""
    at: float          # time.monotonic() when the request line was read
    method: str
    path: str          # path with query, as sent
    status: int
    headers: dict
    host: str          # the address the request came in on

    @property
    def hostname(self) -> str:
        """The host name the client asked for (its Host header, without the port)."""
        return (self.headers.get("Host") or "").rsplit(":", 1)[0]


@dataclass
class Reply:
    """What to answer. ``body`` may be an iterable of chunks (streamed without Content-Length
    unless ``length`` says otherwise)."""
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: list = field(default_factory=list)
    length: int | None = -1       # -1: the real length; None: no Content-Length (close-delimited); n: claim n
    delay: float = 0.0            # seconds before the status line
    chunk_delay: float = 0.0      # seconds between body chunks (a drip)


def article_text(n: int, sentences: int = 12) -> list[str]:
    """Paragraphs of article ``n``: distinct per ``n``, plain ASCII, about 180 words."""
    rng = random.Random(n)
    picked = [_SENTENCES[(n + i * 7) % len(_SENTENCES)] for i in range(sentences)]
    rng.shuffle(picked)
    paragraphs = [" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)]
    paragraphs[0] = f"This is guide number {n} of the Hostile Health Journal. " + paragraphs[0]
    return paragraphs


def article_page(n: int, *, title: str | None = None, canonical: str | None = None, related: Iterable[str] = (),
                 extra_body: str = "", extra_head: str = "", charset_meta: str | None = "utf-8",
                 paragraphs: list[str] | None = None) -> str:
    """A well-formed article page (og:type article, JSON-LD, byline, date, Read Also block)."""
    title = title or f"Guide {n}: {_TOPICS[n % len(_TOPICS)]} and Your Health"
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": title,
                     "datePublished": f"2024-03-{1 + n % 27:02d}T08:00:00Z",
                     "author": {"@type": "Person", "name": "Jane Roe"}})
    paras = "".join(f"<p>{p}</p>\n" for p in (paragraphs or article_text(n)))
    also = "".join(f'<li><a href="{href}">Related guide {i}</a></li>' for i, href in enumerate(related, 1))
    also_block = f'<aside class="read-also"><h3>Read Also</h3><ul>{also}</ul></aside>' if also else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}<title>{title}</title>{canon}
<meta property="og:type" content="article">
<script type="application/ld+json">{ld}</script>{extra_head}
</head><body>
<header class="site-header"><nav><a href="/">Home</a></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Jane Roe</p>
<div class="entry-content">
{paras}{extra_body}
</div>
{also_block}
</article></main>
<footer class="site-footer"><p>Hostile Health Journal</p></footer>
</body></html>"""


def listing_page(title: str, hrefs: Iterable[str], extra: str = "") -> str:
    items = "".join(f'<li><a href="{h}">{h}</a></li>\n' for h in hrefs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><h1>{title}</h1><ul>\n{items}</ul>{extra}</body></html>")


class HostileSite:
    """The hostile site. ``sections`` picks what the home page links to (all by default);
    ``canary`` is the base URL of a server no crawl may reach (SSRF and XXE targets point there)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, sections: Iterable[str] = SECTIONS - OPT_IN,
                 articles: int = 6, delay: float = 0.0, stall: float = 6.0, crawl_delay: float | None = None,
                 canary: str = "http://127.0.0.2:9", bomb_size: int = 64 * MB, huge_size: int = 50 * MB,
                 robots_answers: Iterable[str] = ("ok",), private_pages: int = 0):
        self.sections = frozenset(sections)
        self.robots_answers = tuple(robots_answers)  # see ROBOTS_ANSWERS; the n-th request gets the n-th, the
        unknown = {a for a in self.robots_answers if a not in ROBOTS_ANSWERS and not _redirects(a)}  # last repeated
        if unknown or not self.robots_answers:
            raise ValueError(f"unknown robots answers: {sorted(unknown)}")
        self.private_pages = private_pages  # more links under /private/ on the home page (section robots)
        unknown = self.sections - SECTIONS
        if unknown:
            raise ValueError(f"unknown sections: {sorted(unknown)}")
        self.articles = articles
        self.delay = delay
        self.stall = stall              # how long slow routes stall: longer than the crawl's DOWNLOAD_TIMEOUT
        self.crawl_delay = crawl_delay
        self.canary = canary.rstrip("/")
        self.bomb_size = bomb_size
        self.huge_size = huge_size
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._log: list[Hit] = []
        self._counts: dict[str, int] = {}
        self._bomb: bytes | None = None
        self._flood: bytes | None = None
        self._httpd = ThreadingHTTPServer((host, port), type("Handler", (_Handler,), {"site": self}))
        self.host = host
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"hostile-{self.port}", daemon=True)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> "HostileSite":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)

    def __enter__(self) -> "HostileSite":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- the request log -------------------------------------------------------------------

    @property
    def request_log(self) -> list[Hit]:
        with self._lock:
            return list(self._log)

    def hits(self, prefix: str) -> list[Hit]:
        """Requests whose path (with query) starts with ``prefix``."""
        return [h for h in self.request_log if h.path.startswith(prefix)]

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self._log.append(hit)

    def _count(self, key: str) -> int:
        """How many times ``key`` was asked for before (for flaky routes)."""
        with self._lock:
            n = self._counts.get(key, 0)
            self._counts[key] = n + 1
            return n

    def sleep(self, seconds: float) -> None:
        self.stopping.wait(seconds)

    # -- the site --------------------------------------------------------------------------

    def article_urls(self) -> list[str]:
        return [f"/articles/{n}/" for n in range(1, self.articles + 1)]

    def home_links(self) -> list[str]:
        links = list(self.article_urls()) if "articles" in self.sections else []
        for section in sorted(self.sections):
            links += SECTION_LINKS.get(section, [])
        if "robots" in self.sections:
            links += [f"/private/{n}/" for n in range(1, self.private_pages + 1)]
        return links

    def resolve(self, target: str, host: str = "") -> Reply:
        """The reply to a GET of ``target`` (path and query) asked of host name ``host``."""
        parts = urlsplit(target)
        path, query = parts.path, dict(parse_qsl(parts.query))
        if path == "/robots.txt":
            return _robots(self, host)
        route = ROUTES.get(path)
        if route is not None:
            return route(self, query)
        for prefix, route in PREFIX_ROUTES:
            if path.startswith(prefix):
                return route(self, path, query)
        return Reply(404, b"<html><body><h1>Not found</h1></body></html>")

    # -- expensive bodies, built once --------------------------------------------------------

    def bomb(self) -> bytes:
        """gzip of ``bomb_size`` bytes of HTML-ish filler: about 1000x smaller on the wire."""
        with self._lock:
            if self._bomb is None:
                squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
                chunk = b"<p>" + b" " * (MB - 3)
                parts = [squeeze.compress(chunk) for _ in range(self.bomb_size // MB)]
                self._bomb = b"".join(parts) + squeeze.flush()
            return self._bomb


# -- routes ------------------------------------------------------------------------------------
# Each route takes (site, query) or, for prefix routes, (site, path, query) and returns a Reply.


def _html(text: str, **kw) -> Reply:
    return Reply(body=text.encode("utf-8"), **kw)


def _home(site: HostileSite, query) -> Reply:
    return _html(listing_page("Hostile Health Journal", site.home_links()))


ROBOTS_ANSWERS = frozenset(("ok", "500", "503", "429", "404", "stall", "redirect"))


def _redirects(answer: str) -> int:
    """How many redirects a "redirectN" robots answer makes (0: not one)."""
    return int(answer[8:]) if answer.startswith("redirect") and answer[8:].isdigit() else 0


def _robots(site: HostileSite, host: str) -> Reply:
    """robots.txt as ``site.robots_answers`` scripts it: "ok" (the rules), a status, "stall" (the
    rules, after ``site.stall`` seconds), "redirect" (asked of any name but 127.0.0.1, a 301 to the
    same path on 127.0.0.1: a www. site sending robots.txt to its bare domain), or "redirectN" (N
    redirects, the first to 127.0.0.1, then along /robots-hop/ to the rules)."""
    answers = site.robots_answers
    answer = answers[min(site._count("robots.txt"), len(answers) - 1)]
    if answer == "redirect" and host != "127.0.0.1":
        return _redirect(f"http://127.0.0.1:{site.port}/robots.txt", 301)
    if _redirects(answer):
        return _redirect(f"http://127.0.0.1:{site.port}/robots-hop/{_redirects(answer) - 1}/", 301)
    if answer.isdigit():
        retry_after = [("Retry-After", "0")] if answer in ("503", "429") else []
        return Reply(int(answer), b"<html><body><h1>Try again later</h1></body></html>", headers=retry_after)
    return _robots_rules(site, delay=site.stall if answer == "stall" else 0.0)


def _robots_hop(site: HostileSite, path: str, query) -> Reply:
    left = int(path.strip("/").rsplit("/", 1)[-1])
    return _redirect(f"/robots-hop/{left - 1}/") if left > 0 else _robots_rules(site)


def _robots_rules(site: HostileSite, delay: float = 0.0) -> Reply:
    lines = ["User-agent: *", "Disallow: /private/"]
    if site.crawl_delay is not None:
        lines.append(f"Crawl-delay: {site.crawl_delay}")
    if "xml" in site.sections:
        lines += [f"Sitemap: {site.base_url}{p}" for p in ("/sitemap_index.xml", "/feed-broken.xml",
                                                             "/feed-xxe.xml")]
    if "ssrf" in site.sections:
        lines.append(f"Sitemap: {site.base_url}/ssrf/sitemap.xml")
    return Reply(body=("\n".join(lines) + "\n").encode(), content_type="text/plain", delay=delay)


def _article(site: HostileSite, path: str, query) -> Reply:
    try:
        n = int(path.strip("/").split("/")[1])
    except (IndexError, ValueError):
        return Reply(404, b"not found")
    if not 1 <= n <= site.articles:
        return Reply(404, b"not found")
    related = [f"/articles/{1 + (n + k) % site.articles}/" for k in (0, 1)] if site.articles > 1 else []
    # Comment-reply links as WordPress prints them: the same article, again and again.
    extra = f'<p><a href="?replytocom={n * 10}">Reply</a> <a href="?replytocom={n * 10 + 1}">Reply</a></p>'
    return _html(article_page(n, related=related, extra_body=extra if "traps" in site.sections else ""))


def _private(site: HostileSite, path: str, query) -> Reply:
    return _html(article_page(99, title="Private: must never be fetched"))


# Bad input ---------------------------------------------------------------------------------------

def _truncated(site, query) -> Reply:
    page = article_page(101, title="A truncated article about blood pressure").encode()
    return Reply(body=page[: page.index(b"</div>") - 40])      # cut mid-sentence, no closing tags at all


def _cut_off(site, query) -> Reply:
    body = article_page(102).encode()
    return Reply(body=body[: len(body) // 2], length=len(body))    # Content-Length promises twice what comes


def _malformed(site, query) -> Reply:
    text = article_page(103, title="A malformed article about hydration", extra_body=(
        "<p>Unclosed <b>bold <i>and italic</b> misnested</i> tags <div>inside a paragraph"
        "</span></span></td></tr></table> stray closers <<<>>> &bogus; &#xFFFFFFFF; &#0; "
        '<a href="/articles/1/" title="unterminated attribute>link</a> <p <p> <!-- unterminated comment'))
    return _html(text.replace("</article>", "").replace("<main>", "<main><table><tr><td>"))


def _nested(site, query) -> Reply:
    depth = 100_000
    body = ("<!DOCTYPE html><html><head><title>100,000 nested elements</title></head><body>"
            + "<div>" * depth + "<p>" + " ".join(article_text(104)) + "</p>" + "</div>" * depth
            + "</body></html>")
    return _html(body)


def _huge_stream(total: int) -> Iterable[bytes]:
    chunk = (b"<p>" + b"Lorem ipsum dolor sit amet. " * 2340 + b"</p>\n")
    sent = 0
    yield b"<!DOCTYPE html><html><head><title>huge</title></head><body>"
    while sent < total:
        yield chunk
        sent += len(chunk)


def _huge(site, query) -> Reply:
    return Reply(body=_huge_stream(site.huge_size), length=site.huge_size + 58)


def _huge_unannounced(site, query) -> Reply:
    return Reply(body=_huge_stream(site.huge_size), length=None)


def _bomb(site, query) -> Reply:
    return Reply(body=site.bomb(), headers=[("Content-Encoding", "gzip")])


def _binary(site, query) -> Reply:
    rng = random.Random(7)
    body = b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(20_000))
    return Reply(body=body, content_type="text/html; charset=utf-8")


def _binary_no_nul(site, query) -> Reply:
    rng = random.Random(8)
    body = bytes(rng.choice(list(range(1, 32)) + list(range(128, 256))) for _ in range(20_000))
    return Reply(body=body, content_type="text/html")


def _empty(site, query) -> Reply:
    return Reply(body=b"")


def _blank(site, query) -> Reply:
    return Reply(body=b" \r\n\t \n" * 100)


def _empty_untyped(site, query) -> Reply:
    return Reply(body=b"", content_type=None)


# Charsets ----------------------------------------------------------------------------------------

CHARSET_WORD = "Ménière’s disease — naïve café"     # what every charset page must decode to


def _charset_page(n: int, meta: str | None) -> str:
    paras = article_text(n)
    paras[1] = f"{CHARSET_WORD}. " + paras[1]
    return article_page(n, title=f"Charset test {n}: {CHARSET_WORD}", charset_meta=meta, paragraphs=paras)


def _charset_none(site, query) -> Reply:
    return Reply(body=_charset_page(110, None).encode("utf-8"), content_type="text/html")


def _charset_meta_only(site, query) -> Reply:
    return Reply(body=_charset_page(111, "windows-1252").encode("cp1252"), content_type="text/html")


def _charset_header_vs_meta(site, query) -> Reply:
    # The header is right, the <meta> lies: the header wins (as in browsers and Scrapy).
    return Reply(body=_charset_page(112, "iso-8859-5").encode("utf-8"), content_type="text/html; charset=utf-8")


def _charset_bom(site, query) -> Reply:
    # The BOM is right, header and <meta> both lie (and disagree): the BOM wins.
    body = b"\xef\xbb\xbf" + _charset_page(113, "koi8-r").encode("utf-8")
    return Reply(body=body, content_type="text/html; charset=iso-8859-1")


def _charset_utf16(site, query) -> Reply:
    return Reply(body=_charset_page(114, None).encode("utf-16"), content_type="text/html")


def _charset_bogus(site, query) -> Reply:
    return Reply(body=_charset_page(115, "x-no-such-charset").encode("utf-8"),
                 content_type="text/html; charset=x-no-such-charset")


def _charset_invalid_utf8(site, query) -> Reply:
    body = _charset_page(116, "utf-8").encode("utf-8")
    junk = b"\xff\xfe\xc0\xaf\xed\xa0\x80\x80\xf8\x88\x80\x80\x80 "      # bad lead, overlong, surrogate, 5-byte
    body = body.replace(b"<p>This is guide", b"<p>" + junk + b"This is guide", 1)
    return Reply(body=body, content_type="text/html; charset=utf-8")


# Slow servers ------------------------------------------------------------------------------------

def _slow_ok(site, query) -> Reply:
    return Reply(body=article_page(120).encode(), delay=1.0)


def _stall(site, query) -> Reply:
    return Reply(body=article_page(121).encode(), delay=site.stall)


def _drip(site, query) -> Reply:
    body = article_page(122).encode()
    return Reply(body=(body[i:i + 64] for i in range(0, len(body), 64)), chunk_delay=0.5)


def _storm(site, query) -> Reply:
    return Reply(503, b"<html><body>Service unavailable</body></html>", headers=[("Retry-After", "0")])


def _flaky(site, query) -> Reply:
    if site._count("flaky") < 2:
        return Reply(502, b"<html><body>Bad gateway</body></html>")
    return _html(article_page(123, title="A flaky server's article about iron"))


# Redirects ---------------------------------------------------------------------------------------

def _redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", headers=[("Location", location)])


def _chain(site, path: str, query) -> Reply:
    n = int(path.rstrip("/").rsplit("/", 1)[-1] or 0)
    return _redirect(f"/redirect/chain/{n + 1}/")


# Sitemaps and feeds ---------------------------------------------------------------------------------

_XXE_DTD = """<!DOCTYPE urlset [
  <!ENTITY local SYSTEM "file:///etc/passwd">
  <!ENTITY remote SYSTEM "{canary}/xxe-entity">
  <!ENTITY % param SYSTEM "{canary}/xxe-dtd"> %param;
]>"""


def _xml(text: str) -> Reply:
    return Reply(body=text.encode("utf-8"), content_type="application/xml")


def _sitemap_index(site, query) -> Reply:
    maps = "".join(f"<sitemap><loc>{site.base_url}{p}</loc></sitemap>" for p in
                   ("/sitemap-broken.xml", "/sitemap-xxe.xml", "/sitemap-laughs.xml", "/sitemap-garbage.xml"))
    return _xml(f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{maps}</sitemapindex>")


def _sitemap_broken(site, query) -> Reply:
    # Unclosed elements, a stray ampersand, junk after the root: the entries before the damage count.
    return _xml(f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{site.base_url}/xml/from-broken-sitemap/</loc></url>"
                f"<url><loc>{site.base_url}/xml/ampersand/?a=1&b=2</loc><lastmod>yesterday"
                f"<url><loc>javascript:alert(1)</loc></url><url><loc>file:///etc/passwd</loc>")


def _sitemap_xxe(site, query) -> Reply:
    return _xml('<?xml version="1.0"?>' + _XXE_DTD.format(canary=site.canary)
                + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{site.base_url}/xml/from-xxe-sitemap/</loc></url>"
                f"<url><loc>{site.base_url}/xml/leak/&local;</loc></url>"
                "<url><loc>&remote;</loc></url></urlset>")


def _sitemap_laughs(site, query) -> Reply:
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    return _xml('<?xml version="1.0"?><!DOCTYPE urlset [' + "".join(lol) + "]>"
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{site.base_url}/xml/laughs/&lol9;</loc></url></urlset>")


def _sitemap_garbage(site, query) -> Reply:
    return Reply(body=b'<?xml version="1.0"?>\x00\xff\xfe<urlset>' + bytes(range(256)) * 8,
                 content_type="application/xml")


def _feed_broken(site, query) -> Reply:
    return _xml(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>'
                f"<item><title>ok</title><link>{site.base_url}/xml/from-broken-feed/</link></item>"
                f"<item><title>unclosed<link>{site.base_url}/xml/unclosed/</link>")


def _feed_xxe(site, query) -> Reply:
    return _xml('<?xml version="1.0"?>' + _XXE_DTD.format(canary=site.canary).replace("urlset", "feed")
                + '<feed xmlns="http://www.w3.org/2005/Atom"><title>&local;</title>'
                f'<entry><title>x</title><link href="{site.base_url}/xml/from-xxe-feed/"/></entry>'
                '<entry><title>&remote;</title><link href="&remote;"/></entry></feed>')


def _xml_article(site, path: str, query) -> Reply:
    n = 130 + int(hashlib.sha256(path.encode()).hexdigest(), 16) % 20
    return _html(article_page(n, title=f"Listed in a sitemap or feed: {path}"))


# IDN and percent-encoded URLs -----------------------------------------------------------------------

INTL_LINKS = (
    "/santé/guide/",                      # raw non-ASCII path
    "/sant%C3%A9/guide/",                 # the same, percent-encoded
    "/sant%c3%a9/guide/",                 # the same, lower-case escapes
    "/%7Ejane/notes/",                    # an escaped unreserved character ...
    "/~jane/notes/",                      # ... and the same unescaped
    "/a%2Fb/slash/",                      # an escaped slash is a different path: kept apart
    "/intl/./dots/../dots/",              # dot segments
    "http://xn--sant-epa.invalid/guide/",  # an IDN host (out of scope: never fetched)
    "http://santé.invalid/guide/",
    "/intl/%ZZ/bad-escape/",              # an invalid escape
)


def _intl(site, query) -> Reply:
    return _html(listing_page("International links", INTL_LINKS))


INTL_PAGES = {"/santé/guide/": 140, "/~jane/notes/": 141, "/a/b/slash/": 142, "/intl/dots/": 143,
              "/intl/%ZZ/bad-escape/": 144}    # unquoted path -> article number


def _intl_article(site, path: str, query) -> Reply:
    n = INTL_PAGES.get(unquote(path))
    if n is None:
        return Reply(404, b"not found")
    return _html(article_page(n, title=f"International article {n}"))


# Duplicates ------------------------------------------------------------------------------------------

DUP_VARIANTS = (
    "/dup/canonical/",
    "/dup/canonical/?utm_source=news&utm_medium=email",
    "/dup/canonical/#comments",
    "/dup/canonical/?replytocom=17",
    "/dup/canonical/?fbclid=abc123",
    "/dup/canonical",
    "/dup/canonical/index.html",
    "/DUP/canonical/",
    "/dup/canonical/?print=1",
    "/dup/canonical/amp/",
    "/dup/canonical/;jsessionid=0123456789ABCDEF",
    "/dup//canonical/",
    "/dup/plain/",
    "/dup/plain/?utm_campaign=x",
    "/dup/plain/?sessionid=42",
    "/dup/plain/#top",
    "/dup/pl%61in/",
)


def _dup_index(site, query) -> Reply:
    links = [f"{site.base_url}{v}" if i % 2 else v for i, v in enumerate(DUP_VARIANTS)]
    links.append(f"http://{site.host.upper()}:{site.port}/dup/plain/")
    return _html(listing_page("The same articles, many ways", links))


def _dup(site, path: str, query) -> Reply:
    low = path.lower()
    if low.startswith("/dup/canonical") or low.startswith("/dup//canonical"):
        return _html(article_page(150, title="One article, many addresses",
                                  canonical=f"{site.base_url}/dup/canonical/"))
    if low.startswith("/dup/plain") or low.startswith("/dup/pl%61in"):
        return _html(article_page(151, title="Another article without a canonical link"))
    return Reply(404, b"not found")


# Traps ---------------------------------------------------------------------------------------------

def _calendar(site, path: str, query) -> Reply:
    """/calendar/YYYY/MM/: a month, linking the months before and after, forever."""
    try:
        year, month = (int(x) for x in path.strip("/").split("/")[1:3])
    except ValueError:
        year, month = 2024, 1
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    days = [f"/calendar/{year}/{month:02d}/?day={d}" for d in (1, 15)]
    links = [f"/calendar/{prev_y}/{prev_m:02d}/", f"/calendar/{next_y}/{next_m:02d}/", *days, "/articles/1/"]
    return _html(listing_page(f"Events in {year}-{month:02d}", links))


def _session(site, path: str, query) -> Reply:
    """Every link carries a fresh session id, in the query and in the path."""
    token = hashlib.sha256(f"{time.monotonic_ns()}{random.random()}".encode()).hexdigest()[:16]
    links = [f"/session/page/?sid={token}", f"/session/page/;jsessionid={token}",
             f"/session/page/?PHPSESSID={token}", f"/session/page/?visitor={token}", "/articles/2/"]
    return _html(listing_page("Session ids", links))


def _deep(site, path: str, query) -> Reply:
    """Endlessly deep paths: a page linking to itself relatively (``more/``, the classic missing-slash
    bug: /deep/more/more/more/...), and a chain adding a segment at every hop (/deep/ever/3/4/5/...)."""
    depth = path.count("/")
    if "/ever/" in path:
        links = [f"{depth}/"]
    elif path == "/deep/":
        links = ["more/", "/deep/ever/"]
    else:
        links = ["more/"]
    return _html(listing_page(f"Deep {depth}", [*links, "/articles/3/"]))


FACETS = {"color": ("red", "green", "blue", "black"), "size": ("s", "m", "l", "xl"),
          "sort": ("price", "name", "new"), "brand": ("a", "b", "c")}


def _shop(site, path: str, query) -> Reply:
    """Faceted navigation: every page links to itself with one more (or another) filter."""
    links = []
    for key, values in FACETS.items():
        for value in values:
            links.append("/shop/?" + urlencode(sorted({**query, key: value}.items())))
    links.append("/articles/4/")
    return _html(listing_page("Shop " + urlencode(sorted(query.items())), links))


def _traps(site, query) -> Reply:
    return _html(listing_page("Traps", ["/calendar/2024/05/", "/session/start/", "/deep/", "/shop/"]))


# A link flood ------------------------------------------------------------------------------------

def flood_slug(n: int) -> str:
    """A distinct run of letters for each ``n``: links no digit-folding can group."""
    letters = "bcdfghjklmnpqrstvwxz"
    slug = ""
    for _ in range(6):
        n, digit = divmod(n, len(letters))
        slug += letters[digit]
    return slug


def flood_page() -> bytes:
    """FLOOD_LINKS unique links, each to a page of its own: about 10.5 MB."""
    links = "".join(f'<a href="/flood/{flood_slug(n)}/">{n}</a>\n' for n in range(FLOOD_LINKS))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Everything</title></head><body>\n'
            f"{links}</body></html>").encode()


def _flood(site, query) -> Reply:
    with site._lock:
        if site._flood is None:
            site._flood = flood_page()
        return Reply(body=site._flood)


def _flooded(site, path: str, query) -> Reply:
    return _html(listing_page("Nothing new here", ["/articles/1/"]))


# SSRF --------------------------------------------------------------------------------------------------

# Canonical claims ---------------------------------------------------------------------------------
# Mallory claims Alice's URL and is fetched first; Eve claims Bob's, fetched after it; Carol's /amp/
# variant is a faithful copy fetched before her page. (name, guide number, whose URL it declares)
CLAIMS = {"mallory": (201, "alice"), "alice": (202, "alice"), "bob": (203, "bob"), "eve": (204, "bob"),
          "carol": (205, "carol")}
CLAIM_LINKS = {"mallory": "alice", "bob": "eve", "carol": "carol"}


def _claims_index(site, query) -> Reply:
    return _html(listing_page("Members' posts", ["/claims/u/mallory/post/", "/claims/u/bob/post/",
                                                 "/claims/u/carol/post/amp/"]))


def _claim(site, path: str, query) -> Reply:
    parts = path.strip("/").split("/")      # claims/u/<name>/post[/amp]
    if len(parts) not in (4, 5) or parts[2] not in CLAIMS or parts[3] != "post" or parts[4:] not in ([], ["amp"]):
        return Reply(404, b"not found")
    n, owner = CLAIMS[parts[2]]
    link = CLAIM_LINKS.get(parts[2])     # in Read Also: not the text a version compares, whatever a site template drops
    return _html(article_page(n, canonical=f"{site.base_url}/claims/u/{owner}/post/",
                              related=[f"/claims/u/{link}/post/"] if link else ()))


# A page whose extraction takes seconds (10,000 linked paragraphs, 40,000 tags: under the page caps),
# among pages that take milliseconds.
def _heavy_index(site, query) -> Reply:
    return _html(listing_page("Heavy", ["/heavy/page/", *site.article_urls()]))


def heavy_page() -> str:
    paragraphs = "".join(f"<p>Paragraph {i} of a long read <a href='#note-{i}'>with a link</a>.</p>\n"
                         for i in range(10_000))
    return article_page(301, title="A very long read", extra_body=paragraphs)


def _heavy_page(site, query) -> Reply:
    return _html(heavy_page())


def ssrf_targets(site: HostileSite) -> list[str]:
    """Addresses on pages of this site that must not be fetched: another loopback host, a name
    resolving to loopback, another port of the start host, a metadata address."""
    canary_port = urlsplit(site.canary).port
    return [f"{site.canary}/from-link/", f"http://localhost:{canary_port}/from-localhost/",
            f"http://127.0.0.1:{canary_port}/from-other-port/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:{}/from-ipv6/".format(canary_port), f"http://2130706433:{canary_port}/from-decimal/"]


def _ssrf(site, query) -> Reply:
    links = ssrf_targets(site) + ["/ssrf/redirect/", "/ssrf/article/"]
    return _html(listing_page("Links to private addresses", links))


def _ssrf_article(site, query) -> Reply:
    return _html(article_page(160, title="An article whose Read Also points inside",
                              related=[f"{site.canary}/from-read-also/", "/articles/1/"]))


def _ssrf_redirect(site, query) -> Reply:
    return _redirect(f"{site.canary}/from-redirect/")


def _ssrf_sitemap(site, query) -> Reply:
    return _xml('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{site.canary}/from-sitemap/</loc></url>"
                f"<url><loc>{site.base_url}/ssrf/article/</loc></url></urlset>")


ROUTES: dict[str, Callable] = {
    "/": _home,
    "/bad/truncated/": _truncated,
    "/bad/cut-off/": _cut_off,
    "/bad/malformed/": _malformed,
    "/bad/nested/": _nested,
    "/bad/huge/": _huge,
    "/bad/huge-unannounced/": _huge_unannounced,
    "/bad/bomb/": _bomb,
    "/bad/binary/": _binary,
    "/bad/binary-no-nul/": _binary_no_nul,
    "/bad/empty/": _empty,
    "/bad/blank/": _blank,
    "/bad/empty-untyped/": _empty_untyped,
    "/charset/none/": _charset_none,
    "/charset/meta-only/": _charset_meta_only,
    "/charset/header-vs-meta/": _charset_header_vs_meta,
    "/charset/bom/": _charset_bom,
    "/charset/utf16/": _charset_utf16,
    "/charset/bogus/": _charset_bogus,
    "/charset/invalid-utf8/": _charset_invalid_utf8,
    "/slow/ok/": _slow_ok,
    "/slow/stall/": _stall,
    "/slow/drip/": _drip,
    "/storm/": _storm,
    "/flaky/": _flaky,
    "/redirect/self/": lambda site, q: _redirect("/redirect/self/"),
    "/redirect/loop-a/": lambda site, q: _redirect("/redirect/loop-b/", 301),
    "/redirect/loop-b/": lambda site, q: _redirect("/redirect/loop-a/", 307),
    "/redirect/away/": lambda site, q: _redirect(f"{site.canary}/from-offsite-redirect/"),
    "/redirect/ok/": lambda site, q: _redirect("/articles/1/", 301),
    "/sitemap_index.xml": _sitemap_index,
    "/sitemap-broken.xml": _sitemap_broken,
    "/sitemap-xxe.xml": _sitemap_xxe,
    "/sitemap-laughs.xml": _sitemap_laughs,
    "/sitemap-garbage.xml": _sitemap_garbage,
    "/feed-broken.xml": _feed_broken,
    "/feed-xxe.xml": _feed_xxe,
    "/intl/": _intl,
    "/dup/": _dup_index,
    "/traps/": _traps,
    "/flood/": _flood,
    "/ssrf/": _ssrf,
    "/ssrf/article/": _ssrf_article,
    "/ssrf/redirect/": _ssrf_redirect,
    "/ssrf/sitemap.xml": _ssrf_sitemap,
    "/claims/": _claims_index,
    "/heavy/": _heavy_index,
    "/heavy/page/": _heavy_page,
}
PREFIX_ROUTES: list[tuple[str, Callable]] = [
    ("/articles/", _article),
    ("/private/", _private),
    ("/robots-hop/", _robots_hop),
    ("/redirect/chain/", _chain),
    ("/xml/", _xml_article),
    ("/sant", _intl_article), ("/%7E", _intl_article), ("/~", _intl_article), ("/a%2F", _intl_article),
    ("/intl/", _intl_article),
    ("/dup", _dup), ("/DUP", _dup),
    ("/calendar/", _calendar),
    ("/session/", _session),
    ("/deep/", _deep),
    ("/shop/", _shop),
    ("/flood/", _flooded),
    ("/claims/u/", _claim),
]
SECTION_LINKS = {
    "bad": [p for p in ROUTES if p.startswith("/bad/")],
    "charset": [p for p in ROUTES if p.startswith("/charset/")],
    "slow": ["/slow/ok/", "/slow/stall/", "/slow/drip/", "/storm/", "/flaky/"],
    "redirect": ["/redirect/self/", "/redirect/loop-a/", "/redirect/away/", "/redirect/ok/", "/redirect/chain/0/"],
    "xml": ["/sitemap_index.xml"],
    "intl": ["/intl/"],
    "dup": ["/dup/"],
    "traps": ["/traps/"],
    "ssrf": ["/ssrf/"],
    "robots": ["/private/secret/", "/private/"],
    "flood": ["/flood/"],
    "claims": ["/claims/"],
    "heavy": ["/heavy/"],
}


class _Handler(BaseHTTPRequestHandler):
    site: HostileSite
    protocol_version = "HTTP/1.1"
    server_version = "HostilePress/0.1"
    timeout = 30

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        site = self.site
        started = time.monotonic()
        reply = site.resolve(self.path, (self.headers.get("Host") or "").rsplit(":", 1)[0])
        site._record(Hit(started, self.command, self.path, reply.status, dict(self.headers),
                         self.server.server_address[0]))
        wait = reply.delay + site.delay
        if wait:
            site.sleep(wait)
        if site.stopping.is_set():
            self.close_connection = True
            return
        body = reply.body
        streamed = not isinstance(body, bytes)
        length = (None if streamed else len(body)) if reply.length == -1 else reply.length
        honest = not streamed and length == len(body)   # else the body ends when the connection does
        try:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers:
                self.send_header(name, value)
            if length is not None:
                self.send_header("Content-Length", str(length))
            if not honest:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if not send_body:
                return
            for chunk in ([body] if isinstance(body, bytes) else body):
                if site.stopping.is_set():
                    break
                self.wfile.write(chunk)
                if reply.chunk_delay:
                    self.wfile.flush()
                    site.sleep(reply.chunk_delay)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True    # the crawler gave up on this response: that is its right

    def log_message(self, format: str, *args) -> None:
        pass


class Canary:
    """Servers that must never be reached: one port on 127.0.0.2, on 127.0.0.1 and on [::1]
    (where available), logging every request they get and answering 200."""

    HOSTS = ("127.0.0.2", "127.0.0.1", "::1")

    def __init__(self, tries: int = 20):
        self.hits: list[tuple[str, str]] = []      # (address, path)
        self._servers: list[ThreadingHTTPServer] = []
        for _ in range(tries):
            try:
                self._bind_all()
                break
            except OSError:
                self._close()
        else:
            raise RuntimeError("no port free on every loopback address")
        self.port = self._servers[0].server_address[1]
        self.base_url = f"http://127.0.0.2:{self.port}"
        self._threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in self._servers]

    def _bind_all(self) -> None:
        port = 0
        for host in self.HOSTS:
            server_cls = _IPv6Server if ":" in host else ThreadingHTTPServer
            try:
                server = server_cls((host, port), _canary_handler(self, host))
            except OSError:
                if host == "::1":
                    continue        # no IPv6 loopback here
                raise
            self._servers.append(server)
            port = server.server_address[1]

    def _close(self) -> None:
        for server in self._servers:
            server.server_close()
        self._servers = []

    def __enter__(self) -> "Canary":
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for server in self._servers:
            server.shutdown()
        self._close()
        for thread in self._threads:
            thread.join(timeout=10)


class _IPv6Server(ThreadingHTTPServer):
    import socket as _socket

    address_family = _socket.AF_INET6


def _canary_handler(canary: Canary, host: str):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            canary.hits.append((host, self.path))
            body = b"<html><body><p>secret</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler
