"""Saved portal pages and news feeds written by the tests (our own text, portal-like shape).

The page has what a browser's "Save page as" of the integration portal carries: a BOM,
the saved-from comment, canonical and hreflang links, Open Graph tags, a site header
with menus, a cookie banner, breadcrumbs, scripts, inline styles, event handlers, an
embedded video, a share box and a footer around the main content.
"""

from __future__ import annotations

from pathlib import Path

SITE = "https://kotoutuminen.fi"
PATHS = {
    "fi": "/kotoutumisohjelma",
    "sv": "/sv/integrationsprogram",
    "en": "/en/integration-programme",
}
TITLES = {
    "fi": "Kotoutumisohjelma",
    "sv": "Integrationsprogram",
    "en": "Integration programme",
}
LEADS = {
    "fi": "Kunnan on laadittava kotoutumisohjelma vähintään kerran valtuustokaudessa. "
    "Ohjelma kertoo, miten kunta edistää kotoutumista.",
    "sv": "Kommunen ska utarbeta ett integrationsprogram minst en gång per fullmäktigeperiod. "
    "Programmet beskriver hur kommunen främjar integrationen.",
    "en": "The municipality must draw up an integration programme at least once per council "
    "term. The programme sets out how the municipality promotes integration.",
}


def page_html(lang: str = "fi", *, description: bool = True, canonical: bool = True) -> str:
    """A saved portal page in ``lang``: the furniture around a main content."""
    path = PATHS[lang]
    alternates = "\n".join(
        f'<link rel="alternate" hreflang="{code}" href="{SITE}{p}">' for code, p in PATHS.items()
    )
    head_links = f'<link rel="canonical" href="{SITE}{path}">' if canonical else ""
    meta_description = (
        f'<meta name="description" content="{LEADS[lang].split(". ")[0]}.">' if description else ""
    )
    return f"""\ufeff<!DOCTYPE html>
<!-- saved from url=(0041){SITE}{path}?utm_source=x -->
<html lang="{lang}-FI" class="no-js"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLES[lang]} | Kotoutuminen</title>
{head_links}
{alternates}
<meta property="og:url" content="{SITE}{path}">
<meta property="og:site_name" content="Kotoutuminen">
<meta property="og:title" content="{TITLES[lang]}">
{meta_description}
<meta property="article:published_time" content="2023-05-10T09:00:00+03:00">
<meta property="article:modified_time" content="2025-01-02T12:30:00+02:00">
<style>body {{ font-family: sans-serif }} .hidden {{ display: none }}</style>
<script src="./Kotoutumisohjelma_files/main.js"></script>
<script type="application/ld+json">{{"@type": "WebPage", "name": "x"}}</script>
</head>
<body onload="track()">
<a class="skip-link" href="#main-content">Siirry sisältöön</a>
<div id="cookie-consent" class="cookie-banner" style="position:fixed">
  <p>Käytämme evästeitä. <button onclick="accept()">Salli kaikki</button></p>
</div>
<header class="site-header">
  <a href="/"><img src="./Kotoutumisohjelma_files/logo.svg" alt="Kotoutuminen.fi"></a>
  <nav aria-label="Päävalikko"><ul><li><a href="/maahanmuuttajille">Maahanmuuttajille</a></li>
  <li><a href="/paattajille">Päättäjille</a></li></ul></nav>
  <form role="search" action="/haku"><input name="q"><button>Hae</button></form>
</header>
<nav class="breadcrumbs"><a href="/">Etusivu</a> › <a href="/paattajille">Päättäjille</a></nav>
<main id="main-content">
  <h1>{TITLES[lang]}</h1>
  <p class="lead" style="font-size: 20px">{LEADS[lang]}</p>
  <h2>Mitä ohjelmaan kirjataan</h2>
  <p>Ohjelmassa kuvataan <strong>palvelut</strong>, <em>yhteistyö</em> ja
  <a href="/kumppanuusohjelma" onclick="steal()">kumppanuusohjelma</a>.
  Katso myös <a href="javascript:alert(1)">tämä</a> ja <a href="#osio">osio</a>.</p>
  <ul>
    <li>kotoutumisen edistämisen tavoitteet
    <li>palveluiden järjestäminen
  </ul>
  <table>
    <tr><th>Vaihe</th><th>Ajankohta</th></tr>
    <tr><td>Valmistelu</td><td>syksy</td></tr>
    <tr><td>Hyväksyminen</td><td>kevät</td></tr>
  </table>
  <iframe src="https://www.youtube.com/embed/xyz" title="Video"></iframe>
  <script>document.write("<p>injected</p>")</script>
  <p hidden>piilotettu teksti</p>
  <div class="share-buttons"><a href="https://twitter.com/share">Jaa</a></div>
  <p>Lisätietoja: <a href="mailto:kotoutuminen@example.fi">kotoutuminen@example.fi</a>
</main>
<aside><h2>Ajankohtaista</h2><p>Muuta sisältöä</p></aside>
<footer><p>© Työ- ja elinkeinoministeriö</p><a href="/saavutettavuus">Saavutettavuus</a></footer>
<script>window.dataLayer = [];</script>
</body></html>
"""


def save_page(folder: Path, lang: str = "fi", **kwargs: bool) -> Path:
    """Write the page as a browser saves it: the HTML and its ``_files`` folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{TITLES[lang]}.html"
    path.write_text(page_html(lang, **kwargs), encoding="utf-8")
    assets = folder / f"{TITLES[lang]}_files"
    assets.mkdir(exist_ok=True)
    (assets / "main.js").write_text("alert(1)", encoding="utf-8")
    (assets / "frame.html").write_text("<html><body><p>ad frame</p></body></html>", "utf-8")
    return path


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Kotoutuminen.fi – Ajankohtaista</title>
  <link>https://kotoutuminen.fi/ajankohtaista</link>
  <language>fi-FI</language>
  <item>
    <title>Valtioneuvoston kotoutumisselonteon yhteiskehittäminen alkaa</title>
    <link>/uutiset/selonteko-2020</link>
    <pubDate>Wed, 16 Sep 2020 09:00:00 +0300</pubDate>
    <category>selonteko</category>
    <category>yhteiskehittäminen, kunnat</category>
    <description>&lt;p&gt;Selonteon valmistelu alkaa &lt;b&gt;syksyllä 2020&lt;/b&gt;.
      Kunnat ja järjestöt kutsutaan mukaan.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Selonteon valmistelu alkaa <b>syksyllä 2020</b>.</p>
      <h3>Aikataulu</h3><ul><li>työpajat lokakuussa</li><li>kysely marraskuussa</li></ul>
      <script>alert('x')</script><p onclick="x()">Lue <a href="/selonteko">lisää</a>.</p>]]>
    </content:encoded>
  </item>
  <item>
    <title>Kotoutumislaki uudistuu vuoden 2025 alusta</title>
    <link>https://kotoutuminen.fi/uutiset/kotoutumislaki-2025</link>
    <dc:date>2024-12-20T08:00:00Z</dc:date>
    <description>Uusi kotoutumislaki tulee voimaan 1.1.2025.</description>
  </item>
  <item>
    <title>Päivämäärätön tiedote</title>
    <link>https://kotoutuminen.fi/uutiset/paivamaaraton</link>
    <description>Tällä uutisella ei ole päivämäärää.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <title>Integration.fi – Aktuellt</title>
  <link rel="alternate" type="text/html" href="https://kotoutuminen.fi/sv/aktuellt"/>
  <link rel="self" href="https://kotoutuminen.fi/sv/feed.atom"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-12-20T08:00:00Z</updated>
  <entry>
    <title type="html">Integrationslagen förnyas &lt;em&gt;2025&lt;/em&gt;</title>
    <link rel="alternate" href="nyheter/integrationslagen-2025"/>
    <id>urn:uuid:1</id>
    <published>2024-12-20T10:00:00+02:00</published>
    <updated>2025-01-03T10:00:00+02:00</updated>
    <category term="lagstiftning" label="Lagstiftning"/>
    <summary type="text">Den nya integrationslagen träder i kraft den 1 januari 2025.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Den nya <strong>integrationslagen</strong> träder i kraft.</p>
      <p>Läs <a href="https://kotoutuminen.fi/sv/lagstiftning">mer</a>.</p></div></content>
  </entry>
  <entry xml:lang="en">
    <title>Integration Act reform</title>
    <link href="https://kotoutuminen.fi/en/news/integration-act-2025"/>
    <id>urn:uuid:2</id>
    <updated>2024-12-21T10:00:00Z</updated>
    <summary type="html">&lt;p&gt;The new Integration Act enters into force in 2025.&lt;/p&gt;
    </summary>
  </entry>
</feed>
"""
