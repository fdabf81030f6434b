"""Rules found in session 15 (issue 12): a breadcrumb's top-level section is the site's division
of its pages, not the page's category; a post's own terms in its class name no aside."""
import pytest

from archive.extract import extract_article
from archive.extract.metadata import top_section

pytestmark = pytest.mark.fast

BODY = "".join(f"<p>Paragraph {i} of a post about sleep and the body's clock, long enough to be read as text "
               "a person wrote, with a second sentence to make it so.</p>" for i in range(6))


def _post(trail: str, url: str) -> str:
    return ("<html><head><title>Napping guide for adults</title></head><body>"
            f"<nav class='breadcrumb' aria-label='Breadcrumb'><ol>{trail}"
            "<li>Napping guide for adults</li></ol></nav><article><h1>Napping guide for adults</h1>"
            "<p class='byline'>By Jane Roe · <time datetime='2024-03-12'>March 12, 2024</time></p>"
            f"{BODY}</article></body></html>")


def _crumbs(*steps) -> str:
    return "".join(f"<li><a href='{href}'>{name}</a></li>" for name, href in (("Home", "/"), *steps))


@pytest.mark.parametrize("name", ["News", "Blog", "Latest news", "Aktuelles", "Noticias", "Новости", "Press releases"])
def test_a_trail_step_named_for_the_kind_of_page_is_no_category(name):
    """"Home > News > title": News is how the site divides its pages (every page under /news/ shows
    it), not what this one is about."""
    url = "https://clinic.test/pages/napping"
    article = extract_article(_post(_crumbs((name, "/pages/")), url), url)
    assert article.categories == []
    url = "https://clinic.test/es/pages/napping"      # (a language prefix is no level)
    article = extract_article(_post(_crumbs((name, "/es/pages")), url), url)
    assert article.categories == []


@pytest.mark.parametrize("href", ["/wirtschaft/", "/es/salud", "/health.html", "/health/index.html"])
def test_a_lone_top_level_step_stays_the_category(href):
    """On a news site the one section of the trail is the story's topic ("Home > Wirtschaft > title")."""
    url = "https://news.test" + href.rstrip("/").replace(".html", "").replace("/index", "") + "/story"
    article = extract_article(_post(_crumbs(("Wirtschaft", href)), url), url)
    assert article.categories == ["Wirtschaft"]


@pytest.mark.parametrize("href", ["/patient-education.html", "/patient-education/", "/pt-br/educacao/",
                                  "/patient-education/index.html"])
def test_a_top_level_step_followed_by_a_narrower_one_is_no_category(href):
    """"Home > Patient Education > Sleep > title": the narrower step says what the page is about."""
    url = "https://clinic.test/patient-education/sleep/napping.html"
    article = extract_article(_post(_crumbs(("Patient Education", href), ("Sleep", "/patient-education/sleep.html")),
                                    url), url)
    assert article.categories == ["Sleep"]


def test_the_step_below_the_top_level_section_is_the_category():
    url = "https://clinic.test/patient-education/sleep/napping.html"
    article = extract_article(_post(_crumbs(("Patient Education", "/patient-education.html"),
                                            ("Sleep", "/patient-education/sleep.html")), url), url)
    assert article.categories == ["Sleep"]


@pytest.mark.parametrize("href", ["/category/sleep/", "/index.php/health-topics/sleep"])
def test_a_term_address_or_a_deeper_folder_in_a_trail_is_a_category(href):
    """A category address is a term at any depth (WordPress's /category/x/); Joomla's trail skips the
    menu root, so its first step already links a folder two levels down."""
    url = "https://clinic.test/napping-guide-for-adults/"
    article = extract_article(_post(_crumbs(("Sleep", href)), url), url)
    assert article.categories == ["Sleep"]


def test_a_json_ld_trail_s_top_level_section_is_no_category():
    url = "https://clinic.test/live-well/napping/"     # (Live Well: a top-level step before a narrower one)
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", '
          '"itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://clinic.test/"}, '
          '{"@type": "ListItem", "position": 2, "name": "Live Well", "item": {"@id": "https://clinic.test/live-well/"}}, '
          '{"@type": "ListItem", "position": 3, "name": "Sleep", "item": "https://clinic.test/live-well/sleep/"}]}</script>')
    page = _post("", url).replace("</head>", ld + "</head>")
    assert extract_article(page, url).categories == ["Sleep"]


def test_top_section_reads_addresses_of_the_page_s_own_site_only():
    url = "https://clinic.test/a/b/"
    assert top_section("/news/", url) and top_section("https://clinic.test/de/aktuelles", url)
    assert not top_section("https://elsewhere.test/news/", url)
    assert not top_section("/", url) and not top_section("", url) and not top_section("/tag/sleep/", url)


def test_a_post_filed_under_newsletter_or_tagged_cookies_keeps_its_date_and_terms():
    """WordPress writes a post's terms into its class ("category-newsletter tag-cookies"): names of
    the post, not of a newsletter box or a cookie notice, so the post is no aside of itself."""
    url = "https://clinic.test/2024/03/12/why-we-changed-our-newsletter-schedule/"
    page = ("<html><head><title>Why we changed our newsletter schedule - Clinic</title></head><body class='single'>"
            "<article class='post-12 post type-post status-publish category-newsletter tag-cookies tag-related hentry'>"
            "<header class='entry-header'><h1 class='entry-title'>Why we changed our newsletter schedule</h1>"
            "<div class='entry-meta'><time class='entry-date published' datetime='2024-03-12T09:00:00+00:00'>"
            "March 12, 2024</time> by <span class='author vcard'><a class='url fn n' href='/author/jane/'>Jane Roe</a>"
            f"</span></div></header><div class='entry-content'>{BODY}</div><footer class='entry-footer'>"
            "<span class='cat-links'>Posted in <a href='/category/newsletter/' rel='category tag'>Newsletter</a></span>"
            "<span class='tags-links'>Tagged <a href='/tag/cookies/' rel='tag'>Cookies</a></span></footer>"
            "</article></body></html>")
    article = extract_article(page, url)
    assert article.published and article.published.startswith("2024-03-12")
    assert article.categories == ["Newsletter"] and article.tags == ["Cookies"]
    assert article.authors == ["Jane Roe"]


def test_a_desk_named_before_its_job_noun_is_no_position():
    """"HNN Staff" signs as a desk; a position written before a name opens with its job noun
    ("Врач-педиатр, Кузнецова Елена Викторовна")."""
    from archive.extract.names import people_in
    assert [p.name for p in people_in("HNN Staff")] == ["HNN Staff"]
    kuz = people_in("Врач-педиатр, к.м.н. Кузнецова Елена Викторовна")
    assert [p.name for p in kuz] == ["Кузнецова Елена Викторовна"] and kuz[0].affiliation == "Врач-педиатр"


def test_a_deeper_step_named_news_is_a_category():
    """Joomla's trail skips its menu root: "Home > News" links /index.php/health-topics/news, a
    category named News among Sleep and Nutrition."""
    url = "https://clinic.test/index.php/health-topics/news/257-flu-shots"
    article = extract_article(_post(_crumbs(("News", "/index.php/health-topics/news")), url), url)
    assert article.categories == ["News"]


def _topic_line(line: str, url: str) -> list:
    page = ("<html><head><title>Fiber, explained</title></head><body><div class='main'><header>"
            f"<div class='topic-header'>{line}</div><h1>Fiber, explained</h1></header>"
            f"<article><p class='byline'>By Jane Roe · <time datetime='2024-03-12'>March 12, 2024</time></p>{BODY}"
            "</article></div></body></html>")
    return extract_article(page, url).categories


def test_a_line_of_links_with_trail_marks_over_the_headline_is_a_trail():
    """"Healthy Lifestyle › Nutrition" over the title, no breadcrumb name anywhere: read as a trail
    (its top-level step before a narrower one is the site's division); a link to a language's home
    page is the trail's first step."""
    url = "https://clinic.test/healthy-lifestyle/nutrition/in-depth/fiber/art-20043983"
    line = ("<a href='/healthy-lifestyle'>Healthy Lifestyle</a> <span>&rsaquo;</span> "
            "<a href='/healthy-lifestyle/nutrition/in-depth'>Nutrition</a>")
    assert _topic_line(line, url) == ["Nutrition"]
    es = ("<a href='/es'>Estilo de vida saludable</a> <span>&rsaquo;</span> "
          "<a href='/es/healthy-lifestyle/nutricion/in-depth'>Nutrición</a>")
    assert _topic_line(es, "https://clinic.test/es/healthy-lifestyle/nutricion/in-depth/fibra/art-1") == ["Nutrición"]


@pytest.mark.parametrize("line", [
    "<a href='/login.php'>» Login </a> <a href='/anmelden.php'>» Registrierung </a>",       # marks inside the links
    "<a href='/allgemein/'>Allgemein</a><a href='/tiere/huehner/'>Hühner</a>",             # adjacent links, no marks
    "<a href='/a/'>Share</a> › <a href='https://social.test/x'>Post</a>",                  # another site
    "<a href='/a/'>One</a> and <a href='/a/b/'>two</a>",                                    # words between
])
def test_other_lines_of_links_over_the_headline_are_no_trail(line):
    assert _topic_line(line, "https://clinic.test/x/y/fiber") == []
