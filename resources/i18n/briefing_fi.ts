<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../briefing/ui/actions.py" line="59" />
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="59" />
        <source>Move to the search field</source>
        <translation>Siirry hakukenttään</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="61" />
        <source>&amp;Annotate</source>
        <translation>&amp;Kommentoi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="62" />
        <source>Write a note on the selected text (available in a later version)</source>
        <translation>Kirjoita muistiinpano valittuun tekstiin (tulossa myöhemmässä versiossa)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="65" />
        <source>Add to &amp;briefing</source>
        <translation>Lisää &amp;koosteeseen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="66" />
        <source>Add the item or section shown to the open briefing</source>
        <translation>Lisää näytetty kohde tai pykälä avoimeen koosteeseen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="69" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Vie PDF…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="70" />
        <source>Export the open briefing as a PDF</source>
        <translation>Vie avoin kooste PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="72" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="72" />
        <source>Larger text in the reader</source>
        <translation>Suurempi teksti lukunäkymässä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="73" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Pienennä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="73" />
        <source>Smaller text in the reader</source>
        <translation>Pienempi teksti lukunäkymässä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="74" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="74" />
        <source>Close Briefing</source>
        <translation>Sulje Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="76" />
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="77" />
        <source>Languages, organisation, logo and author name</source>
        <translation>Kielet, organisaatio, logo ja tekijän nimi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="80" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="81" />
        <source>Every key that Briefing understands</source>
        <translation>Kaikki näppäimet, joita Briefing ymmärtää</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="84" />
        <source>&amp;Annotations panel</source>
        <translation>&amp;Muistiinpanopaneeli</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="85" />
        <source>Show or hide the annotations of the item shown</source>
        <translation>Näytä tai piilota näytetyn kohteen muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="88" />
        <source>&amp;Briefings panel</source>
        <translation>&amp;Koostepaneeli</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="89" />
        <source>Show or hide the briefings and their entries</source>
        <translation>Näytä tai piilota koosteet ja niiden kohdat</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="33" />
        <source>No annotations on this item.</source>
        <translation>Tässä kohteessa ei ole muistiinpanoja.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="34" />
        <source>Annotations</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="38" />
        <source>&amp;Briefings</source>
        <translation>&amp;Koosteet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="39" />
        <source>&amp;Entries of the open briefing</source>
        <translation>&amp;Avoimen koosteen kohdat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="40" />
        <source>Briefings</source>
        <translation>Koosteet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="41" />
        <source>Entries of the open briefing</source>
        <translation>Avoimen koosteen kohdat</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../briefing/ui/crash_handler.py" line="49" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/crash_handler.py" line="52" />
        <source>(the log could not be written)</source>
        <translation>(lokia ei voitu kirjoittaa)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/crash_handler.py" line="55" />
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/crash_handler.py" line="57" />
        <source>Briefing met an error it did not expect. What you have written is saved. The details are in %1; please send that file to your IT support.</source>
        <translation>Briefingissä tapahtui odottamaton virhe. Kirjoittamasi on tallessa. Tiedot ovat tiedostossa %1; lähetä se IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="55" />
        <source>Act %1</source>
        <translation>Laki %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="59" />
        <source>given %1</source>
        <translation>annettu %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="60" />
        <source>in force from %1</source>
        <translation>voimassa %1 alkaen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="61" />
        <source>repealed %1</source>
        <translation>kumottu %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="67" />
        <source>This act is repealed and no longer in force.</source>
        <translation>Laki on kumottu eikä ole enää voimassa.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="72" />
        <source>Replaced by %1.</source>
        <translation>Korvattu säädöksellä %1.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="77" />
        <source>This act is not yet in force.</source>
        <translation>Laki ei ole vielä voimassa.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="86" />
        <source>Not available in %1; shown in %2.</source>
        <translation>Ei saatavilla kielellä %1; näytetään kielellä %2.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="97" />
        <source>Also in: %1</source>
        <translation>Myös kielellä: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="122" />
        <source>Published %1</source>
        <translation>Julkaistu %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="136" />
        <source>Source: %1</source>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="137" />
        <source>Facts checked %1</source>
        <translation>Tiedot tarkistettu %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>Official text imported from Finlex.</source>
        <translation>Virallinen teksti, tuotu Finlexistä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="145" />
        <source>Our summary of the act, not the official text.</source>
        <translation>Oma tiivistelmämme laista, ei virallinen teksti.</translation>
    </message>
</context>
<context>
    <name>KindList</name>
    <message>
        <location filename="../../briefing/ui/widgets/kind_list.py" line="46" />
        <source>Kinds of material</source>
        <translation>Aineiston lajit</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/kind_list.py" line="50" />
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="27" />
        <source>Legislation</source>
        <translation>Lainsäädäntö</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="28" />
        <source>Priority areas</source>
        <translation>Painopistealueet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="29" />
        <source>News</source>
        <translation>Uutiset</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="30" />
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="31" />
        <source>Actors</source>
        <translation>Toimijat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="32" />
        <source>Partnership programme</source>
        <translation>Kumppanuusohjelma</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="33" />
        <source>Learning</source>
        <translation>Oppimateriaali</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="304" />
        <source>The file %1 does not exist.</source>
        <translation>Tiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="321" />
        <source>Library %1</source>
        <translation>Kirjasto %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="350" />
        <source>Cannot open %1: %2</source>
        <translation>Kohdetta %1 ei voi avata: %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="383" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="384" />
        <source>Search the library (Ctrl+F)</source>
        <translation>Hae kirjastosta (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="385" />
        <location filename="../../briefing/ui/main_window.py" line="386" />
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="388" />
        <source>Set by your organisation</source>
        <translation>Organisaatiosi määrittämä</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="46" />
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="47" />
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="48" />
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="49" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="50" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../briefing/ui/widgets/reader_view.py" line="81" />
        <source>Reader</source>
        <translation>Lukunäkymä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/reader_view.py" line="82" />
        <source>The text of the item or section you opened</source>
        <translation>Avaamasi kohteen tai pykälän teksti</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="79" />
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="80" />
        <source>Search status</source>
        <translation>Haun tila</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="83" />
        <source>Nothing found for “%1”.</source>
        <translation>Haulla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="85" />
        <source>%n result(s)</source>
        <translation><numerusform>%n tulos</numerusform><numerusform>%n tulosta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="87" />
        <source>%n item(s)</source>
        <translation><numerusform>%n kohde</numerusform><numerusform>%n kohdetta</numerusform></translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="89" />
        <source>This search could not be run. Try other words.</source>
        <translation>Hakua ei voitu tehdä. Kokeile muita sanoja.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="93" />
        <source>The library could not be opened, so there is nothing to search or read yet. Ask your IT support to install the library content, or build it with “briefing content build”.</source>
        <translation>Kirjastoa ei voitu avata, joten haettavaa tai luettavaa ei vielä ole. Pyydä IT-tukea asentamaan kirjaston sisältö tai rakenna se komennolla ”briefing content build”.</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../../briefing/ui/widgets/section_list.py" line="60" />
        <source>Sections of the act</source>
        <translation>Lain pykälät</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="167" />
        <source>Choose a logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="167" />
        <source>Images (*.png *.jpg)</source>
        <translation>Kuvat (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="205" />
        <source>The settings could not be saved: %1</source>
        <translation>Asetuksia ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="218" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="220" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="221" />
        <source>&amp;Content languages, in order:</source>
        <translation>&amp;Sisällön kielet järjestyksessä:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="222" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="223" />
        <source>&amp;Logo for exports:</source>
        <translation>&amp;Logo vientitiedostoihin:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="224" />
        <source>&amp;Author name:</source>
        <translation>&amp;Tekijän nimi:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="225" />
        <source>&amp;Export language:</source>
        <translation>&amp;Vientikieli:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="227" />
        <source>Set by your organisation</source>
        <translation>Organisaatiosi määrittämä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="233" />
        <source>The system's language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="234" />
        <source>Content languages, in order</source>
        <translation>Sisällön kielet järjestyksessä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="235" />
        <source>Logo for exports</source>
        <translation>Logo vientitiedostoihin</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="236" />
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="237" />
        <source>Move &amp;down</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="238" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="239" />
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="242" />
        <source>Settings shown greyed out are set by your organisation and cannot be changed here.</source>
        <translation>Harmaina näkyvät asetukset on määrittänyt organisaatiosi, eikä niitä voi muuttaa tässä.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="50" />
        <source>From the search field to the results</source>
        <translation>Hakukentästä tuloksiin</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="50" />
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="51" />
        <source>Open the result or section chosen</source>
        <translation>Avaa valittu tulos tai pykälä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="51" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="52" />
        <source>Next or previous part of the window</source>
        <translation>Ikkunan seuraava tai edellinen osa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="52" />
        <source>Tab, Shift+Tab</source>
        <translation>Sarkain, Vaihto+Sarkain</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="53" />
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="53" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="63" />
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="66" />
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="64" />
        <source>Everything in Briefing can be done from the keyboard.</source>
        <translation>Kaiken Briefingissä voi tehdä näppäimistöllä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="65" />
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="65" />
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
</TS>