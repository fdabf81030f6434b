"""The template zoo (archive.demo.zoo): each family, held-out ones included, serves, its truth agrees
with what it serves and its traps are endless (the third round's families, which have none, end); one crawl per tuned family (and per held-out family
that met them when first measured) meets issue 12's recall and non-article targets."""
from __future__ import annotations

import json
import re
from datetime import date
import urllib.error
import urllib.request
from functools import partial
from html import unescape
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from archive.demo.zoo import FAMILIES, HELD_OUT, TUNED, build, start_zoo_server, truth, video_id

from bench import sites

FAMILY_NAMES = sorted(FAMILIES)
# Held-out families whose first (and only) measured crawl met the recall and non-article targets
# (docs/benchmarks.md, "Held-out families"); the others' failures are reported there, not tested.
HELD_OUT_PASSING = ("newsroom", "nhs", "astra", "clinic", "hubspot", "wix", "paper", "dotdash", "webflow", "medium", "divi",
                    "shopify", "polyglot", "jannah", "recipes", "wagtail", "infinite", "genesis", "typo3", "amp", "avada", "arabic", "drupal7", "aem",
                    "nextapp", "generatepress", "nuxt", "liferay", "healthlibrary", "cocoon", "gatsby", "paywall", "tilda", "arcxp")
# held-out families without a trap (the third round on): their reachable pages end
WITHOUT_TRAPS = ("elementor", "substack", "nhs", "astra", "wix", "clinic", "hubspot", "paper", "dotdash", "webflow",
                 "medium", "agency", "divi", "shopify", "polyglot", "newspaper", "recipes", "ghostsource",
                 "newspack", "godaddy", "infinite", "genesis", "amp", "weebly", "avada", "arabic", "drupal7", "aem", "ojs",
                 "nextapp", "nuxt", "generatepress", "cocoon", "gatsby", "bitrix", "discourse", "hugo", "paywall",
                 "bookshelf", "sitecore", "tilda", "duda", "jekyll", "arcxp", "hatena")


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def visible(body: bytes, charset: str = "utf-8") -> str:
    return unescape(body.decode(charset))


@pytest.fixture(scope="module", params=FAMILY_NAMES)
def served(request):
    with start_zoo_server(request.param) as server:
        yield request.param, server


def test_at_least_eight_families_with_thirty_to_fifty_posts():
    assert len(FAMILIES) >= 8
    for family in FAMILIES:
        low, high = getattr(FAMILIES[family], "post_range", (30, 50))   # discourse: a 12-post news section beside its forum
        assert low <= len(truth(family)["articles"]) <= high, family


def test_held_out_families_are_apart_from_the_tuned_eight():
    assert len(TUNED) == 8 and len(HELD_OUT) >= 4
    assert HELD_OUT <= set(FAMILIES) and not HELD_OUT & set(TUNED)
    assert any(truth(f)["traps"] for f in HELD_OUT)


def test_every_truth_article_answers_200_and_holds_its_title(served):
    family, server = served
    want = truth(family)
    charset = server.site.charset
    for path, article in want["articles"].items():
        status, _, body = fetch(server.base_url + path)
        assert status == 200, path
        assert article["title"] in visible(body, charset), path


def test_every_truth_page_answers_200_and_unknown_paths_404(served):
    family, server = served
    for path in truth(family)["pages"]:
        assert fetch(server.base_url + path)[0] == 200, path
    assert fetch(server.base_url + "/no-such-page-here/")[0] == 404


def test_truth_is_consistent_with_the_generator():
    for family in FAMILIES:
        want = truth(family)
        articles = want["articles"]
        kinds = set(want["pages"].values())
        assert kinds <= {"article", "listing", "page", "other"}, family
        assert {p for p, k in want["pages"].items() if k == "article"} == set(articles), family
        for path, article in articles.items():
            assert set(article["related"]) <= set(articles) - {path}, (family, path)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article["published"]), (family, path)
            authorless = getattr(FAMILIES[family], "authorless", False)
            if authorless != "mixed":   # "mixed": some posts name no person (signed by the site's organisation or staff)
                assert bool(article["authors"]) != authorless, (family, path)
            assert all("," not in name for name in article["authors"]), (family, path)
            assert set(article["credentials"]) >= set(article["authors"]), (family, path)
            assert all(video_id(url) for url in article["embeds"]), (family, path)
            assert article["body"].strip(), (family, path)


def test_truth_covers_what_the_issue_asks_for():
    """Across the zoo: video posts, short posts, five other languages, several authors, reviewers,
    credentials, one- and two-item related blocks, references, and traps in at least two families."""
    everything = [a for f in FAMILIES for a in truth(f)["articles"].values()]
    assert sum(bool(a["embeds"]) for a in everything) >= 40
    assert sum(len(a["body"].split()) < 100 for a in everything) >= 60
    assert {a["language"] for a in everything} >= {"en", "pt", "es", "fr", "de", "ru"}
    assert sum(len(a["authors"]) > 1 for a in everything) >= 20
    assert sum(bool(a["reviewer"]) for a in everything) >= 20
    assert any(creds for a in everything for creds in a["credentials"].values())
    assert {1, 2} <= {len(a["related"]) for a in everything}
    assert sum(bool(a["citations"]) for a in everything) >= 50
    assert sum(bool(truth(f)["traps"]) for f in FAMILIES) >= 2


def test_same_family_same_bytes():
    for family in FAMILIES:
        one, two = build(family), build(family)
        path = next(iter(truth(family)["articles"]))
        assert one.resolve(path).body == two.resolve(path).body


def trap_links(site, path: str) -> list[str]:
    """Trap targets (path?query) that the page at ``path`` links, in page order."""
    page = site.resolve(path).body.decode(site.charset)
    base = urljoin("http://zoo.test" + path, unescape(next(iter(re.findall(r'<base href="([^"]+)"', page)), "")))
    out = []
    for href in re.findall(r'(?<!<base )href="([^"]+)"', page):
        parts = urlsplit(urljoin(base, unescape(href)))
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.netloc == "zoo.test" and site.classify(target) == "trap":
            out.append(target)
    return out


@pytest.mark.parametrize("family", [f for f in FAMILY_NAMES if FAMILIES[f].trap_patterns])
def test_traps_are_endless(family):
    """A real listing links a trap page, and each trap page links a trap page not seen before, 30 deep."""
    site = build(family, "http://zoo.test")
    pattern = re.compile("|".join(site.trap_patterns))
    listings = [p for p, k in truth(family)["pages"].items() if k == "listing"]
    path = next(links[0] for links in map(partial(trap_links, site), listings) if links)
    seen = [path]
    for _ in range(30):
        assert pattern.search(path) and site.resolve(path).status == 200
        fresh = [link for link in trap_links(site, path) if link not in seen]
        assert fresh, f"{family}: the trap ended after {len(seen)} pages"
        path = fresh[0]
        seen.append(path)
    assert len(set(seen)) == 31


def test_legacy_bytes_are_windows_1252_under_an_iso_8859_1_label():
    with start_zoo_server("legacy") as server:
        status, headers, body = fetch(server.base_url + "/")
        assert status == 200
        assert "iso-8859-1" in headers["Content-Type"].lower()
        curly = [path for path, a in truth("legacy")["articles"].items() if "\u2019" in a["title"] + a["body"]]
        assert curly
        _, _, article = fetch(server.base_url + curly[0])
    assert re.search(rb"[\x91-\x94]", article), "curly quotes are in the C1 range windows-1252 uses"
    assert "\u2019" in article.decode("cp1252")
    assert "\u2019" not in article.decode("latin-1")


def test_nextjs_article_body_is_only_in_next_data():
    with start_zoo_server("nextjs") as server:
        path, article = max(truth("nextjs")["articles"].items(), key=lambda kv: len(kv[1]["body"]))
        _, _, body = fetch(server.base_url + path)
    html = body.decode()
    data = json.loads(re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', html, re.S)
                      .group(1).replace("<\\/", "</"))
    shell = html.split("<body>")[1].split('<script id="__NEXT_DATA__"')[0]
    sentence = article["body"].split("\n")[0][:60]
    assert sentence in unescape(data["props"]["pageProps"]["post"]["content"])
    assert sentence not in unescape(shell)
    assert len(re.sub(r"<[^>]+>", " ", shell).split()) < 60


def test_bag_of_words_f1():
    assert sites.bag_f1("the cat sat", "the cat sat") == 1.0
    assert sites.bag_f1("", "the cat") == 0.0
    assert sites.bag_f1("the cat", "the cat sat on the mat") == pytest.approx(2 * 1.0 * (2 / 6) / (1 + 2 / 6))
    # Japanese and Chinese write no spaces: each character counts, so one extra character of eight
    # costs a little, not the whole clause
    assert sites.bag_f1("睡眠の質を上げる", "睡眠の質を上げる習慣") == pytest.approx(2 * 1.0 * 0.8 / 1.8)


def test_names_fold_honorifics_but_not_credentials():
    assert sites.name_key("Dr. Ana Costa") == sites.name_key("ana costa")
    assert sites.name_key("Ana Costa, MD") != sites.name_key("Ana Costa")


@pytest.mark.parametrize("family", [*TUNED, *HELD_OUT_PASSING])
def test_crawl_meets_recall_and_non_article_targets(family, tmp_path):
    run = sites.crawl(family, tmp_path)
    result = sites.score(family, run["db"], run["base_url"])
    recall, non_articles = result["tally"].value("recall"), result["tally"].value("non_articles") or 0.0
    assert recall >= sites.TARGETS["recall"][1], (
        f"{family}: post recall {recall:.3f} ({result['archived']}/{result['truth_articles']})")
    assert non_articles <= sites.TARGETS["non_articles"][1], (
        f"{family}: {non_articles:.3f} of article rows are not articles: {result['non_article_kinds']}")


# -- the third held-out round: elementor, substack, nhs ------------------------------------------------

def reachable(site, limit: int) -> dict[str, str]:
    """Every same-site target (path?query) reachable from "/" through HTML hrefs, with its truth
    type; stops at ``limit`` targets."""
    seen, queue = {"/": site.classify("/")}, ["/"]
    while queue and len(seen) < limit:
        path = queue.pop(0)
        response = site.resolve(path)
        if response.status != 200 or "html" not in response.content_type:
            continue
        for href in re.findall(r'<a\b[^>]*?\shref="([^"#]+)', response.body.decode(site.charset)):
            parts = urlsplit(urljoin("http://zoo.test" + path, unescape(href)))
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.netloc == "zoo.test" and target not in seen:
                seen[target] = site.classify(target)
                queue.append(target)
    return seen


@pytest.mark.parametrize("family", WITHOUT_TRAPS)
def test_new_held_out_families_have_no_endless_pages(family):
    """No trap: the pages reachable from the home page end, well under the crawl's cap, and every
    one of them is a page the truth knows."""
    site = build(family, "http://zoo.test")
    pages = truth(family)["pages"]
    seen = reachable(site, limit=sites.CAP * len(pages))
    tracking = getattr(FAMILIES[family], "per_link_params", ())   # Medium: ?source=, sign-in redirect=, one per linking page
    targets = {re.sub(r"[?&](?:%s)=[^&]*" % "|".join(tracking), "", t) if tracking else t for t in seen}
    assert len(targets) < 3 * len(pages), f"{family}: {len(targets)} reachable targets for {len(pages)} pages"
    assert not [t for t, kind in seen.items() if kind == "trap"]
    assert len([t for t, kind in seen.items() if kind == "missing"]) <= 2   # a broken link or two, as sites have
    assert family in HELD_OUT and not FAMILIES[family].trap_patterns


def test_elementor_youtube_players_are_only_in_data_settings():
    site, want = build("elementor"), truth("elementor")
    youtube = [(p, a) for p, a in want["articles"].items() if any("youtube" in u for u in a["embeds"])]
    assert youtube
    for path, article in youtube:
        page = site.resolve(path).body.decode()
        vid = video_id(article["embeds"][0])
        assert "data-elementor-type=\"wp-post\"" in page and "elementor-widget-theme-post-content" in page
        assert f"watch?v={vid}" in unescape(page) and f"embed/{vid}" not in page, path
        assert 'data-elementor-type="popup"' in page
    assert site.classify("/?e-page-5c1d2e3=2") == "listing"
    assert site.classify("/?elementor_library=newsletter-popup") == "other"


def test_substack_truth_is_what_the_page_shows():
    site, want = build("substack"), truth("substack")
    paid = [p for p in want["articles"] if site.by_key[next(e.story.key for e in site.entries if site.post_path(e) == p)].story.key in site.paid]
    assert 3 <= len(paid) < len(want["articles"])
    for path in paid:
        page = visible(site.resolve(path).body)
        last = want["articles"][path]["body"].split("\n")[-1]
        assert "This post is for paid subscribers" in page
        assert page.index(last[:40]) < page.index("This post is for paid subscribers")
    path = next(iter(want["articles"]))
    share = f"{path}?utm_source=substack&utm_medium=email&utm_content=share&action=share"
    assert site.resolve(share).body == site.resolve(path).body and site.classify(share) == "article"
    assert site.classify(f"{path}/comments") == "other"
    assert site.podcasts and all('<audio src="' in site.resolve(site.post_path(site.by_key[k])).body.decode()
                                 for k in site.podcasts)
    # The archive page shows 12 posts; the rest come from the load-more JSON, which ends in an empty page.
    offset, listed = 12, set(re.findall(r'class="post-preview-title newsletter" href="[^"]*(/p/[^"]+)"',
                                        site.resolve("/archive").body.decode()))
    while True:
        posts = json.loads(site.resolve(f"/api/v1/archive?sort=new&search=&offset={offset}&limit=12").body)
        if not posts:
            break
        listed |= {urlsplit(p["canonical_url"]).path for p in posts}
        offset += 12
    assert listed == set(want["articles"])


def test_nhs_pages_name_no_author_and_show_both_review_dates():
    site, want = build("nhs"), truth("nhs")
    for path, article in want["articles"].items():
        assert not article["authors"] and not article["reviewer"] and not article["tags"] + article["categories"]
        page = visible(site.resolve(path).body)
        reviewed = re.search(r"Page last reviewed: (\d+ \w+ \d{4})", page).group(1)
        due = re.search(r"Next review due: (\d+ \w+ \d{4})", page).group(1)
        from datetime import datetime
        assert datetime.strptime(reviewed, "%d %B %Y").date().isoformat() == article["published"]
        assert datetime.strptime(due, "%d %B %Y") > datetime.strptime(reviewed, "%d %B %Y")
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
        assert ld["author"]["@type"] == "Organization"
    letters = [p for p in want["pages"] if p.startswith("/conditions/?letter=")]
    assert len(letters) == 26
    empty = [p for p in letters if "There are no conditions beginning with" in visible(site.resolve(p).body)]
    assert 0 < len(empty) < 26


@pytest.mark.parametrize("family", WITHOUT_TRAPS)
def test_every_line_of_a_truth_body_is_on_its_page(family):
    """The truth is what the page shows: each line of every truth body is in the page's text (a
    box the generator renders from the wrong block would fail here)."""
    site = build(family)
    payload_text = getattr(site, "payload_text", None)   # nuxt: client-only pages show the payload's story
    for path, article in truth(family)["articles"].items():
        page = "".join(unescape(re.sub(r"<[^>]+>", "", site.resolve(path).body.decode(site.charset))).split())
        page += "".join(payload_text(path).split()) if payload_text else ""
        for line in article["body"].split("\n"):
            assert "".join(line.split())[:60] in page, (family, path, line[:60])


def test_astra_faq_is_body_and_published_date_is_hidden_behind_last_updated():
    """The Rank Math FAQ (answers hidden by the accordion's stylesheet) is part of the truth body;
    "Last Updated on" is what most posts show, the publication date only in a hidden time.published."""
    site, want = build("astra"), truth("astra")
    assert 5 <= len(site.faq) < len(want["articles"])
    for entry in site.entries:
        path = site.post_path(entry)
        page = site.resolve(path).body.decode()
        if entry.slug in site.faq:
            assert 'id="rank-math-faq"' in page and '"@type": "FAQPage"' in page
            assert "Frequently Asked Questions" in want["articles"][path]["body"]
        assert f'class="entry-date published' in page and f'datetime="{entry.published.isoformat()}"' in page
    hidden = [e for e in site.entries if "Last Updated on" in site.resolve(site.post_path(e)).body.decode()]
    assert len(hidden) > len(site.entries) // 2
    assert any(creds for a in want["articles"].values() for creds in a["credentials"].values())
    assert any(a["reviewer"] for a in want["articles"].values())


# -- the fourth held-out round: wix --------------------------------------------------------------------

def test_wix_post_pages_show_recent_posts_not_related_ones():
    site, want = build("wix"), truth("wix")
    newest = [p for p, _ in sorted(want["articles"].items(), key=lambda kv: kv[1]["published"], reverse=True)]
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        assert article["related"] == [] and path.startswith("/post/") and not path.endswith("/")
        recent = page[page.index('data-hook="recent-posts"'):page.index('data-hook="comments"')]
        shown = re.findall(r'<a href="http://127\.0\.0\.1:8000(/post/[^"]+)" tabindex="-1">', recent)
        assert shown == [p for p in newest if p != path][:3]
        shown_date = re.search(r'data-hook="time-ago" title="([^"]+)"', page).group(1)
        from datetime import datetime
        assert datetime.strptime(shown_date, "%b %d, %Y").date().isoformat() == article["published"]
        assert 'data-hook="rcv-block-last"' in page and '<script type="application/json" id="wix-warmup-data">' in page
        for url in article["embeds"]:
            assert f"/embed/{video_id(url)}?" in page or f"/video/{video_id(url)}?" in page
    assert site.classify("/blog/page/2") == "listing" and site.classify("/blog-posts-sitemap.xml") == "other"


# -- the fourth held-out round: clinic --------------------------------------------------------------

def test_clinic_truth_is_what_the_page_shows():
    from datetime import datetime
    from archive.demo.zoo.clinic import AP_MONTHS
    site, want = build("clinic"), truth("clinic")
    tabs = [p for p in want["articles"] if "/diagnosis-treatment/drc-" in p]
    assert 4 <= len(tabs)
    for path, article in want["articles"].items():
        assert not article["authors"] and not article["reviewer"] and not article["tags"]
        page = visible(site.resolve(path).body)
        shown = re.search(r'<div class="pubdate">([A-Z][a-z]+\.?) (\d\d), (\d{4})</div>', page)
        month = AP_MONTHS.index(shown.group(1)) + 1
        assert datetime(int(shown.group(3)), month, int(shown.group(2))).date().isoformat() == article["published"], path
        assert site.resolve(path + "?p=1").body == site.resolve(path).body and site.classify(path + "?p=1") == "article"
        if "/diseases-conditions/" in path:
            assert "By Lakeshore Clinic Staff" in page and not article["categories"]
            assert "Show references" in page and " hidden>" in page
    titles = [want["articles"][p]["title"] for p in tabs]
    syc = {a["title"]: p for p, a in want["articles"].items() if "/symptoms-causes/" in p}
    assert all(t in syc for t in titles)
    letters = [p for p in want["pages"] if p.startswith("/diseases-conditions/index?letter=")]
    assert len(letters) == 26
    first = next(iter(syc.values()))
    hub = first.split("/symptoms-causes/")[0]
    assert site.classify(hub) == "other" and site.resolve(hub).status == 301 and site.resolve(hub).location.endswith(first)


def test_dotdash_shows_only_updated_on_and_truth_takes_the_shown_date():
    """Dotdash (Mantle) prints "Updated on DATE" only; the first publication is in JSON-LD
    datePublished. By the project's convention (docs/benchmarks.md) the truth is the shown date."""
    site, want = build("dotdash"), truth("dotdash")
    for entry in site.entries:
        path = site.post_path(entry)
        page = site.resolve(path).body.decode()
        shown = site.updated(entry)
        assert f"Updated on {shown:%B} {shown.day}, {shown.year}" in page, path
        assert want["articles"][path]["published"] == shown.date().isoformat() != entry.date, path
        assert f'"datePublished": "{entry.published.isoformat(timespec="milliseconds")}"' in page, path
        assert want["articles"][path]["tags"] == [] and len(want["articles"][path]["categories"]) == 1, path
        assert "mntl-article-sources" in page or not want["articles"][path]["citations"], path


def test_webflow_hidden_blocks_and_collection_lists():
    """Webflow keeps conditionally hidden elements in the HTML (w-condition-invisible): the reviewer
    block of an unreviewed post is there but not shown, so not in the truth; "Related articles" is a
    collection list of the post's category, and the footer's "Latest posts" is the site's."""
    site, want = build("webflow"), truth("webflow")
    reviewed = [p for p, a in want["articles"].items() if a["reviewer"]]
    assert 5 <= len(reviewed) < len(want["articles"])
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        assert 'data-wf-page="' in page and "w-richtext" in page and "application/ld+json" not in page
        hidden = 'reviewed-by-wrapper w-condition-invisible' in page
        assert hidden != bool(article["reviewer"]) and "Medically reviewed by" in page
        assert not article["tags"] and len(article["categories"]) == 1
        cat = article["categories"][0]
        assert all(want["articles"][r]["categories"] == [cat] for r in article["related"])
        assert ("No items found." in page) == (not article["related"])
    assert site.classify("/blog?8d3c1f20_page=2") == "listing"


def test_agency_pages_show_only_the_review_date_and_sign_nothing():
    """agency: the one date shown is "Page last reviewed" (Spanish pages: "Última revisión de la
    página"), the truth's date; dcterms.created (hidden) is earlier; no author, tag or category;
    26 A-Z letter pages; campaign links (?s_cid=) serve the same page; two PDF fact sheets."""
    from datetime import datetime
    site, want = build("agency"), truth("agency")
    for path, article in want["articles"].items():
        assert not article["authors"] and not article["reviewer"] and not article["tags"] + article["categories"]
        page = visible(site.resolve(path).body)
        created = re.search(r'name="dcterms.created" content="([\d-]+)"', page).group(1)
        assert created < article["published"]
        if article["language"] == "es":
            assert "Última revisión de la página:" in page and 'lang="es-us"' in page
            continue
        shown = re.search(r"Page last reviewed: (\w+ \d+, \d{4})", page).group(1)
        assert datetime.strptime(shown, "%B %d, %Y").date().isoformat() == article["published"]
    assert len([p for p in want["pages"] if re.fullmatch(r"/az/[a-z]\.html", p)]) == 26
    assert len([p for p in want["pages"] if p.endswith(".pdf")]) == 2
    home = site.resolve("/").body.decode()
    tracked = re.search(r'href="http://127\.0\.0\.1:8000([^"]+\?s_cid=[^"]+)"', home).group(1)
    assert site.classify(tracked) == "article" and site.resolve(tracked).body == site.resolve(tracked.split("?")[0]).body


def test_shopify_product_boxes_are_not_body_and_dates_are_the_shop_s_own():
    """Shopify: a merchant's "Shop now" box inside the rich text, a "Shop the article" carousel and
    "You may also like" products are on the page but not in the truth; the date shown is the shop's
    local date while the time tag's datetime is UTC (the next day for evening posts)."""
    site, want = build("shopify"), truth("shopify")
    boxed = next_day = 0
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        rte = page.split('itemprop="articleBody">', 1)[1].split("</div>\n<div", 1)[0]
        assert "Add to cart" in page and "You may also like" in page and "Shop the article" in page
        assert "Shop now" not in article["body"] and "dietitian's pick" not in article["body"]
        boxed += "Shop now" in rte
        stamp = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', page).group(1)
        next_day += stamp != article["published"]
        assert all(f">{tag}</a>" in page.replace("&amp;", "&") for tag in article["tags"]), path
    assert 5 < boxed < len(want["articles"]) and next_day > 0


# -- the seventh held-out round: polyglot ----------------------------------------------------------

def test_polyglot_declares_languages_its_text_does_not_always_have():
    """Polylang sides under /en/, /es/, /pt-br/, /fr/, /de/; a third or more of the posts are not in
    English; Portuguese and Spanish posts on the English side declare en-US everywhere, French posts
    keep <html lang="en-US"> while og:locale says fr_FR; the truth's language is the text's."""
    site, want = build("polyglot"), truth("polyglot")
    arts = want["articles"]
    assert 3 * sum(a["language"] != "en" for a in arts.values()) >= len(arts)
    misplaced = [p for p, a in arts.items() if p.startswith("/en/") and a["language"] != "en"]
    assert len(misplaced) == 3
    for path in misplaced:
        page = site.resolve(path).body.decode()
        assert '<html lang="en-US">' in page and 'content="en_US"' in page and '"inLanguage": "en-US"' in page
    for path in (p for p in arts if p.startswith("/fr/")):
        page = site.resolve(path).body.decode()
        assert '<html lang="en-US">' in page and '<meta property="og:locale" content="fr_FR">' in page
        assert arts[path]["language"] == "fr"
    for path, article in arts.items():
        page = site.resolve(path).body.decode()
        content = page[page.index('<div class="entry-content">'):page.index('<footer class="entry-meta"')]
        assert ("crp_related" in content) == bool(article["related"]), path
        if article["citations"] and not path.startswith("/en/"):
            assert re.search(r'<h2 class="wp-block-heading" id="[^"]+">(Referências|Referencias|Références|Quellen)'
                             r'</h2><ol class="wp-block-list">', content), path
        for url in article["embeds"]:
            assert "wp-block-embed is-type-video" in content and video_id(url) in content, path
    assert site.resolve("/").status == 301 and all(site.classify(f"/{s}/") == "listing" for s in ("en", "es", "pt-br", "fr", "de"))

def test_jannah_truth_is_what_the_page_shows():
    """Every truth body line is on its page; a video post's player is in the featured area, not the
    content; the Check Also box's post is never in the truth's related list; Arabic pages are rtl."""
    site = build("jannah")
    want = truth("jannah")["articles"]
    for path, article in want.items():
        raw = site.resolve(path).body.decode()
        page = "".join(unescape(re.sub(r"<[^>]+>", "", raw)).split())
        for line in article["body"].split("\n"):
            assert "".join(line.split())[:60] in page, (path, line[:60])
        content = raw.split('<div class="entry-content entry clearfix">', 1)[1].split("</div>", 1)[0]
        featured = raw.split('<div class="featured-area">', 1)[1].split("</div></div>", 1)[0]
        assert "<iframe" not in content
        assert all(video_id(url) in featured for url in article["embeds"]), path
        check_also = re.search(r'id="check-also-box".*?<a aria-label="[^"]*" href="http://127\.0\.0\.1:8000([^"]+)"', raw).group(1)
        check_also = re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), check_also)
        assert check_also not in article["related"] and check_also != path, path
        assert ('dir="rtl"' in raw.split("<head>", 1)[0]) == (article["language"] == "ar"), path


def test_ghostsource_truth_is_what_the_page_shows():
    """Members-only posts show their preview then the paywall and no bookmarks; the "Read more"
    cards are the site's newest posts, never the truth's related list; the custom excerpt is not
    body; the shown date is the site's local date while Ghost's meta carries the UTC instant."""
    site = build("ghostsource")
    want = truth("ghostsource")["articles"]
    gated = evening = 0
    for entry in site.entries:
        path = site.post_path(entry)
        article, raw = want[path], site.resolve(path).body.decode()
        content = raw.split('<section class="gh-content gh-canvas is-body">', 1)[1].split("</section>", 1)[0]
        if site.gated(entry):
            gated += 1
            assert "This post is for" in content and "kg-bookmark-card" not in content and not article["related"]
        bookmarks = re.findall(r'class="kg-bookmark-container" href="http://127\.0\.0\.1:8000([^"]+)"', content)
        assert bookmarks == article["related"], path
        dek = re.search(r'<p class="gh-article-excerpt is-body">([^<]+)</p>', raw)
        assert not dek or unescape(dek.group(1)) not in article["body"], path
        assert f'datetime="{article["published"]}"' in raw, path
        utc = re.search(r'"datePublished": "(\d{4}-\d{2}-\d{2})T', raw).group(1)
        evening += utc != article["published"]
    assert 5 <= gated <= 12 and evening >= 3


# -- the eighth held-out round: newspack ----------------------------------------------------------------

def test_newspack_republish_modal_repeats_the_article_and_corrections_are_body():
    """The Republication Tracker Tool's hidden modal sits inside .entry-content and holds the whole
    article again (escaped, in a textarea); dated corrections and the partnership line are body;
    Co-Authors Plus bylines read "by A, B and C"."""
    site, want = build("newspack"), truth("newspack")
    assert site.corrected and site.partnered
    assert sum(len(a["authors"]) > 1 for a in want["articles"].values()) >= len(want["articles"]) // 4
    assert {a["language"] for a in want["articles"].values()} == {"en", "es"}
    for entry in site.entries:
        path = site.post_path(entry)
        page, article = site.resolve(path).body.decode(), want["articles"][path]
        content = page[page.index('<div class="entry-content">'):page.index("<!-- .entry-content -->")]
        assert 'id="republication-tracker-tool-modal"' in content and "<textarea readonly" in content
        first = article["body"].split("\n")[0][:50]
        assert unescape(unescape(content)).count(first) >= 2, path
        if entry.slug in site.corrected:
            assert article["body"].split("\n")[-1].startswith("Correction, ")
        if entry.slug in site.partnered:
            assert "This story was produced in partnership with" in article["body"]
        shown = re.findall(r'class="jp-relatedposts-post-a" href="http://127\.0\.0\.1:8000([^"]+)" title', page)
        assert shown[::2] == article["related"]
        assert site.classify(path + "?share=facebook&nb=1") == "other"


# -- the ninth held-out round: infinite ----------------------------------------------------------------

def test_infinite_pages_carry_the_next_stories_and_the_paywall_inside_the_body():
    """Each article page holds its story, then the next one or two stories in full (own h1, byline,
    body, each with its own data-canonical-url); the meter, the newsletter and the hidden paywall box
    sit inside article.article-body; the Read Also truth is the story's own "Read more:" interstitial
    links, in order; meta description is cut, og:description whole; some stories have three authors."""
    site, want = build("infinite"), truth("infinite")
    assert any(len(a["authors"]) == 3 for a in want["articles"].values())
    assert any(a["embeds"] for a in want["articles"].values()) and any(a["kind"] == "short" for a in want["articles"].values())
    for entry in site.entries:
        path = site.post_path(entry)
        page, article = site.resolve(path).body.decode(), want["articles"][path]
        canonicals = re.findall(r'data-canonical-url="http://127\.0\.0\.1:8000([^"]+)"', page)
        assert canonicals[0] == path and 2 <= len(canonicals) <= 3 and path not in canonicals[1:]
        assert page.count("<h1 ") == len(canonicals)
        own = page.split('<div class="next-article-divider"', 1)[0]
        body = own.split('<article class="article-body"', 1)[1].split("</article>", 1)[0]
        assert "free article" in body and "Subscribe to keep reading" in body
        links = re.findall(r'<b>Read more:</b> <a href="http://127\.0\.0\.1:8000([^"]+)"', body)
        assert links == article["related"], path
        for line in article["body"].split("\n"):
            assert "Read more" not in line and "free article" not in line
        short = re.search(r'<meta name="description" content="([^"]*)"', page).group(1)
        full = re.search(r'<meta property="og:description" content="([^"]*)"', page).group(1)
        assert full.startswith(short.rstrip(".")) and (short == full or short.endswith("..."))
    assert sum(bool(a["related"]) for a in want["articles"].values()) >= 20


# -- the ninth held-out round: typo3 -----------------------------------------------------------------------

def test_typo3_legacy_addresses_chash_and_what_the_page_shows():
    """tx_news on TYPO3: posts from before the relaunch keep index.php?id=...&tx_news_pi1[news]=...&cHash=
    addresses (their canonical link), and the "Meistgelesen" box spells them shorter (a duplicate address
    of the same page); parameters are read in any order and spelling, a wrong cHash is a 404; press
    releases are signed "Pressestelle" only; every truth body line is on its page; German pages say
    de-DE, the English section en-GB; the course calendar's months are the trap."""
    site, want = build("typo3", "http://zoo.test"), truth("typo3")
    arts = want["articles"]
    legacy = [p for p in arts if p.startswith("/index.php?id=")]
    assert 4 <= len(legacy) < len(arts) // 2
    for path in legacy:
        assert "cHash=" in path and "tx_news_pi1%5Bnews%5D=" in path
        page = site.resolve(path).body.decode()
        assert f'<link rel="canonical" href="http://zoo.test{path.replace("&", "&amp;")}"/>' in page
    short = [p for p, kind in want["pages"].items() if kind == "other" and "tx_news_pi1%5Bnews%5D=" in p]
    assert len(short) == len(legacy)
    assert any(p.replace("&", "&amp;") in site.resolve("/magazin/").body.decode() for p in short)
    swapped = "/index.php?" + "&".join(reversed(legacy[0].split("?", 1)[1].split("&")))
    assert site.classify(swapped) == "article" and site.resolve(swapped).body == site.resolve(legacy[0]).body
    assert site.classify(legacy[0].replace("%5B", "[").replace("%5D", "]")) == "article"
    assert site.resolve(legacy[0][:-4] + "0000").status == 404
    press = [p for p, a in arts.items() if a["categories"] == ["Pressemitteilung"]]
    assert len(press) == 5 and all(not arts[p]["authors"] for p in press)
    assert sum(a["language"] == "en" for a in arts.values()) == 5
    for path, article in arts.items():
        raw = site.resolve(path).body.decode()
        page = "".join(unescape(re.sub(r"<[^>]+>", "", raw)).split())
        for line in article["body"].split("\n"):
            assert "".join(line.split())[:60] in page, (path, line[:60])
        assert (f'lang="{"en-GB" if article["language"] == "en" else "de-DE"}"') in raw.split("<head>")[0]
        if path in press:
            assert "<span itemprop=\"name\">Pressestelle</span>" in raw and "Pressekontakt" in raw
        shown = re.findall(r'<span class="news-related-news-date">[^<]+</span><a title="[^"]*" href="http://zoo\.test([^"]+)"', raw)
        assert [unescape(s) for s in shown] == article["related"], path
        for url in article["embeds"]:
            assert video_id(url) in raw.split('<div class="news-img-wrap">', 1)[1].split("</div></div>", 1)[0]
    assert site.classify("/gesundheitskurse/?tx_cal_controller%5Bview%5D=month&tx_cal_controller%5Bgetdate%5D=20310101") == "trap"


def test_ojs_landing_page_truth_and_what_the_page_shows():
    """OJS: the article is the landing page (abstract and references are the body); the published
    date is the article's, not the issue's (DC.Date.issued) nor submitted/modified; Read Also is
    "Similar Articles", not "Most read articles by the same author(s)"; galleys are not articles."""
    site, want = build("ojs"), truth("ojs")
    kinds = want["pages"]
    assert any(len(a["authors"]) >= 6 for a in want["articles"].values())
    assert {"es", "pt"} <= {a["language"] for a in want["articles"].values()}
    assert all(a["citations"] for a in want["articles"].values())
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        issued = re.search(r'name="DC.Date.issued" scheme="ISO8601" content="([\d-]+)"', page).group(1)
        assert f'<div class="item published"><section class="sub_item"><h2 class="label">Published</h2>' \
               f'<div class="value"><span>{article["published"]}</span>' in page
        assert f'name="citation_date" content="{article["published"].replace("-", "/")}"' in page
        assert issued >= article["published"]
        similar = re.search(r'id="articlesBySimilarityList".*?</ul>', page, re.S)
        assert [h for h in re.findall(r'href="([^"]+/article/view/\d+)"', similar.group(0))] == article["related"] \
            if similar else not article["related"]
        for name in article["authors"]:
            assert f'<span class="name">{name}</span>' in page
        galleys = re.findall(r'class="obj_galley_link \w+" href="([^"]+)"', page)
        assert galleys and all(kinds[g] == "other" for g in galleys)
    assert {kinds[p] for p in kinds if "/announcement/view/" in p} == {"page"}
    assert {kinds[p] for p in kinds if "/issue/view/" in p} == {"listing"}


def test_nextapp_truth_is_what_the_page_shows():
    """Next.js App Router: no __NEXT_DATA__, the flight payload in self.__next_f.push chunks (each a
    JSON array whose string decodes), the body server-rendered; "Keep reading" (the truth's related
    list) arrives late in <div hidden id="S:0"> swapped in by $RC; Trending is the same on every
    page; the byline names the authors and the <time> carries the published date; later listing
    batches are JSON behind a cursor, linked by no href."""
    site, want = build("nextapp", "http://zoo.test"), truth("nextapp")
    trending = set()
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        assert "__NEXT_DATA__" not in page
        chunks = re.findall(r"<script>self\.__next_f\.push\((\[1,.*?\])\)</script>", page)
        assert chunks and all(isinstance(json.loads(c)[1], str) for c in chunks)
        assert any(json.loads(c)[1].startswith("0:") for c in chunks)
        late = re.search(r'<div hidden id="S:0">(.*?)</div><script>\$RC=', page, re.S).group(1)
        assert re.findall(r'<a class="KeepReading_link__\w+" href="([^"]+)"', late) == article["related"]
        assert '<template id="B:0"></template>' in page.split('<div hidden id="S:0">')[0]
        byline = re.search(r'<p class="Byline_names__\w+">(.*?)</p>', page).group(1)
        for name in article["authors"]:
            assert name in byline
        assert f'<time dateTime="{article["published"]}T' in page
        trending.add(re.search(r'<aside class="Trending_trending__\w+".*?</aside>', page).group(0))
    assert len(trending) == 1
    kinds = want["pages"]
    api = [p for p in kinds if p.startswith("/api/articles?")]
    assert api and {kinds[p] for p in api} == {"other"}
    assert all(json.loads(site.resolve(p).body)["items"] for p in api)
    assert not [p for p in reachable(site, 5000) if p.startswith("/api/")]


def test_nuxt_payloads_hold_the_story_and_client_only_pages_only_there():
    """Legacy posts carry Nuxt 2's window.__NUXT__ function call, new ones Nuxt 3's devalue array;
    the client-only pages hold an empty app root and the whole story only in the payload."""
    from archive.demo.zoo.nuxt import payload_lines, revive
    site, want = build("nuxt"), truth("nuxt")
    client_only = {site.post_path(site.by_key[k]) for k in site.client_only}
    assert len(client_only) == 3
    forms = set()
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        first = article["body"].split("\n")[0]
        if "window.__NUXT__=(function(" in page:
            forms.add(2)
            assert path.startswith(("/blog/", "/de/blog/")) and "__NUXT_DATA__" not in page
            assert 'data-v-' in page and '=""' in page
            continue
        forms.add(3)
        data = json.loads(re.search(r'id="__NUXT_DATA__">(.*?)</script>', page, re.S).group(1))
        assert data[0] == ["ShallowReactive", 1]
        lines = payload_lines(revive(data))
        assert first in lines and article["title"] in lines
        shell = page.split("<body>")[1].split('<script type="application/json"')[0]
        if path in client_only:
            assert '<div id="__nuxt"></div>' in shell and first[:40] not in unescape(shell)
            assert article["title"] in unescape(page.split("</head>")[0])
        else:
            assert first[:40] in unescape(re.sub(r"<[^>]+>", "", shell))
    assert forms == {2, 3}
    assert any("first_published_at" in site.resolve(p).body.decode() for p in want["articles"])


def test_medical_truth_takes_the_shown_updated_date():
    """The medical family follows the convention too: "Updated on DATE" alone dates the post."""
    site, want = build("medical"), truth("medical")
    updated = [e for e in site.entries if site.updated(e) is not None]
    assert updated and len(updated) < len(site.entries)
    for entry in site.entries:
        path, shown = site.post_path(entry), site.updated(entry)
        page = site.resolve(path).body.decode()
        if shown is None:
            assert "Published on" in page and want["articles"][path]["published"] == entry.date, path
        else:
            assert "Updated on" in page and "Published on" not in page, path
            assert want["articles"][path]["published"] == shown.date().isoformat() != entry.date, path


def test_nuxt_truth_takes_the_shown_updated_date():
    """A nuxt post showing only "Updated DATE" is dated by that shown date, as dotdash's are (the
    project's convention, docs/benchmarks.md); a post showing "Published DATE" keeps that date."""
    from archive.demo.zoo.nuxt import UI
    site, want = build("nuxt"), truth("nuxt")
    client_only = {site.post_path(site.by_key[k]) for k in site.client_only}
    modes = set()
    for entry in site.entries:
        path, mode = site.post_path(entry), site.date_mode(entry)
        modes.add(mode)
        page, ui = site.resolve(path).body.decode(), UI[site.lang(entry)]
        upd = site.updated(entry)
        shown = f"{ui['updated']} {site.shown_date(upd, site.lang(entry))}"
        assert path in client_only or shown in unescape(page), path
        assert f'"datePublished": "{site.iso(entry.published)}"' in page, path
        if mode == "hidden":
            assert f"{ui['published']} " not in unescape(page.split("<body>")[1].split("<script")[0]), path
            assert want["articles"][path]["published"] == upd.date().isoformat() != entry.date, path
        else:
            assert want["articles"][path]["published"] == entry.date, path
    assert modes == {"hidden", "both", "never"}


def test_healthlibrary_documents_canonical_addresses_and_what_the_page_shows():
    """Library documents answer at any order and case of their two parameters (the page names the
    lowercase form canonical); the foot block shows last-first names and the review date, the truth's
    published date; the news pager is postbacks only; filters on a filtered page append (the trap)."""
    site, want = build("healthlibrary", "http://zoo.test"), truth("healthlibrary")
    docs = {p: a for p, a in want["articles"].items() if p.startswith("/health-library/content?")}
    assert len(docs) >= 12 and {a["language"] for a in docs.values()} == {"en", "es"}
    for path, article in docs.items():
        query = dict(parse_qsl(urlsplit(path).query))
        swapped = f"/health-library/content?ContentID={query['contentid'].lower()}&ContentTypeID={query['contenttypeid']}"
        assert site.classify(swapped) == "article" and site.resolve(swapped).body == site.resolve(path).body
        page = visible(site.resolve(path).body)
        assert f'<link rel="canonical" href="http://zoo.test{path}"' in page.replace("&amp;", "&")
        y, m, d = map(int, article["published"].split("-"))
        assert f"Date Last Reviewed: {m}/{d}/{y}" in page
        first, _, last = article["authors"][0].rpartition(" ")
        assert f"Author: {last}, {first}" in page and article["reviewer"].split()[-1] in page
    news = visible(site.resolve("/about-us/news").body)
    assert "Page$2" in news and "?page=" not in news
    assert site.classify("/about-us/news?year=2023&topic=sleep&year=2022") == "trap"
    assert site.classify("/about-us/news/2021/05/napping-guide-for-adults?sc_lang=en&sc_site=riverbend") == "article"


# -- the eleventh held-out round: gatsby ------------------------------------------------------------

def test_gatsby_pages_are_static_react_output_with_page_data():
    """Gatsby writes every page as static HTML inside ``#___gatsby`` > ``#gatsby-focus-wrapper`` and
    its data again in /page-data/<path>/page-data.json (preloaded by the page); the date is a
    ``<time>`` "Mar 12, 2024" with ``datetime`` on the newer template only; "You might also like"
    holds the post's own related posts."""
    from archive.demo.zoo.gatsby import short_date
    site, want = build("gatsby"), truth("gatsby")
    bare = 0
    for entry in site.entries:
        path = site.post_path(entry)
        page = site.resolve(path).body.decode()
        article = want["articles"][path]
        assert '<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">' in page
        data_path = f"/page-data{path.rstrip('/')}/page-data.json"
        assert f'<link as="fetch" rel="preload" href="{data_path}" crossorigin="anonymous"/>' in page
        data = json.loads(site.resolve(data_path).body)
        assert data["path"] == path and data["componentChunkName"] == "component---src-templates-blog-post-js"
        assert data["result"]["data"]["contentfulBlogPost"]["title"] == article["title"]
        shown = short_date(entry.published)
        assert f">{shown}</time>" in page and datetime_matches(article["published"], shown)
        bare += f"<time>{shown}</time>" in page
        section = page.split("You might also like")[1].split("</section>")[0] if article["related"] else ""
        assert re.findall(r'<a href="(/blog/[^"]+)" class="sc-', section) == article["related"], path
        assert all(f'href="{site.tag_path(t)}"' in page for t in article["tags"])
        assert not re.search(r'class="(?!sc-|gatsby-image-wrapper|CookieConsent|")[^"]*"', page), path
    assert 5 <= bare < len(site.entries)
    assert site.classify("/page-data/index/page-data.json") == "other" and site.classify("/blog/2/") == "listing"
    assert "/sitemap-0.xml" in site.resolve("/sitemap-index.xml").body.decode()


def datetime_matches(iso: str, shown: str) -> bool:
    from datetime import datetime
    return datetime.strptime(shown, "%b %d, %Y").date().isoformat() == iso


def test_bitrix_legacy_addresses_editing_links_and_what_the_page_shows():
    """1C-Bitrix: items from before the relaunch keep /articles/detail.php?ID= (no canonical, no JSON-LD,
    the author printed after the text), newer ones /articles/<section>/<code>/; ?clear_cache=Y and
    ?bitrix_include_areas=Y serve the same page in any order, ?print=Y is the print template (not an
    article); clinic news are signed "Редакция" only; the "Читайте также" block is the truth's Read Also."""
    site, want = build("bitrix", "http://zoo.test"), truth("bitrix")
    arts = want["articles"]
    legacy = [p for p in arts if "detail.php?ID=" in p]
    assert 6 <= len(legacy) < len(arts) * 2 // 3
    for path in legacy:
        page = site.resolve(path).body.decode()
        assert 'rel="canonical"' not in page and "application/ld+json" not in page
        assert page.index("Автор:&nbsp;") > page.index('<div style="clear:both"></div>\n<br />') > page.index("<p>")
        noisy = path.replace("?", "?clear_cache=Y&") + "&bitrix_include_areas=Y"
        assert site.classify(noisy) == "article" and site.resolve(noisy).body == site.resolve(path).body
        assert site.classify(path + "&print=Y") == "other"
    assert site.resolve("/articles/detail.php?ID=1").status == 404
    news = [p for p in arts if p.startswith("/news/")]
    assert len(news) == 6 and all(not arts[p]["authors"] and not arts[p]["categories"] for p in news)
    assert sum(a["language"] == "en" for a in arts.values()) == 4
    assert any(len(a["authors"]) > 1 for a in arts.values()) and any(a["reviewer"] for a in arts.values())
    for path, article in arts.items():
        raw = site.resolve(path).body.decode()
        assert ("lang=\"en\"" if article["language"] == "en" else "lang=\"ru\"") in raw.split("<head>")[0]
        block = raw.split('<div class="read-also">', 1)[1].split('<p><a href="')[0] if article["related"] else ""
        assert [unescape(h) for h in re.findall(r'<a href="([^"]+)" class="news-item-title">', block)] == article["related"], path
        assert all(video_id(url) in raw for url in article["embeds"]), path
        assert "clear_cache=Y" in raw and "print=Y" in raw
    assert "Disallow: /search/" in site.resolve("/robots.txt").body.decode()


# -- the eleventh held-out round: umbraco ---------------------------------------------------------------

def test_umbraco_sections_switchers_and_faceted_filters():
    """Guides show both review dates and their clinician; research references sit in a collapsed
    accordion and are body; blog dates are day/month; Welsh pages are lang="cy"; ``?culture=`` serves
    the same page; combined news filters are the trap, single ones listings."""
    site, want = build("umbraco", "http://zoo.test"), truth("umbraco")
    arts = want["articles"]
    guides = [p for p in arts if p.startswith("/information-and-support/")]
    assert len(guides) >= 5 and all(not arts[p]["authors"] and arts[p]["reviewer"] for p in guides)
    for path in guides:
        page = visible(site.resolve(path).body)
        y, m, d = map(int, arts[path]["published"].split("-"))
        assert f"Page last reviewed: {d} " in page and "Next review due:" in page and arts[path]["reviewer"] in page
    research = [p for p in arts if p.startswith("/research/")]
    assert research and all(arts[p]["citations"] for p in research)
    assert all('class="collapse"' in site.resolve(p).body.decode() and "References" in arts[p]["body"] for p in research)
    for path in (p for p in arts if p.startswith("/blog/")):
        y, m, d = arts[path]["published"].split("-")
        assert f"{d}/{m}/{y}" in visible(site.resolve(path).body)
    welsh = [p for p in arts if p.startswith("/cy/")]
    assert len(welsh) == 3 and all(arts[p]["language"] == "cy" and '<html lang="cy">' in site.resolve(p).body.decode() for p in welsh)
    assert any(not arts[p]["authors"] for p in arts if p.startswith("/news/"))
    path = next(iter(arts))
    assert site.resolve(path + "?culture=en-GB").body == site.resolve(path).body
    assert site.classify("/news/?category=sleep") == "listing" and site.classify("/news/?year=2022") == "listing"
    assert site.classify("/news/?category=sleep&year=2022") == "trap"
    assert site.classify("/news/?category=sleep&category=nutrition&page=2") == "trap"


def test_plone_truth_is_what_the_page_shows():
    """News Items and signed reports show "by NAME — published DATE, last modified DATE TIME" (German
    pages day-first); the lead (documentDescription) is the body's first line; Subject links are
    keyword searches; Related content may hold a File, which is no article; batches use b_start:int;
    the sitemap is gzip; Quick links are relative and Zope acquires them under any folder (the trap)."""
    import gzip
    site, want = build("plone", "http://zoo.test"), truth("plone")
    assert {a["language"] for a in want["articles"].values()} == {"en", "de"}
    assert any(p.startswith("/topics/") for p in want["articles"]) and any(p.startswith("/de/") for p in want["articles"])
    for path, article in want["articles"].items():
        page = visible(site.resolve(path).body)
        y, m, d = map(int, article["published"].split("-"))
        if article["language"] == "de":
            assert f"<span>veröffentlicht</span> {d:02d}.{m:02d}.{y}," in page
        else:
            assert f"<span>published</span> {date(y, m, d):%b %d, %Y}," in page
        lead = re.search(r'<div class="documentDescription description">([^<]*)</div>', page).group(1)
        assert article["body"].split("\n")[0] == lead
        assert all(f">{t}</a>" in page for t in article["tags"]) and not article["categories"]
        box = page.split('id="relatedItemBox"', 1)[1] if article["related"] else ""
        assert all(f'href="http://zoo.test{r}"' in box for r in article["related"])
    assert any("contenttype-file" in visible(site.resolve(p).body) for p in want["articles"])
    assert site.classify("/news?b_start%3Aint=10") == "listing" == site.classify("/news?b_start:int=10&ajax_load=1")
    assert gzip.decompress(site.resolve("/sitemap.xml.gz").body).startswith(b"<?xml")
    assert "/sitemap.xml.gz" in site.resolve("/robots.txt").body.decode()
    assert site.classify("/news/events") == "trap" and site.classify("/news/events/events/publications") == "trap"
    assert '<base href="http://zoo.test/news/events/">' in site.resolve("/news/events").body.decode()
    assert site.classify("/no-such/events") == "missing"
    assert all(want["pages"][p] == "page" for p in ("/about", "/contact", "/", "/de", "/events/webinar-heat-and-health"))


def test_sharepoint_truth_is_what_the_page_shows():
    """Releases show the short date (M/D/YYYY, in the es-US variation too) and an empty by-line; the
    header lines and "###" editors type are in the rich text but not in the truth body; the Read Also
    is the Related Links minus PDFs and external links; topic pages are pages; "/" redirects; the
    pager appends its parameters to the current query, so page 2's links are trap pages."""
    site, want = build("sharepoint", "http://zoo.test"), truth("sharepoint")
    assert {a["language"] for a in want["articles"].values()} == {"en", "es"}
    for path, article in want["articles"].items():
        page = visible(site.resolve(path).body)
        y, m, d = map(int, article["published"].split("-"))
        assert f'<div class="date-line">{m}/{d}/{y}</div><div class="by-line"></div>' in page
        assert not article["authors"] and not article["tags"] and len(article["categories"]) == 1
        assert ("FOR IMMEDIATE RELEASE" in page or "PARA PUBLICACIÓN INMEDIATA" in page) and "###" in page
        assert "IMMEDIATE" not in article["body"] and "INMEDIATA" not in article["body"] and "###" not in article["body"]
        box = page.split('class="groupheader item medium">', 1)[1].split("addthis_inline")[0] if "groupheader" in page else ""
        assert re.findall(r'href="(/(?:es/)?news[^"]*|/es/noticias[^"]*)"', box) == article["related"]
    assert any(".pdf" in visible(site.resolve(p).body).split("groupheader")[-1].split("addthis")[0] for p in want["articles"])
    assert want["pages"]["/diseases/Pages/Measles.aspx"] == "page" and "Last updated: 3/12/2024" in visible(
        site.resolve("/diseases/Pages/Measles.aspx").body)
    assert site.resolve("/").status == 302 and site.resolve("/").location.endswith("/Pages/default.aspx")
    path = next(iter(want["articles"]))
    assert site.classify(f"{path}?InitialTabId=Ribbon.Read") == "article" == site.classify(f"{path}?PageView=Shared")
    page2 = next(p for p, k in want["pages"].items() if k == "listing" and "PageFirstRow=11" in p)
    assert all(site.classify(t) == "trap" for t in trap_links(site, page2))
    assert "/_layouts/" in site.resolve("/robots.txt").body.decode()


# -- the twelfth held-out round: paywall ---------------------------------------------------------------------

def test_paywall_truth_is_what_the_page_shows():
    """Free posts carry the whole story; "lead-in" posts carry it too, the rest inside div.paywall
    (Google's paywalled-content markup); truncated posts stop after two or three paragraphs and the
    truth body is that lead-in, never the offer; every post page has the meter, the registration
    wall, an AP-style date and an /amp/ twin (type other); sponsored posts are articles with a
    rel=sponsored disclosure that is not body; Read next is the truth's related list."""
    from archive.demo.zoo.posts import body_text
    site, want = build("paywall", "http://zoo.test"), truth("paywall")
    modes = {site.access(e) for e in site.entries}
    assert modes == {"free", "lead-in", "truncated"}
    assert sum(bool(site.sponsor(e)) for e in site.entries) >= 2
    for entry in site.entries:
        path, mode = site.post_path(entry), site.access(entry)
        page, article = visible(site.resolve(path).body), want["articles"][path]
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
        assert ld["isAccessibleForFree"] == (mode == "free") and ("hasPart" in ld) == (mode != "free")
        assert "free articles left" in page and 'id="regwall"' in page
        assert f'rel="amphtml" href="http://zoo.test{path}amp/"' in page and want["pages"][path + "amp/"] == "other"
        content = page.split('<div class="article-content entry-content">', 1)[1].split('<footer class="article-footer">')[0]
        assert "Subscribe to read the rest" not in article["body"] and "Morning Rounds" not in article["body"]
        assert ("Subscribe to read the rest" in content) == (mode == "truncated")
        full = "".join(unescape(re.sub(r"<[^>]+>", "", content)).split())
        if mode == "truncated":
            assert article["body"] == body_text(entry.story.blocks[:site.lead_count(entry)]) != body_text(entry.story.blocks)
        if mode == "lead-in":
            assert '<div class="paywall">' in content
        assert all("".join(line.split())[:60] in full for line in article["body"].split("\n")), path
        y, m, d = map(int, article["published"].split("-"))
        assert site_date(y, m, d) in page
        box = page.split('class="read-next"', 1)[1].split("</section>")[0] if article["related"] else ""
        assert re.findall(r'read-next-card__title"><a href="http://zoo\.test([^"]+)"', box) == article["related"]
        if site.sponsor(entry):
            assert 'rel="sponsored noopener"' in page and "Sponsored by" not in article["body"]
    assert any("Sept." in visible(site.resolve(site.post_path(e)).body) for e in site.entries)


def site_date(y: int, m: int, d: int) -> str:
    from archive.demo.zoo.paywall import ap_date
    return ap_date(date(y, m, d))


def test_bookshelf_truth_is_what_the_page_shows():
    """StatPearls-like chapters: "Last Update:" is the only date shown and the citation_date; the authors
    are the itemprop=author names (written twice: the byline with affiliation numbers, the collapsed
    affiliations with credentials); the quiz and comment links, disclosures and the discovery portlets
    are no body and no Read Also; the book-path alias and the printable and reader views are the chapter,
    canonical to its NBK address."""
    site, want = build("bookshelf", "http://zoo.test"), truth("bookshelf")
    for path, article in want["articles"].items():
        page = visible(site.resolve(path).body)
        y, m, d = map(int, article["published"].split("-"))
        assert f'Last Update: <span itemprop="dateModified">{date(y, m, d):%B} {d}, {y}</span>.' in page
        assert f'<meta name="citation_date" content="{y}/{m:02d}/{d:02d}" />' in page
        assert re.findall(r'<span itemprop="author">([^<]+)</span><sup>', page)[:len(article["authors"])] == article["authors"]
        assert not article["related"] and not article["tags"] and not article["categories"]
        assert "Access free multiple choice" not in article["body"] and "Disclosure" not in article["body"]
        assert all(f'href="{c}"' in page for c in article["citations"])
        alias = re.search(r'<meta name="bk-non-canon-loc" content="([^"]+)"', page).group(1)
        assert site.classify(alias) == "article" and site.resolve(alias).body == site.resolve(path).body
        for report in ("printable", "reader"):
            other = visible(site.resolve(f"{path}?report={report}").body)
            assert other != page and f'<link rel="canonical" href="http://zoo.test{path}" />' in other
    full = [a for a in want["articles"].values() if a["kind"] == "article"]
    assert all(3 <= len(a["authors"]) <= 8 and a["body"].startswith("Continuing Education Activity") for a in full)
    assert all(a["citations"] for a in full)


# -- the thirteenth held-out round: tilda ---------------------------------------------------------------

def test_tilda_truth_is_what_the_page_shows():
    """Tilda Feeds: posts at /tpost/<id>-<translit> (English ones under /en/), the author field with the
    position before the name (news posts without one), the Russian date, the "Читайте также" relevants
    as the truth's Read Also, videos as lazy-load placeholders after the redesign; Zero Block landings
    and price lists are pages; no JSON-LD anywhere."""
    site, want = build("tilda", "http://zoo.test"), truth("tilda")
    arts = want["articles"]
    assert all(re.fullmatch(r"(/en)?/tpost/[a-z]{3}[0-9a-f]{7}-[a-z0-9-]+", p) for p in arts)
    assert sum(a["language"] == "en" for a in arts.values()) == 4 and sum(not a["authors"] for a in arts.values()) == 6
    lazy = 0
    for path, article in arts.items():
        raw = site.resolve(path).body.decode()
        assert "application/ld+json" not in raw and 'data-record-type="1019"' in raw
        shown = re.findall(r't-feed__post-popup__author-name t-descr t-descr_xxs">([^<]+)<', raw)
        assert [unescape(s).endswith(" " + n) and not unescape(s).startswith(n) for s, n in zip(shown, article["authors"])] == \
            [True] * len(article["authors"]) and len(shown) == len(article["authors"])
        block = raw.split('class="t-feed__post-popup__relevants-wrapper">', 1)[-1] if article["related"] else ""
        assert [h.replace("http://zoo.test", "") for h in re.findall(r'<a class="" href="([^"]+)"', block)] == article["related"], path
        assert all(video_id(url) in raw for url in article["embeds"]), path
        lazy += "t-video-lazyload" in raw
        if article["language"] == "ru":
            y, m, d = article["published"].split("-")
            assert f'{int(d)} ' in raw and f'{y}</span>' in raw
    assert lazy and lazy < sum(bool(a["embeds"]) for a in arts.values())
    for path in ("/", "/kardiologiya", "/uzi", "/checkup"):
        assert want["pages"][path] == "page" and "t396__artboard" in site.resolve(path).body.decode()
    assert want["pages"]["/blog?tfeeds_page=2"] == "listing" and site.classify("/blog?tfeeds_page=9") == "missing"


def test_duda_truth_is_what_the_page_shows():
    """Duda: "Related Posts" (the truth's Read Also) is the post's own row, "Recent Posts" the same
    three on every post; the video widget's player has only ``data-src``; a post signed by the
    clinic names it as the BlogPosting's Organization author; BlogPosting is on posts only."""
    site, want = build("duda"), truth("duda")
    recent = None
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        related_part = page.split("dRelatedPosts", 1)[1].split("dmFooterContainer", 1)[0] if "dRelatedPosts" in page else ""
        assert re.findall(r'<h3 class="post-title"><a href="([^"]+)"', related_part) == article["related"], path
        side = page.split("dRecentPosts", 1)[1].split("ctaBox", 1)[0]
        assert recent in (None, side)
        recent = side
        posting = next(json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
                       if '"BlogPosting"' in m)
        assert posting["datePublished"][:10] == article["published"]
        assert (posting["author"]["@type"] == "Organization") == (not article["authors"]), path
        for url in article["embeds"]:
            assert f'data-src="{url.split("?")[0]}' in page and f'src="{url}' not in page.replace("data-src", ""), path
    pages = [p for p, k in want["pages"].items() if k != "article" and k != "other"]
    assert all('"BlogPosting"' not in site.resolve(p).body.decode() for p in pages)


# -- the fourteenth held-out round ------------------------------------------------------------------

def test_optimizely_truth_is_what_the_page_shows():
    """Optimizely: the lead paragraph sits in the hero block, outside the body; "Related articles" are
    the editor's teaser blocks, "Popular right now" the same five on every article; editorial-team
    articles name no person (an Organization in the JSON-LD); Welsh pages are lang="cy"; faceted hub
    sections are the trap, their plain pages listings."""
    site, want = build("optimizely", "http://zoo.test"), truth("optimizely")
    popular = None
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        text = unescape(re.sub(r"<[^>]+>", "", page))
        flat = "".join(text.split())
        assert all("".join(line.split())[:60] in flat for line in article["body"].split("\n")), path
        related = page.split('class="related-articles"', 1)[1].split("</div></div></div>", 1)[0] if article["related"] else ""
        assert [h.replace("http://zoo.test", "") for h in re.findall(r'<a class="teaser__link" href="([^"]+)"', related)] == article["related"], path
        side = page.split("popular-area", 1)[1].split("</aside>", 1)[0] if "popular-area" in page else None
        if side is not None:
            assert popular in (None, side)
            popular = side
        ld = next(json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page) if '"Article"' in m)
        assert ld["datePublished"][:10] == article["published"], path
        assert (isinstance(ld["author"], dict) and ld["author"]["@type"] == "Organization") == (not article["authors"]), path
        y, m, d = map(int, article["published"].split("-"))
        assert (f"Published {d} " in text) or (f"Cyhoeddwyd {d} " in text), path
        assert all(video_id(url) in page for url in article["embeds"]), path
    welsh = [p for p in want["articles"] if p.startswith("/cy/")]
    assert len(welsh) == 3 and all('<html lang="cy">' in site.resolve(p).body.decode() for p in welsh)
    assert want["pages"]["/health-hub/mental-health/"] == "listing"
    assert site.classify("/health-hub/mental-health/?category=stress&sort=newest") == "trap"
    assert all(want["pages"][p] == "page" for p in ("/health-insurance/individual/", "/dental-insurance/"))


def test_contao_truth_is_what_the_page_shows():
    """Contao: every line of a truth body is in the news reader; "Das könnte Sie auch interessieren"
    (the truth's Read Also) lists the post's related news, "Neueste Beiträge" the same five on every
    post; the byline and the NewsArticle's author are the backend user ("Redaktion" or none when the
    truth names no person); the right column's mini calendar links the endless archive."""
    site, want = build("contao"), truth("contao")
    recent = None
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        reader = page.split('<div class="mod_newsreader block">', 1)[1].split('<p class="back">', 1)[0]
        text = "".join(unescape(re.sub(r"<[^>]+>", "", reader)).split())
        for line in article["body"].split("\n"):
            assert "".join(line.split())[:60] in text, (path, line[:60])
        box = page.split("related-news block", 1)[1].split("</main>", 1)[0] if "related-news block" in page else ""
        links = list(dict.fromkeys("/" + h for h in re.findall(r'<h2><a href="([^"]+)"', box)))
        assert links == article["related"], path
        side = page.split('id="recent-news"', 1)[1].split("</div></aside>", 1)[0].split('<div class="mod_newsmenu', 1)[0]
        if article["language"] == "de":
            assert recent in (None, side)
            recent = side
        graph = json.loads(re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[0])["@graph"]
        news = next(g for g in graph if g["@type"] == "NewsArticle")
        assert news["datePublished"][:10] == article["published"]
        info = re.search(r'<p class="info">(.*?)</p>', reader).group(1)
        if article["authors"]:
            assert article["authors"][0] in news["author"]["name"] and article["authors"][0] in info, path
        else:
            assert news.get("author", {}).get("name", "Redaktion") == "Redaktion" and (" von " not in info or "Redaktion" in info)
        if article["language"] == "de":
            assert "ratgeber/archiv.html?month=" in page


def test_squiz_truth_is_what_the_page_shows():
    """Squiz Matrix: every truth body line is on its page (the family has traps, so the WITHOUT_TRAPS
    check does not run it); a fact sheet shows only "Last updated" (the hidden DCTERMS.created is
    older) and its "Related links" are its Read Also; a release shows its date and its speaker;
    translated sheets carry their language on the content; no page has JSON-LD; /?a=ID and the
    /_nocache, /_recache suffixes answer the same page; the search page links longer queries."""
    site, want = build("squiz", "http://zoo.test"), truth("squiz")
    for path, article in want["articles"].items():
        page = site.resolve(path).body.decode()
        flat = "".join(unescape(re.sub(r"<[^>]+>", "", page)).split())
        for line in article["body"].split("\n"):
            assert "".join(line.split())[:60] in flat, (path, line[:60])
        assert "application/ld+json" not in page and "Running Squiz Matrix" in page
        shown = date.fromisoformat(article["published"])
        printed = f"{shown.day} {shown:%B %Y}"
        created = re.search(r'name="DCTERMS.created" scheme="DCTERMS.ISO8601" content="([^"]+)"', page).group(1)
        if path.startswith("/health-topics/"):
            assert f"Last updated: {printed}" in page and created < article["published"], path
            box = page.split('class="right-box related-links"', 1)[1].split("</div>", 1)[0]
            links = [re.sub(r"/_recache$", "", h) for h in re.findall(r'href="(/[^"_]*(?:/_recache)?)"', box)]
            assert [h for h in links if h in want["articles"]] == article["related"], path
        else:
            assert not article["related"] and "related-links" not in page, path
        if path.startswith("/news/"):
            assert f'<span class="release-date">{printed}</span>' in page and created == article["published"]
            for name in article["authors"]:
                assert re.search(rf'class="release-speaker"><strong>(The Hon\. |Dr ){name}( MP)?</strong>', page)
        if path.startswith("/translated/"):
            assert f' lang="{article["language"]}"' in page and article["language"] != "en"
        aid = next(k for k, v in site.assets.items() if v == path)
        assert site.resolve(f"/?a={aid}").body == site.resolve(path).body
        assert site.classify(path + "/_nocache") == "trap" and site.resolve(path + "/_recache").body == site.resolve(path).body
    search = site.resolve("/search?query=measles&collection=eastvale-health-meta").body.decode()
    assert "/search?query=measles+children&amp;collection=" in search


def test_craft_truth_is_what_the_page_shows():
    """Stories name their "As told to" writer; news bylines carry a role (no credential) or nothing;
    references sit in a collapsed Alpine accordion and are body; the Donate box in the body flow and
    the Latest news strip are not body or Read Also; Welsh stories are lang="cy"; events are pages;
    filtered listings are the trap, ``?page=N`` a listing."""
    site, want = build("craft", "http://zoo.test"), truth("craft")
    arts = want["articles"]
    for path, article in arts.items():
        page = visible(site.resolve(path).body)
        body = site.resolve(path).body.decode()
        assert "Donate now" not in article["body"] and "Latest news" not in article["body"]
        assert "<!-- Cached by Blitz on" in body and '"@graph"' in body and '<main id="main">' in body
        if "/stories/" in path:
            assert f"As told to {article['authors'][0]}" in page
        elif "/news/" in path and article["authors"]:
            assert f"By {article['authors'][0]}, Senior Press Officer" in page
        lines = article["body"].split("\n")
        if {"References", "Sources"} & set(lines):                     # the accordion's label, then its items
            assert "x-cloak" in body and re.search(r'x-cloak><div class="c-rich-text"><ol><li>', body)
    assert any(not arts[p]["authors"] for p in arts if "/news/" in p)
    welsh = [p for p in arts if p.startswith("/cy/")]
    assert len(welsh) == 2 and all(arts[p]["language"] == "cy" and '<html lang="cy"' in site.resolve(p).body.decode() for p in welsh)
    assert all(k == "page" for p, k in want["pages"].items() if p.startswith("/events/"))
    assert site.classify("/news-and-stories?page=2") == "listing"
    assert site.classify("/news-and-stories?type=stories&topic=sleep&page=3") == "trap"
