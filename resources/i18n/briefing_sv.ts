<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../briefing/ui/actions.py" line="59" />
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="59" />
        <source>Move to the search field</source>
        <translation>Gå till sökfältet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="61" />
        <source>&amp;Annotate</source>
        <translation>&amp;Anteckna</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="62" />
        <source>Write a note on the selected text (available in a later version)</source>
        <translation>Skriv en anteckning om den markerade texten (kommer i en senare version)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="65" />
        <source>Add to &amp;briefing</source>
        <translation>Lägg till i &amp;sammanställning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="66" />
        <source>Add the item or section shown to the open briefing</source>
        <translation>Lägg till det visade objektet eller paragrafen i den öppna sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="69" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="70" />
        <source>Export the open briefing as a PDF</source>
        <translation>Exportera den öppna sammanställningen som PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="72" />
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="72" />
        <source>Larger text in the reader</source>
        <translation>Större text i läsvyn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="73" />
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="73" />
        <source>Smaller text in the reader</source>
        <translation>Mindre text i läsvyn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="74" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="74" />
        <source>Close Briefing</source>
        <translation>Stäng Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="76" />
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="77" />
        <source>Languages, organisation, logo and author name</source>
        <translation>Språk, organisation, logotyp och författarens namn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="80" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="81" />
        <source>Every key that Briefing understands</source>
        <translation>Alla tangenter som Briefing förstår</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="84" />
        <source>&amp;Annotations panel</source>
        <translation>&amp;Anteckningspanelen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="85" />
        <source>Show or hide the annotations of the item shown</source>
        <translation>Visa eller dölj anteckningarna för det visade objektet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="88" />
        <source>&amp;Briefings panel</source>
        <translation>&amp;Sammanställningspanelen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="89" />
        <source>Show or hide the briefings and their entries</source>
        <translation>Visa eller dölj sammanställningarna och deras poster</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="33" />
        <source>No annotations on this item.</source>
        <translation>Inga anteckningar för det här objektet.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="34" />
        <source>Annotations</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="38" />
        <source>&amp;Briefings</source>
        <translation>&amp;Sammanställningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="39" />
        <source>&amp;Entries of the open briefing</source>
        <translation>&amp;Poster i den öppna sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="40" />
        <source>Briefings</source>
        <translation>Sammanställningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="41" />
        <source>Entries of the open briefing</source>
        <translation>Poster i den öppna sammanställningen</translation>
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
        <translation>(loggen kunde inte skrivas)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/crash_handler.py" line="55" />
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/crash_handler.py" line="57" />
        <source>Briefing met an error it did not expect. What you have written is saved. The details are in %1; please send that file to your IT support.</source>
        <translation>Ett oväntat fel inträffade i Briefing. Det du har skrivit är sparat. Detaljerna finns i %1; skicka filen till IT-supporten.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="55" />
        <source>Act %1</source>
        <translation>Lag %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="59" />
        <source>given %1</source>
        <translation>utfärdad %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="60" />
        <source>in force from %1</source>
        <translation>i kraft från %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="61" />
        <source>repealed %1</source>
        <translation>upphävd %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="67" />
        <source>This act is repealed and no longer in force.</source>
        <translation>Lagen är upphävd och gäller inte längre.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="72" />
        <source>Replaced by %1.</source>
        <translation>Ersatt av %1.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="77" />
        <source>This act is not yet in force.</source>
        <translation>Lagen har ännu inte trätt i kraft.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="86" />
        <source>Not available in %1; shown in %2.</source>
        <translation>Finns inte på %1; visas på %2.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="97" />
        <source>Also in: %1</source>
        <translation>Finns också på: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="122" />
        <source>Published %1</source>
        <translation>Publicerad %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="136" />
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="137" />
        <source>Facts checked %1</source>
        <translation>Uppgifterna kontrollerade %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>Official text imported from Finlex.</source>
        <translation>Officiell text, importerad från Finlex.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="145" />
        <source>Our summary of the act, not the official text.</source>
        <translation>Vår sammanfattning av lagen, inte den officiella texten.</translation>
    </message>
</context>
<context>
    <name>KindList</name>
    <message>
        <location filename="../../briefing/ui/widgets/kind_list.py" line="46" />
        <source>Kinds of material</source>
        <translation>Typer av material</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/kind_list.py" line="50" />
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="27" />
        <source>Legislation</source>
        <translation>Lagstiftning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="28" />
        <source>Priority areas</source>
        <translation>Prioriterade områden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="29" />
        <source>News</source>
        <translation>Nyheter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="30" />
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="31" />
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="32" />
        <source>Partnership programme</source>
        <translation>Partnerskapsprogrammet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="33" />
        <source>Learning</source>
        <translation>Utbildning</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="304" />
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="321" />
        <source>Library %1</source>
        <translation>Bibliotek %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="350" />
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="383" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="384" />
        <source>Search the library (Ctrl+F)</source>
        <translation>Sök i biblioteket (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="385" />
        <location filename="../../briefing/ui/main_window.py" line="386" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="388" />
        <source>Set by your organisation</source>
        <translation>Fastställt av din organisation</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="46" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="47" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="48" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="49" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/menu_bar.py" line="50" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../briefing/ui/widgets/reader_view.py" line="81" />
        <source>Reader</source>
        <translation>Läsvy</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/reader_view.py" line="82" />
        <source>The text of the item or section you opened</source>
        <translation>Texten i objektet eller paragrafen du öppnade</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="79" />
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="80" />
        <source>Search status</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="83" />
        <source>Nothing found for “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="85" />
        <source>%n result(s)</source>
        <translation><numerusform>%n träff</numerusform><numerusform>%n träffar</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="87" />
        <source>%n item(s)</source>
        <translation><numerusform>%n objekt</numerusform><numerusform>%n objekt</numerusform></translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="89" />
        <source>This search could not be run. Try other words.</source>
        <translation>Sökningen kunde inte göras. Försök med andra ord.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="93" />
        <source>The library could not be opened, so there is nothing to search or read yet. Ask your IT support to install the library content, or build it with “briefing content build”.</source>
        <translation>Biblioteket kunde inte öppnas, så det finns ännu inget att söka i eller läsa. Be IT-supporten installera bibliotekets innehåll, eller bygg det med ”briefing content build”.</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../../briefing/ui/widgets/section_list.py" line="60" />
        <source>Sections of the act</source>
        <translation>Lagens paragrafer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="167" />
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="167" />
        <source>Images (*.png *.jpg)</source>
        <translation>Bilder (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="205" />
        <source>The settings could not be saved: %1</source>
        <translation>Inställningarna kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="218" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="220" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="221" />
        <source>&amp;Content languages, in order:</source>
        <translation>&amp;Innehållets språk i ordning:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="222" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="223" />
        <source>&amp;Logo for exports:</source>
        <translation>&amp;Logotyp för exporter:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="224" />
        <source>&amp;Author name:</source>
        <translation>&amp;Författarens namn:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="225" />
        <source>&amp;Export language:</source>
        <translation>&amp;Exportspråk:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="227" />
        <source>Set by your organisation</source>
        <translation>Fastställt av din organisation</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="233" />
        <source>The system's language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="234" />
        <source>Content languages, in order</source>
        <translation>Innehållets språk i ordning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="235" />
        <source>Logo for exports</source>
        <translation>Logotyp för exporter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="236" />
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="237" />
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="238" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="239" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/settings_dialog.py" line="242" />
        <source>Settings shown greyed out are set by your organisation and cannot be changed here.</source>
        <translation>Inställningar som visas nedtonade har fastställts av din organisation och kan inte ändras här.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="50" />
        <source>From the search field to the results</source>
        <translation>Från sökfältet till resultaten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="50" />
        <source>Down</source>
        <translation>Nedåtpil</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="51" />
        <source>Open the result or section chosen</source>
        <translation>Öppna det valda resultatet eller den valda paragrafen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="51" />
        <source>Enter</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="52" />
        <source>Next or previous part of the window</source>
        <translation>Nästa eller föregående del av fönstret</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="52" />
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="53" />
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
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
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="64" />
        <source>Everything in Briefing can be done from the keyboard.</source>
        <translation>Allt i Briefing kan göras med tangentbordet.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="65" />
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="65" />
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
</TS>