"""The link policy without Scrapy: URL shapes, path rules, per-page caps, own feeds, and the
novelty budget on simulated crawls of a few site graphs (the real crawls: tests/test_trap_sites.py)."""
from __future__ import annotations

import random
from collections import deque

import pytest

from archive.crawl import linkpolicy as lp
from archive.crawl.traps import path_problem, url_section, url_shape

pytestmark = pytest.mark.fast

H = "http://h"


def policy(dry_limit=10, max_links=2000, site_budget=0, counter=None) -> lp.LinkPolicy:
    return lp.LinkPolicy(counter or lp.LocalCounter(), dry_limit=dry_limit, max_links=max_links,
                         site_budget=site_budget)


# -- shapes and path rules -------------------------------------------------------------------------------


def random_word(rng: random.Random, n: int = 7) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def test_random_letter_slugs_are_one_shape():
    rng = random.Random(1)
    shapes = {url_shape(f"{H}/t/{random_word(rng)}/") for _ in range(50)}
    assert shapes == {"h/t/S/"}


@pytest.mark.parametrize("url,shape", [
    (f"{H}/", "h/"),
    (f"{H}/calendar/2024/05/", "h/calendar/N/N/"),
    (f"{H}/calendar/2024/05/?day=3", "h/calendar/N/N/?day"),
    (f"{H}/trap/17/?sort=name&page=4", "h/trap/N/?page&sort"),
    (f"{H}/trap/18/?page=9&sort=date", "h/trap/N/?page&sort"),
    (f"{H}/tag/sleep/stress/", "h/tag/S/S/"),
    (f"{H}/health-topics/heart/", "h/health-topics/S/"),
    (f"{H}/News/Some-Story-Title/", "h/news/S/"),                 # a section word in capitals is the same section
    (f"{H}/how-to-sleep-better-at-night/", "h/S/"),              # a slug at the top folds
    (f"{H}/2024/05/12/a-post/", "h/N/N/N/S/"),
    (f"{H}/about/", "h/about/"),                                  # a word at the top stays
    (f"{H}/?p=123", "h/?p"),                                     # WordPress without permalinks
    (f"{H}/shop/?color=red&size=m", "h/shop/?color&size"),
    (f"{H}/a/?f1=x&f2=y", "h/a/?fN"),                            # numbered keys fold
])
def test_url_shape(url, shape):
    assert url_shape(url) == shape


def test_sections():
    assert url_section(f"{H}/tag/a/b/c/") == url_section(f"{H}/tag/x/") == "h/tag/"
    assert url_section(f"{H}/shop/?color=red") == "h/shop/"
    assert url_section(f"{H}/about/") == url_section(f"{H}/") == ""


@pytest.mark.parametrize("url,problem", [
    (f"{H}/a/a/a/a/", "repeats a segment"),
    (f"{H}/x/a/b/a/b/a/b/", "repeats a run of segments"),      # PathologicalPath: a run of two, thrice in a row
    (f"{H}/more/more/more/", "repeats a run of segments"),
    (f"{H}/" + "x/" * 13, "deeper than 12"),                    # TooManyPathSegments
    (f"{H}/p;sid=abc", "session id"),
    (f"{H}/?" + "a" * 2100, "longer than"),
    (f"{H}/2010/10/10/some-article/", ""),
    (f"{H}/news/news/", ""),
])
def test_path_rules(url, problem):
    assert (problem in path_problem(url)) if problem else path_problem(url) == ""


def test_path_rules_refuse_before_any_budget():
    (decision,) = policy().decide([lp.Link(f"{H}/deep/more/more/more/", f"{H}/deep/more/more/")])
    assert decision.verdict == lp.TRAP and "repeats" in decision.reason


# -- what a page's links are ----------------------------------------------------------------------------


def test_links_taken_per_page_are_capped():
    links = policy(max_links=100).page_links(f"{H}/flood/", links=[f"{H}/f/{n}/" for n in range(300_000)],
                                             next_page=f"{H}/flood/?page=2")
    assert links[lp.PAGES][0] == f"{H}/flood/?page=2" and len(links[lp.PAGES]) == 100
    assert lp.take_links(["a", "b", "a", "", "c"], 0) == ["a", "b", "c"]


def test_a_pages_own_feeds_are_not_taken():
    feeds = [f"{H}/feed/", f"{H}/comments/feed/", f"{H}/my-post/feed/", "http://other.example/my-post/feed/"]
    taken = policy().page_links(f"{H}/my-post/", feeds=feeds)[lp.FEEDS]
    assert taken == [f"{H}/feed/", f"{H}/comments/feed/", "http://other.example/my-post/feed/"]
    # A category's own feed lists what the category page lists; the home page's feeds are the site's.
    assert policy().page_links(f"{H}/category/sleep/", feeds=[f"{H}/category/sleep/feed/"])[lp.FEEDS] == []
    assert policy().page_links(f"{H}/", feeds=feeds[:2])[lp.FEEDS] == feeds[:2]
    assert not lp.own_feed(f"{H}/my-post", f"{H}/my-post-two/feed/")


# -- the novelty budget, rule by rule ---------------------------------------------------------------------


def test_a_pattern_without_new_articles_is_parked_after_the_budget():
    p = policy(dry_limit=3)
    home = f"{H}/"
    for n in range(3):
        assert p.decide([lp.Link(f"{H}/t/{n}x/", home)])[0].verdict == lp.FOLLOW
        p.settle(f"{H}/t/{n}x/", home)
    decision = p.decide([lp.Link(f"{H}/t/zz/", home)])[0]
    assert decision.verdict == lp.PARK and decision.reason.startswith(("shape:", "section:"))
    # Links of other patterns are not affected; sitemap and Read Also links are outside the budget.
    assert p.decide([lp.Link(f"{H}/articles/one/", home)])[0].verdict == lp.FOLLOW
    assert p.decide([lp.Link(f"{H}/t/zz/", home, lp.RELATED)])[0].verdict == lp.FOLLOW
    assert p.decide([lp.Link(f"{H}/t/zz/", home, lp.LISTED)])[0].verdict == lp.FOLLOW


def test_a_new_article_credits_its_pattern_and_the_page_that_led_to_it():
    p = policy(dry_limit=2)
    listing = f"{H}/page/2/"
    for n in range(2):  # two listing pages, not articles themselves
        p.settle(f"{H}/page/{n + 2}/", f"{H}/")
    assert p.decide([lp.Link(f"{H}/page/9/", f"{H}/")])[0].verdict == lp.PARK
    p.settle(f"{H}/some-post/", listing, article=lp.article_keys(f"{H}/some-post/"))  # a post found on a listing page
    assert p.decide([lp.Link(f"{H}/page/9/", f"{H}/")])[0].verdict == lp.FOLLOW


def test_the_same_article_again_is_no_credit():
    p = policy(dry_limit=2)
    for variant in ("?print=1", "?print=2"):
        p.settle(f"{H}/dup/post/{variant}", f"{H}/", article=lp.article_keys(f"{H}/dup/post/"))
        p.settle(f"{H}/dup/post/{variant}", f"{H}/", article=lp.article_keys(f"{H}/dup/post/"))
    assert p.decide([lp.Link(f"{H}/dup/post/?print=3", f"{H}/")])[0].verdict == lp.PARK


def test_the_same_text_under_ever_new_addresses_is_no_credit():
    """Zope's acquisition serves /contact under /news/events/contact, /news/events/press/contact...,
    each page its own canonical: the article is new by its text, so the trap proves nothing, where
    keyed by address every copy was a new article that kept its shapes followed."""
    text = "Contact the institute's press office on weekdays between nine and five."
    home, folders = f"{H}/", ["events", "press", "topics", "about", "staff", "forms"]

    def walk(key) -> int:
        p = policy(dry_limit=3)
        for depth in range(1, len(folders) + 1):
            url = f"{H}/news/" + "/".join(folders[:depth]) + "/contact"
            if p.decide([lp.Link(url, home)])[0].verdict != lp.FOLLOW:
                return depth
            p.settle(url, home, article=key(url))
        return depth + 1

    assert walk(lambda url: lp.article_keys(url, "Contact us", text)) == 5       # (dry_limit 3)
    assert walk(lambda url: lp.article_keys(url)) == 7                          # by address alone: every copy new
    # two video posts with one caption are two articles; a page without text is met by its address
    caption = "Watch the video from our physiotherapy team."
    assert not set(lp.article_keys(f"{H}/a/", "Desk stretches", caption)) & set(lp.article_keys(f"{H}/b/", "Balance drills", caption))
    assert set(lp.article_keys(f"{H}/a/", "Contact us", text)) & set(lp.article_keys(f"{H}/b/", "Contact us", text))
    assert lp.article_keys(f"{H}/a/", "Video", "") == (f"{H}/a/",)


def test_a_variant_of_an_article_under_its_canonical_is_no_credit():
    """A print view's text differs from its article's, its canonical is the article's: met already."""
    p = policy(dry_limit=2)
    p.settle(f"{H}/post/", f"{H}/", article=lp.article_keys(f"{H}/post/", "Sleep", "The article's text."))
    for n in range(2):
        p.settle(f"{H}/post/?print={n}", f"{H}/", article=lp.article_keys(f"{H}/post/", "Sleep", f"Print view {n}."))
    assert p.decide([lp.Link(f"{H}/post/?print=9", f"{H}/")])[0].verdict == lp.PARK


def test_parked_links_are_followed_when_their_pattern_yields_again():
    p = policy(dry_limit=2)
    for n in range(2):
        p.settle(f"{H}/category/c{n}/", f"{H}/")
    parked = [lp.Link(f"{H}/category/late{n}/", f"{H}/") for n in range(3)]
    decisions = p.decide(parked)
    assert {d.verdict for d in decisions} == {lp.PARK}
    p.park([(link, d.reason) for link, d in zip(parked, decisions)])
    p.park([(parked[0], decisions[0].reason)])  # parked twice: kept once
    released = p.settle(f"{H}/post-one/", f"{H}/category/c0/", article=lp.article_keys(f"{H}/post-one/"))
    assert sorted(link.url for link in released) == sorted(link.url for link in parked)
    assert all(d.verdict == lp.FOLLOW for d in p.decide(released))


def test_parking_is_bounded_per_key():
    counter = lp.LocalCounter()
    counter.park([("shape:h/t/S/", f"{H}/t/{n}/", "{}") for n in range(50)], cap=10)
    assert len(counter.parked["shape:h/t/S/"]) == 10


def test_fetches_in_flight_count_as_dry_ones():
    p = policy(dry_limit=3)
    links = [lp.Link(f"{H}/t/{n}x/", f"{H}/", queued=True) for n in range(5)]
    admitted = [p.admit_fetch(link) is None for link in links]
    assert admitted == [True, True, True, False, False]
    p.settle(links[0].url, links[0].source, article=lp.article_keys(links[0].url))  # the first came back an article
    assert p.admit_fetch(links[3]) is None
    p.abandon(links[3].url)  # robots.txt refused it: it no longer counts
    assert p.in_flight["shape:h/t/S/"] == 2


def test_the_site_page_budget_is_charged_once_per_page():
    p = policy(site_budget=2)
    verdicts = [d.verdict for d in p.decide([lp.Link(f"{H}/a{n}/", f"{H}/") for n in range(3)])]
    assert verdicts == [lp.FOLLOW, lp.FOLLOW, lp.OVER_BUDGET]
    assert p.decide([lp.Link(f"{H}/a0/", f"{H}/", queued=True)])[0].verdict == lp.FOLLOW  # released: already paid


def test_a_link_survives_its_journey_through_a_parking_entry():
    link = lp.Link(f"{H}/x/", f"{H}/", lp.PAGES, 3, True)
    assert lp.Link.from_entry(link.entry()) == link


# -- simulated crawls: breadth-first, one fetch at a time ---------------------------------------------------


def simulate(p: lp.LinkPolicy, site, start: str = f"{H}/") -> list[str]:
    """Crawl ``site`` (url -> (is_article, links)) breadth-first under the policy: the URLs fetched."""
    queue, requested, fetched = deque([lp.Link(start)]), {start}, []

    def follow(links):
        for link, decision in zip(links, p.decide(links)):
            if decision.verdict == lp.FOLLOW and (link.queued or link.url not in requested):
                requested.add(link.url)
                queue.append(link)
            elif decision.verdict == lp.PARK:
                p.park([(link, decision.reason)])

    while queue:
        link = queue.popleft()
        spent = p.admit_fetch(lp.Link(link.url, link.source, link.role, link.hops, True))
        if spent:
            p.park([(lp.Link(link.url, link.source, link.role, link.hops, True), spent)])
            continue
        fetched.append(link.url)
        is_article, links = site(link.url)
        follow(p.settle(link.url, link.source, lp.article_keys(link.url) if is_article else ()))
        follow([lp.Link(u, link.url, lp.PAGES, link.hops + 1) for u in links if u not in requested])
    return fetched


def wordpress(posts: int, per_page: int = 10):
    """Posts at /<slug>/ (one folded shape), /page/N/ listings, tags and categories, no sitemap."""
    slug = [f"{H}/post-about-health-number-{n}/" for n in range(posts)]
    tags = [f"{H}/tag/{w}/" for w in ("sleep", "stress", "food", "heart", "skin")]
    pages = (posts + per_page - 1) // per_page

    def page(url):
        if url == f"{H}/" or url.startswith(f"{H}/page/"):
            k = int(url.rstrip("/").rsplit("/", 1)[-1]) if "/page/" in url else 1
            links = slug[(k - 1) * per_page:k * per_page] + ([f"{H}/page/{k + 1}/"] if k < pages else [])
            return False, links + tags + [f"{H}/about/"]
        if url in tags:
            i = tags.index(url)
            return False, slug[i::len(tags)][:per_page]
        if url.startswith(f"{H}/post-"):
            n = slug.index(url)
            return True, [tags[n % len(tags)], slug[n - 1], f"{H}/about/"]
        return False, []
    return page, set(slug)


def test_a_site_whose_5000_posts_share_one_shape_is_crawled_whole():
    site, posts = wordpress(5000)
    fetched = simulate(policy(dry_limit=10), site)
    assert posts <= set(fetched)
    assert len(fetched) <= len(posts) + 500 + 5 + 2


def trap_site(trap):
    """20 articles linked from the home page, which also links into ``trap`` (url -> links)."""
    articles = [f"{H}/articles/guide-{n}/" for n in range(20)]

    def page(url):
        if url == f"{H}/":
            return False, articles + trap(None)
        if url in articles:
            return True, [articles[0]]
        return False, trap(url) + [articles[1]]
    return page, set(articles)


def letters(url):
    rng = random.Random(url or "home")
    return [f"{H}/t/{random_word(rng)}/" for _ in range(5)]


def tag_paths(url):
    tags = ("sleep", "stress", "food", "heart", "skin", "mood", "iron", "teeth")
    base = url[len(H):] if url else "/tag/"
    return [f"{H}{base}{t}/" for t in tags] if url else [f"{H}/tag/sleep/"]


def endless_listing(url):
    n = int(url.split("/trap/")[1].split("/")[0]) if url else 0
    return [f"{H}/trap/{n + 1}/"] + [f"{H}/trap/{n}/?sort={s}&page={k}" for s in ("name", "date") for k in (2, 3)]


@pytest.mark.parametrize("trap", [letters, tag_paths, endless_listing])
def test_traps_cost_about_the_budget(trap):
    site, articles = trap_site(trap)
    fetched = simulate(policy(dry_limit=10), site)
    assert articles <= set(fetched)
    assert len(fetched) - len(articles) - 1 <= 10


def test_a_pattern_cut_before_its_children_came_back_is_followed_again():
    """40 category pages fetched (breadth-first) before any of their posts: the category pattern
    runs dry at 10, and its parked pages are fetched once the posts found on the first ten credit it."""
    posts = {f"{H}/category/c{c}/": [f"{H}/post-in-{c}-number-{k}/" for k in range(3)] for c in range(40)}
    every_post = {u for links in posts.values() for u in links}

    def site(url):
        if url == f"{H}/":
            return False, list(posts)
        return (True, []) if url in every_post else (False, posts.get(url, []))

    fetched = simulate(policy(dry_limit=10), site)
    assert every_post <= set(fetched)


def test_a_tag_tree_is_bounded_once_while_its_real_tag_pages_keep_yielding():
    """Tag pages /tag/x/ are the only way to 50 of the posts (they keep proving their shape); each
    also links /tag/x/y/ for every tag y, one level deeper per hop: a new shape per level, all
    counted by the section's budget for unproven shapes."""
    tags = ("sleep", "stress", "food", "heart", "skin", "mood")
    posts = [f"{H}/post-about-health-number-{n}/" for n in range(60)]

    def site(url):
        path = url[len(H):]
        if path == "/":
            return False, posts[:10] + [f"{H}/tag/{t}/" for t in tags]
        if url in posts:
            return True, []
        depth_tags = path.strip("/").split("/")[1:]
        listed = posts[10 + 10 * tags.index(depth_tags[0]):][:10]
        return False, listed + [f"{url}{t}/" for t in tags]

    fetched = simulate(policy(dry_limit=10), site)
    assert set(posts) <= set(fetched)
    deeper = [u for u in fetched if u.count("/") > len(H.split("/")) + 2 and "/tag/" in u]
    assert len(deeper) <= 10


def test_query_keys_shape_alike_whatever_their_case():
    """``?ContentTypeID=85&ContentID=P1`` (a vendor's A-Z index) and ``?contentid=P2&contenttypeid=85``
    (the site's own boxes) are one template's links: a key is one parameter whatever its case."""
    assert url_shape(f"{H}/health-library/content?ContentTypeID=85&ContentID=P00212") == \
        url_shape(f"{H}/health-library/content?contentid=P00213&contenttypeid=85") == "h/health-library/S?contentid&contenttypeid"
