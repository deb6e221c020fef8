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
        <source>Write a note on the selected text</source>
        <translation>Skriv en anteckning om den markerade texten</translation>
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
    <name>Annotating</name>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="104" />
        <source>Open an item and select a passage to annotate.</source>
        <translation>Öppna ett objekt och markera ett stycke att anteckna.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="109" />
        <source>Select a passage in the text of the item or a section to annotate it.</source>
        <translation>Markera ett stycke i objektets eller paragrafens text för att anteckna det.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="140" />
        <source>new note</source>
        <translation>ny anteckning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="141" />
        <source>Note saved.</source>
        <translation>Anteckningen sparades.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="155" />
        <source>This note's passage is not in the text shown.</source>
        <translation>Anteckningens stycke finns inte i den visade texten.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="189" />
        <source>note edited</source>
        <translation>anteckningen redigerad</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="200" />
        <source>note deleted</source>
        <translation>anteckningen borttagen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="201" />
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation>Anteckningen togs bort. Ctrl+Z för tillbaka den.</translation>
    </message>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>Dina anteckningar kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="70" />
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="81" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="78" />
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="78" />
        <source>&amp;Colour</source>
        <translation>&amp;Färg</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="78" />
        <source>&amp;Tag</source>
        <translation>&amp;Etikett</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="82" />
        <source>What should the reader know? (Markdown)</source>
        <translation>Vad ska läsaren veta? (Markdown)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="83" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="84" />
        <source>Tag</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="85" />
        <source>&amp;Private: left out of exports unless asked for</source>
        <translation>&amp;Privat: lämnas utanför exporter om inte annat begärs</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="86" />
        <source>Quoted passage</source>
        <translation>Citerat stycke</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="94" />
        <source>No annotations on this item.</source>
        <translation>Inga anteckningar för det här objektet.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="95" />
        <source>Annotations</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="96" />
        <source>&amp;Edit note…</source>
        <translation>&amp;Redigera anteckningen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="97" />
        <source>Edit the chosen note</source>
        <translation>Redigera den valda anteckningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="98" />
        <source>&amp;Delete note</source>
        <translation>&amp;Ta bort anteckningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="99" />
        <source>Delete the chosen note</source>
        <translation>Ta bort den valda anteckningen</translation>
    </message>
</context>
<context>
    <name>BriefingModel</name>
    <message numerus="yes">
        <location filename="../../briefing/ui/models/briefing_model.py" line="59" />
        <source>%n entries</source>
        <translation><numerusform>%n post</numerusform><numerusform>%n poster</numerusform></translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="245" />
        <source>&amp;Briefings</source>
        <translation>&amp;Sammanställningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="246" />
        <source>&amp;Entries of the open briefing</source>
        <translation>&amp;Poster i den öppna sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="247" />
        <source>Briefings</source>
        <translation>Sammanställningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="248" />
        <source>Entries of the open briefing</source>
        <translation>Poster i den öppna sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="250" />
        <source>Ctrl+Up and Ctrl+Down move an entry; Delete takes it out; Ctrl+Shift+T prints its other text (official text or our summary) where there is one</source>
        <translation>Ctrl+Upp och Ctrl+Ned flyttar en post; Delete tar bort den; Ctrl+Skift+T skriver ut dess andra text (officiell text eller vårt sammandrag) om det finns en</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="252" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="253" />
        <source>New briefing</source>
        <translation>Ny sammanställning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="254" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="255" />
        <source>Duplicate the chosen briefing</source>
        <translation>Duplicera den valda sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="256" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="257" />
        <source>Delete the chosen briefing</source>
        <translation>Ta bort den valda sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="258" />
        <source>&amp;Remove entry</source>
        <translation>&amp;Ta bort posten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="259" />
        <source>Remove the chosen entry</source>
        <translation>Ta bort den valda posten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="260" />
        <source>&amp;Memo for this entry</source>
        <translation>&amp;PM för den här posten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="261" />
        <source>Memo for this entry</source>
        <translation>PM för den här posten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="262" />
        <source>N&amp;otes to include</source>
        <translation>Anteckningar att ta &amp;med</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="263" />
        <source>Notes to include</source>
        <translation>Anteckningar att ta med</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="264" />
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="265" />
        <source>Memo and notes</source>
        <translation>PM och anteckningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="266" />
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="267" />
        <source>Open briefing</source>
        <translation>Öppen sammanställning</translation>
    </message>
    <message>
        <source>Earlier tabs</source>
        <translation>Tidigare flikar</translation>
    </message>
    <message>
        <source>Later tabs</source>
        <translation>Senare flikar</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Uppgifter…</translation>
    </message>
    <message>
        <source>Title, meeting, language and status</source>
        <translation>Rubrik, möte, språk och status</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_preview.py" line="36" />
        <source>Briefing preview</source>
        <translation>Förhandsvisning av sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_preview.py" line="37" />
        <source>The open briefing as it will be exported</source>
        <translation>Den öppna sammanställningen så som den kommer att exporteras</translation>
    </message>
</context>
<context>
    <name>Compiling</name>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="165" />
        <source>New briefing</source>
        <translation>Ny sammanställning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="171" />
        <source>new briefing</source>
        <translation>ny sammanställning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="180" />
        <source>briefing renamed</source>
        <translation>sammanställningen omdöpt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="186" />
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="192" />
        <source>briefing duplicated</source>
        <translation>sammanställningen duplicerad</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="200" />
        <source>briefing deleted</source>
        <translation>sammanställningen borttagen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="202" />
        <source>Briefing deleted. Ctrl+Z brings it back.</source>
        <translation>Sammanställningen togs bort. Ctrl+Z för tillbaka den.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="211" />
        <source>Open an item first, then add it to a briefing.</source>
        <translation>Öppna först ett objekt och lägg sedan till det i en sammanställning.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="218" />
        <source>entry added</source>
        <translation>posten tillagd</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="219" />
        <source>Added to the briefing.</source>
        <translation>Tillagd i sammanställningen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="292" />
        <source>Added to the briefing as the official text.</source>
        <translation>Tillagd i sammanställningen som officiell text.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="229" />
        <source>entry moved</source>
        <translation>posten flyttad</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="236" />
        <source>entry removed</source>
        <translation>posten borttagen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="243" />
        <source>memo edited</source>
        <translation>PM:et redigerat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="251" />
        <source>notes chosen</source>
        <translation>anteckningarna valda</translation>
    </message>
    <message>
        <source>Your briefings cannot be read: %1</source>
        <translation>Dina sammanställningar kan inte läsas: %1</translation>
    </message>
    <message>
        <source>briefing details</source>
        <translation>sammanställningens uppgifter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="300" />
        <source>Added to the briefing as the text of the source.</source>
        <translation>Tillagd i sammanställningen som källans egen text.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>printed text switched</source>
        <translation>texten som skrivs ut bytt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The entry prints our summary.</source>
        <translation>Posten skriver ut vårt sammandrag.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The entry prints the official text.</source>
        <translation>Posten skriver ut den officiella texten.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The entry prints the text of the source.</source>
        <translation>Posten skriver ut källans egen text.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The notes chosen for this entry were made on the official text, so the entry prints it while they are chosen.</source>
        <translation>Anteckningarna som valts för posten gjordes i den officiella texten, så posten skriver ut den så länge de är valda.</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="150" />
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="195" />
        <source>Export briefing</source>
        <translation>Exportera sammanställningen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Marking</source>
        <translation>&amp;Märkning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="152" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="152" />
        <source>File &amp;name</source>
        <translation>Fil&amp;namn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="155" />
        <source>Excerpts</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="155" />
        <source>Full text</source>
        <translation>Hela texten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="159" />
        <source>No marking</source>
        <translation>Ingen märkning</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="160" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="161" />
        <source>Not a public document</source>
        <translation>Inte en offentlig handling</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="164" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="164" />
        <source>Accessible HTML</source>
        <translation>Tillgänglig HTML</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="165" />
        <source>Include &amp;private notes</source>
        <translation>Ta med &amp;privata anteckningar</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="167" />
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="168" />
        <source>Full text or excerpts</source>
        <translation>Hela texten eller utdrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="169" />
        <source>Marking on the cover</source>
        <translation>Märkning på pärmbladet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="170" />
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="171" />
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="172" />
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="175" />
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="176" />
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="177" />
        <source>&amp;Open file</source>
        <translation>&amp;Öppna filen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="178" />
        <source>Open &amp;folder</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="189" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="189" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="210" />
        <source>Give the file a name.</source>
        <translation>Ge filen ett namn.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="214" />
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="251" />
        <source>Exporting: %1</source>
        <translation>Exporterar: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="257" />
        <source>Saved as %1</source>
        <translation>Sparad som %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="268" />
        <source>The briefing could not be exported: %1</source>
        <translation>Sammanställningen kunde inte exporteras: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="269" />
        <source>The export failed because of a fault in Briefing: %1</source>
        <translation>Exporten misslyckades på grund av ett fel i Briefing: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="279" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2.</source>
        <translation>Filen kunde inte skrivas till %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten är förbrukad</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>du får inte skriva där</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>that name is a folder</source>
        <translation>namnet är en mapp</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="107" />
        <source>Import texts</source>
        <translation>Importera texter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="110" />
        <source>Choose Finlex open-data files (Akoma Ntoso XML) or a folder of them. Imported texts are marked official and kept in your profile.</source>
        <translation>Välj Finlex öppna data-filer (Akoma Ntoso XML) eller en mapp med sådana. Importerade texter märks som officiella och sparas i din profil.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="114" />
        <source>Choose &amp;files…</source>
        <translation>Välj &amp;filer…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="115" />
        <source>Choose f&amp;older…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="116" />
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="117" />
        <source>Import progress</source>
        <translation>Importens förlopp</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="118" />
        <source>Import summary</source>
        <translation>Sammanfattning av importen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="119" />
        <source>Chosen files</source>
        <translation>Valda filer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="132" />
        <source>Finlex files</source>
        <translation>Finlex-filer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="132" />
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-filer (*.xml);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="141" />
        <source>Folder of Finlex files</source>
        <translation>Mapp med Finlex-filer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="176" />
        <source>%1 texts imported from %2 files.</source>
        <translation>%1 texter importerade från %2 filer.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="184" />
        <source>%1 sections</source>
        <translation>%1 paragrafer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="190" />
        <source>Refused:</source>
        <translation>Avvisade:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="197" />
        <source>Text repaired (wrong encoding on its way):</source>
        <translation>Texten reparerad (fel teckenkodning på vägen):</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="206" />
        <source>Nothing was imported: %1</source>
        <translation>Inget importerades: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="208" />
        <source>The import failed because of a fault in Briefing: %1</source>
        <translation>Importen misslyckades på grund av ett fel i Briefing: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="215" />
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importen avbröts; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="234" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="234" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="159" />
        <source>Finlex open data (XML)</source>
        <translation>Finlex öppna data (XML)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="160" />
        <source>Web pages saved from a browser (HTML)</source>
        <translation>Webbsidor sparade i en webbläsare (HTML)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="161" />
        <source>News feed (RSS, Atom)</source>
        <translation>Nyhetsflöde (RSS, Atom)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="167" />
        <source>As the file states</source>
        <translation>Som filen anger</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="170" />
        <source>https://… if the page names no address</source>
        <translation>https://… om sidan inte anger någon adress</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>W&amp;hat to import:</source>
        <translation>&amp;Vad importeras:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="198" />
        <source>Choose portal pages saved from a browser (Save page as, HTML) or a folder of them. Each page is kept in your profile as the text of its source, with its address and the day of the import; it is not legislation.</source>
        <translation>Välj portalsidor som sparats i en webbläsare (Spara sida som, HTML) eller en mapp med sådana. Varje sida sparas i din profil som källans egen text, med sin adress och importdagen; den är inte lagstiftning.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="203" />
        <source>Choose news feeds (RSS 2.0 or Atom 1.0) or a folder of them. Each entry is kept in your profile as a news item: the text of its source, with its address.</source>
        <translation>Välj nyhetsflöden (RSS 2.0 eller Atom 1.0) eller en mapp med sådana. Varje post sparas i din profil som en nyhet: källans egen text, med sin adress.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="224" />
        <source>Web pages (*.html *.htm *.xhtml *.shtml);;All files (*)</source>
        <translation>Webbsidor (*.html *.htm *.xhtml *.shtml);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="225" />
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>Flöden (*.xml *.rss *.atom);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="228" />
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="237" />
        <source>Folder to import</source>
        <translation>Mapp att importera</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="274" />
        <source>The address must start with http:// or https://: %1</source>
        <translation>Adressen måste börja med http:// eller https://: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="30" />
        <source>not a web page: the file holds binary data</source>
        <translation>ingen webbsida: filen innehåller binärdata</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="31" />
        <source>not a web page (HTML)</source>
        <translation>ingen webbsida (HTML)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="33" />
        <source>the page does not state its language: choose it above</source>
        <translation>sidan anger inte sitt språk: välj det ovan</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="37" />
        <source>language %1 is not Finnish, Swedish or English</source>
        <translation>språket %1 är inte finska, svenska eller engelska</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="37" />
        <source>the page names no address: give the source address above</source>
        <translation>sidan anger ingen adress: ange källans adress ovan</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="38" />
        <source>the page has no title</source>
        <translation>sidan har ingen rubrik</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="40" />
        <source>the page's main content has no text</source>
        <translation>sidans huvudinnehåll har ingen text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="42" />
        <source>a news item needs a publication date; the page states none</source>
        <translation>en nyhet behöver ett publiceringsdatum; sidan anger inget</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="43" />
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="45" />
        <source>not a news feed (RSS 2.0 or Atom 1.0)</source>
        <translation>inget nyhetsflöde (RSS 2.0 eller Atom 1.0)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="47" />
        <source>damaged XML (%1)</source>
        <translation>skadad XML (%1)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="49" />
        <source>refused: the feed declares XML entities</source>
        <translation>avvisad: flödet deklarerar XML-entiteter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="51" />
        <source>refused: the feed refers to a file outside itself</source>
        <translation>avvisad: flödet hänvisar till en fil utanför sig själv</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="52" />
        <source>the feed has no entries</source>
        <translation>flödet har inga poster</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="53" />
        <source>it has no title</source>
        <translation>den har ingen rubrik</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="54" />
        <source>it has no date</source>
        <translation>den har inget datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="55" />
        <source>its date %1 is not a date</source>
        <translation>dess datum %1 är inget datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="57" />
        <source>it has no link to the news item</source>
        <translation>den har ingen länk till nyheten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="59" />
        <source>the feed does not state its language: choose it above</source>
        <translation>flödet anger inte sitt språk: välj det ovan</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="61" />
        <source>the file is larger than the %2 limit</source>
        <translation>filen är större än gränsen på %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="62" />
        <source>the file cannot be read</source>
        <translation>filen kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="64" />
        <source>the copy already there is as new or newer (%1)</source>
        <translation>kopian som redan finns är lika ny eller nyare (%1)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="66" />
        <source>the copy already there has the same text</source>
        <translation>kopian som redan finns har samma text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="67" />
        <source>the same item is also in %1</source>
        <translation>samma objekt finns också i %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="69" />
        <source>a newer copy is in %1</source>
        <translation>en nyare kopia finns i %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="28" />
        <source>entry %1 %2 refused: %3</source>
        <translation>post %1 %2 avvisad: %3</translation>
    </message>
    <message>
        <source>%1 pages or news items imported from %2 files.</source>
        <translation>%1 sidor eller nyheter importerade från %2 filer.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="147" />
        <source>replaces the older copy</source>
        <translation>ersätter den äldre kopian</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="158" />
        <source>Already in your library, not imported again:</source>
        <translation>Finns redan i ditt bibliotek, inte importerad igen:</translation>
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
        <source>Official text imported from Finlex on %1.</source>
        <translation>Officiell text, importerad från Finlex %1.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>ELI: %1</source>
        <translation>ELI: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>Show our summary</source>
        <translation>Visa vårt sammandrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>Show the official text</source>
        <translation>Visa den officiella texten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="145" />
        <source>Our summary of the act, not the official text.</source>
        <translation>Vår sammanfattning av lagen, inte den officiella texten.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="159" />
        <source>Text of the source, imported on %1; not our summary.</source>
        <translation>Källans egen text, importerad %1; inte vår sammanfattning.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="179" />
        <source>Our summary, not the text of the source.</source>
        <translation>Vår sammanfattning, inte källans egen text.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="180" />
        <source>Show the text of the source</source>
        <translation>Visa källans egen text</translation>
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
        <location filename="../../briefing/ui/main_window.py" line="308" />
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="325" />
        <source>Library %1</source>
        <translation>Bibliotek %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="398" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="399" />
        <source>Search the library (Ctrl+F)</source>
        <translation>Sök i biblioteket (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="400" />
        <location filename="../../briefing/ui/main_window.py" line="401" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="403" />
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
        <location filename="../../briefing/ui/widgets/result_pane.py" line="83" />
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="84" />
        <source>Search status</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="87" />
        <source>Nothing found for “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="89" />
        <source>%n result(s)</source>
        <translation><numerusform>%n träff</numerusform><numerusform>%n träffar</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="91" />
        <source>%n item(s)</source>
        <translation><numerusform>%n objekt</numerusform><numerusform>%n objekt</numerusform></translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="93" />
        <source>This search could not be run. Try other words.</source>
        <translation>Sökningen kunde inte göras. Försök med andra ord.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="97" />
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
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="1" />
        <source>Print the chosen entry&apos;s other text (official text or our summary)</source>
        <translation>Skriv ut den valda postens andra text (officiell text eller vårt sammandrag)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../briefing/ui/undo.py" line="59" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/undo.py" line="61" />
        <source>Undo: %1</source>
        <translation>Ångra: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/undo.py" line="61" />
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="115" />
        <source>Could not save: %1</source>
        <translation>Kunde inte spara: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="118" />
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="153" />
        <source>Open or make a briefing first, then export it.</source>
        <translation>Öppna eller skapa först en sammanställning och exportera den sedan.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="199" />
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="200" />
        <source>&amp;Import texts…</source>
        <translation>&amp;Importera texter…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="201" />
        <source>Import Finlex open-data files as official texts</source>
        <translation>Importera Finlex öppna data-filer som officiella texter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="250" />
        <source>Import Finlex open data, web pages saved from a browser or news feeds</source>
        <translation>Importera Finlex öppna data, webbsidor sparade i en webbläsare eller nyhetsflöden</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing details</source>
        <translation>Sammanställningens uppgifter</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>Meeting &amp;body</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Mötets &amp;datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>&amp;Promemoria</translation>
    </message>
    <message>
        <source>The meeting has a &amp;date</source>
        <translation>Mötet har ett &amp;datum</translation>
    </message>
    <message>
        <source>City board, council, committee…</source>
        <translation>Stadsstyrelse, fullmäktige, nämnd…</translation>
    </message>
    <message>
        <source>A note on the whole briefing (Markdown)</source>
        <translation>En anteckning om hela sammanställningen (Markdown)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Slutlig</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../briefing/ui/models/entry_model.py" line="150" />
        <source>official text</source>
        <translation>officiell text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/entry_model.py" line="155" />
        <source>The pack prints the official text; our summary if it has been removed.</source>
        <translation>Sammanställningen skriver ut den officiella texten; vårt sammandrag om den har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="300" />
        <source>text of the source</source>
        <translation>källans egen text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/entry_model.py" line="170" />
        <source>The pack prints the text of the source as imported, not our summary.</source>
        <translation>Paketet skriver ut källans egen text såsom den importerades, inte vår sammanfattning.</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>official text</source>
        <translation>officiell text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="300" />
        <source>text of the source</source>
        <translation>källans egen text</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="25" />
        <source>only a passage %1 % like the quote was found</source>
        <translation>endast ett ställe som till %1 % liknar citatet hittades</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="30" />
        <source>the text has changed since the note was made</source>
        <translation>texten har ändrats sedan anteckningen skrevs</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="33" />
        <source>the quoted passage has moved</source>
        <translation>det citerade stället har flyttats</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="36" />
        <source>the quoted passage is no longer in the text</source>
        <translation>det citerade stället finns inte längre i texten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="39" />
        <source>the section is no longer in the library</source>
        <translation>paragrafen finns inte längre i biblioteket</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="42" />
        <source>the item is no longer in the library</source>
        <translation>objektet finns inte längre i biblioteket</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="45" />
        <source>the official text it was made on has been removed</source>
        <translation>den officiella texten som anteckningen skrevs i har tagits bort</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="48" />
        <source>our summary it was made on is no longer in the library</source>
        <translation>vårt sammandrag som anteckningen skrevs i finns inte längre i biblioteket</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="53" />
        <source>Changed: %1</source>
        <translation>Ändrad: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="55" />
        <source>Orphaned: %1</source>
        <translation>Utan fäste: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="112" />
        <source>(private)</source>
        <translation>(privat)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="52" />
        <source>the text of the source it was made on has been removed</source>
        <translation>källans egen text som anteckningen skrevs i har tagits bort</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Print our summary</source>
        <translation>Skriv ut vårt sammandrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Print the text of the source</source>
        <translation>Skriv ut källans egen text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Print the official text</source>
        <translation>Skriv ut den officiella texten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Choose which text the briefing prints for this entry</source>
        <translation>Välj vilken text sammanställningen skriver ut för denna post</translation>
    </message>
</context>
</TS>