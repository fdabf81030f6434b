"""Pages that grow one extracted field at a time, for the linear-time test (tests/test_extract_bounds.py).

Every field extraction reads (title, meta and og tags, JSON-LD, authors, dates, tags, headings, body
text, links, images, Read Also, citations, embeds, hydration data, class names, the URL) is grown
two ways: one value made long, in shapes that make backtracking patterns slow (one long word, `a@`
pairs, spaced dashes, digits, dots, credential-like capitals, plain words), and one element
repeated. ``PAGES[name](n)`` is the page for size ``n`` (characters of the value, or elements);
``COUNT`` names the cases whose ``n`` counts elements.

    python tests/growth_pages.py [SCALE] [NAME...] [--check]   # each case (or those named) at n and 8n
"""
from __future__ import annotations

import html
import json
from typing import Callable

PAGE_URL = "https://growth.example/health/vitamin-d-in-winter/"

#: Shapes of a long value: each one has stalled some pattern somewhere.
SHAPES: dict[str, Callable[[int], str]] = {
    "one word": lambda n: "x" * n,
    "at signs": lambda n: "a@" * (n // 2),
    "spaced dashes": lambda n: "- " * (n // 2),
    "digits": lambda n: "2020-01-02 " * (n // 11),
    "dots and commas": lambda n: "A. B., " * (n // 7),
    "capitals": lambda n: "JANE ROE MD, " * (n // 13),
    "words": lambda n: "Jane Roe and the sun " * (n // 21),
    "slashes": lambda n: "/a" * (n // 2),
    "blanks": lambda n: "a" + " \t\n" * (n // 3) + "b",
    "e-mails": lambda n: "jane.roe@example.org " * (n // 21),
    "identifiers": lambda n: "doi:10.1000/182 PMID: 12345 " * (n // 28),
    "addresses": lambda n: "https://example.org/a?b=c " * (n // 26),
    "brackets": lambda n: "(a) [b] {c} \"d\" 'e' " * (n // 22),
    "accents": lambda n: "Élodie Ñúñez – “ok” … " * (n // 22),
}

WORDS = "Some words of the article " * 5      # text between elements that extraction removes

PROSE = ("<p>Vitamin D is made in the skin when sunlight reaches it, and in winter the sun is too low for "
         "that in much of the world. Doctors often suggest a supplement for those months, especially for "
         "older people and anyone who spends most days indoors.</p>") * 4


def page(head: str = "", body: str = "", title: str = "Vitamin D in winter | Growth Health",
         h1: str = "Vitamin D in winter", header: str = "", after: str = "", tail: str = "") -> str:
    """A small article page; each case puts its grown part in one slot."""
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body class='post-template-default single'><div id='page'><main id='main'>"
            f"<article class='post type-post hentry'><header class='entry-header'><h1 class='entry-title'>{h1}"
            f"</h1>{header}</header><div class='entry-content'>{PROSE}{body}</div></article>{after}</main>"
            f"<footer><p>Growth Health</p></footer></div>{tail}</body></html>")


def site_template():
    """What the growth pages' site repeats, learned from 12 small pages of it: the crawl extracts
    with its site's template, reading its blocks for the site's learner too (extract_for_crawl)."""
    from archive.extract.site import SiteLearner, sample_html

    learner = SiteLearner()
    for i in range(12):
        learner.add(sample_html(page(body=f"<p>Post {i} of the site.</p>",
                                     after="<div class='widget'><h3>Newsletter</h3><p>Sign up now</p></div>")))
    return learner.template()


def attr(value: str) -> str:
    return html.escape(value, quote=True)


def ld(entity: dict) -> str:
    return f"<script type='application/ld+json'>{script_json(entity)}</script>"


def article_ld(**fields) -> str:
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vitamin D in winter",
               **fields})


def hydration(post: dict) -> str:
    data = {"props": {"pageProps": {"post": {"title": "Vitamin D in winter", "slug": "vitamin-d-in-winter",
                                             **post}}}}
    return (f"<script id='__NEXT_DATA__' type='application/json'>"
            f"{script_json(data)}</script>")


class Raw:
    """JSON text spliced into a value as it is (a nesting deeper than json.dumps recurses)."""

    def __init__(self, text: str):
        self.text = text


def nested(depth: int) -> Raw:
    return Raw('{"name": "x", "child": ' * depth + '{"text": "end"}' + "}" * depth)


def script_json(value) -> str:
    """JSON as it sits in a <script>: no "</" to close the element; Raw values spliced in as they are."""
    raws: list[str] = []

    def mark(item):
        if isinstance(item, Raw):
            raws.append(item.text)
            return f"@@raw{len(raws) - 1}@@"
        raise TypeError(item)

    text = json.dumps(value, default=mark)
    for i, raw in enumerate(raws):
        text = text.replace(f'"@@raw{i}@@"', raw)
    return text.replace("</", "<\\/")


# -- one value made long: f(payload) -> page ------------------------------------------------------------

VALUES: dict[str, Callable[[str], str]] = {
    "title": lambda p: page(title=html.escape(p)),
    "meta description": lambda p: page(head=f"<meta name='description' content='{attr(p)}'>"),
    "og:title": lambda p: page(head=f"<meta property='og:title' content='{attr(p)}'>"),
    "og:description": lambda p: page(head=f"<meta property='og:description' content='{attr(p)}'>"),
    "og:image": lambda p: page(head=f"<meta property='og:image' content='https://growth.example/{attr(p)}'>"),
    "og:type": lambda p: page(head=f"<meta property='og:type' content='{attr(p)}'>"),
    "og:locale": lambda p: page(head=f"<meta property='og:locale' content='{attr(p)}'>"),
    "article:tag": lambda p: page(head=f"<meta property='article:tag' content='{attr(p)}'>"),
    "article:section": lambda p: page(head=f"<meta property='article:section' content='{attr(p)}'>"),
    "keywords meta": lambda p: page(head=f"<meta name='keywords' content='{attr(p)}'>"),
    "meta name": lambda p: page(head=f"<meta name='{attr(p)}' content='2021-03-04'>"),
    "author meta": lambda p: page(head=f"<meta name='author' content='{attr(p)}'>"),
    "published meta": lambda p: page(head=f"<meta property='article:published_time' content='{attr(p)}'>"),
    "html lang": lambda p: page().replace("lang='en'", f"lang='{attr(p)}'"),
    "canonical href": lambda p: page(head=f"<link rel='canonical' href='/{attr(p)}'>"),
    "feed href": lambda p: page(head=f"<link rel='alternate' type='application/rss+xml' href='/{attr(p)}'>"),
    "ld headline": lambda p: page(head=article_ld(headline=p)),
    "ld description": lambda p: page(head=article_ld(description=p)),
    "ld keywords": lambda p: page(head=article_ld(keywords=p)),
    "ld section": lambda p: page(head=article_ld(articleSection=p)),
    "ld author": lambda p: page(head=article_ld(author={"@type": "Person", "name": p})),
    "ld author url": lambda p: page(head=article_ld(author={"@type": "Person", "name": "Jane Roe", "url": p})),
    "ld date": lambda p: page(head=article_ld(datePublished=p)),
    "ld image": lambda p: page(head=article_ld(image="https://growth.example/" + p)),
    "ld type": lambda p: page(head=ld({"@type": p, "headline": "Vitamin D in winter"})),
    "ld body": lambda p: page(head=article_ld(articleBody=p)),
    "ld reviewer": lambda p: page(head=article_ld(reviewedBy={"@type": "Person", "name": p})),
    "ld raw text": lambda p: page(head=f"<script type='application/ld+json'>{html.escape(p)}</script>"),
    "byline": lambda p: page(header=f"<div class='byline'>By {html.escape(p)}</div>"),
    "rel author": lambda p: page(header=f"<a rel='author' href='/author/x/'>{html.escape(p)}</a>"),
    "review line": lambda p: page(header=f"<div class='medical-review'>Medically reviewed by {html.escape(p)}</div>"),
    "time datetime": lambda p: page(header=f"<time datetime='{attr(p)}'>March 3, 2021</time>"),
    "time text": lambda p: page(header=f"<time>{html.escape(p)}</time>"),
    "date line": lambda p: page(header=f"<p class='posted-on'>Posted on {html.escape(p)}</p>"),
    "tag link": lambda p: page(after=f"<div class='tags'><a rel='tag' href='/tag/x/'>{html.escape(p)}</a></div>"),
    "category link": lambda p: page(
        after=f"<span class='cat-links'><a rel='category tag' href='/c/x/'>{html.escape(p)}</a></span>"),
    "h2 text": lambda p: page(body=f"<h2>{html.escape(p)}</h2><p>More.</p>"),
    "h1 text": lambda p: page(h1=html.escape(p)),
    "paragraph": lambda p: page(body=f"<p>{html.escape(p)}</p>"),
    "pre text": lambda p: page(body=f"<pre>{html.escape(p)}</pre>"),
    "list item": lambda p: page(body=f"<ul><li>{html.escape(p)}</li></ul>"),
    "blockquote": lambda p: page(body=f"<blockquote>{html.escape(p)}</blockquote>"),
    "table cell": lambda p: page(body=f"<table><tr><td>{html.escape(p)}</td></tr></table>"),
    "link href": lambda p: page(body=f"<p>See <a href='https://other.example/{attr(p)}'>this</a>.</p>"),
    "link text": lambda p: page(body=f"<p>See <a href='https://other.example/a'>{html.escape(p)}</a>.</p>"),
    "link rel": lambda p: page(body=f"<p>See <a rel='{attr(p)}' href='https://other.example/a'>this</a>.</p>"),
    "img src": lambda p: page(body=f"<p><img src='/{attr(p)}' alt='A chart'></p>"),
    "img alt": lambda p: page(body=f"<p><img src='/chart.png' alt='{attr(p)}'></p>"),
    "img srcset": lambda p: page(body=f"<p><img src='/c.png' srcset='{attr(p)}' alt='A chart'></p>"),
    "data-src": lambda p: page(body=f"<p><img data-src='/{attr(p)}' alt='A chart'></p>"),
    "figcaption": lambda p: page(body=f"<figure><img src='/c.png'><figcaption>{html.escape(p)}</figcaption></figure>"),
    "class names": lambda p: page(body=f"<div class='{attr(p)}'><p>Boxed text of the post.</p></div>"),
    "id name": lambda p: page(body=f"<div id='{attr(p)}'><p>Boxed text of the post.</p></div>"),
    "style attribute": lambda p: page(body=f"<p style='{attr(p)}'>Styled text.</p>"),
    "related title": lambda p: page(after="<section class='related-posts'><h3>Read also</h3><ul>"
                                          f"<li><a href='/other-post/'>{html.escape(p)}</a></li></ul></section>"),
    "related href": lambda p: page(after="<section class='related-posts'><h3>Read also</h3><ul>"
                                         f"<li><a href='/{attr(p)}'>Other post</a></li></ul></section>"),
    "related heading": lambda p: page(after=f"<section><h3>{html.escape(p)}</h3><ul>"
                                            "<li><a href='/other-post/'>Other post</a></li></ul></section>"),
    "citation text": lambda p: page(body="<h2>References</h2><ol><li>"
                                         f"{html.escape(p)} <a href='https://doi.org/10.1000/1'>doi</a></li></ol>"),
    "citation href": lambda p: page(body="<h2>References</h2><ol><li>Roe J. Sun. "
                                         f"<a href='https://doi.org/10.1000/{attr(p)}'>doi</a></li></ol>"),
    "reference heading": lambda p: page(body=f"<h2>{html.escape(p)}</h2><ol><li>Roe J. Sun. "
                                             "<a href='https://pubmed.ncbi.nlm.nih.gov/1/'>PubMed</a></li></ol>"),
    "iframe src": lambda p: page(body=f"<iframe src='https://www.youtube.com/embed/{attr(p)}'></iframe>"),
    "iframe title": lambda p: page(body=f"<iframe title='{attr(p)}' src='https://www.youtube.com/embed/a'></iframe>"),
    "video src": lambda p: page(body=f"<video src='/{attr(p)}' controls></video>"),
    "hydration body": lambda p: page(tail=hydration({"content": p})),
    "hydration title": lambda p: page(tail=hydration({"title": p, "content": "<p>Short.</p>"})),
    "hydration raw": lambda p: page(tail=f"<script id='__NEXT_DATA__' type='application/json'>{html.escape(p)}"
                                         "</script>"),
    "inline script": lambda p: page(tail=f"<script>var x = '{p}';</script>"),
    "comment": lambda p: page(body=f"<!-- {p.replace('--', '- ')} --><p>After a comment.</p>"),
    "noscript": lambda p: page(body=f"<noscript>{html.escape(p)}</noscript>"),
    "entities": lambda p: page(body="<p>" + "&amp;" * (len(p) // 5) + "</p>"),
}

# -- one element repeated: f(n) -> page ----------------------------------------------------------------

COUNTS: dict[str, Callable[[int], str]] = {
    "meta tags": lambda n: page(head="".join(f"<meta name='m{i}' content='v{i}'>" for i in range(n))),
    "article:tag metas": lambda n: page(head="".join(f"<meta property='article:tag' content='tag {i}'>"
                                                     for i in range(n))),
    "ld blocks": lambda n: page(head=article_ld() * n),
    "ld graph": lambda n: page(head=ld({"@graph": [{"@type": "WebPage", "@id": f"#p{i}", "name": f"P {i}"}
                                                   for i in range(n)]})),
    "ld authors": lambda n: page(head=article_ld(author=[{"@type": "Person", "name": f"Jane Roe{i}"}
                                                         for i in range(n)])),
    "ld keywords list": lambda n: page(head=article_ld(keywords=[f"word {i}" for i in range(n)])),
    "ld depth": lambda n: page(head=ld({"@type": "NewsArticle", "headline": "Vitamin D", "x": nested(n)})),
    "bylines": lambda n: page(header="".join(f"<div class='byline'>By Jane Roe{i}</div>" for i in range(n))),
    "author links": lambda n: page(header="".join(f"<a rel='author' href='/author/{i}/'>Jane {i}</a>"
                                                  for i in range(n))),
    "time elements": lambda n: page(after="".join(f"<time datetime='2020-01-{i % 28 + 1:02d}'>Jan {i % 28 + 1}"
                                                  "</time>" for i in range(n))),
    "date lines": lambda n: page(after="".join(f"<p>Updated March {i % 28 + 1}, 2020</p>" for i in range(n))),
    "tag links": lambda n: page(after="<div class='tags'>" + "".join(f"<a rel='tag' href='/tag/{i}/'>t{i}</a>"
                                                                      for i in range(n)) + "</div>"),
    "headings": lambda n: page(body="".join(f"<h2>Part {i}</h2><p>Text {i}.</p>" for i in range(n))),
    "h1s": lambda n: page(body="<h1>Another</h1>" * n),
    "paragraphs": lambda n: page(body="<p>Another paragraph of the post, with a few words.</p>" * n),
    "line breaks": lambda n: page(body="<p>" + "A line of the post<br>" * n + "</p>"),
    "body links": lambda n: page(body="<p>" + "".join(f"<a href='/p{i}/'>link {i}</a> " for i in range(n)) + "</p>"),
    "images": lambda n: page(body="".join(f"<img src='/i{i}.png' alt='image {i}'>" for i in range(n))),
    "figures": lambda n: page(body="".join(f"<figure><img src='/i{i}.png'><figcaption>Fig {i}</figcaption>"
                                           "</figure>" for i in range(n))),
    "related items": lambda n: page(after="<section class='related-posts'><h3>Read also</h3><ul>" + "".join(
        f"<li><a href='/post-{i}/'>Post number {i}</a></li>" for i in range(n)) + "</ul></section>"),
    "related blocks": lambda n: page(after="".join(
        f"<section class='related-posts'><h3>Read also</h3><a href='/post-{i}/'>Post {i}</a></section>"
        for i in range(n))),
    "citations": lambda n: page(body="<h2>References</h2><ol>" + "".join(
        f"<li>Roe J. Study {i}. doi:10.1000/{i} <a href='https://pubmed.ncbi.nlm.nih.gov/{i}/'>PubMed</a></li>"
        for i in range(n)) + "</ol>"),
    "citation markers": lambda n: page(body="<p>" + "".join(
        f"The sun helps. <a href='https://doi.org/10.1000/{i}'>[{i}]</a> " for i in range(n)) + "</p>"),
    "dois in a paragraph": lambda n: page(body="<p>" + "".join(f"See doi:10.1000/{i}. " for i in range(n)) + "</p>"),
    "boilerplate spans in a paragraph": lambda n: page(body="<p>" + "Some words <span>Share</span> " * n + "</p>"),
    "date spans in a paragraph": lambda n: page(body="<p>" + "Some words <span>March 3, 2020</span> " * n + "</p>"),
    "bylines in a paragraph": lambda n: page(body="<p>" + "Some words <b>By Jane Roe</b> " * n + "</p>"),
    "read-more links in a paragraph": lambda n: page(body="<p>" + "Words <a href='/x/'>Read more</a> " * n + "</p>"),
    "captions in a paragraph": lambda n: page(body="<p>" + "Words <span class='wp-caption-text'>Photo: Jane</span> "
                                                   * n + "</p>"),
    "times in a paragraph": lambda n: page(body="<p>" + "Words <time datetime='2020-01-02'>Jan 2</time> " * n
                                                + "</p>"),
    "images in a paragraph": lambda n: page(body="<p>" + "Words <img src='/i.png' alt='x'> " * n + "</p>"),
    "captions between words": lambda n: page(body="<p>" + f"<span class='wp-caption-text'>Photo</span> {WORDS}" * n
                                                  + "</p>"),
    "script links between words": lambda n: page(body="<p>" + f"<a href='javascript:void(0)'>link</a> {WORDS}" * n
                                                      + "</p>"),
    "hidden spans between words": lambda n: page(body="<p>" + f"<span hidden>x</span> {WORDS}" * n + "</p>"),
    "empty bolds between words": lambda n: page(body="<p>" + f"<b> </b>{WORDS}" * n + "</p>"),
    "links on a sources line": lambda n: page(body="<p>Sources: " + "".join(
        f"<a href='https://other{i}.example/a'>ref {i}</a>, " for i in range(n)) + "</p>"),
    "links in one reference": lambda n: page(body="<h2>References</h2><ol><li>" + "".join(
        f"<a href='https://other{i}.example/a'>ref {i}</a>, " for i in range(n)) + "</li></ol>"),
    "text deep down": lambda n: page(body="<div>" * 240 + "<p>" + "word " * (20 * n) + "</p>" + "</div>" * 240),
    "embeds": lambda n: page(body="".join(f"<iframe src='https://www.youtube.com/embed/v{i}'></iframe>"
                                          for i in range(n))),
    "page links": lambda n: page(after="<nav>" + "".join(f"<a href='/n{i}/'>n{i}</a>" for i in range(n)) + "</nav>"),
    "nested divs": lambda n: page(body="<div>" * n + "<p>Deep text of the post.</p>" + "</div>" * n),
    "nested lists": lambda n: page(body="<ul><li>" * n + "deep" + "</li></ul>" * n),
    "sibling divs": lambda n: page(body="".join(f"<div class='c{i % 7}'>cell {i}</div>" for i in range(n))),
    "table rows": lambda n: page(body="<table>" + "<tr><td>a</td><td>b</td></tr>" * n + "</table>"),
    "teasers": lambda n: page(after="".join(f"<article><h2><a href='/t{i}/'>Teaser {i}</a></h2><p>About it.</p>"
                                            "</article>" for i in range(n))),
    "forms": lambda n: page(after="<form><input name='q'><button>Go</button></form>" * n),
    "scripts": lambda n: page(tail="<script>var a = 1;</script>" * n),
    "hydration keys": lambda n: page(tail=hydration({f"k{i}": f"value {i}" for i in range(n)})),
    "hydration depth": lambda n: page(tail=hydration({"content": "<p>Short.</p>", "x": nested(n)})),
    "hydration posts": lambda n: page(tail=hydration({"content": "<p>Short.</p>", "related": [
        {"title": f"Post {i}", "slug": f"post-{i}", "content": "<p>Text.</p>"} for i in range(n)]})),
    "class tokens": lambda n: page(body=f"<div class='{' '.join(f'c{i}' for i in range(n))}'><p>Text.</p></div>"),
    "attributes": lambda n: page(body=f"<p {' '.join(f'data-a{i}=x' for i in range(n))}>Text.</p>"),
}

PAGES: dict[str, Callable[[int], str]] = {
    **{f"{field} / {shape}": (lambda f, s: lambda n: f(SHAPES[s](n)))(make, shape)
       for field, make in VALUES.items() for shape in SHAPES},
    **{f"{field} / count": make for field, make in COUNTS.items()},
}
COUNT = frozenset(name for name in PAGES if name.endswith("/ count"))


def main() -> int:
    import argparse
    import sys
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from archive.extract.ingest import extract_for_crawl

    parser = argparse.ArgumentParser(description="Time every growth page at n and 8n.")
    parser.add_argument("scale", nargs="?", type=int, default=1, help="n: 2,000 characters or 300 elements, times this")
    parser.add_argument("names", nargs="*", help="only the cases whose name holds one of these")
    parser.add_argument("--check", action="store_true", help="exit 1 when a case takes 16x the time or more")
    args = parser.parse_args()

    template = site_template()

    def seconds(body: bytes, runs: int = 3) -> float:
        best = float("inf")
        for _ in range(runs):
            start = time.thread_time()
            extract_for_crawl(body, PAGE_URL, "text/html; charset=utf-8", 2000, template)
            best = min(best, time.thread_time() - start)
        return best

    base = seconds(page().encode())
    rows = []
    for name, make in PAGES.items():
        if args.names and not any(o in name for o in args.names):
            continue
        n = (300 if name in COUNT else 2000) * args.scale
        small, large = make(n).encode(), make(8 * n).encode()
        t_small, t_large = seconds(small), seconds(large)
        if t_large >= 16 * t_small:     # once more, longer, before reporting it: the machine is shared
            t_small, t_large = min(t_small, seconds(small, 5)), min(t_large, seconds(large, 5))
        rows.append((t_large / t_small, name, t_small, t_large))
        print(f"{t_large / t_small:6.1f}x  {t_small * 1000:8.1f} ms -> {t_large * 1000:9.1f} ms  {name}", flush=True)
    rows.sort(reverse=True)
    print(f"\nbase page {base * 1000:.1f} ms; worst ratios:")
    for ratio, name, t_small, t_large in rows[:10]:
        print(f"{ratio:6.1f}x  {t_small * 1000:8.1f} ms -> {t_large * 1000:9.1f} ms  {name}")
    slowest = max(rows, key=lambda r: r[3])
    print(f"slowest page: {slowest[1]} at the large size, {slowest[3] * 1000:.1f} ms")
    return 1 if args.check and rows[0][0] >= 16 else 0


if __name__ == "__main__":
    raise SystemExit(main())
