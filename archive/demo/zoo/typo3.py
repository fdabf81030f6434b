"""typo3 (held out): the health magazine of a statutory health insurer (a German BKK) on TYPO3 with
the news extension (georgringer/news, ``tx_news``) inside a bootstrap_package-based site template.

Modelled on real files: the news extension's Fluid templates (georgringer/news
``Resources/Private/Templates/News/Detail.html``: ``div.header`` > ``h3[itemprop=headline]`` (here an
``h1``, as site packages override it), ``div.footer`` > ``span.news-list-date`` > ``time`` with a
``meta itemprop=datePublished``, ``span.news-list-category``, ``span.news-list-tags``,
``span.news-list-author[itemprop=author][itemtype=http://schema.org/Person]`` > ``span[itemprop=name]``,
``div.teaser-text[itemprop=description]``, the media container, ``div.news-text-wrap[itemprop=articleBody]``,
``div.news-backlink-wrap``, ``div.news-related-wrap`` > ``div.news-related.news-related-news`` (h4, ul, li
> ``span.news-related-news-date`` + link) / ``news-related-links`` / ``news-related-files``;
``Layouts/Detail.html``: ``div.news.news-single`` > ``div.article`` with itemscope
``http://schema.org/Article``; ``Partials/List/Item.html``: ``div.article.articletype-0`` with
``news-img-wrap``, ``teaser-text``, ``a.more`` and the footer spans; ``Partials/List/Pagination.html``:
``ul.f3-widget-paginator`` with ``li.previous`` / ``li.current`` / ``li.next`` and ``currentPage``
arguments; ``Partials/Detail/MediaImage.html``: ``div.mediaelement.mediaelement-image`` and
``p.news-img-caption``; ``Partials/Detail/Opengraph.html``: og:title, og:type, og:site_name,
og:description, twitter:card), bootstrap_package (benjaminkott/bootstrap_package
``Resources/Private/Partials/Page/Navigation/Breadcrumb.html``: ``nav.breadcrumb-section`` >
``ol.breadcrumb`` > ``li.breadcrumb-item`` > ``a.breadcrumb-link`` > ``span.breadcrumb-text`` with the
news title appended as the active item; ``Navigation/Meta.html``: ``ul#meta_menu.meta-menu``; the
``frame frame-default frame-type-...`` content element wrappers, ``<!--TYPO3SEARCH_begin-->``), the OM
Cookie Manager panel (Xippo/OM-Cookie-Manager ``Templates/CookiePanel/Show.html``:
``div.om-cookie-panel[data-omcookie-panel]``, ``cookie-panel__checkbox``, ``data-omcookie-panel-save``
buttons), and the old tt_news / cal era's URL habits (``index.php?id=N&tx_news_pi1[news]=UID&...&cHash=``,
``tx_cal_controller[getdate]`` month views, as in teamdigitalde/TYPO3_Skeleton's breadcrumb TypoScript).

The site: "BKK Mittelrhein", ``<html lang="de-DE">``; the magazine at ``/magazin/`` (news list view,
10 per page, paginated by ``?tx_news_pi1[currentPage]=N&cHash=...``; categories and tags filter the
same list page by ``tx_news_pi1[overwriteDemand][categories|tags]=UID`` with their own cHash); news
published since the 2022 relaunch live at ``/magazin/artikel/<slug>`` (TYPO3's slug: ä -> ae, ß -> ss),
older ones still at the legacy ``/index.php?id=123&tx_news_pi1%5Bnews%5D=UID&tx_news_pi1%5Bcontroller%5D=News&
tx_news_pi1%5Baction%5D=detail&cHash=...`` (their canonical link says so); the site-wide "Meistgelesen"
box links them through a second plugin configured with ``skipControllerAndAction`` (a shorter
``index.php?id=123&tx_news_pi1%5Bnews%5D=UID&cHash=...`` spelling: the same page, a duplicate address).
Bylines are tx_news's one free-text author field, "Text: Dr. med. Anna Weber" (or "Text: Jens Köhler
und Miriam Schulte"); a third of the posts carry no byline but an author box after the text ("Über die
Autorin"); some posts a "Medizinisch geprüft:" line. Dates "12.03.2024". Each detail page: breadcrumb,
the lead image with a caption and photo credit in ``news-img-wrap``, the lead paragraph in
``teaser-text``, the rest in ``news-text-wrap``, "Schlagwörter" tag links, Shariff share buttons,
``news-related-wrap`` with "Das könnte Sie auch interessieren" (the post's related news: the truth's
Read Also), "Weiterführende Links" (a service page and an official site) and a PDF download; a
sidebar with "Meistgelesen" (site-wide), a newsletter box and a "Gesundheitskurse" box; the insurer's
footer; the cookie panel. Video posts carry their player (TYPO3's YouTube / Vimeo renderer,
``youtube-nocookie``) in the media container above the text. Press releases ("Pressemitteilung",
``/presse/pressemitteilungen/detail/<slug>`` or legacy ``index.php?id=87...``) are signed by the press
office only, with a "Pressekontakt" box naming the spokesperson (no author). A few English pages (the
insurer's "in English" section, ``/en/magazine/article/<slug>``, ``lang="en"``). Undated pages: home,
Kontakt, Impressum (naming the board), Datenschutz, Leistungen, Mitglied werden, the course page, the
English welcome and contact pages. ``/sitemap.xml`` (EXT:seo: an index of a pages and a news sitemap),
``/magazin/rss.xml`` (news RSS), ``robots.txt``.

The trap: the course calendar (the old ``cal`` extension) at ``/gesundheitskurse/``: every month view
``?tx_cal_controller[view]=month&tx_cal_controller[getdate]=YYYYMM01&cHash=...`` links the month
before and after, forever, each with a fresh cHash; the sidebar box on every page links this month's.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from functools import partial
from urllib.parse import parse_qsl, quote, urlsplit

from . import texts
from .posts import Block, Entry, Person, Plan, Story, slugify
from .site import Response, ZooSite

# -- this family's own posts (the project's own text) -------------------------------------------------

def _p(text):
    return Block("p", text)


DE_ARTICLES = [
    Story("de-t1", "Rückenschmerzen im Homeoffice: Was wirklich hilft", "de", "article", "Bewegung",
          ("Rücken", "Homeoffice"), (
              _p("Wer den ganzen Tag am Küchentisch arbeitet, spürt es abends im Kreuz. Meist steckt keine ernste "
                 "Erkrankung dahinter, sondern zu wenig Wechsel zwischen Sitzen, Stehen und Gehen."),
              Block("h2", "Kleine Pausen, große Wirkung"),
              _p("Stehen Sie mindestens einmal pro Stunde auf. Telefonate lassen sich gut im Gehen führen, und ein "
                 "Glas Wasser am anderen Ende der Wohnung ist ein willkommener Anlass für ein paar Schritte."),
              Block("ul", items=("Bildschirmoberkante auf Augenhöhe", "Füße flach auf dem Boden",
                                 "Unterarme locker auf dem Tisch", "Alle 30 Minuten die Position wechseln")),
              _p("Halten die Beschwerden länger als sechs Wochen an oder strahlen sie ins Bein aus, sollten Sie "
                 "ärztlichen Rat einholen."))),
    Story("de-t2", "Zucker in Getränken: Die unterschätzte Kalorienquelle", "de", "article", "Ernährung",
          ("Zucker", "Getränke"), (
              _p("Ein halber Liter Limonade enthält oft mehr als 50 Gramm Zucker. Das ist mehr, als die "
                 "Weltgesundheitsorganisation als Höchstmenge für einen ganzen Tag empfiehlt."),
              _p("Flüssige Kalorien machen kaum satt. Wer regelmäßig süße Getränke trinkt, isst deshalb nicht "
                 "weniger, sondern nimmt die Energie zusätzlich auf."),
              Block("h2", "Bessere Durstlöscher"),
              _p("Leitungswasser, ungesüßter Früchtetee und stark verdünnte Saftschorlen im Verhältnis eins zu "
                 "drei löschen den Durst ebenso gut. Ein Spritzer Zitrone oder ein paar Minzblätter bringen "
                 "Geschmack ins Glas."),
              Block("refs", "Quellen", (
                  "Weltgesundheitsorganisation: [Guideline: sugars intake for adults and children]"
                  "(https://www.who.int/publications/i/item/9789241549028)",
                  "Deutsche Gesellschaft für Ernährung: [Zuckerzufuhr in Deutschland]"
                  "(https://www.dge.de/wissenschaft/stellungnahmen-und-fachinformationen/)"
                  ,)))),
    Story("de-t3", "Gut schlafen trotz Schichtarbeit", "de", "article", "Schlaf", ("Schlaf", "Schichtarbeit"), (
        _p("Rund jede sechste Beschäftigte in Deutschland arbeitet im Schichtdienst. Der Körper lässt sich "
           "nur begrenzt umstellen, aber einige Regeln machen den Tagschlaf erholsamer."),
        Block("h2", "Das Schlafzimmer abdunkeln"),
        _p("Verdunkelungsvorhänge oder eine Schlafmaske sind Pflicht. Ohrstöpsel halten Straßenlärm und "
           "Türklingel fern. Das Handy bleibt im Flur."),
        Block("h2", "Feste Rituale"),
        _p("Auch nach der Nachtschicht hilft ein gleichbleibender Ablauf: eine kleine Mahlzeit, eine Dusche, "
           "dann ins Bett. Auf dem Heimweg schützt eine Sonnenbrille vor hellem Morgenlicht, das wach macht."))),
    Story("de-t4", "Zecken: So schützen Sie sich im Sommer", "de", "article", "Vorsorge", ("Zecken", "FSME"), (
        _p("Zecken sitzen in hohem Gras und im Unterholz, nicht auf Bäumen. Sie übertragen Borreliose und in "
           "vielen Regionen Süddeutschlands auch die Frühsommer-Meningoenzephalitis, kurz FSME."),
        _p("Lange, helle Kleidung macht die Tiere leichter sichtbar. Suchen Sie nach jedem Ausflug den ganzen "
           "Körper ab, besonders Kniekehlen, Leisten und den Haaransatz."),
        Block("h2", "Impfung gegen FSME"),
        _p("Wer in einem Risikogebiet lebt oder dort Urlaub macht, kann sich impfen lassen. Die Kosten der "
           "Impfung übernehmen wir für unsere Versicherten."))),
    Story("de-t5", "Bluthochdruck: Warum regelmäßiges Messen wichtig ist", "de", "article", "Herz & Kreislauf",
          ("Blutdruck", "Herz"), (
              _p("Hoher Blutdruck tut nicht weh. Viele Betroffene erfahren erst beim Hausarzt davon, oft nach "
                 "Jahren, in denen Gefäße, Herz und Nieren bereits Schaden genommen haben."),
              Block("h2", "Richtig messen"),
              Block("ol", items=("Fünf Minuten ruhig sitzen", "Manschette in Herzhöhe anlegen",
                                 "Zweimal im Abstand von einer Minute messen", "Beide Werte notieren")),
              _p("Liegen die Werte wiederholt über 140 zu 90, sprechen Sie mit Ihrer Hausärztin oder Ihrem "
                 "Hausarzt. Bewegung, weniger Salz und weniger Alkohol senken den Druck oft schon deutlich."))),
    Story("de-t6", "Stress im Job: Erste Warnzeichen erkennen", "de", "article", "Psyche", ("Stress", "Arbeit"), (
        _p("Gereiztheit, schlechter Schlaf und das Gefühl, nie fertig zu werden: Dauerstress zeigt sich selten "
           "auf einmal, sondern schleicht sich über Wochen ein."),
        _p("Ernst nehmen sollten Sie es, wenn Erholung am Wochenende nicht mehr gelingt oder Kopfschmerzen und "
           "Magenbeschwerden ohne erkennbare Ursache zunehmen."),
        Block("h2", "Was entlastet"),
        _p("Feste Feierabendzeiten, Bewegung an der frischen Luft und offene Gespräche mit der Führungskraft "
           "helfen vielen. Unsere Online-Kurse zur Stressbewältigung sind für Versicherte kostenfrei."))),
    Story("de-t7", "Vorsorge ab 35: Der Check-up beim Hausarzt", "de", "article", "Vorsorge",
          ("Check-up", "Früherkennung"), (
              _p("Ab dem 35. Geburtstag haben gesetzlich Versicherte alle drei Jahre Anspruch auf eine "
                 "Gesundheitsuntersuchung. Sie dauert etwa eine halbe Stunde und kostet Sie nichts."),
              _p("Die Ärztin fragt nach Vorerkrankungen in der Familie, misst den Blutdruck und untersucht Herz, "
                 "Lunge und Bauch. Eine Blutprobe zeigt Cholesterin und Blutzucker."),
              Block("h2", "Einmalig zusätzlich"),
              _p("Einmalig gehört auch ein Test auf Hepatitis B und C dazu. Zwischen 18 und 34 Jahren gibt es den "
                 "Check-up einmal, ohne Blutuntersuchung, wenn kein besonderes Risiko besteht."))),
    Story("de-t8", "Gesunde Brotdose: Ideen für Schulkinder", "de", "article", "Familie", ("Kinder", "Ernährung"), (
        _p("Ein gutes Pausenbrot hält bis zur Mittagspause satt und konzentriert. Vollkornbrot, ein Stück Käse "
           "und Gemüse zum Knabbern sind eine einfache Grundlage."),
        Block("ul", items=("Gurken- und Paprikastreifen", "Apfelschnitze mit etwas Zitronensaft",
                           "Ein Naturjoghurt mit Haferflocken", "Wasser statt Saft")),
        _p("Kinder essen lieber, was sie selbst ausgesucht haben. Lassen Sie Ihr Kind am Vorabend zwischen zwei "
           "oder drei Varianten wählen."))),
    Story("de-t9", "Heuschnupfen: Wenn die Pollen fliegen", "de", "article", "Vorsorge", ("Allergie", "Pollen"), (
        _p("Juckende Augen, eine laufende Nase und Niesattacken im Frühjahr: Etwa jeder siebte Erwachsene in "
           "Deutschland leidet an Heuschnupfen."),
        Block("h2", "Im Alltag"),
        _p("Lüften Sie in der Stadt am besten früh morgens, auf dem Land abends. Haare vor dem Schlafengehen "
           "waschen, Straßenkleidung nicht im Schlafzimmer ablegen."),
        Block("h2", "Hyposensibilisierung"),
        _p("Eine spezifische Immuntherapie über drei Jahre kann die Beschwerden dauerhaft lindern. Sprechen "
           "Sie Ihre Allergologin darauf an, am besten im Herbst."))),
    Story("de-t10", "Achtsam essen: Langsamer ist gesünder", "de", "article", "Ernährung", ("Achtsamkeit", "Essen"), (
        _p("Das Sättigungsgefühl stellt sich erst nach etwa zwanzig Minuten ein. Wer schnell isst, isst daher "
           "oft mehr, als der Körper braucht."),
        _p("Legen Sie das Besteck zwischen zwei Bissen ab, essen Sie ohne Bildschirm und nehmen Sie "
           "Geschmack und Geruch bewusst wahr. Schon eine Mahlzeit am Tag auf diese Weise macht einen "
           "Unterschied."))),
    Story("de-t11", "Mit dem Rad zur Arbeit: Einstieg leicht gemacht", "de", "article", "Bewegung",
          ("Radfahren", "Alltag"), (
              _p("Wer zehn Kilometer mit dem Rad zur Arbeit fährt, bewegt sich an fünf Tagen gut drei Stunden "
                 "pro Woche. Das ist mehr, als die Empfehlungen für Erwachsene verlangen."),
              Block("h2", "So klappt der Start"),
              Block("ul", items=("Die Strecke am Wochenende einmal in Ruhe testen",
                                 "Wechselkleidung im Büro deponieren",
                                 "Mit zwei Tagen pro Woche anfangen")),
              _p("Ein gut eingestellter Sattel und ein Helm gehören dazu. Viele Arbeitgeber bieten inzwischen "
                 "ein Dienstrad über Gehaltsumwandlung an."))),
    Story("de-t12", "Einsamkeit im Alter: Was Angehörige tun können", "de", "article", "Psyche",
          ("Einsamkeit", "Senioren"), (
              _p("Nach dem Tod des Partners oder dem Umzug der Kinder ziehen sich viele ältere Menschen zurück. "
                 "Einsamkeit erhöht das Risiko für Depressionen und Herz-Kreislauf-Erkrankungen."),
              _p("Regelmäßige Anrufe zu festen Zeiten geben Halt. Besuchsdienste der Wohlfahrtsverbände, "
                 "Seniorentreffs und Sportgruppen schaffen neue Kontakte."),
              Block("quote", "Schon ein kurzes Gespräch am Tag kann das Gefühl von Einsamkeit spürbar "
                             "verringern."),
              _p("Wirkt ein Angehöriger über Wochen niedergeschlagen, ermutigen Sie ihn zu einem Arztbesuch."))),
    Story("de-t13", "Sonnenschutz für Kinderhaut", "de", "article", "Familie", ("Sonnenschutz", "Kinder"), (
        _p("Kinderhaut ist dünner als die von Erwachsenen und verbrennt schneller. Jeder Sonnenbrand in der "
           "Kindheit erhöht das Hautkrebsrisiko im späteren Leben."),
        _p("Babys gehören im ersten Lebensjahr nicht in die direkte Sonne. Für ältere Kinder gilt: Schatten "
           "zwischen elf und fünfzehn Uhr, Hut, T-Shirt und Sonnencreme mit mindestens Lichtschutzfaktor 30."))),
    Story("de-t14", "Cholesterin verstehen: LDL, HDL und was die Werte bedeuten", "de", "article",
          "Herz & Kreislauf", ("Cholesterin", "Herz"), (
              _p("Cholesterin ist lebenswichtig, doch zu viel LDL-Cholesterin im Blut lagert sich in den "
                 "Gefäßwänden ab. HDL dagegen transportiert Cholesterin zur Leber zurück."),
              Block("h2", "Zielwerte sind individuell"),
              _p("Welcher LDL-Wert angemessen ist, hängt vom gesamten Risiko ab: Alter, Blutdruck, Rauchen, "
                 "Diabetes und Erkrankungen in der Familie. Ihre Ärztin berechnet dieses Risiko mit Ihnen."),
              _p("Ballaststoffreiche Kost, weniger gesättigte Fette und regelmäßige Bewegung senken das LDL. "
                 "Reicht das nicht, kommen Medikamente infrage."),
              Block("refs", "Quellen", (
                  "Mach F, Baigent C, Catapano AL, et al. 2019 ESC/EAS Guidelines for the management of "
                  "dyslipidaemias. *Eur Heart J*. [doi:10.1093/eurheartj/ehz455]"
                  "(https://doi.org/10.1093/eurheartj/ehz455)",)))),
    Story("de-t15", "Digitale Auszeit: Weniger Bildschirm, besserer Schlaf", "de", "article", "Schlaf",
          ("Digital Detox", "Schlaf"), (
              _p("Das helle Licht von Smartphone und Tablet hemmt die Ausschüttung des Schlafhormons Melatonin. "
                 "Noch stärker wirkt aber, was wir lesen: Nachrichten und Chats halten den Kopf wach."),
              _p("Legen Sie eine Stunde vor dem Schlafengehen alle Bildschirme beiseite. Ein Buch, leise Musik "
                 "oder ein kurzer Abendspaziergang erleichtern das Abschalten."))),
    Story("de-t16", "Hautkrebs-Screening: Ablauf und Kosten", "de", "article", "Vorsorge",
          ("Hautkrebs", "Früherkennung"), (
              _p("Ab 35 Jahren können gesetzlich Versicherte alle zwei Jahre ihre Haut untersuchen lassen. "
                 "Hautärztinnen und geschulte Hausärzte sehen sich dabei die gesamte Haut an, auch die "
                 "Kopfhaut und die Fußsohlen."),
              Block("h2", "Was Sie selbst tun können"),
              _p("Achten Sie auf Muttermale, die sich verändern, wachsen, bluten oder unregelmäßig gefärbt sind. "
                 "Die ABCDE-Regel hilft bei der Selbstbeobachtung."),
              _p("Für Versicherte unter 35 übernehmen wir das Screening als Zusatzleistung."))),
]

DE_VIDEOS = [
    Story("de-v1", "Video: Fünf Übungen für einen starken Rücken", "de", "video", "Bewegung",
          ("Rücken", "Übungen"), (
              _p("Unsere Physiotherapeutin zeigt fünf einfache Übungen, die Sie ohne Geräte zu Hause machen "
                 "können: Katzenbuckel, Brücke, Vierfüßlerstand, Seitstütz und Dehnung der Hüftbeuger."),
              Block("video", "https://www.youtube.com/embed/Hq7Tz2Wk9Lp"),
              _p("Üben Sie dreimal pro Woche etwa zehn Minuten. Bei Schmerzen brechen Sie die Übung ab."))),
    Story("de-v2", "Video: Richtig Hände waschen in 30 Sekunden", "de", "video", "Vorsorge", ("Hygiene", "Infekte"), (
        _p("Gründliches Händewaschen schützt vor Erkältung und Magen-Darm-Infekten. Im Video sehen Sie, welche "
           "Stellen meist vergessen werden: Daumen, Fingerzwischenräume und Fingerkuppen."),
        Block("video", "https://player.vimeo.com/video/604418273"))),
    Story("de-v3", "Video: Progressive Muskelentspannung zum Mitmachen", "de", "video", "Psyche",
          ("Entspannung", "Stress"), (
              _p("Bei der progressiven Muskelentspannung nach Jacobson spannen Sie nacheinander einzelne "
                 "Muskelgruppen an und lassen wieder los. Die Anleitung dauert zwölf Minuten."),
              Block("video", "https://www.youtube.com/embed/Mp3Rv8Nc2Xe"),
              _p("Am besten wirkt die Methode, wenn Sie sie täglich zur gleichen Zeit üben."))),
    Story("de-v4", "Video: Gesund kochen mit Hülsenfrüchten", "de", "video", "Ernährung",
          ("Hülsenfrüchte", "Rezepte"), (
              _p("Linsen, Kichererbsen und Bohnen liefern Eiweiß, Ballaststoffe und machen lange satt. Unser "
                 "Ernährungsberater kocht ein schnelles Linsencurry für vier Personen."),
              Block("video", "https://www.youtube.com/embed/Kc5Ys1Hb4Qd"))),
]

PRESS = [
    Story("de-pm1", "BKK Mittelrhein senkt den Zusatzbeitrag", "de", "short", "Pressemitteilung",
          ("Zusatzbeitrag", "Finanzen"), (
              _p("Der Verwaltungsrat der BKK Mittelrhein hat in seiner Sitzung beschlossen, den kassenindividuellen "
                 "Zusatzbeitrag zum 1. Januar um 0,2 Prozentpunkte zu senken."),
              _p("Möglich wird die Senkung durch eine solide Finanzlage und niedrige Verwaltungskosten. Rund "
                 "180.000 Versicherte profitieren davon."))),
    Story("de-pm2", "Neues Bonusprogramm belohnt Vorsorge", "de", "short", "Pressemitteilung",
          ("Bonusprogramm", "Vorsorge"), (
              _p("Versicherte der BKK Mittelrhein erhalten ab sofort bis zu 150 Euro im Jahr, wenn sie Vorsorge- "
                 "und Impfangebote wahrnehmen oder regelmäßig Sport treiben."),
              _p("Nachweise lassen sich bequem in der Service-App hochladen. Die Prämie wird einmal jährlich "
                 "ausgezahlt."))),
    Story("de-pm3", "Versicherte bewerten Service mit sehr gut", "de", "short", "Pressemitteilung",
          ("Service", "Kundenzufriedenheit"), (
              _p("In einer unabhängigen Befragung von mehr als 4.000 Versicherten hat die BKK Mittelrhein in "
                 "allen Kategorien die Note sehr gut erhalten. Besonders gelobt wurden die kurze Bearbeitungszeit "
                 "und die telefonische Erreichbarkeit."),)),
    Story("de-pm4", "Kostenlose Online-Kurse zur Stressbewältigung", "de", "short", "Pressemitteilung",
          ("Stress", "Gesundheitskurse"), (
              _p("Ab dem kommenden Monat bietet die BKK Mittelrhein ihren Versicherten drei zertifizierte "
                 "Online-Kurse zur Stressbewältigung an. Die Kurse dauern jeweils acht Wochen und sind für "
                 "Versicherte kostenfrei."),
              _p("Die Anmeldung ist über die Website und die Service-App möglich."))),
    Story("de-pm5", "Neue Geschäftsstelle in Koblenz eröffnet", "de", "short", "Pressemitteilung",
          ("Geschäftsstelle", "Koblenz"), (
              _p("Die BKK Mittelrhein hat ihre neue Geschäftsstelle in der Koblenzer Innenstadt eröffnet. "
                 "Versicherte finden dort persönliche Beratung zu Leistungen, Mitgliedschaft und Pflege."),
              _p("Die Geschäftsstelle ist montags bis freitags von 8 bis 18 Uhr geöffnet."))),
]

SITE = "BKK Mittelrhein"
DOMAIN = "https://www.bkk-mittelrhein.example"
MAG_PID, PRESS_PID = 123, 87
LEGACY_BEFORE = date(2022, 1, 1)      # news published before the 2022 relaunch keep their old addresses
CALENDAR_NOW = (2025, 2)              # the course calendar's current month
TEXT = "text/plain; charset=utf-8"
XML = "application/xml; charset=utf-8"
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
# texts.PEOPLE and texts.REVIEWERS by position -> the magazine's own writers and reviewers
WRITERS = (("Anna Weber", "Dr. med.", "Fachärztin für Allgemeinmedizin", "f"),
           ("Jens Köhler", "", "Ernährungswissenschaftler und Redakteur", "m"),
           ("Miriam Schulte", "", "Gesundheitsjournalistin", "f"),
           ("Thomas Brandt", "Dr.", "Sportwissenschaftler", "m"),
           ("Leonie Hartmann", "", "Psychologin und Autorin", "f"),
           ("Markus Becker", "", "Redakteur im Gesundheitsmagazin", "m"),
           ("Sabine Wolff", "Dr. med.", "Fachärztin für Dermatologie", "f"),
           ("Felix Neumann", "", "Physiotherapeut", "m"),
           ("Julia Richter", "", "Redakteurin im Gesundheitsmagazin", "f"),
           ("Andreas Lang", "Prof. Dr.", "Präventionsmediziner", "m"))
CHECKERS = (("Katrin Vogel", "Dr. med.", "Fachärztin für Innere Medizin", "f"),
            ("Stefan Roth", "Dr. med.", "Facharzt für Psychiatrie und Psychotherapie", "m"),
            ("Claudia Meier", "", "Apothekerin", "f"))
DE = dict(html="de-DE", related="Das könnte Sie auch interessieren", links="Weiterführende Links",
          files="Downloads", back="Zurück zur Übersicht", text="Text:", and_="und", tags="Schlagwörter:",
          checked="Medizinisch geprüft:", more="Weiterlesen", share="Artikel teilen", home="Startseite",
          magazine="Gesundheitsmagazin", page="Seite {n} von {pages}.", prev="zurück", next="vor",
          category="Thema", tag="Schlagwort", box_f="Über die Autorin", box_m="Über den Autor",
          box_n="Über die Autorinnen und Autoren", video="Video", photo="Foto")
EN = dict(html="en-GB", related="You might also be interested in", links="Further links", files="Downloads",
          back="Back to the overview", text="Text:", and_="and", tags="Keywords:", checked="Medically reviewed by:",
          more="Read more", share="Share this article", home="Home", magazine="Health magazine (English)",
          page="Page {n} of {pages}.", prev="previous", next="next", category="Topic", tag="Keyword",
          box_f="About the author", box_m="About the author", box_n="About the authors", video="Video", photo="Photo")
SECTIONS = {"mag": ("/magazin/", MAG_PID), "press": ("/presse/pressemitteilungen/", PRESS_PID), "en": ("/en/magazine/", 210)}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def typo3_slug(title: str) -> str:
    """TYPO3's SlugHelper: lower case, umlauts spelled out (ä -> ae), other characters dashes."""
    return slugify(title.lower().translate(_UMLAUTS))


def chash(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()


def query(params: list[tuple[str, object]]) -> str:
    """Parameters as TYPO3's typolink writes them: brackets escaped (%5B %5D)."""
    return "&".join(f"{quote(k, safe='')}={quote(str(v), safe='')}" for k, v in params)


def signed(path: str, params: list[tuple[str, object]]) -> str:
    """``path?params&cHash=...``: the cHash is a hash over the page and the parameters."""
    return f"{path}?{query(params)}&cHash={chash(path, sorted((k, str(v)) for k, v in params))}"


class Typo3(ZooSite):
    family = "typo3"
    site_name = SITE
    declared_language = "de-DE"
    per_page = 10
    ignore_query = False               # index.php?id=... and tx_news_pi1[...] select the page
    any_order_query = True
    author_pages = False               # tx_news's author is a text field: no author pages
    authorless = "mixed"               # press releases are signed by the press office only
    trap_patterns = (r"tx_cal_controller",)
    plan = Plan(seed="typo3", count=32, languages=("en", "de"), authors=6, co_authors=0.2, reviewed=0.25,
                tz_hours=1, related=(0, 1, 2, 3, 3, 4))

    def __init__(self, base_url: str = "http://127.0.0.1:8000"):
        self.section: dict[str, str] = {}
        self._articles, self._videos, self._press = iter(DE_ARTICLES), iter(DE_VIDEOS), iter(PRESS)
        self._kept = {"video": 1, "short": 1, "article": 3}   # English stories kept for the "in English" section
        self.listing_of: dict[str, tuple[str, str, str]] = {}
        super().__init__(base_url)

    # -- entries ------------------------------------------------------------------------------------------

    def dress(self, entry: Entry) -> Entry:
        story = entry.story
        if story.language == "en":
            pick = {"video": self._videos, "short": self._press}.get(story.kind)
            nxt = next(pick, None) if pick else None
            if nxt is None and self._kept.get(story.kind, 0) > 0:
                self._kept[story.kind] -= 1
            elif nxt is None:
                nxt = next(self._articles, None)
            story = nxt or story
        section = "press" if story.category == "Pressemitteilung" else ("en" if story.language == "en" else "mag")
        if section == "press":
            first, *rest = story.blocks
            dateline = f"Koblenz, {entry.published:%d.%m.%Y} – "
            story = replace(story, blocks=(Block("p", dateline + first.text), *rest))
        self.section[story.key] = section
        people = {n: i for i, (n, *_) in enumerate(texts.PEOPLE)}
        revs = {n: i for i, (n, *_) in enumerate(texts.REVIEWERS)}
        authors = () if section == "press" else tuple(self.person(WRITERS[people[p.name]]) for p in entry.authors)
        reviewer = (self.person(CHECKERS[revs[entry.reviewer.name]]) if entry.reviewer and section != "press"
                    else None)
        return replace(entry, story=story, slug=typo3_slug(story.title), authors=authors, reviewer=reviewer,
                       categories=(story.category,), tags=tuple(dict.fromkeys(story.tags)))

    @staticmethod
    def person(row) -> Person:
        return Person(row[0], row[1], ())

    def about(self, person: Person) -> tuple[str, str]:
        for name, _, role, gender in (*WRITERS, *CHECKERS):
            if name == person.name:
                return role, gender
        return "", "f"

    def section_of(self, entry: Entry) -> str:
        return self.section[entry.story.key]

    def in_section(self, section: str) -> list[Entry]:
        return [e for e in self.newest if self.section_of(e) == section]

    def legacy(self, entry: Entry) -> bool:
        return self.section_of(entry) != "en" and entry.published.date() < LEGACY_BEFORE

    def news_uid(self, entry: Entry) -> int:
        return 300 + entry.post_id

    def post_path(self, entry: Entry) -> str:
        section = self.section_of(entry)
        if section == "en":
            return f"/en/magazine/article/{entry.slug}"
        if self.legacy(entry):
            return self.legacy_path(entry)
        return f"/magazin/artikel/{entry.slug}" if section == "mag" else f"/presse/pressemitteilungen/detail/{entry.slug}"

    def legacy_path(self, entry: Entry, short: bool = False) -> str:
        pid = SECTIONS[self.section_of(entry)][1]
        params = [("tx_news_pi1[news]", self.news_uid(entry))]
        if not short:
            params += [("tx_news_pi1[controller]", "News"), ("tx_news_pi1[action]", "detail")]
        return signed("/index.php", [("id", pid), *params])

    def link_of(self, entry: Entry) -> str:
        """How the "Meistgelesen" plugin (skipControllerAndAction) links a post."""
        return self.legacy_path(entry, short=True) if self.legacy(entry) else self.post_path(entry)

    def shown_related(self, entry: Entry) -> list[Entry]:
        """tx_news's related news of the record: the editors relate posts of the same section only."""
        return [o for o in self.related(entry) if self.section_of(o) == self.section_of(entry)]

    def popular(self, n: int = 5) -> list[Entry]:
        mag = self.in_section("mag")
        return [mag[i] for i in (3, 0, 18, 7, 20) if i < len(mag)][:n]

    # -- paths -------------------------------------------------------------------------------------------

    def list_path(self, section: str, demand: tuple[str, int] | None = None, n: int = 1) -> str:
        base = SECTIONS[section][0]
        params: list[tuple[str, object]] = []
        if demand:
            params.append((f"tx_news_pi1[overwriteDemand][{demand[0]}]", demand[1]))
        if n > 1:
            params.append(("tx_news_pi1[currentPage]", n))
        return signed(base, params) if params else base

    def home_path(self, n: int = 1) -> str:
        return self.list_path("mag", None, n)

    def term_uid(self, field: str, name: str) -> int:
        names = sorted({t for e in self.entries for t in getattr(e, field)})
        return (10 if field == "categories" else 100) + names.index(name)

    def term_path(self, entry: Entry, field: str, name: str) -> str:
        return self.list_path(self.section_of(entry), (field, self.term_uid(field, name)))

    def month_path(self, year: int, month: int) -> str:
        return signed("/gesundheitskurse/", [("tx_cal_controller[view]", "month"),
                                             ("tx_cal_controller[getdate]", f"{year}{month:02d}01")])

    def event_path(self, year: int, month: int, uid: int, day: int) -> str:
        return signed("/gesundheitskurse/", [("tx_cal_controller[view]", "event"),
                                             ("tx_cal_controller[type]", "tx_cal_phpicalendar"),
                                             ("tx_cal_controller[uid]", uid),
                                             ("tx_cal_controller[year]", year), ("tx_cal_controller[month]", month),
                                             ("tx_cal_controller[day]", day)])

    # -- routes --------------------------------------------------------------------------------------------

    def build_routes(self) -> None:
        self.add("/robots.txt", "other", self.robots, TEXT)
        for entry in self.entries:
            self.add(self.post_path(entry), "article", partial(self.render_article, entry))
            if self.legacy(entry):   # the same page under the short spelling: a duplicate address
                self.add(self.legacy_path(entry, short=True), "other", partial(self.render_article, entry))
        titles = {"mag": "Gesundheitsmagazin", "press": "Pressemitteilungen", "en": "Health magazine"}
        for section in SECTIONS:
            items = self.in_section(section)
            self.listing(section, "home", titles[section], items, None)
            for field in ("categories", "tags"):
                groups: dict[str, list[Entry]] = {}
                for e in items:
                    for name in getattr(e, field):
                        groups.setdefault(name, []).append(e)
                for name, group in groups.items():
                    self.listing(section, field, name, group, (field, self.term_uid(field, name)))
        for path, (title, render) in self.static_pages().items():
            self.add(path, "page", partial(render, path, title))
        self.add("/sitemap.xml", "other", lambda: self.sitemap_index(
            ["/sitemap-type/pages/sitemap.xml", "/sitemap-type/news/sitemap.xml"]), XML)
        self.add("/sitemap-type/pages/sitemap.xml", "other", lambda: self.sitemap(
            [*self.static_pages(), *[p for p, (s, kind, _) in self.listing_of.items() if kind == "home"]]), XML)
        self.add("/sitemap-type/news/sitemap.xml", "other", lambda: self.sitemap(
            [self.post_path(e) for e in self.newest]), XML)
        self.add("/magazin/rss.xml", "other", lambda: self.rss(f"{SITE} – Gesundheitsmagazin", "/magazin/",
                                                               self.in_section("mag")), "application/rss+xml; charset=utf-8")
        self.routes["/fileadmin/user_upload/downloads/kursprogramm-2025.pdf"] = (
            "other", lambda: Response(200, "application/pdf", b"%PDF-1.4\n% Kursprogramm 2025\n%%EOF\n"))

    def listing(self, section: str, kind: str, name: str, items: list[Entry], demand) -> None:
        path_of = partial(self.list_path, section, demand)
        self.listing_of[path_of(1)] = (section, kind, name)
        self.add_listing(name, items, path_of)

    def route_key(self, target: str) -> str | None:
        """TYPO3 reads parameters in any order and spelling; the cHash must match them (else 404)."""
        key = super().route_key(target)
        if key:
            return key
        parts = urlsplit(target)
        path = parts.path or "/"
        names = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True)]
        if path in self.routes and names and all(k.startswith("utm_") or k in ("fbclid", "gclid") for k in names):
            return path
        return None

    def trap(self, target: str) -> Response | None:
        parts = urlsplit(target)
        if parts.path != "/gesundheitskurse/":
            return None
        params = dict(parse_qsl(parts.query))
        view, getdate = params.get("tx_cal_controller[view]"), params.get("tx_cal_controller[getdate]", "")
        if view == "month" and len(getdate) == 8 and getdate.isdigit() and 1 <= int(getdate[4:6]) <= 12:
            return Response(200, self.html_type, self.encode(self.month_view(int(getdate[:4]), int(getdate[4:6]))))
        if view == "event" and params.get("tx_cal_controller[uid]", "").isdigit():
            try:
                year, month = int(params["tx_cal_controller[year]"]), int(params["tx_cal_controller[month]"])
                day = int(params["tx_cal_controller[day]"])
            except (KeyError, ValueError):
                return None
            if 1 <= month <= 12:
                return Response(200, self.html_type, self.encode(
                    self.event_view(year, month, day, int(params["tx_cal_controller[uid]"]))))
        return None

    def robots(self) -> str:
        return ("User-agent: *\nDisallow: /typo3/\nDisallow: /typo3conf/\nAllow: /typo3conf/ext/\n"
                "Allow: /typo3temp/\nDisallow: /*?type=98\n\n"
                f"Sitemap: {self.url('/sitemap.xml')}\n")

    # -- small pieces --------------------------------------------------------------------------------------

    def labels(self, entry_or_section) -> dict:
        section = entry_or_section if isinstance(entry_or_section, str) else self.section_of(entry_or_section)
        return EN if section == "en" else DE

    def shown(self, person: Person) -> str:
        return f"{person.honorific} {person.name}".strip()

    def names(self, people, word: str) -> str:
        shown = [self.shown(p) for p in people]
        return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {word} {shown[-1]}"

    def day(self, moment) -> str:
        return f"{moment:%d.%m.%Y}"

    def image(self, key: str, width: int = 750, height: int = 422) -> str:
        h = chash("img", key)
        return f"/fileadmin/_processed_/{h[0]}/{h[1]}/csm_{key[:30]}_{h[2:12]}.jpg"

    def boxed(self, entry: Entry) -> bool:
        """A third of the magazine's posts name their writers in an author box after the text, not in the byline."""
        return bool(entry.authors) and entry.post_id % 3 == 0

    def date_span(self, entry: Entry) -> str:
        iso = entry.published.date().isoformat()
        return (f'<span class="news-list-date"><time datetime="{iso}">{self.day(entry.published)}'
                f'<meta itemprop="datePublished" content="{iso}" /></time></span>')

    # -- the frame -----------------------------------------------------------------------------------------

    def document(self, title: str, main: str, *, page_id: int, lang: str = "de-DE", head: str = "",
                 crumbs: tuple = (), aside: str = "", level: int = 1) -> str:
        en = lang.startswith("en")
        if en:
            meta = (("/", "Deutsch"), ("/en/contact/", "Contact"))
            nav = (("/en/", "Welcome"), ("/en/magazine/", "Health magazine"), ("/en/contact/", "Contact"))
        else:
            meta = (("/presse/pressemitteilungen/", "Presse"), ("/kontakt/", "Kontakt"), ("/en/", "English"))
            nav = (("/leistungen/", "Leistungen"), ("/mitglied-werden/", "Mitglied werden"),
                   ("/gesundheitskurse/", "Gesundheitskurse"), ("/magazin/", "Magazin"),
                   ("/presse/pressemitteilungen/", "Presse"))
        meta_html = "".join(f'<li><a href="{p}" title="{t}"><span>{t}</span></a></li>' for p, t in meta)
        nav_html = "".join(f'<li class="nav-item"><a href="{p}" id="nav-item-{i}" class="nav-link" title="{t}">'
                           f'<span class="nav-link-text">{t}</span></a></li>' for i, (p, t) in enumerate(nav))
        crumb_html = ""
        if crumbs:
            items = []
            for i, (path, label) in enumerate(crumbs):
                if i == len(crumbs) - 1:
                    items.append(f'<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">'
                                 f"{self.e(label)}</span></li>")
                else:
                    items.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{self.e(path)}" '
                                 f'title="{self.e(label)}"><span class="breadcrumb-text">{self.e(label)}</span></a></li>')
            crumb_html = ('<nav class="breadcrumb-section" aria-label="breadcrumb"><div class="container">'
                          f'<p class="sr-only" id="breadcrumb">{"You are here:" if en else "Sie sind hier:"}</p>'
                          f'<ol class="breadcrumb">{"".join(items)}</ol></div></nav>')
        column = "col-md-8" if aside else "col-md-12"
        aside_html = (f'<aside class="section-column subcontent-wrap col-md-4" role="complementary">{aside}</aside>'
                      if aside else "")
        footer_de = ('<div class="footer-section-content"><div class="row"><div class="col-md-4"><h3>BKK Mittelrhein</h3>'
                     "<p>Löhrstraße 20<br>56068 Koblenz</p><p>Körperschaft des öffentlichen Rechts</p></div>"
                     '<div class="col-md-4"><h3>Service-Telefon</h3><p><a href="tel:+4926198765">0261 98765-0</a><br>'
                     "Mo–Fr 8–18 Uhr, kostenfrei aus allen deutschen Netzen</p></div>"
                     '<div class="col-md-4"><h3>Folgen Sie uns</h3><ul class="list-unstyled">'
                     '<li><a href="https://www.instagram.com/" target="_blank" rel="noopener">Instagram</a></li>'
                     '<li><a href="https://www.youtube.com/" target="_blank" rel="noopener">YouTube</a></li></ul></div></div></div>')
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="{lang}">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{self.e(SITE)}: {self.e(title)}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="index,follow" />
<meta name="twitter:card" content="summary" />
{head}<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-6c1f0b0a8e2d4c1b9d7e5f3a2b1c0d9e-min.css?1738141211" media="all">
<link rel="alternate" type="application/rss+xml" title="RSS-Feed Gesundheitsmagazin" href="/magazin/rss.xml" />
</head>
<body id="p{page_id}" class="page-{page_id} pagelevel-{level} language-{1 if en else 0} backendlayout-{'subnavigation_right' if aside else 'default'} layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>{'Skip to main content' if en else 'Zum Hauptinhalt springen'}</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container container-mainnavigation">
<div class="meta-navigation"><ul id="meta_menu" class="meta-menu">{meta_html}</ul></div>
<a class="navbar-brand navbar-brand-image" title="{SITE}" href="{'/en/' if en else '/'}"><img class="navbar-brand-logo-normal" src="/typo3conf/ext/bkk_sitepackage/Resources/Public/Images/logo.svg" alt="{SITE} logo" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="{'Toggle navigation' if en else 'Navigation umschalten'}"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="{'Main navigation' if en else 'Hauptnavigation'}" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">{nav_html}</ul></nav>
</div>
</header>
{crumb_html}
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default"><div class="container"><div class="section-row row">
<main class="section-column maincontent-wrap {column}" role="main">
{main}
</main>
{aside_html}
</div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content"><div class="container">{footer_de}</div></section>
<section class="section footer-section footer-section-meta"><div class="container"><div class="footer-meta"><ul class="footer-meta-menu">
<li><a href="/impressum/" title="Impressum">Impressum</a></li><li><a href="/datenschutz/" title="Datenschutz">Datenschutz</a></li><li><a href="/kontakt/" title="Kontakt">Kontakt</a></li><li><a href="#" data-omcookie-panel-show="1">Cookie-Einstellungen</a></li></ul></div>
<div class="footer-copyright"><p>© 2025 {SITE}</p></div></div></section>
</footer>
</div>
<div class="tx-om-cookie-consent"><div class="om-cookie-panel" data-omcookie-panel="1"><h3>Cookie-Einstellungen</h3>
<div class="cookie-panel__selection"><form>
<div class="cookie-panel__checkbox-wrap"><input class="cookie-panel__checkbox cookie-panel__checkbox--state-inactiv" autocomplete="off" data-omcookie-panel-grp="1" id="group-1" type="checkbox" checked=1 data-omcookie-panel-essential="1" disabled="disabled" value="group-1" /><label for="group-1">Notwendig</label></div>
<div class="cookie-panel__checkbox-wrap"><input class="cookie-panel__checkbox" autocomplete="off" data-omcookie-panel-grp="1" id="group-2" type="checkbox" value="group-2" /><label for="group-2">Statistik</label></div>
<div class="cookie-panel__checkbox-wrap"><input class="cookie-panel__checkbox" autocomplete="off" data-omcookie-panel-grp="1" id="group-3" type="checkbox" value="group-3" /><label for="group-3">Externe Medien</label></div>
</form></div>
<div class="cookie-panel__description"><p>Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. Notwendige Cookies sind für den Betrieb erforderlich; Statistik-Cookies und externe Medien wie Videos laden wir nur mit Ihrer Einwilligung. Ihre Auswahl können Sie jederzeit in den Cookie-Einstellungen ändern.</p></div>
<div class="cookie-panel__control"><button data-omcookie-panel-save="all" class="cookie-panel__button cookie-panel__button--color--green">Alle akzeptieren</button><button data-omcookie-panel-save="min" class="cookie-panel__button">Nur notwendige Cookies</button><button data-omcookie-panel-save="save" class="cookie-panel__button">Auswahl speichern</button></div>
<div class="cookie-panel__link"><a href="/datenschutz/">Weitere Informationen</a></div>
</div></div>
<script src="/typo3temp/assets/compressed/merged-2a9e7c3d1f0b4e6a8c5d2b7f9e1a3c4d-min.js?1738141211"></script>
</body>
</html>"""

    def frame(self, uid: int, kind: str, inner: str, header: str = "") -> str:
        head = (f'<header class="frame-header"><h2 class="element-header"><span>{header}</span></h2></header>'
                if header else "")
        return (f'<div id="c{uid}" class="frame frame-default frame-type-{kind} frame-layout-0 frame-background-none '
                f'frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container">'
                f'<div class="frame-inner">{head}{inner}</div></div></div>')

    def aside(self, lang: str = "de") -> str:
        year, month = CALENDAR_NOW
        courses = self.frame(503, "textpic", (
            f'<h3>{"Health courses" if lang == "en" else "Gesundheitskurse"}</h3><p>'
            + ("Back training, yoga and relaxation courses near you. See this month's dates in our course calendar."
               if lang == "en" else f"Rückenfit, Yoga, Entspannung: Die Termine im {MONTHS[month - 1]} finden Sie in "
               "unserem Kurskalender.")
            + f'</p><p><a href="{self.e(self.month_path(year, month))}" class="btn btn-primary">'
            + ("Course calendar" if lang == "en" else "Zum Kurskalender") + "</a></p>"))
        if lang == "en":
            return courses
        popular = "".join(f'<li><a href="{self.e(self.link_of(o))}" title="{self.e(o.title)}">{self.e(o.title)}</a></li>'
                          for o in self.popular())
        return (self.frame(501, "news_pi1", f'<div class="news"><div class="news-list-view news-list-popular"><ul>{popular}'
                                            "</ul></div></div>", "Meistgelesen")
                + self.frame(502, "form_formframework", (
                    "<h3>Newsletter</h3><p>Einmal im Monat die neuesten Artikel aus dem Gesundheitsmagazin, Kurstermine "
                    'und Aktionen für Versicherte.</p><form action="/magazin/" method="post" class="newsletter-form">'
                    '<label for="nl-email" class="sr-only">E-Mail-Adresse</label><input type="email" id="nl-email" '
                    'name="tx_form_formframework[newsletter][email]" placeholder="Ihre E-Mail-Adresse" required="required">'
                    '<button type="submit" class="btn btn-secondary">Anmelden</button></form>'))
                + courses)

    # -- the news detail view ------------------------------------------------------------------------------

    def media(self, entry: Entry) -> str:
        L = self.labels(entry)
        videos = [b.text for b in entry.story.blocks if b.kind == "video"]
        if videos:
            players = []
            for src in videos:
                vid = src.rstrip("/").rsplit("/", 1)[-1]
                if "vimeo" in src:
                    player = (f'<iframe src="https://player.vimeo.com/video/{vid}?title=0&amp;byline=0&amp;portrait=0&amp;dnt=1" '
                              f'allowfullscreen width="750" height="422" title="{self.e(entry.title)}" allow="fullscreen"></iframe>')
                else:
                    player = (f'<iframe src="https://www.youtube-nocookie.com/embed/{vid}?autohide=1&amp;controls=1&amp;'
                              f'enablejsapi=1&amp;origin={quote(DOMAIN, safe="")}" allowfullscreen width="750" height="422" '
                              f'title="{self.e(entry.title)}" allow="fullscreen"></iframe>')
                players.append(f'<div class="mediaelement mediaelement-video"><div class="video-wrapper">{player}</div></div>'
                               f'<p class="news-img-caption">{L["video"]}: {SITE}</p>')
            return f'<div class="news-img-wrap"><div class="outer">{"".join(players)}</div></div>'
        credit = ("Adobe Stock/" + ("Halfpoint", "Robert Kneschke", "contrastwerkstatt", "Gorodenkoff")[entry.post_id % 4])
        return (f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image">'
                f'<a href="{self.image(entry.slug, 1200, 675)}" title="{self.e(entry.title)}" class="lightbox" rel="lightbox[myImageSet]">'
                f'<img class="img-fluid" src="{self.image(entry.slug)}" width="750" height="422" alt="{self.e(entry.title)}" /></a>'
                f'</div><p class="news-img-caption">{self.e(self.caption(entry))} {L["photo"]}: {credit}</p></div></div>')

    def caption(self, entry: Entry) -> str:
        if self.section_of(entry) == "en":
            return "Small changes add up over weeks and months."
        if self.section_of(entry) == "press":
            return f"Die Geschäftsstelle der {SITE} in Koblenz."
        return ("Kleine Veränderungen im Alltag wirken oft mehr als große Vorsätze.",
                "Regelmäßigkeit ist wichtiger als Perfektion.",
                "Sprechen Sie Ihre Ärztin oder Ihren Arzt an, wenn Sie unsicher sind.")[entry.post_id % 3]

    def block_html(self, block: Block, entry: Entry) -> str:
        """The RTE's bodytext: plain tags, no heading ids."""
        if block.kind in ("h2", "h3"):
            return f"<{block.kind}>{self.inline(block.text)}</{block.kind}>"
        if block.kind == "refs":
            items = "".join(f"<li>{self.inline(i)}</li>" for i in block.items)
            return f"<h3>{self.e(block.text)}</h3><ul>{items}</ul>"
        if block.kind == "figure":
            return (f'<figure class="image"><img src="/fileadmin/user_upload/{self.e(block.text.rsplit("/", 1)[-1])}" '
                    f'alt="{self.e(block.items[0])}" width="640" height="360" /></figure>')
        return super().block_html(block, entry)

    def author_box(self, entry: Entry) -> str:
        L = self.labels(entry)
        people = entry.authors
        role_gender = [self.about(p) for p in people]
        label = L["box_n"] if len(people) > 1 else (L["box_f"] if role_gender[0][1] == "f" else L["box_m"])
        rows = "".join(
            f'<div class="news-author-box__item media"><img class="news-author-box__image" src="/fileadmin/magazin/autoren/'
            f'{typo3_slug(p.name)}.jpg" alt="{self.e(self.shown(p))}" width="96" height="96" /><div class="media-body">'
            f'<p class="news-author-box__name"><strong>{self.e(self.shown(p))}</strong></p><p class="news-author-box__text">'
            + (f"{self.e(role)}. Writes for the health magazine of {SITE}." if self.section_of(entry) == "en" else
               f"{self.e(role)}. Schreibt für das Gesundheitsmagazin der {SITE}.")
            + "</p></div></div>" for p, (role, _) in zip(people, role_gender))
        return f'<div class="news-author-box"><h4 class="news-author-box__header">{label}</h4>{rows}</div>'

    def render_article(self, entry: Entry) -> str:
        section, L = self.section_of(entry), self.labels(entry)
        en = section == "en"
        path = self.post_path(entry)
        blocks = [b for b in entry.story.blocks if b.kind != "video"]
        lead = blocks[0] if len(blocks) > 1 and blocks[0].kind == "p" else None
        text = "\n".join(self.block_html(b, entry) for b in (blocks[1:] if lead else blocks))
        cat = entry.categories[0]
        byline = ""
        if section == "press":
            byline = (f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
                      f'<span itemprop="name">Pressestelle</span></span>')
        elif entry.authors and not self.boxed(entry):
            byline = (f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
                      f'{L["text"]} <span itemprop="name">{self.e(self.names(entry.authors, L["and_"]))}</span></span>')
        if entry.reviewer:
            byline += f'<span class="news-list-reviewer">{L["checked"]} {self.e(self.shown(entry.reviewer))}</span>'
        tags = ", ".join(f'<a href="{self.e(self.term_path(entry, "tags", t))}" title="{self.e(t)}">{self.e(t)}</a>'
                         for t in entry.tags)
        related = self.shown_related(entry)
        related_html = ""
        if related:
            related_html = (f'<div class="news-related news-related-news"><h4>{L["related"]}</h4><ul>'
                            + "".join(f'<li><span class="news-related-news-date">{self.day(o.published)}</span>'
                                      f'<a title="{self.e(o.title)}" href="{self.e(self.url(self.post_path(o)))}">{self.e(o.title)}</a></li>'
                                      for o in related) + "</ul></div>")
        if section != "press":
            related_html += (f'<div class="news-related news-related-links"><h4>{L["links"]}</h4><ul>'
                             + (f'<li><a href="/en/contact/" title="Contact">Contact and advice in English</a></li>' if en else
                                f'<li><a href="/gesundheitskurse/" title="Gesundheitskurse">Gesundheitskurse der {SITE}</a></li>')
                             + '<li><a href="https://gesund.bund.de/" target="_blank" title="gesund.bund.de">gesund.bund.de</a> '
                             "<span>Das Gesundheitsportal des Bundesministeriums für Gesundheit</span></li></ul></div>")
        if section == "mag" and entry.post_id % 2 == 0:
            related_html += (f'<div class="news-related news-related-files"><h4>{L["files"]}</h4><ul><li>'
                             '<span class="news-related-files-link"><a href="/fileadmin/user_upload/downloads/kursprogramm-2025.pdf" '
                             'target="_blank">Kursprogramm 2025 (PDF)</a></span><span class="news-related-files-size">1 MB</span>'
                             "</li></ul></div>")
        press_contact = ""
        if section == "press":
            press_contact = ('<div class="news-press-contact"><h4>Pressekontakt</h4><p>Sabine Krämer<br>Pressesprecherin<br>'
                             'Telefon 0261 98765-120<br><a href="mailto:presse@bkk-mittelrhein.example">presse@bkk-mittelrhein.example</a>'
                             "</p></div>")
        share_url = quote(self.url(path), safe="")
        detail = f"""<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{self.e(entry.title)}</h1></div>
<div class="footer"><p>{self.date_span(entry)}<span class="news-list-category"><a href="{self.e(self.term_path(entry, "categories", cat))}" title="{self.e(cat)}">{self.e(cat)}</a></span>{byline}</p></div>
{self.media(entry)}
{f'<div class="teaser-text" itemprop="description"><p>{self.inline(lead.text)}</p></div>' if lead else ''}
<div class="news-text-wrap" itemprop="articleBody">
{text}
</div>
{self.author_box(entry) if self.boxed(entry) else ''}{press_contact}
{f'<div class="news-tags"><span class="news-tags-label">{L["tags"]}</span> {tags}</div>' if tags else ''}
<div class="news-backlink-wrap"><a href="{SECTIONS[section][0]}">{L["back"]}</a></div>
<div class="shariff" data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;whatsapp&quot;,&quot;mail&quot;]" data-lang="{'en' if en else 'de'}" data-url="{self.e(self.url(path))}" data-title="{self.e(entry.title)}" data-mail-url="mailto:" data-mail-subject="{self.e(entry.title)}"><p class="shariff-label">{L["share"]}</p><noscript><a href="mailto:?subject={quote(entry.title)}&amp;body={share_url}">E-Mail</a></noscript></div>
<div class="news-related-wrap">
{related_html}
</div>
</div>
</div>"""
        description = self.teaser(entry, 30)
        head = (f'<meta name="description" content="{self.e(description)}" />\n'
                f'<meta property="og:title" content="{self.e(entry.title)}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{self.e(self.url(path))}" />\n<meta property="og:site_name" content="{SITE}" />\n'
                f'<meta property="og:image" content="{self.url(self.image(entry.slug, 500, 281))}" />\n'
                f'<meta property="og:description" content="{self.e(description)}" />\n'
                f'<link rel="canonical" href="{self.e(self.url(path))}"/>\n')
        base = SECTIONS[section][0]
        crumbs = ((("/en/", "Home"), (base, "Health magazine")) if en else
                  (("/", "Startseite"), (base, "Gesundheitsmagazin" if section == "mag" else "Pressemitteilungen")))
        return self.document(entry.title, self.frame(412 if section == "mag" else 388, "news_newsdetail", detail),
                             page_id=SECTIONS[section][1] + (1 if section != "en" else 5), lang=L["html"], head=head,
                             crumbs=(*crumbs, ("", entry.title)), aside=self.aside("en" if en else "de"), level=3)

    # -- the news list view --------------------------------------------------------------------------------

    def list_item(self, e: Entry, top: bool = False) -> str:
        L = self.labels(e)
        href = self.e(self.post_path(e))
        author = ""
        if self.section_of(e) == "press":
            author = '<span class="news-list-author">Pressestelle</span>'
        elif e.authors and not self.boxed(e):
            author = f'<span class="news-list-author">{L["text"]} {self.e(self.names(e.authors, L["and_"]))}</span>'
        return (f'<div class="article articletype-0{" topnews" if top else ""}" itemscope="itemscope" itemtype="http://schema.org/Article">'
                f'<div class="news-img-wrap"><a title="{self.e(e.title)}" href="{href}"><img class="img-fluid" '
                f'src="{self.image(e.slug, 300, 200)}" width="300" height="200" alt="" /></a></div>'
                f'<div class="header"><h3><a title="{self.e(e.title)}" href="{href}"><span itemprop="headline">{self.e(e.title)}'
                f"</span></a></h3></div>"
                f'<div class="teaser-text"><div itemprop="description"><p>{self.e(self.teaser(e, 24))}</p></div>'
                f'<a class="more" title="{self.e(e.title)}" href="{href}">{L["more"]}</a></div>'
                f'<div class="footer"><p>{self.date_span(e)}<span class="news-list-category">{self.e(e.categories[0])}</span>'
                f"{author}</p></div></div>")

    def pagination(self, L: dict, n: int, pages: int, path_of) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            items.append(f'<li class="previous"><a href="{self.e(path_of(n - 1))}" rel="prev" title="{L["prev"]}">{L["prev"]}</a></li>')
        for k in range(1, pages + 1):
            items.append(f'<li class="current"><span aria-current="page">{k}</span></li>' if k == n else
                         f'<li><a href="{self.e(path_of(k))}">{k}</a></li>')
        if n < pages:
            items.append(f'<li class="next"><a href="{self.e(path_of(n + 1))}" rel="next" title="{L["next"]}">{L["next"]}</a></li>')
        return (f'<div class="page-navigation"><p>{L["page"].format(n=n, pages=pages)}</p>'
                f'<ul class="f3-widget-paginator">{"".join(items)}</ul></div>')

    def render_listing(self, title: str, items: list[Entry], n: int, pages: int, path_of) -> str:
        section, kind, name = self.listing_of[path_of(1)]
        L = self.labels(section)
        base = SECTIONS[section][0]
        if kind == "home":
            heading = {"mag": "Gesundheitsmagazin", "press": "Pressemitteilungen", "en": "Health magazine"}[section]
        else:
            heading = f'{L["category" if kind == "categories" else "tag"]}: {name}'
        menu = ""
        if kind == "home" and section == "mag":
            cats = sorted({c for e in self.in_section("mag") for c in e.categories})
            menu = ('<div class="news-category-menu"><ul>' + "".join(
                f'<li><a href="{self.e(self.list_path("mag", ("categories", self.term_uid("categories", c))))}" '
                f'title="{self.e(c)}">{self.e(c)}</a></li>' for c in cats) + "</ul></div>")
        intro = ""
        if kind == "home" and n == 1 and section == "mag":
            intro = (f"<p>Ernährung, Bewegung, Schlaf und seelische Gesundheit: Im Gesundheitsmagazin der {SITE} "
                     "schreiben Ärztinnen, Ernährungsfachleute und unsere Redaktion über das, was im Alltag hilft.</p>")
        body = (f'<h1>{self.e(heading)}</h1>{intro}{menu}<div class="news"><div class="news-list-view" id="news-container-412">'
                + "".join(self.list_item(e, top=(i == 0 and n == 1 and kind == "home")) for i, e in enumerate(items))
                + self.pagination(L, n, pages, path_of) + "</div></div>")
        crumbs = [("/en/" if section == "en" else "/", L["home"]),
                  (base, {"mag": "Gesundheitsmagazin", "press": "Pressemitteilungen", "en": "Health magazine"}[section])]
        if kind != "home":
            crumbs.append(("", name))
        page_title = heading + (f" – {L['page'].format(n=n, pages=pages)[:-1]}" if n > 1 else "")
        head = f'<meta name="description" content="{self.e(heading)} – {SITE}" />\n<link rel="canonical" href="{self.e(self.url(path_of(n)))}"/>\n'
        return self.document(page_title, self.frame(412, "news_pi1", body), page_id=SECTIONS[section][1] - 1,
                             lang=L["html"], head=head, crumbs=tuple(crumbs), aside=self.aside("en" if section == "en" else "de"),
                             level=2)

    # -- pages ---------------------------------------------------------------------------------------------

    def static_pages(self) -> dict:
        return {"/": ("Startseite", self.home), "/kontakt/": ("Kontakt", self.text_page),
                "/impressum/": ("Impressum", self.text_page), "/datenschutz/": ("Datenschutz", self.text_page),
                "/leistungen/": ("Leistungen", self.text_page), "/mitglied-werden/": ("Mitglied werden", self.text_page),
                "/gesundheitskurse/": ("Gesundheitskurse", self.text_page), "/en/": ("Welcome", self.text_page),
                "/en/contact/": ("Contact", self.text_page)}

    PAGE_TEXT = {
        "/kontakt/": ("<p>Sie haben Fragen zu Ihrer Versicherung, zu Leistungen oder zur Mitgliedschaft? Unser "
                      "Kundenservice ist montags bis freitags von 8 bis 18 Uhr für Sie da.</p>"
                      "<h2>Service-Telefon</h2><p>0261 98765-0 (kostenfrei)</p>"
                      "<h2>Geschäftsstelle Koblenz</h2><p>Löhrstraße 20<br>56068 Koblenz</p>"
                      "<h2>Kontaktformular</h2>"
                      '<form action="/kontakt/" method="post" class="form"><div class="form-group"><label for="k-name">Name</label>'
                      '<input class="form-control" id="k-name" name="tx_form_formframework[kontakt][name]" type="text"></div>'
                      '<div class="form-group"><label for="k-mail">E-Mail</label><input class="form-control" id="k-mail" '
                      'name="tx_form_formframework[kontakt][email]" type="email"></div><div class="form-group"><label for="k-msg">'
                      'Ihre Nachricht</label><textarea class="form-control" id="k-msg" name="tx_form_formframework[kontakt][message]">'
                      '</textarea></div><button type="submit" class="btn btn-primary">Absenden</button></form>'),
        "/impressum/": ("<h2>Angaben gemäß § 5 DDG</h2><p>BKK Mittelrhein<br>Löhrstraße 20<br>56068 Koblenz</p>"
                        "<p>Die BKK Mittelrhein ist eine Körperschaft des öffentlichen Rechts.</p>"
                        "<h2>Vertreten durch den Vorstand</h2><p>Dr. Martin Hoffmann (Vorstandsvorsitzender)</p>"
                        "<h2>Aufsichtsbehörde</h2><p>Bundesamt für Soziale Sicherung, Friedrich-Ebert-Allee 38, 53113 Bonn</p>"
                        "<h2>Verantwortlich für den Inhalt</h2><p>Sabine Krämer, Unternehmenskommunikation, Anschrift wie oben</p>"
                        "<p>Stand: 01.01.2025</p>"),
        "/datenschutz/": ("<p>Der Schutz Ihrer Sozialdaten hat für uns höchste Priorität. Wir verarbeiten personenbezogene "
                          "Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen, insbesondere des Sozialgesetzbuches "
                          "und der Datenschutz-Grundverordnung.</p><h2>Cookies</h2><p>Notwendige Cookies setzen wir ohne "
                          "Einwilligung; alle weiteren nur, wenn Sie zustimmen.</p><h2>Datenschutzbeauftragter</h2>"
                          "<p>datenschutz@bkk-mittelrhein.example</p>"),
        "/leistungen/": ("<p>Als Versicherte der BKK Mittelrhein erhalten Sie alle gesetzlichen Leistungen und viele "
                         "Extras: professionelle Zahnreinigung, Osteopathie, Reiseimpfungen und ein Bonusprogramm.</p>"
                         "<ul><li>Zahnreinigung bis 80 Euro im Jahr</li><li>Osteopathie bis 240 Euro im Jahr</li>"
                         "<li>Reiseschutzimpfungen</li><li>Gesundheitskurse</li></ul>"),
        "/mitglied-werden/": ("<p>Wechseln ist einfach: Sie füllen den Mitgliedsantrag aus, wir kümmern uns um den Rest, "
                              "auch um die Kündigung bei Ihrer bisherigen Krankenkasse.</p><p><a href=\"/kontakt/\" "
                              "class=\"btn btn-primary\">Jetzt beraten lassen</a></p>"),
        "/en/": ("<p>Welcome to BKK Mittelrhein, a statutory health insurance fund in Koblenz. On these pages we explain "
                 "how health insurance works in Germany and what we offer members who are new to the country.</p>"
                 '<p><a href="/en/magazine/">Read our health magazine in English</a></p>'),
        "/en/contact/": ("<p>Our service team answers questions in English from Monday to Friday, 8am to 6pm.</p>"
                         "<h2>Phone</h2><p>+49 261 98765-0</p><h2>Address</h2><p>Löhrstraße 20, 56068 Koblenz, Germany</p>"),
    }

    def text_page(self, path: str, title: str) -> str:
        en = path.startswith("/en/")
        if path == "/gesundheitskurse/":
            year, month = CALENDAR_NOW
            content = ("<p>Ob Rückentraining, Yoga oder Stressbewältigung: Wir übernehmen die Kosten für zwei "
                       "zertifizierte Präventionskurse pro Jahr zu 80 Prozent, höchstens 150 Euro je Kurs.</p>"
                       f'<p><a href="{self.e(self.month_path(year, month))}">Kurskalender {MONTHS[month - 1]} {year}</a></p>'
                       '<p><a href="/fileadmin/user_upload/downloads/kursprogramm-2025.pdf">Kursprogramm 2025 (PDF)</a></p>')
        else:
            content = self.PAGE_TEXT[path]
        main = self.frame(300 + len(path), "text", f"<h1>{self.e(title)}</h1>{content}")
        crumbs = ((("/en/", "Home"),) if en else (("/", "Startseite"),)) + (("", title),)
        head = f'<meta name="description" content="{self.e(title)} – {SITE}" />\n<link rel="canonical" href="{self.url(path)}"/>\n'
        return self.document(title, main, page_id=20 + len(path), lang="en-GB" if en else "de-DE", head=head,
                             crumbs=crumbs if path != "/en/" else (), level=2)

    def home(self, path: str, title: str) -> str:
        latest = "".join(self.list_item(e) for e in self.in_section("mag")[:3])
        org = {"@context": "https://schema.org", "@type": "Organization", "name": SITE, "url": DOMAIN + "/",
               "logo": DOMAIN + "/typo3conf/ext/bkk_sitepackage/Resources/Public/Images/logo.svg",
               "contactPoint": {"@type": "ContactPoint", "telephone": "+49-261-98765-0", "contactType": "customer service"}}
        main = (self.frame(1, "textmedia", "<h1>Gesund versichert am Mittelrhein</h1><p>Persönliche Beratung, schnelle "
                           "Bearbeitung und starke Extras für Ihre Gesundheit.</p>")
                + self.frame(2, "news_pi1", f'<div class="news"><div class="news-list-view">{latest}</div></div>'
                             '<p><a href="/magazin/" class="btn btn-secondary">Alle Artikel</a></p>', "Aus dem Gesundheitsmagazin")
                + self.frame(3, "menu_pages", '<ul><li><a href="/leistungen/">Leistungen</a></li><li><a href="/mitglied-werden/">'
                             'Mitglied werden</a></li><li><a href="/gesundheitskurse/">Gesundheitskurse</a></li></ul>', "Service"))
        head = (f'<meta name="description" content="{SITE}: Ihre Krankenkasse in Koblenz und am Mittelrhein." />\n'
                f'<link rel="canonical" href="{self.url("/")}"/>\n'
                f'<script type="application/ld+json">{json.dumps(org, ensure_ascii=False)}</script>\n')
        return self.document(title, main, page_id=1, head=head, aside=self.aside(), level=0)

    # -- the course calendar (the trap) --------------------------------------------------------------------

    COURSES = (("Rückenfit", 2, "18:00"), ("Yoga für Einsteiger", 3, "19:00"), ("Entspannung nach Jacobson", 4, "17:30"))

    def month_view(self, year: int, month: int) -> str:
        prev = (year - 1, 12) if month == 1 else (year, month - 1)
        nxt = (year + 1, 1) if month == 12 else (year, month + 1)
        rows = []
        for uid, (course, weekday, time) in enumerate(self.COURSES, start=41):
            days = [d for d in range(1, 29) if date(year, month, d).isoweekday() == weekday][:2]
            for d in days:
                rows.append(f'<li class="vevent"><span class="dtstart">{d:02d}.{month:02d}.{year}, {time} Uhr</span> '
                            f'<a href="{self.e(self.event_path(year, month, uid, d))}" class="summary">{course}</a></li>')
        body = (f'<div class="tx-cal-controller"><h1>Kurskalender {MONTHS[month - 1]} {year}</h1>'
                f'<div class="cal-navigation"><a href="{self.e(self.month_path(*prev))}" class="cal-prev">« {MONTHS[prev[1] - 1]} {prev[0]}</a> '
                f'<a href="{self.e(self.month_path(*nxt))}" class="cal-next">{MONTHS[nxt[1] - 1]} {nxt[0]} »</a></div>'
                f'<ul class="cal-month-list">{"".join(rows)}</ul></div>')
        return self.document(f"Kurskalender {MONTHS[month - 1]} {year}", self.frame(620, "list", body), page_id=64,
                             crumbs=(("/", "Startseite"), ("/gesundheitskurse/", "Gesundheitskurse"), ("", "Kurskalender")),
                             level=2)

    def event_view(self, year: int, month: int, day: int, uid: int) -> str:
        course, _, time = self.COURSES[(uid - 41) % len(self.COURSES)]
        body = (f'<div class="tx-cal-controller"><div class="vevent"><h1 class="summary">{course}</h1>'
                f'<p class="dtstart">{day:02d}.{month:02d}.{year}, {time} Uhr</p><p class="location">Geschäftsstelle Koblenz, '
                f"Kursraum 2</p><p>Acht Termine, zertifiziert nach § 20 SGB V. Anmeldung über das Service-Telefon.</p>"
                f'<p><a href="{self.e(self.month_path(year, month))}">Zurück zum Kalender</a></p></div></div>')
        return self.document(course, self.frame(621, "list", body), page_id=64,
                             crumbs=(("/", "Startseite"), ("/gesundheitskurse/", "Gesundheitskurse"), ("", course)), level=3)
