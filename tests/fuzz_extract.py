"""Fuzz target for the extraction pipeline: bytes in, a harmless Article out, never an exception.

    python tests/fuzz_extract.py --seconds 60            # hypothesis, or atheris when installed
    python tests/fuzz_extract.py --engine atheris --seconds 600

``check(data)`` is the target: it decodes and extracts ``data`` exactly as the crawler does
(archive.extract.ingest.extract_page) and asserts the output holds no script, event handler, loading
attribute or non-web address (``unsafe_parts``). A failing input is saved in
tests/fixtures/fuzz/ (crash-<sha>.html); ``make test`` replays every file there
(tests/test_security.py), so a crash once found stays fixed.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.extract import vocab  # noqa: E402
from archive.extract.ingest import extract_page  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fuzz"
PAGE_URL = "https://fuzz.example/health/article/"
CONTENT_TYPES = (None, "text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-1",
                 "text/html; charset=utf-16", "text/html; charset=x-unknown")

# -- what harmless means ----------------------------------------------------------------------------

# Attributes that load or run something, whatever element carries them.
LOADING_ATTRIBUTES = frozenset((
    "style", "srcdoc", "formaction", "action", "xlink:href", "srcset", "background", "poster", "lowsrc",
    "dynsrc", "ping", "data", "codebase", "manifest", "http-equiv", "content",
))
URL_ATTRIBUTES = frozenset(("href", "src", "cite", "longdesc", "usemap"))
RAW_NEEDLES = ("<script", "<iframe", "<style", "<form", "<object", "<embed", "<svg", "<math", "<base", "<meta",
               "<link", "<frame", "<template", "<noscript", "<input", "<button", "<textarea")
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")   # browsers skip these inside a scheme ("java\tscript:")


def url_scheme(url: str) -> str:
    """The scheme a browser would see: entities decoded, blanks and controls dropped, lower case."""
    cleaned = _IGNORED_IN_SCHEME.sub("", html.unescape(url or "")).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else ""


def unsafe_url(url: str, allowed=("http", "https"), relative_ok: bool = False) -> bool:
    """True unless ``url`` is an address with an allowed scheme (or, if ``relative_ok``, none)."""
    scheme = url_scheme(url)
    if scheme:
        return scheme not in allowed
    return not relative_ok and not urlsplit(url).netloc


def unsafe_html(markup: str) -> list[str]:
    """What in a body_html string could run script or load content, parsed as a browser would."""
    if not markup:
        return []
    low = markup.lower()
    problems = [f"raw {needle} in body_html" for needle in RAW_NEEDLES if needle in low]
    try:
        fragments = lxml.html.fragments_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        return problems + [f"body_html does not parse: {exc}"]
    for fragment in fragments:
        if isinstance(fragment, str):
            continue
        for el in fragment.iter():
            if not isinstance(el.tag, str):
                problems.append("comment or processing instruction in body_html")
                continue
            if el.tag not in vocab.ALLOWED_TAGS:
                problems.append(f"element <{el.tag}> outside the allow-list")
            for name, value in el.attrib.items():
                name = name.lower()
                if name.startswith("on"):
                    problems.append(f"event handler {name} on <{el.tag}>")
                elif name in LOADING_ATTRIBUTES:
                    problems.append(f"attribute {name} on <{el.tag}>")
                elif name in URL_ATTRIBUTES and unsafe_url(value, ("http", "https", "mailto"), relative_ok=True):
                    problems.append(f"{name}={value!r} on <{el.tag}>")
    return problems


def unsafe_parts(article) -> list[str]:
    """Everything unsafe in an Article: its body_html and every address it emits."""
    problems = unsafe_html(article.body_html)
    urls = [("canonical_url", article.canonical_url), ("image", article.image), ("next_page", article.next_page),
            *(("links", link.url) for link in article.links), *(("images", img.src) for img in article.images),
            *(("related", item.url) for item in article.related), *(("citations", c.url) for c in article.citations),
            *(("page_links", url) for url in article.page_links), *(("feeds", url) for url in article.feeds)]
    problems += [f"{name}: {url!r}" for name, url in urls if url and unsafe_url(url)]
    return problems


# -- the target ------------------------------------------------------------------------------------


def check(data: bytes, content_type: str | None = "text/html") -> None:
    """Extract ``data`` as the crawler would; raise AssertionError if the output is unsafe."""
    article, encoding = extract_page(data, PAGE_URL, content_type)
    assert isinstance(encoding, str) and encoding
    problems = unsafe_parts(article)
    assert not problems, problems
    assert isinstance(article.body_text, str) and isinstance(article.word_count, int)


def save_crash(data: bytes, content_type: str | None) -> Path:
    """Keep a failing input as a regression fixture (the content type on the first line if any)."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / f"crash-{hashlib.sha256(data).hexdigest()[:16]}.html"
    header = f"<!-- content-type: {content_type} -->\n".encode() if content_type else b""
    path.write_bytes(header + data)
    return path


def load_fixture(path: Path) -> tuple[bytes, str | None]:
    data = path.read_bytes()
    match = re.match(rb"<!-- content-type: ([^>]*?) -->\n", data)
    if match:
        return data[match.end():], match.group(1).decode()
    return data, "text/html"


# -- hostile HTML ----------------------------------------------------------------------------------

SCRIPT_URLS = (
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;&#x61;vascript:alert(1)", "\x01javascript:alert(1)",
    "javascript&colon;alert(1)", "jav&#x09;ascript:alert(1)", "&#0000106&#0000097&#0000118&#0000097&#0000115"
    "&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)", "vbscript:msgbox(1)", "livescript:x",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:image/svg+xml,<svg onload=alert(1)>",
    "file:///etc/passwd", "feed:javascript:alert(1)", "javascript\x00:alert(1)", "\x0bjavascript:alert(1)",
)
PLAIN_URLS = ("https://example.org/a", "/relative/", "page2/", "#frag", "mailto:a@example.org",
              "//cdn.example.org/x.png", "?q=1", "http://[::1", "http://a.org:99999/", "")
ATTRIBUTE_NAMES = ("href", "src", "style", "srcdoc", "formaction", "action", "xlink:href", "srcset", "background",
                   "poster", "class", "id", "title", "alt", "rel", "target", "data-src", "onclick", "onerror",
                   "onload", "ONMOUSEOVER", "onfocus", "ontoggle", "onbegin", "autofocus", "itemprop")
ATTRIBUTE_VALUES = ("alert(1)", "background:url(javascript:alert(1))", "width:expression(alert(1))",
                    "@import 'http://evil.example/x.css'", "behavior:url(x.htc)", "<script>alert(1)</script>",
                    "\"><script>alert(1)</script>", "javascript:alert(1) 1x", "entry-content", "read-also", "nofollow")
TAGS = (*sorted(vocab.ALLOWED_TAGS), "div", "span", "article", "section", "aside", "nav", "footer", "header",
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button", "textarea",
        "select", "option", "svg", "math", "mtext", "mglyph", "foreignobject", "template", "noscript", "base",
        "meta", "link", "title", "xmp", "plaintext", "noembed", "noframes", "details", "video", "audio",
        "source", "marquee", "applet", "isindex", "body", "html", "head", "h1", "label", "image", "animate", "set")
VECTORS = (
    "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>", "<iframe src=javascript:alert(1)></iframe>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>", "<form action=javascript:alert(1)><input type=submit></form>",
    "<button formaction=javascript:alert(1)>x</button>", "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>", "<base href=javascript:alert(1)//>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>", "<link rel=stylesheet href=//evil.example/x.css>",
    "<style>@import 'http://evil.example/x.css';p{background:url(javascript:alert(1))}</style>",
    "<a href=\"javascript:alert(1)\">click</a>", "<a href='jav&#x09;ascript:alert(1)'>tab</a>",
    "<details open ontoggle=alert(1)>x</details>", "<video><source onerror=alert(1)></video>",
    "<body onload=alert(1)>", "<template><script>alert(1)</script></template>", "<xmp><script>alert(1)</script></xmp>",
    "<isindex action=javascript:alert(1)>", "<marquee onstart=alert(1)>x</marquee>",
    "<svg><a xlink:href=javascript:alert(1)><text>x</text></a></svg>", "<svg><script>alert(1)</script></svg>",
    "<img srcset='javascript:alert(1) 1x'>", "<table background=javascript:alert(1)><tr><td>x</td></tr></table>",
    "<div style=\"width:expression(alert(1))\">x</div>", "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
    "<scr<script>ipt>alert(1)</script>", "<<script>alert(1)//<</script>", "<img src=`x`onerror=alert(1)>",
    "</p><script>alert(1)</script><p>", "<textarea></textarea><script>alert(1)</script>",
    "<title></title><script>alert(1)</script>", "<frameset onload=alert(1)>", "<plaintext>",
    "<a href=\"\x0bjavascript:alert(1)\">x</a>", "<img src=x:alert(1) onerror=eval(src)>",
    "<p>Read more: <a href=\"javascript:alert(1)\">a related guide</a></p>",
    "<select><template shadowrootmode=open><img src=x onerror=alert(1)></template></select>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
)
HEAD_VECTORS = (
    "<base href=\"javascript:alert(1)//\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta property=\"og:image\" content=\"javascript:alert(1)\">", "<link rel=\"canonical\" href=\"javascript:alert(1)\">",
    "<link rel=\"next\" href=\"javascript:alert(1)\">",
    "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">",
    "<meta property=\"og:image\" content=\"data:image/svg+xml,<svg onload=alert(1)>\">",
    "<script>document.write('<p>')</script>", "<style>body{display:none}</style>",
)
PROSE = (
    "Regular physical activity lowers blood pressure and improves how the heart uses oxygen every day.",
    "Most adults need between seven and nine hours of sleep to feel rested and think clearly at work.",
    "A diet rich in vegetables, legumes and whole grains supplies fibre that feeds helpful gut bacteria.",
    "Drinking water through the day keeps the kidneys working and helps the body regulate temperature.",
    "Vaccination trains the immune system to recognise a pathogen before a real infection ever occurs.",
)


def hostile_pages():
    """A hypothesis strategy: article pages (enough prose to be extracted) laced with hostile markup."""
    from hypothesis import strategies as st

    quote = st.sampled_from(['"', "'", ""])
    value = st.one_of(st.sampled_from(SCRIPT_URLS + PLAIN_URLS + ATTRIBUTE_VALUES), st.text(max_size=20))

    @st.composite
    def attribute(draw):
        q = draw(quote)
        text = draw(value).replace(q, "") if q else "".join(draw(value).split())
        return f" {draw(st.sampled_from(ATTRIBUTE_NAMES))}={q}{text}{q}"

    @st.composite
    def element(draw, children):
        tag = draw(st.sampled_from(TAGS))
        tag = tag.upper() if draw(st.booleans()) and draw(st.booleans()) else tag
        attrs = "".join(draw(st.lists(attribute(), max_size=3)))
        inner = "".join(draw(st.lists(children, max_size=3)))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", f"</{tag} foo>"]))
        return f"<{tag}{attrs}>{inner}{close}"

    leaf = st.one_of(st.sampled_from(VECTORS), st.sampled_from(PROSE), st.text(max_size=40))
    fragment = st.recursive(leaf, lambda children: element(children), max_leaves=12)

    @st.composite
    def page(draw):
        paragraphs = [f"<p>{' '.join(PROSE[(i + j) % len(PROSE)] for j in range(3))}</p>" for i in range(6)]
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(paragraphs)))
            bit = draw(fragment)
            if draw(st.booleans()) and at < len(paragraphs):
                paragraphs[at] = paragraphs[at].replace("</p>", f" {bit}</p>", 1)   # inside a paragraph
            else:
                paragraphs.insert(at, bit)
        head = "".join(draw(st.lists(st.sampled_from(HEAD_VECTORS), max_size=3)))
        related = "".join(f'<li><a href="{draw(st.sampled_from(SCRIPT_URLS + PLAIN_URLS))}">Related {i}</a></li>'
                          for i in range(draw(st.integers(0, 3))))
        ld_body = draw(st.sampled_from(["", " ".join(PROSE) * 3 + draw(fragment)]))
        ld = ('<script type="application/ld+json">{"@type": "Article", "headline": "Sleep and you", '
              f'"datePublished": "2024-03-01", "image": "{draw(st.sampled_from(SCRIPT_URLS[:3]))}", '
              f'"articleBody": {json_string(ld_body)}}}</script>')
        wrapper = draw(st.sampled_from(["article", "main", 'div class="entry-content"', "div", "section"]))
        return (f"<!DOCTYPE html><html><head><title>Sleep and you</title>{head}{ld}</head><body>"
                f"<{wrapper}><h1>Sleep and you</h1><time datetime=\"2024-03-01\">1 March 2024</time>"
                f"{''.join(paragraphs)}<h3>Read Also</h3><ul>{related}</ul></{wrapper.split()[0]}></body></html>")

    return page()


def json_string(text: str) -> str:
    import json

    return json.dumps(text).replace("</", "<\\/")


# -- engines -----------------------------------------------------------------------------------------


def fuzz_with_hypothesis(seconds: float) -> int:
    """Run hostile pages and random bytes through ``check`` until ``seconds`` pass; returns inputs run.

    A failure is shrunk by hypothesis, saved as a fixture and raised."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    ran = 0
    failing: list[tuple[bytes, str | None]] = []

    @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(page=st.one_of(hostile_pages(), st.binary(max_size=4096)), content_type=st.sampled_from(CONTENT_TYPES))
    def target(page, content_type):
        nonlocal ran
        ran += 1
        data = page if isinstance(page, bytes) else page.encode("utf-8", "surrogatepass")
        try:
            check(data, content_type)
        except Exception:
            failing.append((data, content_type))
            raise

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            target()
        except Exception:
            print(f"failing input saved to {save_crash(*failing[-1])}", file=sys.stderr)  # the last is the shrunk one
            raise
    return ran


def fuzz_with_atheris(seconds: float) -> None:
    """Coverage-guided fuzzing (atheris, libFuzzer) from the fixtures and the hostile site's pages."""
    import tempfile

    import atheris

    def one(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        content_type = CONTENT_TYPES[provider.ConsumeIntInRange(0, len(CONTENT_TYPES) - 1)]
        body = provider.ConsumeBytes(provider.remaining_bytes())
        try:
            check(body, content_type)
        except Exception:
            print(f"failing input saved to {save_crash(body, content_type)}", file=sys.stderr)
            raise

    work = Path(tempfile.mkdtemp(prefix="fuzz-extract-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for i, seed in enumerate(seed_pages()):
        (corpus / f"seed-{i}").write_bytes(b"\x00" + seed)
    atheris.instrument_all()
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={int(seconds)}", "-rss_limit_mb=4096",
                   "-timeout=60", "-print_final_stats=1", f"-artifact_prefix={work}/"], one)
    atheris.Fuzz()


def seed_pages() -> list[bytes]:
    """Starting points: the regression fixtures and the hostile site's article pages."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import hostile_site

    seeds = [load_fixture(path)[0] for path in sorted(FIXTURES.glob("*"))]
    seeds += [hostile_site.article_page(n, related=["/a/", "javascript:alert(1)"]).encode() for n in (1, 2)]
    seeds.append(hostile_site.article_page(3, extra_body="".join(VECTORS)).encode())
    return seeds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--engine", choices=("auto", "hypothesis", "atheris"), default="auto",
                        help="auto: atheris when installed (coverage-guided), else hypothesis")
    args = parser.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzzing extraction with {engine} for {args.seconds:.0f} s", file=sys.stderr)
    if engine == "atheris":
        fuzz_with_atheris(args.seconds)
    else:
        print(f"{fuzz_with_hypothesis(args.seconds)} inputs, no failure", file=sys.stderr)


if __name__ == "__main__":
    main()
