"""Rules found in session 14 (issue 12): a short post filed under a category of its own, a term
list's own label."""
import pytest

from archive.extract import extract_article

pytestmark = pytest.mark.fast

TEXT = ("<p>Starting next month our newsletter arrives every second Tuesday instead of every week. Readers "
        "told us they wanted fewer emails with more in each one, so every issue will now carry two full "
        "articles and a short answer to a reader question.</p>")


def _post(filed: str) -> str:
    return ("<html><head><title>Why we changed our newsletter schedule</title></head><body><div class='main'>"
            "<h2 class='title'>Why we changed our newsletter schedule</h2>"
            "<p class='meta'>Posted <time datetime='2022-02-17'>February 17, 2022</time></p>"
            f"{TEXT}{filed}</div></body></html>")


def test_a_short_unsigned_post_filed_under_a_category_is_an_article():
    """No CMS marker, no byline, no tags, 50 words: its date beside its headline and a category of its
    own (a link to the category's address) make it a post; static pages are filed under none."""
    article = extract_article(_post("<p class='cats'>Category: <a href='/blog/category/news'>News</a></p>"),
                              "https://clinic.test/blog/why-we-changed-our-newsletter-schedule")
    assert article.categories == ["News"] and article.page_type == "article"


def test_a_dated_short_page_in_a_breadcrumb_section_only_is_not_an_article():
    """The trail's section ("Home > Clinic > About us") is shown by static pages too: it files nothing."""
    crumbs = ("<nav aria-label='Breadcrumb'><a href='/'>Home</a> &gt; <a href='/clinic/about/'>About us</a> &gt; "
              "<span>Why we changed our newsletter schedule</span></nav>")
    article = extract_article(_post("").replace("<div class='main'>", "<div class='main'>" + crumbs),
                              "https://clinic.test/clinic/about/newsletter")
    assert article.categories == ["About us"] and article.page_type != "article"


def test_a_term_list_s_own_label_is_no_term():
    """A wiki's category box opens with a link to its category index ("Kategorie"), a sidebar item
    id'd "n-categories" links "Kategorien": labels, not categories."""
    html = ("<html><body><div id='content'><h1>Stammtisch Kassel</h1>"
            "<p>Der Stammtisch trifft sich jeden ersten Mittwoch im Monat im Gasthaus am Markt, Gäste sind "
            "willkommen und eine Anmeldung ist nicht nötig. Wir sprechen über aktuelle Themen der "
            "Stadtpolitik und planen gemeinsame Aktionen für das kommende Jahr.</p></div>"
            "<div id='panel'><ul><li id='n-categories'><a href='/Kategoriebaum'>Kategorien</a></li></ul></div>"
            "</body></html>")
    assert extract_article(html, "https://wiki.test/Stammtisch").categories == []


def test_a_news_brief_of_one_sentence_filed_and_dated_is_an_article():
    """A clinic's 18-word item ("The flu vaccine has arrived"), dated beside its headline and filed
    under tags: an article however short. The same sentence, neither dated nor filed, is not."""
    brief = "<p>В клинику поступила четырёхвалентная вакцина от гриппа нового сезона, прививку делают после осмотра.</p>"
    terms = "<p class='tags'>Теги: <a href='/tags/vaktsinatsiya/'>Вакцинация</a></p>"

    def page(dated_and_filed: bool) -> str:
        date = "<span class='news-date-time'>Опубликовано: 15.03.2022</span>" if dated_and_filed else ""
        return ("<html lang='ru'><body><div class='news-detail'><h1>Поступила вакцина от гриппа</h1>"
                f"{date}{brief}{terms if dated_and_filed else ''}</div></body></html>")

    url = "https://clinic.test/news/detail.php?ID=1365"
    assert extract_article(page(True), url).page_type == "article"
    assert extract_article(page(False), url).page_type != "article"


def test_a_reviewer_line_whose_text_is_the_element_s_own_names_the_reviewer():
    """<p class="reviewer">Reviewed by Sarah Lindgren, RN, MSN</p>, with no child element, in a box
    that also holds a feedback form (so the box's text is no byline): the line's own text was never
    read (only its children's), so the reviewer went unnamed."""
    html = ("<html><body><main><h1>Choosing an assisted living community</h1>"
            "<p>Visit at least three communities, at different times of day, and ask to see the staffing "
            "rota for nights and weekends. Ask how care plans are reviewed and who is called when a "
            "resident falls, and read the contract with someone you trust before you sign it.</p>" * 6 +
            "<div class='review-dates'><p>Page last reviewed: 20 July 2021</p><p>Next review due: July 2024</p>"
            "<p class='reviewer'>Reviewed by Sarah Lindgren, RN, MSN</p>"
            "<form class='feedback'><button>Was this page helpful?</button></form></div></main></body></html>")
    assert extract_article(html, "https://charity.test/information/assisted-living/").reviewed_by == ["Sarah Lindgren"]


def test_a_video_post_with_a_caption_line_beside_its_player_keeps_the_player():
    """Plone's news item: an image with its credit line ("Image: ...") and the text field holding only
    the player. The block around both read as one labelled meta line and went whole, the player
    with it: the page lost its video and its type. A post that is only its video is archivable."""
    from archive.demo.zoo import build

    site = build("plone", "http://institute.test")
    path = "/news/video-three-breathing-exercises-for-stressful-days"
    article = extract_article(site.resolve(path).body.decode(), site.url(path))
    assert [e.url for e in article.embeds] == ["https://www.youtube.com/embed/Rb7vQe2Hn5c"]
    assert article.page_type == "article" and article.archivable


def test_an_expert_check_box_after_the_text_names_the_reviewer_and_leaves_the_body():
    """1C-Bitrix clinics print "Проверено экспертом" (checked by an expert) over the doctor's name
    and role under the text: a reviewer's credit, as "Medically reviewed by" is, not body."""
    html = ("<html lang='ru'><body><div class='news-detail'><h1>Дыхательная гимнастика после болезни</h1>"
            "<p>Автор: Попов Дмитрий Сергеевич</p>"
            "<p>Простые упражнения помогают восстановить дыхание после простуды и бронхита. Занимайтесь "
            "ежедневно по десять минут, дыхание должно быть медленным и спокойным, без головокружения.</p>"
            "<p>Если появилась одышка в покое, обратитесь к врачу: гимнастика не заменяет лечение.</p>"
            "<div class='expert-check'><div class='expert-check__title'>Проверено экспертом</div>"
            "<div class='expert-check__name'>Соколов Андрей Викторович</div>"
            "<div class='expert-check__role'>врач-кардиолог, к.м.н.</div></div></div></body></html>")
    article = extract_article(html, "https://clinic.test/articles/zdorove/dykhatelnaya-gimnastika/")
    assert article.reviewed_by == ["Соколов Андрей Викторович"]
    assert "Проверено" not in article.body_text and "Соколов" not in article.body_text


def test_a_us_spanish_page_writes_numeric_dates_month_first():
    """es-US (a US agency's or hospital's Spanish pages; .NET and ICU print M/d/yyyy there): "3/12/2024"
    is March 12, as on the same site's English pages, not 3 December."""
    html = ("<html lang='es-US'><body><main><h1>Confirman un caso de sarampión en el condado</h1>"
            "<p class='date-line'>Publicado: 3/12/2024</p>"
            "<p>El departamento de salud confirmó un caso de sarampión en un adulto que viajó al extranjero. "
            "Las personas que estuvieron en la clínica el 5 de marzo deben revisar su estado de vacunación "
            "y llamar a su médico si presentan fiebre o sarpullido en las próximas tres semanas.</p>"
            "</main></body></html>")
    assert extract_article(html, "https://health.state.test/es/noticias/sarampion").published == "2024-03-12"
