"""Metadata extraction: title, authors, dates, reviewers, language, tags on small hand-written pages."""
import time
from datetime import date, timedelta
from pathlib import Path

import lxml.html
import pytest

from archive.extract.names import clean_name
from archive.extract.dates import find_all, parse_machine, published_meta_name
from archive.extract.metadata import extract_metadata, normalize_language, strip_site

pytestmark = pytest.mark.fast

FIXTURES = Path(__file__).parent / "fixtures" / "metadata"
KEYS = {"title", "authors", "published", "published_source", "published_stated", "modified", "modified_source", "description",
        "language", "image", "tags", "categories", "reviewed_by", "reviewed_on", "people", "page_type_hint", "hint_og_only", "data_plain_page",
        "headline_shown", "filed", "published_shown",
        "problems"}


def meta(name: str, url: str = "https://health.example/articles/page") -> dict:
    tree = lxml.html.fromstring((FIXTURES / name).read_text(encoding="utf-8"))
    before = lxml.html.tostring(tree)
    out = extract_metadata(tree, url)
    assert lxml.html.tostring(tree) == before, "extract_metadata must not modify the tree"
    assert set(out) == KEYS
    return out


def test_yoast_graph_page():
    m = meta("yoast_graph.html", "https://calmhealth.example/sleep-better/")
    assert m["title"] == "Seven Ways to Sleep Better Tonight"
    assert m["authors"] == ["Maria Keller"]
    assert m["reviewed_by"] == ["Tom Baxter"]
    assert m["reviewed_on"] == "2024-02-20"
    # UTC 08:30 is the 12th in the site's zone too (a US-English site: UTC-5): the value stays as written
    assert m["published"] == "2024-02-12T08:30:00+00:00"
    assert (m["published_source"], m["modified_source"]) == ("json-ld", "json-ld")
    assert m["modified"].startswith("2024-02-28")
    assert m["language"] == "en-US"
    assert m["image"] == "https://calmhealth.example/media/sleep-hero.jpg"
    assert m["tags"] == ["Sleep", "Habits", "insomnia"]        # article:tag, then JSON-LD keywords, deduplicated
    assert m["categories"] == ["Wellness"]
    assert m["description"] == "Simple habits that help adults fall asleep faster."
    assert m["page_type_hint"] == "article"


def test_og_only_page():
    m = meta("og_only.html", "https://northside.example/news/vitamin-d")
    assert m["title"] == "Vitamin D in Winter"
    assert m["authors"] == ["Priya Natarajan"]          # article:author is a URL, meta author is a name
    assert m["published"] == "2023-11-20T09:15:00+01:00"
    assert m["published_source"] == "meta"
    assert m["modified"] == "2023-12-01T14:00:00+01:00"
    assert m["language"] == "en-GB"
    assert m["description"] == "Why levels drop between November and March."
    assert m["image"] == "https://northside.example/img/vitamin-d.png"
    assert m["categories"] == ["Nutrition"]
    assert m["page_type_hint"] == "article"


def test_date_only_in_visible_text():
    m = meta("posted_on_text.html")
    assert m["published"] == "2024-03-03"
    assert m["published_source"] == "text"
    assert m["authors"] == ["Sam Okafor"]
    assert m["modified"] is None


def test_byline_with_credentials_and_medical_reviewer():
    m = meta("reviewed_byline.html")
    assert m["authors"] == ["Jane Roe"]
    assert m["reviewed_by"] == ["Alan Park"]
    assert m["reviewed_on"] == "2024-03-05"
    assert m["title"] == "What Causes Morning Headaches?"
    assert m["published"] == "2024-03-01"
    assert m["published_source"] == "time"


def test_german_page_with_month_name():
    m = meta("german_text.html", "https://gesundheitsblatt.example/heuschnupfen")
    assert m["published"] == "2024-03-03"
    assert m["authors"] == ["Erika Mustermann", "Jonas Weber"]
    assert m["language"] == "de-DE"
    assert m["title"] == "Heuschnupfen: Was wirklich hilft"


def test_dates_inside_scripts_are_ignored():
    m = meta("script_date.html")
    assert m["published"] is None
    assert m["modified"] is None
    assert "no publication date found" in m["problems"]


def test_future_date_rejected():
    m = meta("future_date.html")
    assert m["published"] == "2023-10-02"
    assert m["published_source"] == "text"
    assert any("2099" in p and "future" in p for p in m["problems"])
    assert m["authors"] == ["Lee Chan"]


def test_modified_before_published_is_dropped():
    m = meta("modified_before_published.html")
    assert m["published"] == "2024-03-10"
    assert m["modified"] is None
    assert any("before published" in p for p in m["problems"])
    assert m["authors"] == ["Ana Ruiz"]          # a person wins over the organization


def test_malformed_input_does_not_raise():
    m = meta("malformed_jsonld.html", "https://example-health.example/broken")
    assert "unreadable JSON-LD block ignored" in m["problems"]
    assert m["published"] == "2022-06-15T12:00:00+02:00"    # the block with junk after it still counts
    assert m["title"] == "Stray brace"                      # JSON-LD headline beats <title>
    empty = extract_metadata(lxml.html.fromstring("<p>nothing here</p>"), "")
    assert empty["title"] == "" and empty["authors"] == [] and empty["published"] is None
    assert {"no title found", "no author found", "no publication date found"} <= set(empty["problems"])


def test_title_site_suffix_removed_without_h1():
    html = ("<html><head><title>Healthy Knees After 50 | Joint Clinic</title>"
            "<meta property='og:site_name' content='Joint Clinic'></head><body><p>x</p></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://jointclinic.example/knees")
    assert m["title"] == "Healthy Knees After 50"


@pytest.mark.parametrize("title, sites, expected", [
    ("Seven Ways to Sleep | Calm Health", ["calm health"], "Seven Ways to Sleep"),
    ("Calm Health - Seven Ways to Sleep", ["calm health"], "Seven Ways to Sleep"),
    ("Sleep: a user's guide - part 2 | calmhealth.example", ["calmhealth example"], "Sleep: a user's guide - part 2"),
    ("No separator here", ["calm health"], "No separator here"),
])
def test_strip_site(title, sites, expected):
    assert strip_site(title, sites) == expected


@pytest.mark.parametrize("raw, names", [
    ("By Dr. Jane Roe, MD", ["Jane Roe"]),
    ("Written by Jane Roe, MPH, RD and Ann Lee, PhD", ["Jane Roe", "Ann Lee"]),
    ("Posted on May 3, 2020 by Sam Okafor", ["Sam Okafor"]),
    ("Von Prof. Dr. med. Erika Mustermann | 03.03.2024", ["Erika Mustermann"]),
    ("Walter von Aachen", ["Walter von Aachen"]),
    ("© Claire Colin", ["Claire Colin"]),
    ("cecile", ["cecile"]),
    ("Jane Roe, Senior Editor", ["Jane Roe"]),
    ("By DANICA KIRKA and JILL LAWLESS Associated Press", ["DANICA KIRKA", "JILL LAWLESS"]),
    ("jane@example.org", []),
    ("Updated March 3, 2024", []),
])
def test_clean_name(raw, names):
    assert clean_name(raw) == names


@pytest.mark.parametrize("text, iso", [
    ("Published: 03.03.2024", "2024-03-03"),
    ("3. März 2024", "2024-03-03"),
    ("Posted on March 3rd, 2024", "2024-03-03"),
    ("le 3 mars 2024", "2024-03-03"),
    ("3 de marzo de 2024", "2024-03-03"),
    ("2024年3月3日", "2024-03-03"),
    ("2024. 03. 03. 11:27", "2024-03-03"),
    ("Stand: 03.03.24", None),                     # two-digit years only in bylines (short_years)
])
def test_find_all(text, iso):
    found = find_all(text)
    assert (found[0].iso if found else None) == iso


def test_parse_machine_keeps_offset_and_handles_odd_values():
    assert parse_machine("2024-03-05T10:00:00+0100").iso == "2024-03-05T10:00:00+01:00"
    assert parse_machine("2024-03-05T10:00:00Z").iso == "2024-03-05T10:00:00+00:00"
    assert parse_machine("20240305").iso == "2024-03-05"
    assert parse_machine("Tue Aug 25 2020 00:23:33 GMT+0000 (UTC)").iso == "2020-08-25T00:23:33+00:00"
    assert parse_machine("2024-02-30") is None
    assert parse_machine("soon") is None
    assert parse_machine("") is None


def test_ambiguous_slash_dates_follow_the_page_language():
    assert find_all("03/04/2024", month_first=True)[0].iso == "2024-03-04"
    assert find_all("03/04/2024", month_first=False)[0].iso == "2024-04-03"
    assert find_all("13/04/2024", month_first=True)[0].iso == "2024-04-13"


def test_url_date_used_when_page_has_no_other():
    html = "<html><body><h1>Clinic news</h1><p>No dates here.</p></body></html>"
    m = extract_metadata(lxml.html.fromstring(html), "https://clinic.example/2021/06/14/clinic-news/")
    assert (m["published"], m["published_source"]) == ("2021-06-14", "url")


def test_update_date_stands_in_when_no_publication_date():
    tomorrow = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    html = (f"<html lang='de'><body><h1>Impfzentrum</h1><p>Aktualisiert am 05.01.2023</p>"
            f"<p>Termin am {tomorrow}</p></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://stadt.example/impfen")
    assert m["published"] == "2023-01-05"
    assert m["modified"] == "2023-01-05"
    assert any("update date stands in" in p for p in m["problems"])


@pytest.mark.parametrize("value, expected", [
    ("en-us", "en-US"), ("de", "de"), ("en_GB", "en-GB"), ("DE-at", "de-AT"), ("", ""), ("x", ""),
])
def test_normalize_language(value, expected):
    assert normalize_language(value) == expected


def test_reviewer_in_the_same_byline_is_not_an_author():
    html = ("<html lang='en'><body><article><h1>Iron deficiency: signs to watch</h1>"
            "<div class='byline'>Medically reviewed by Maya Singh, MD — Written by Chris Doyle — "
            "Updated on June 2, 2023</div><p>Fatigue is the most common sign.</p></article></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://health.example/iron")
    assert m["authors"] == ["Chris Doyle"]
    assert m["reviewed_by"] == ["Maya Singh"]
    assert m["reviewed_on"] is None                          # June 2 is the update, not the review
    assert m["published"] == "2023-06-02"                    # only an update date is shown: it stands in
    assert m["modified"] == "2023-06-02"


def test_a_recent_comments_widget_names_no_author():
    html = ("<html><head><title>Clinic hours change - City Health News</title></head><body><article>"
            "<h1>Clinic hours change</h1><p>From May the clinic opens at eight.</p></article>"
            "<div class='widget widget_recent_comments'><h3>Recent Comments</h3><ul><li class='recentcomments'>"
            "<span class='comment-author-link'><a href='http://jo.example'>Jo Reader</a></span> on "
            "<a href='/older-post/#comment-12'>Older post</a></li></ul></div></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://cityhealth.example/clinic-hours")
    assert m["authors"] == []                   # a commenter on another post, not this page's author


def test_reviewed_by_on_the_article_entity():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"MedicalWebPage\", "
            "\"headline\": \"Gout\", \"author\": {\"@type\": \"Person\", \"name\": \"Ann Lee\"}, "
            "\"reviewedBy\": [{\"@type\": \"Person\", \"name\": \"Prof. Omar Haddad\"}], "
            "\"lastReviewed\": \"2022-09-01\"}</script></head><body><h1>Gout</h1></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://health.example/gout")
    assert (m["authors"], m["reviewed_by"], m["reviewed_on"]) == (["Ann Lee"], ["Omar Haddad"], "2022-09-01")


def test_utc_timestamp_restated_when_the_local_day_differs():
    html = ("<html lang='en-US'><head><meta property='article:published_time' content='2023-11-09T03:28:35Z'>"
            "</head><body><h1>Late-night vote</h1></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://news.example.com/vote")
    assert m["published"] == "2023-11-08T22:28:35-05:00"     # the same instant, the day US readers saw


def test_a_category_slug_and_its_label_are_one_category():
    html = """<html><head><meta property="article:section" content="mental-health">
    <meta property="article:tag" content="sleep_hygiene"><meta property="article:tag" content="Stress"></head>
    <body><article><h1>Coping</h1><p class="cat-links"><a href="/category/mental-health/" rel="category tag">Mental
    Health</a></p><p class="tags-links"><a href="/tag/sleep-hygiene/" rel="tag">Sleep hygiene</a>
    <a href="/tag/stress/" rel="tag">stress</a></p><p>Body text.</p></article></body></html>"""
    m = extract_metadata(lxml.html.fromstring(html), "https://a.example/coping/")
    assert m["categories"] == ["Mental Health"]         # the readable spelling replaces the slug
    assert m["tags"] == ["Sleep hygiene", "Stress"]     # same place in the list; a capitalized tag stays


# --- titles: the article's own headline -------------------------------------------------------------------

def test_the_articles_h1_beats_the_seo_title():
    m = meta("h1_over_seo_title.html", "https://strideclinic.example/blog/knee-pain-running/")
    # <title> and og:title agree with each other, but readers see the h1; the logo h1 (a link home), the
    # screen-reader h1s and the footer h1 are not headlines
    assert m["title"] == "Why your knee hurts after a run, and what helps"


def test_the_kicker_above_a_headline_is_left_out():
    m = meta("kicker_h1.html", "https://gesundheit.example/kliniken-hitze-101.html")
    assert m["title"] == "Kliniken verschieben planbare Eingriffe"     # not "Hitzewelle Kliniken ..."
    assert m["published"].startswith("2023-07-18")


def test_a_label_before_the_headline_in_the_same_h1_is_left_out():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\", "
            "\"headline\": \"Clinic opening hours 4.2 - summer schedule\"}</script></head><body><h1>"
            "<a href='/forum/t/412/'><span class='label'>Announcement</span>Clinic opening hours 4.2 - "
            "summer schedule</a></h1></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://forum.example/t/412/")
    assert m["title"] == "Clinic opening hours 4.2 - summer schedule"


def test_among_several_h1s_the_one_the_title_starts_with():
    html = ("<html><head><title>Dengue cases rise after the rains, Thailand</title>"
            "<meta property='og:title' content='Dengue cases rise after the rains, Thailand'></head><body>"
            "<h1 class='section'><a href='/news/asia/'>Asia</a></h1><div class='story'>"
            "<h1 class='page-title'>Dengue cases rise after the rains</h1><p>Hospitals report more cases.</p></div>"
            "<div class='reader-comments'><h1>Reader comments <a href='/login'>Log in</a></h1></div></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://asia-news.example/dengue-rains")
    assert m["title"] == "Dengue cases rise after the rains"


def test_a_logo_h1_is_not_the_headline():
    html = ("<html><head><title>Cold or flu? | Family Health</title></head><body>"
            "<h1><a href='/' class='logo'>Your family's health, explained</a></h1>"
            "<div class='post'><h2>Cold or flu?</h2>"
            "<p>Both are caused by viruses.</p></div></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://familyhealth.example/cold-or-flu")
    assert m["title"] == "Cold or flu?"


def test_an_h1_in_the_breadcrumb_trail_is_not_the_headline():
    # the trail's last item is the page's short name; the headline stands apart, its kicker in a span of
    # its own (og:title writes "Kicker: Headline")
    html = ("<html><head><title>Allergies: Why pollen season starts earlier | Garden Health</title>"
            "<meta property='og:title' content='Allergies: Why pollen season starts earlier'></head><body>"
            "<div class='page-head'><ol class='c-breadcrumbs'><li><a href='/'>Home</a></li><li><a href='/allergy/'>"
            "Allergy</a></li><li><h1>Allergies: Why pollen season starts earlier</h1></li></ol></div>"
            "<div class='article-head'><span class='article-head__topic'>Allergies</span>"
            "<span class='article-head__title'>Why pollen season starts earlier</span></div>"
            "<p>Warmer springs bring the first pollen weeks sooner.</p></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://gardenhealth.example/allergy/pollen-season")
    assert m["title"] == "Why pollen season starts earlier"


def test_an_h1_classed_as_a_strapline_is_not_the_headline():
    html = ("<html><head><title>Quieter wards help patients sleep - Ward noise study</title></head><body>"
            "<header class='story'><h1 class='story__strapline'>Ward noise study</h1>"
            "<h2 class='story__title'>Quieter wards help patients sleep</h2></header>"
            "<p>Fewer alarms at night meant longer sleep.</p></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://hospital-news.example/ward-noise")
    assert m["title"] == "Quieter wards help patients sleep"


def test_without_an_h1_the_heading_showing_the_titles_first_part():
    # two h2s each show a part of <title>; a title puts the headline before its subtitle
    html = ("<html><head><title>Screen time and sleep in teenagers - What parents can do - Family Desk</title>"
            "</head><body><div class='content'><h2>What parents can do</h2>"
            "<h2>Screen time and sleep in teenagers</h2><p>Phones in the bedroom delay sleep.</p>"
            "</div></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://familydesk.example/page/screen-time")
    assert m["title"] == "Screen time and sleep in teenagers"


def test_a_headline_cell_with_a_section_link_before_it():
    # an old portal template: no h1, the headline in a classed cell after a link to its section
    html = ("<html><head><title>Town Sports Club - Junior swim team wins the cup - Club News - News</title>"
            "</head><body><table><tr><td class='itemHead'><span class='itemTitle'><a href='/news/?topic=3'>"
            "Club News</a> : Junior swim team wins the cup</span></td></tr><tr><td class='itemInfo'>"
            "<span class='itemPoster'>Geschrieben von <a href='/userinfo.php?uid=6'>Marlow</a></span> "
            "<span class='itemPostDate'>am 25.08.2015 22:30</span></td></tr><tr><td class='itemBody'>"
            "<p>The juniors won all relays.</p></td></tr></table></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://town-sports-club.example/news/article.php?id=5")
    assert m["title"] == "Junior swim team wins the cup"
    assert m["published"].startswith("2015-08-25")


def test_json_ld_headline_entities_are_decoded():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"BlogPosting\", "
            "\"headline\": \"Sleep &#038; stress: a guide\"}</script></head><body><p>x</p></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://blog.example/sleep-stress")
    assert m["title"] == "Sleep & stress: a guide"


@pytest.mark.parametrize("title, affixes, expected", [
    ("Knee pain after running - Healthy Living Today", [" - Healthy Living Today"], "Knee pain after running"),
    ("HLT Magazine: Knee pain after running", ["HLT Magazine:"], "Knee pain after running"),
    ("Knee pain after running  -  Healthy Living Today", ["- Healthy  Living Today"], "Knee pain after running"),
    (" - Healthy Living Today", [" - Healthy Living Today"], "- Healthy Living Today"),   # nothing left: kept
    ("Knee pain after running", [" - Healthy Living Today"], "Knee pain after running"),
])
def test_strip_site_drops_site_learned_affixes(title, affixes, expected):
    assert strip_site(title, [], affixes) == expected


def test_site_learned_affixes_reach_the_title():
    # no og:site_name, and the host says nothing of "Healthy Living Today": only what the site repeats
    # in every <title> (learned across its pages by the caller) tells the suffix apart
    title = "Knee pain after running - Healthy Living Today"
    html = f"<html><head><title>{title}</title></head><body><p>x</p></body></html>"
    url = "https://hlt-mag.example/knee-pain"
    assert extract_metadata(lxml.html.fromstring(html), url)["title"] == title
    m = extract_metadata(lxml.html.fromstring(html), url, title_affixes=[" - Healthy Living Today"])
    assert m["title"] == "Knee pain after running"


# --- dates: sources trusted across the web ------------------------------------------------------------------

def test_a_lone_update_date_at_the_headline_is_the_date_readers_see():
    m = meta("updated_at_headline.html", "https://ernaehrung.example/stoffwechsel-ankurbeln")
    # JSON-LD says first published 2021-01-10; the page shows only "Aktualisiert am 06. Mär. 2023"
    assert (m["published"], m["published_source"]) == ("2023-03-06", "text")
    assert m["modified"] == "2023-03-06"


def test_teaser_dates_are_not_the_pages_date():
    m = meta("teaser_dates.html", "https://hearwell.example/living-with-tinnitus/")
    assert m["published"] is None                # the cards and "More stories" list date other articles
    assert m["title"] == "Living with tinnitus"


def test_a_date_far_above_the_headline_is_the_sites_not_the_pages():
    menu = "".join(f"<div class='item'><a href='/topic/{i}/'>Topic {i}</a></div>" for i in range(40))
    html = (f"<html><body><div class='top'><span>Tuesday, 5 March 2024</span></div><div class='bar'>{menu}</div>"
            "<div class='main'><h1>How to read a food label</h1><p>Start with the serving size.</p>"
            "<p>Then look at the sugar per serving.</p></div></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://eatwell.example/food-labels")
    assert m["published"] is None                  # the header prints today's date, not the article's


def test_the_byline_zone_is_centred_on_a_plain_text_headline():
    # the headline's own text (no child element) locates the zone: a date 400 characters above it is not
    # "beside the headline", the one under it is
    filler = "<p>" + "Opening hours and directions for every clinic. " * 8 + "</p>"
    html = (f"<html><body><div class='page'><p>Clinic newsletter, 2 January 2023</p>{filler}"
            "<h1>Flu vaccines are here</h1><p>Ana Ruiz · 14 October 2023</p><p>Book at the front desk.</p>"
            "</div></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://clinic.example/flu-vaccines")
    assert m["published"] == "2023-10-14"


def test_the_json_ld_entity_of_this_page_gives_the_date():
    m = meta("two_articles_jsonld.html", "https://vitals.example/news/vitamin-d-in-winter/")
    assert m["published"] == "2022-12-05T07:30:00+00:00"     # not the other article's 2019 date


@pytest.mark.parametrize("name, expected", [
    ("sw-pubdate", True), ("article.publishdate", True), ("date_published", True), ("dcterms.issued", True),
    ("publish_time", True), ("publisher", False), ("pub-date", False), ("date", False), ("pub" * 50_000, False),
])
def test_publication_meta_names(name, expected):
    assert published_meta_name(name) is expected


@pytest.mark.parametrize("cut", ["…", "...", " [...]", ""])
def test_a_description_cut_short_gives_way_to_the_same_text_in_full(cut):
    full = "Eczema makes skin dry and itchy. Moisturisers, short baths and knowing your triggers help most people."
    head = (f"<meta name='description' content='{full[:60]}{cut}'>"
            f"<meta property='og:description' content='{full}'>")
    m = extract_metadata(lxml.html.fromstring(_page(head=head)), "https://news.example/story/")
    assert m["description"] == full


def test_a_description_that_is_no_cut_of_another_stays_first():
    head = ("<meta name='description' content='What eczema is and how to calm it.'>"
            "<meta property='og:description' content='A different teaser written for sharing on social media.'>")
    m = extract_metadata(lxml.html.fromstring(_page(head=head)), "https://news.example/story/")
    assert m["description"] == "What eczema is and how to calm it."


# --- linear time: a long field never stalls extraction ---------------------------------------------------

def _page(head: str = "", h1: str = "A headline", body: str = "", title: str = "A headline | News") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>{h1}</h1>{body}"
            f"<p>text</p></article></body></html>")


GROWING = {
    "meta name": lambda n: _page(head=f"<meta name='{'pub' * n}' content='2021-03-04'>"),
    "meta content": lambda n: _page(head=f"<meta property='article:published_time' content='{'2021-03-04 ' * n}'>"),
    "json-ld date": lambda n: _page(head="<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                         f"\"datePublished\": \"{'2021 ' * n}\"}}</script>"),
    "json-ld headline": lambda n: _page(head="<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                             f"\"headline\": \"{'word - ' * n}\"}}</script>"),
    "title": lambda n: _page(title=" - ".join(["part"] * n)),
    "title spaces": lambda n: _page(title="a" + " " * n + "| b"),
    "og:title": lambda n: _page(head=f"<meta property='og:title' content='{'x | ' * n}'>"),
    "h1 text": lambda n: _page(h1="word " * n),
    "h1 parts": lambda n: _page(h1="<span>w</span>" * n),
    "many h1s": lambda n: _page(body="<h1>Another</h1>" * n),
    "time text": lambda n: _page(body=f"<time>{'March 3, ' * n}2020</time>"),
    "byline numbers": lambda n: _page(body="<p>Posted " + "12.12. 2020 " * n + "</p>"),
    "month words": lambda n: _page(body="<p>" + "March " * n + "2020</p>"),
    "class names": lambda n: _page(body=f"<div class='{'date-related ' * n}'>3 March 2020</div>"),
    "teaser list": lambda n: _page(body="<ul>" + "<li><a href='/x/'>Another story about it</a> 3 May 2020</li>" * n
                                        + "</ul>"),
}


def _seconds(html: str, url: str = "https://news.example/story/") -> float:
    """CPU time of this thread: a busy machine's other processes do not inflate it."""
    tree = lxml.html.fromstring(html)
    start = time.thread_time()
    extract_metadata(tree, url)
    return time.thread_time() - start


@pytest.mark.parametrize("field", sorted(GROWING))
def test_extraction_time_grows_linearly_with_each_field(field):
    small, large = GROWING[field](1500), GROWING[field](12000)       # 8x the input
    t_small = t_large = float("inf")
    for _ in range(5):                                                # the fastest of five: a busy machine
        t_small = min(t_small, _seconds(small))
        t_large = min(t_large, _seconds(large))
    assert t_large < 16 * t_small, f"{field}: {t_small * 1000:.1f} ms -> {t_large * 1000:.1f} ms"


def test_extraction_time_grows_linearly_with_the_url():
    page = _page()
    t = [min(_seconds(page, "https://news.example/" + "2020/" * n) for _ in range(5)) for n in (1500, 12000)]
    assert t[1] < 16 * t[0]


def test_the_post_authors_own_comment_names_the_author_of_a_bylineless_post():
    # WordPress's comment_class() marks a comment by the post's author with "bypostauthor"; a reader's
    # comment (and a reader's reply nested inside the author's) names nobody
    def page(author_class):
        return ("<html><head><title>Walking after meals</title></head><body><article class='post hentry'>"
                "<h1 class='entry-title'>Walking after meals</h1><p>" + "A short walk helps. " * 30 + "</p>"
                "</article><ol class='comment-list'>"
                "<li class='comment even thread-even depth-1 comment-author-reader' id='comment-1'>"
                "<div class='comment-author vcard'><b class='fn'>Sam Reader</b> <span class='says'>says:</span>"
                "</div><p>Thanks!</p><ol class='children'>"
                f"<li class='comment byuser {author_class} odd alt depth-2' id='comment-2'>"
                "<div class='comment-author vcard'><b class='fn'><a href='https://x.example'>Lena Okafor</a></b>"
                " <span class='says'>says:</span></div><p>Glad it helped.</p><ol class='children'>"
                "<li class='comment depth-3'><div class='comment-author vcard'><b class='fn'>Tom Third</b></div>"
                "<p>Me too.</p></li></ol></li></ol></li></ol></body></html>")
    url = "https://walkblog.example/walking-after-meals/"
    m = extract_metadata(lxml.html.fromstring(page("comment-author-lena bypostauthor")), url)
    assert m["authors"] == ["Lena Okafor"]
    assert extract_metadata(lxml.html.fromstring(page("comment-author-lena")), url)["authors"] == []
    # a byline, when there is one, speaks first
    with_byline = page("bypostauthor").replace("<h1 class='entry-title'>Walking after meals</h1>",
                                              "<h1 class='entry-title'>Walking after meals</h1>"
                                              "<span class='byline'>By Ann Lee</span>")
    assert extract_metadata(lxml.html.fromstring(with_byline), url)["authors"] == ["Ann Lee"]


def test_lists_named_by_aria_label_give_tags_and_categories_when_classes_are_hashed():
    # page builders hash their class names; the list's accessible name still says what it is
    html = ("<html><head><title>Sleep and stress</title></head><body><article class='x9f2k'>"
            "<h1 class='a81jd'>Sleep and stress</h1><p>" + "Rest lowers cortisol. " * 30 + "</p>"
            "<div class='q2'><p>Tags:</p><ul aria-label='Post tags' class='k1'><li><a href='/blog/tags/sleep'>Sleep"
            "</a></li><li><a href='/blog/tags/stress'>Stress</a></li></ul>"
            "<ul aria-label='Post categories' class='k2'><li><a href='/blog/categories/wellbeing'>Wellbeing</a></li>"
            "</ul></div></article></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://calm.example/post/sleep-and-stress")
    assert m["categories"] == ["Wellbeing"]
    assert m["tags"] == ["Sleep", "Stress"]


def test_keywords_written_as_platform_flags_give_only_their_tag_values():
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Keeping track of medications",'
          '"keywords":["Lite:true","Tag:Senior Care","Tag:Medications","Publication:well-rounded","LayerCake:3"]}')
    html = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            "<h1>Keeping track of medications</h1><p>A weekly organiser helps.</p></article></body></html>")
    assert extract_metadata(lxml.html.fromstring(html), "https://well.example/x")["tags"] == ["Senior Care", "Medications"]
    plain = html.replace('"Lite:true","Tag:Senior Care","Tag:Medications","Publication:well-rounded","LayerCake:3"',
                         '"Sleep","Ratio: 3 to 1"')
    assert extract_metadata(lxml.html.fromstring(plain), "https://well.example/x")["tags"] == ["Sleep", "Ratio: 3 to 1"]
    ticker = html.replace('"Lite:true","Tag:Senior Care","Tag:Medications","Publication:well-rounded","LayerCake:3"',
                          '"Bond Markets","BX:TMUBMUSD02Y"')    # no Tag: among them: a financial site's codes stay
    assert extract_metadata(lxml.html.fromstring(ticker), "https://well.example/x")["tags"] == ["Bond Markets",
                                                                                              "BX:TMUBMUSD02Y"]


def test_a_category_link_printed_over_the_headline_is_the_category():
    def page(href):
        return ("<html><head><title>Strength training after 40</title></head><body><main><section class='hero'>"
                "<a href='/blog' class='back-link'>Back to blog</a>"
                f"<a href='{href}' class='category-tag w-inline-block'><div>Exercise &amp; Fitness</div></a>"
                "<h1>Strength training after 40</h1><p>" + "Start light and add weight slowly. " * 20 +
                "</p></section></main></body></html>")
    url = "https://pulse.example/blog/strength-training-after-40"
    assert extract_metadata(lxml.html.fromstring(page("/blog-categories/exercise-fitness")), url)["categories"] == \
        ["Exercise & Fitness"]
    assert extract_metadata(lxml.html.fromstring(page("/category/exercise-fitness/")), url)["categories"] == \
        ["Exercise & Fitness"]
    # a link over the headline that is not a taxonomy address says nothing
    assert extract_metadata(lxml.html.fromstring(page("/blog/exercise-fitness")), url)["categories"] == []


def test_a_byline_link_holding_a_name_and_a_role_gives_the_name():
    html = ("<html><head><title>Strength training after 40</title></head><body><main><h1>Strength training after 40"
            "</h1><a href='/authors/jonah-whitaker' class='author-block w-inline-block'><img src='/a.jpg' alt=''>"
            "<div><div class='author-name'>Jonah Whitaker</div><div class='author-role'>Health Writer</div></div></a>"
            "<div class='post-date'>March 12, 2024</div><p>" + "Start light and add weight slowly. " * 20 +
            "</p></main></body></html>")
    assert extract_metadata(lxml.html.fromstring(html), "https://pulse.example/blog/x")["authors"] == ["Jonah Whitaker"]


def test_a_review_label_on_its_own_line_names_the_reviewer_on_the_next():
    html = ("<html><head><title>Insomnia without pills</title></head><body><main><h1>Insomnia without pills</h1>"
            "<a class='author-block' href='/authors/jonah'><div class='author-name'>Jonah Whitaker</div></a>"
            "<div class='reviewed-by-wrapper'><div class='reviewed-by-label'>Medically reviewed by</div>"
            "<div class='reviewed-by-name'>Sarah Lindgren</div><div class='reviewed-by-role'>RN, MSN</div></div>"
            "<p>" + "Sleep restriction works by building sleep pressure. " * 20 + "</p></main></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://pulse.example/blog/insomnia")
    assert m["reviewed_by"] == ["Sarah Lindgren"] and m["authors"] == ["Jonah Whitaker"]


def test_a_row_of_unlabelled_tag_chips_gives_the_tags():
    chips = "".join(f"<div class='qy qz l'><a href='/tag/{t.lower().replace(' ', '-')}?source=post_page---abc'>"
                    f"<div class='bf b'>{t}</div></a></div>" for t in ("Senior Care", "Medications", "Patient safety"))
    html = ("<html><head><title>Keeping track of medications</title></head><body><article><h1>Keeping track of "
            "medications</h1><p>" + "A weekly organiser prevents most missed doses. " * 12 + "</p></article>"
            f"<div class='ab jr'>{chips}</div><footer><a href='/tag/a'>A</a> <a href='/tag/b'>B</a> "
            "and more words around the footer's links than chips ever show</footer></body></html>")
    m = extract_metadata(lxml.html.fromstring(html), "https://well.example/keeping-track-2ee305d416fa")
    assert m["tags"] == ["Senior Care", "Medications", "Patient safety"]


def test_categories_in_the_date_line_below_the_headline_by_their_query_address():
    """A site builder's post prints its categories unlabelled after the date, just below the
    headline, as links to the blog filtered by a query (GoDaddy: /blog?blogcategory=Sleep)."""
    page = """<html><head><title>Why sleep matters | Cedar Ridge</title></head><body>
<nav><a href="/">Home</a><a href="/blog">Blog</a></nav><div><div>
<a href="/blog">All Posts</a><h1>Why sleep matters</h1>
<div><p>December 3, 2024</p><span>|</span><a href="/blog?blogcategory=Sleep">Sleep</a>
<a href="/blog?blogcategory=Mental%20Health">Mental Health</a></div>
<div><p>Most adults need seven or more hours of sleep a night, and a regular schedule helps more than
long lie-ins at the weekend.</p></div></div></div></body></html>"""
    m = extract_metadata(lxml.html.fromstring(page), "https://cedarridge.example/blog/f/why-sleep-matters")
    assert m["categories"] == ["Sleep", "Mental Health"]


def test_a_post_signed_only_by_the_practice_the_page_describes_has_no_author():
    """GoDaddy's builder stamps the site's title as <meta name="author"> on every page; a post
    signed by the practice (the LocalBusiness of the page's JSON-LD) names no person."""
    page = """<html><head><title>Flu shots | Cedar Ridge</title>
<meta name="author" content="Cedar Ridge Physical Therapy &amp; Family Medicine">
<meta property="og:site_name" content="Cedar Ridge Physical Therapy &amp; Family Medicine">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LocalBusiness",
"name": "Cedar Ridge Physical Therapy & Family Medicine", "telephone": "(541) 555-0148"}</script>
</head><body><div><h1>Flu shots</h1><p>December 3, 2024</p>
<p>By Cedar Ridge Physical Therapy &amp; Family Medicine</p>
<div><p>Flu shots are available at most pharmacies now, and the shot takes about two weeks to work, so
October is a good month for it. Bring your insurance card; most plans cover the shot without a copay, and
our front desk can record it in your chart.</p></div>
</div></body></html>"""
    m = extract_metadata(lxml.html.fromstring(page), "https://cedarridge.example/blog/f/flu-shots")
    assert m["authors"] == []
    from archive.extract import extract_article
    assert extract_article(page, "https://cedarridge.example/blog/f/flu-shots").is_article   # signed: a post


def test_a_personal_site_s_own_name_is_still_its_author():
    page = """<html><head><title>On walking | Jane Doe</title><meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Jane Doe"></head><body><h1>On walking</h1>
<p>I walk every morning before work.</p></body></html>"""
    m = extract_metadata(lxml.html.fromstring(page), "https://janedoe.example/on-walking")
    assert m["authors"] == ["Jane Doe"]


def test_a_topic_label_before_a_link_filtering_a_list_by_its_own_text_is_the_category():
    """"Topic: <a>Heart Health</a>" whose link is the news list filtered by that very term
    (SharePoint's list view ?FilterField1=ArticleTopic&FilterValue1=Heart%20Health, an ASP.NET news
    index's ?topic=heart-health): the address says nothing of terms, the query value is the link's
    text; a singular "Topic:" is the one section the post is filed in. "Topics:" stays tags."""
    def page(label: str, links: str) -> str:
        return ("<html><head><title>Flu shots now available</title></head><body><div id='contentBox'>"
                "<h1>Flu shots now available</h1><div class='date-line'>10/2/2024</div><div class='body'><p>"
                + "County clinics offer the seasonal vaccine at no cost to uninsured residents. " * 6
                + f"</p></div><div class='article-topic'><span>{label}</span> {links}</div></div></body></html>")
    one = ("<a href='/news/Pages/default.aspx?FilterField1=ArticleTopic&amp;FilterValue1=Heart%20Health'>"
           "Heart Health</a>")
    m = extract_metadata(lxml.html.fromstring(page("Topic:", one)), "https://health.example/news/Pages/flu.aspx")
    assert m["categories"] == ["Heart Health"] and m["tags"] == [] and m["filed"]
    two = ("<a href='/news/default.aspx?topic=heart-health'>Heart Health</a>, "
           "<a href='/news/default.aspx?topic=vaccines'>Vaccines</a>")
    m = extract_metadata(lxml.html.fromstring(page("Topics:", two)), "https://health.example/news/flu.aspx")
    assert m["tags"] == ["Heart Health", "Vaccines"] and m["categories"] == []
    other = "<a href='/news/default.aspx?page=2'>Heart Health</a>"
    m = extract_metadata(lxml.html.fromstring(page("Topic:", other)), "https://health.example/news/flu.aspx")
    assert m["categories"] == [] and m["tags"] == []
