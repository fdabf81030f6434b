"""Round 10 (the liferay held-out family): general rules, each failing before its fix.

- "3/8/24": the short date style of Java, ICU and Intl (Liferay's asset metadata, SharePoint) is a
  date in short date-ish texts, read month-first or day-first as four-digit numeric dates are.
- An avatar's initials before a byline's label ("JR Author Jane Roe", a user sticker) are no name.
- A short block opening with a publication-date label and the date ("Publish Date 3/8/24 Author
  Jane Roe Topic: Flu 120 Views") is the page's metadata line wherever it sits, not body text.
"""
from __future__ import annotations

from archive.extract import body, dates, names
from archive.extract.core import extract_article


def test_short_slash_dates_with_two_digit_years():
    assert [f.iso for f in dates.find_all("Publish Date 3/8/24", month_first=True, short_years=True)] == ["2024-03-08"]
    assert [f.iso for f in dates.find_all("Fecha 24/03/24", month_first=False, short_years=True)] == ["2024-03-24"]
    assert [f.iso for f in dates.find_all("Publish Date 3/24/24", month_first=False, short_years=True)] == ["2024-03-24"]
    # only in short texts, never a fraction or a longer number run
    assert dates.find_all("Publish Date 3/8/24") == []
    assert dates.find_all("1/2/345 and 10/20/30/40", month_first=True, short_years=True) == []


def test_avatar_initials_before_an_author_label_are_no_name():
    assert names.clean_name("T Author Tomás Rivera") == ["Tomás Rivera"]
    assert names.clean_name("JR Autor Jane Roe") == ["Jane Roe"]
    assert names.clean_name("AJ Smith") == ["AJ Smith"]


def test_a_labelled_metadata_line_is_no_body():
    assert body._meta_line("Publish Date 3/8/24 JAuthor Jane Roe Topic: Flu 120 Views")
    assert body._meta_line("Date de publication 05/05/2021 Auteur Yusuf Demir Thème: Nutrition 695 Vues")
    assert body._meta_line("Fecha de publicación 5/05/21 Autor Yusuf Demir Tema: Nutrición 695 Vistas")
    assert not body._meta_line("Published 3/8/24, the report found that flu cases rose.")
    assert not body._meta_line("Update vom 15. Mai 2019: Feinschliff und hochladen")
    assert not body._meta_line("In 2024 we published 3 reports on flu vaccination in the region")


PAGE = """<!DOCTYPE html><html lang="en-US"><head><title>Flu Clinics Open - News - County Health</title>
<link rel="canonical" href="http://127.0.0.1:8000/web/health/-/flu-clinics-open"></head><body>
<header id="banner"><a href="/">County Health</a></header><section id="content">
<h2 class="sr-only">News</h2><div class="portlet-boundary"><section class="portlet"><div class="portlet-content">
<div class="taglib-header"><h3 class="header-title"><span>Flu Clinics Open</span></h3></div>
<div class="asset-full-content clearfix default-asset-publisher show-asset-title"><div class="asset-content">
<div class="journal-content-article">
<p>Free flu vaccination clinics open across the county this week, with walk-in hours at every public health office from eight in the morning until six at night.</p>
<p>Everyone six months and older should get a flu vaccine every season. Bring your insurance card if you have one; nobody is turned away for lack of insurance.</p>
<p>Clinics also offer updated COVID-19 vaccines, and nurses can answer questions about which vaccines are right for you and your family this fall.</p>
</div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date"><span class="metadata-entry-label">Publish Date</span> 10/2/24</span>
<span class="metadata-entry metadata-author"><span class="user-avatar-image"><span class="sticker"><span class="inline-item">JR</span></span></span><span class="metadata-entry-label">Author</span> Jane Roe</span>
<span class="metadata-entry metadata-view-count">312 Views</span></div></div></div></section></div></section>
<footer id="footer">Powered By Liferay</footer></body></html>"""


def test_a_liferay_display_page_reads_its_date_author_and_body():
    article = extract_article(PAGE, "http://127.0.0.1:8000/web/health/-/flu-clinics-open")
    assert article.published[:10] == "2024-10-02"
    assert article.authors == ["Jane Roe"]
    assert "Publish Date" not in article.body_text and "Views" not in article.body_text
    assert article.body_text.startswith("Free flu vaccination clinics")


def test_a_redirect_parameter_nesting_itself_is_a_trap():
    """Liferay's Asset Publisher links each related item with ``redirect=currentURL``; on a page
    reached that way the redirect nests the previous one, growing each hop."""
    from archive.crawl.traps import path_problem
    once = "http://h/web/health/news?p_p_id=AP&_AP_assetEntryId=7&_AP_redirect=%2Fweb%2Fhealth%2F-%2Fflu"
    twice = ("http://h/web/health/news?p_p_id=AP&_AP_assetEntryId=8&_AP_redirect="
             "%2Fweb%2Fhealth%2Fnews%3Fp_p_id%3DAP%26_AP_assetEntryId%3D7%26_AP_redirect%3D%252Fweb%252Fhealth%252F-%252Fflu")
    assert path_problem(once) == ""
    assert "nests" in path_problem(twice)
    assert path_problem("http://h/login?redirect=/news?page=2") == ""      # another parameter inside: fine
    assert path_problem("http://h/search?q=a%3Fb&page=2") == ""
