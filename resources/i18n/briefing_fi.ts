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
        <source>Write a note on the selected text</source>
        <translation>Kirjoita muistiinpano valittuun tekstiin</translation>
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
    <name>Annotating</name>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="104" />
        <source>Open an item and select a passage to annotate.</source>
        <translation>Avaa kohde ja valitse kohta, johon kirjoitat muistiinpanon.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="109" />
        <source>Select a passage in the text of the item or a section to annotate it.</source>
        <translation>Valitse kohdan tai pykälän tekstistä kohta, johon kirjoitat muistiinpanon.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="140" />
        <source>new note</source>
        <translation>uusi muistiinpano</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="141" />
        <source>Note saved.</source>
        <translation>Muistiinpano tallennettu.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="155" />
        <source>This note's passage is not in the text shown.</source>
        <translation>Tämän muistiinpanon kohtaa ei ole näytetyssä tekstissä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="189" />
        <source>note edited</source>
        <translation>muistiinpanoa muokattu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="200" />
        <source>note deleted</source>
        <translation>muistiinpano poistettu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/annotating.py" line="201" />
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation>Muistiinpano poistettu. Ctrl+Z palauttaa sen.</translation>
    </message>
    <message>
        <source>Your notes cannot be read: %1</source>
        <translation>Muistiinpanojasi ei voi lukea: %1</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="70" />
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="81" />
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="71" />
        <source>Red</source>
        <translation>Punainen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="78" />
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="78" />
        <source>&amp;Colour</source>
        <translation>&amp;Väri</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="78" />
        <source>&amp;Tag</source>
        <translation>&amp;Tunniste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="82" />
        <source>What should the reader know? (Markdown)</source>
        <translation>Mitä lukijan pitäisi tietää? (Markdown)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="83" />
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="84" />
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="85" />
        <source>&amp;Private: left out of exports unless asked for</source>
        <translation>&amp;Yksityinen: jätetään pois vientitiedostoista, ellei toisin pyydetä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/annotation_dialog.py" line="86" />
        <source>Quoted passage</source>
        <translation>Lainattu kohta</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="94" />
        <source>No annotations on this item.</source>
        <translation>Tässä kohteessa ei ole muistiinpanoja.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="95" />
        <source>Annotations</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="96" />
        <source>&amp;Edit note…</source>
        <translation>&amp;Muokkaa muistiinpanoa…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="97" />
        <source>Edit the chosen note</source>
        <translation>Muokkaa valittua muistiinpanoa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="98" />
        <source>&amp;Delete note</source>
        <translation>&amp;Poista muistiinpano</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/annotation_panel.py" line="99" />
        <source>Delete the chosen note</source>
        <translation>Poista valittu muistiinpano</translation>
    </message>
</context>
<context>
    <name>BriefingModel</name>
    <message numerus="yes">
        <location filename="../../briefing/ui/models/briefing_model.py" line="59" />
        <source>%n entries</source>
        <translation><numerusform>%n kohta</numerusform><numerusform>%n kohtaa</numerusform></translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="245" />
        <source>&amp;Briefings</source>
        <translation>&amp;Koosteet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="246" />
        <source>&amp;Entries of the open briefing</source>
        <translation>&amp;Avoimen koosteen kohdat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="247" />
        <source>Briefings</source>
        <translation>Koosteet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="248" />
        <source>Entries of the open briefing</source>
        <translation>Avoimen koosteen kohdat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="250" />
        <source>Ctrl+Up and Ctrl+Down move an entry; Delete takes it out; Ctrl+Shift+T prints its other text (official text or our summary) where there is one</source>
        <translation>Ctrl+Ylös ja Ctrl+Alas siirtävät kohtaa; Delete poistaa sen; Ctrl+Vaihto+T tulostaa sen toisen tekstin (virallinen teksti tai oma tiivistelmämme), jos sellainen on</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="252" />
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="253" />
        <source>New briefing</source>
        <translation>Uusi kooste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="254" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="255" />
        <source>Duplicate the chosen briefing</source>
        <translation>Monista valittu kooste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="256" />
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="257" />
        <source>Delete the chosen briefing</source>
        <translation>Poista valittu kooste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="258" />
        <source>&amp;Remove entry</source>
        <translation>&amp;Poista kohta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="259" />
        <source>Remove the chosen entry</source>
        <translation>Poista valittu kohta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="260" />
        <source>&amp;Memo for this entry</source>
        <translation>&amp;Muistio tälle kohdalle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="261" />
        <source>Memo for this entry</source>
        <translation>Muistio tälle kohdalle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="262" />
        <source>N&amp;otes to include</source>
        <translation>Mukaan otettavat &amp;muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="263" />
        <source>Notes to include</source>
        <translation>Mukaan otettavat muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="264" />
        <source>Entries</source>
        <translation>Kohdat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="265" />
        <source>Memo and notes</source>
        <translation>Muistio ja muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="266" />
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_panel.py" line="267" />
        <source>Open briefing</source>
        <translation>Avoin kooste</translation>
    </message>
    <message>
        <source>Earlier tabs</source>
        <translation>Aiemmat välilehdet</translation>
    </message>
    <message>
        <source>Later tabs</source>
        <translation>Myöhemmät välilehdet</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Tiedot…</translation>
    </message>
    <message>
        <source>Title, meeting, language and status</source>
        <translation>Otsikko, kokous, kieli ja tila</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_preview.py" line="36" />
        <source>Briefing preview</source>
        <translation>Koosteen esikatselu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/briefing_preview.py" line="37" />
        <source>The open briefing as it will be exported</source>
        <translation>Avoin kooste sellaisena kuin se viedään</translation>
    </message>
</context>
<context>
    <name>Compiling</name>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="165" />
        <source>New briefing</source>
        <translation>Uusi kooste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="171" />
        <source>new briefing</source>
        <translation>uusi kooste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="180" />
        <source>briefing renamed</source>
        <translation>kooste nimetty uudelleen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="186" />
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="192" />
        <source>briefing duplicated</source>
        <translation>kooste monistettu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="200" />
        <source>briefing deleted</source>
        <translation>kooste poistettu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="202" />
        <source>Briefing deleted. Ctrl+Z brings it back.</source>
        <translation>Kooste poistettu. Ctrl+Z palauttaa sen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="211" />
        <source>Open an item first, then add it to a briefing.</source>
        <translation>Avaa ensin kohde ja lisää se sitten koosteeseen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="218" />
        <source>entry added</source>
        <translation>kohta lisätty</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="219" />
        <source>Added to the briefing.</source>
        <translation>Lisätty koosteeseen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="292" />
        <source>Added to the briefing as the official text.</source>
        <translation>Lisätty koosteeseen virallisena tekstinä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="229" />
        <source>entry moved</source>
        <translation>kohta siirretty</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="236" />
        <source>entry removed</source>
        <translation>kohta poistettu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="243" />
        <source>memo edited</source>
        <translation>muistiota muokattu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="251" />
        <source>notes chosen</source>
        <translation>muistiinpanot valittu</translation>
    </message>
    <message>
        <source>Your briefings cannot be read: %1</source>
        <translation>Koosteitasi ei voi lukea: %1</translation>
    </message>
    <message>
        <source>briefing details</source>
        <translation>koosteen tiedot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="300" />
        <source>Added to the briefing as the text of the source.</source>
        <translation>Lisätty koosteeseen lähteen omana tekstinä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>printed text switched</source>
        <translation>tulostettava teksti vaihdettu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The entry prints our summary.</source>
        <translation>Kohtaan tulostetaan oma tiivistelmämme.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The entry prints the official text.</source>
        <translation>Kohtaan tulostetaan virallinen teksti.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The entry prints the text of the source.</source>
        <translation>Kohtaan tulostetaan lähteen oma teksti.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="1" />
        <source>The notes chosen for this entry were made on the official text, so the entry prints it while they are chosen.</source>
        <translation>Tähän kohtaan valitut muistiinpanot on tehty viralliseen tekstiin, joten kohtaan tulostetaan se niin kauan kuin ne ovat valittuina.</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="150" />
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="195" />
        <source>Export briefing</source>
        <translation>Vie kooste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Text</source>
        <translation>&amp;Teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="151" />
        <source>&amp;Marking</source>
        <translation>&amp;Merkintä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="152" />
        <source>&amp;Format</source>
        <translation>&amp;Muoto</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="152" />
        <source>File &amp;name</source>
        <translation>Tiedoston &amp;nimi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="155" />
        <source>Excerpts</source>
        <translation>Otteet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="155" />
        <source>Full text</source>
        <translation>Koko teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="159" />
        <source>No marking</source>
        <translation>Ei merkintää</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="160" />
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="161" />
        <source>Not a public document</source>
        <translation>Ei julkinen asiakirja</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="164" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="164" />
        <source>Accessible HTML</source>
        <translation>Saavutettava HTML</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="165" />
        <source>Include &amp;private notes</source>
        <translation>Ota mukaan &amp;yksityiset muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="167" />
        <source>Language of the document</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="168" />
        <source>Full text or excerpts</source>
        <translation>Koko teksti tai otteet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="169" />
        <source>Marking on the cover</source>
        <translation>Merkintä kansilehdellä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="170" />
        <source>File format</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="171" />
        <source>File name</source>
        <translation>Tiedoston nimi</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="172" />
        <source>Export progress</source>
        <translation>Viennin eteneminen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="175" />
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="176" />
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="177" />
        <source>&amp;Open file</source>
        <translation>&amp;Avaa tiedosto</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="178" />
        <source>Open &amp;folder</source>
        <translation>Avaa &amp;kansio</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="189" />
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="189" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="210" />
        <source>Give the file a name.</source>
        <translation>Anna tiedostolle nimi.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="214" />
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="251" />
        <source>Exporting: %1</source>
        <translation>Viedään: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="257" />
        <source>Saved as %1</source>
        <translation>Tallennettu nimellä %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="268" />
        <source>The briefing could not be exported: %1</source>
        <translation>Koostetta ei voitu viedä: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="269" />
        <source>The export failed because of a fault in Briefing: %1</source>
        <translation>Vienti epäonnistui Briefingin virheen vuoksi: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/export_dialog.py" line="279" />
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttu; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2.</source>
        <translation>Tiedostoa ei voitu kirjoittaa kohteeseen %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>levykiintiö on käytetty loppuun</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>sinne ei ole kirjoitusoikeutta</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>levy on vain luku -tilassa</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>kansiota ei ole</translation>
    </message>
    <message>
        <source>that name is a folder</source>
        <translation>nimi on kansion nimi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="107" />
        <source>Import texts</source>
        <translation>Tuo tekstejä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="110" />
        <source>Choose Finlex open-data files (Akoma Ntoso XML) or a folder of them. Imported texts are marked official and kept in your profile.</source>
        <translation>Valitse Finlexin avoimen datan tiedostot (Akoma Ntoso XML) tai niitä sisältävä kansio. Tuodut tekstit merkitään virallisiksi ja säilytetään profiilissasi.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="114" />
        <source>Choose &amp;files…</source>
        <translation>Valitse &amp;tiedostot…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="115" />
        <source>Choose f&amp;older…</source>
        <translation>Valitse &amp;kansio…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="116" />
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="117" />
        <source>Import progress</source>
        <translation>Tuonnin eteneminen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="118" />
        <source>Import summary</source>
        <translation>Tuonnin yhteenveto</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="119" />
        <source>Chosen files</source>
        <translation>Valitut tiedostot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="132" />
        <source>Finlex files</source>
        <translation>Finlex-tiedostot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="132" />
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-tiedostot (*.xml);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="141" />
        <source>Folder of Finlex files</source>
        <translation>Finlex-tiedostojen kansio</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="176" />
        <source>%1 texts imported from %2 files.</source>
        <translation>%1 tekstiä tuotu %2 tiedostosta.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="184" />
        <source>%1 sections</source>
        <translation>%1 pykälää</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="190" />
        <source>Refused:</source>
        <translation>Hylätty:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="197" />
        <source>Text repaired (wrong encoding on its way):</source>
        <translation>Teksti korjattu (väärä merkistö matkalla):</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="206" />
        <source>Nothing was imported: %1</source>
        <translation>Mitään ei tuotu: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="208" />
        <source>The import failed because of a fault in Briefing: %1</source>
        <translation>Tuonti epäonnistui Briefingin virheen vuoksi: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="215" />
        <source>Import cancelled; nothing was imported.</source>
        <translation>Tuonti peruttu; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="234" />
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="234" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="159" />
        <source>Finlex open data (XML)</source>
        <translation>Finlexin avoin data (XML)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="160" />
        <source>Web pages saved from a browser (HTML)</source>
        <translation>Selaimella tallennetut verkkosivut (HTML)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="161" />
        <source>News feed (RSS, Atom)</source>
        <translation>Uutissyöte (RSS, Atom)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="167" />
        <source>As the file states</source>
        <translation>Kuten tiedostossa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="170" />
        <source>https://… if the page names no address</source>
        <translation>https://… jos sivulla ei ole osoitetta</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>W&amp;hat to import:</source>
        <translation>&amp;Mitä tuodaan:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>&amp;Language:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="173" />
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="198" />
        <source>Choose portal pages saved from a browser (Save page as, HTML) or a folder of them. Each page is kept in your profile as the text of its source, with its address and the day of the import; it is not legislation.</source>
        <translation>Valitse selaimella tallennettuja portaalin sivuja (Tallenna sivu nimellä, HTML) tai niitä sisältävä kansio. Jokainen sivu säilytetään profiilissasi lähteen omana tekstinä osoitteineen ja tuontipäivineen; se ei ole lainsäädäntöä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="203" />
        <source>Choose news feeds (RSS 2.0 or Atom 1.0) or a folder of them. Each entry is kept in your profile as a news item: the text of its source, with its address.</source>
        <translation>Valitse uutissyötteitä (RSS 2.0 tai Atom 1.0) tai niitä sisältävä kansio. Jokainen merkintä säilytetään profiilissasi uutisena: lähteen omana tekstinä osoitteineen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="224" />
        <source>Web pages (*.html *.htm *.xhtml *.shtml);;All files (*)</source>
        <translation>Verkkosivut (*.html *.htm *.xhtml *.shtml);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="225" />
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>Syötteet (*.xml *.rss *.atom);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="228" />
        <source>Files to import</source>
        <translation>Tuotavat tiedostot</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="237" />
        <source>Folder to import</source>
        <translation>Tuotava kansio</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_dialog.py" line="274" />
        <source>The address must start with http:// or https://: %1</source>
        <translation>Osoitteen on alettava http:// tai https://: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="30" />
        <source>not a web page: the file holds binary data</source>
        <translation>ei verkkosivu: tiedostossa on binääridataa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="31" />
        <source>not a web page (HTML)</source>
        <translation>ei verkkosivu (HTML)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="33" />
        <source>the page does not state its language: choose it above</source>
        <translation>sivu ei kerro kieltään: valitse kieli yltä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/actions.py" line="37" />
        <source>language %1 is not Finnish, Swedish or English</source>
        <translation>kieli %1 ei ole suomi, ruotsi eikä englanti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="37" />
        <source>the page names no address: give the source address above</source>
        <translation>sivulla ei ole osoitetta: anna lähteen osoite yllä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="38" />
        <source>the page has no title</source>
        <translation>sivulla ei ole otsikkoa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="40" />
        <source>the page's main content has no text</source>
        <translation>sivun pääsisällössä ei ole tekstiä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="42" />
        <source>a news item needs a publication date; the page states none</source>
        <translation>uutisella on oltava julkaisupäivä; sivulla sitä ei ole</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="43" />
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="45" />
        <source>not a news feed (RSS 2.0 or Atom 1.0)</source>
        <translation>ei uutissyöte (RSS 2.0 tai Atom 1.0)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="47" />
        <source>damaged XML (%1)</source>
        <translation>vioittunut XML (%1)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="49" />
        <source>refused: the feed declares XML entities</source>
        <translation>hylätty: syöte määrittelee XML-entiteettejä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="51" />
        <source>refused: the feed refers to a file outside itself</source>
        <translation>hylätty: syöte viittaa itsensä ulkopuoliseen tiedostoon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="52" />
        <source>the feed has no entries</source>
        <translation>syötteessä ei ole merkintöjä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="53" />
        <source>it has no title</source>
        <translation>sillä ei ole otsikkoa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="54" />
        <source>it has no date</source>
        <translation>sillä ei ole päivämäärää</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="55" />
        <source>its date %1 is not a date</source>
        <translation>sen päivämäärä %1 ei ole päivämäärä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="57" />
        <source>it has no link to the news item</source>
        <translation>siinä ei ole linkkiä uutiseen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="59" />
        <source>the feed does not state its language: choose it above</source>
        <translation>syöte ei kerro kieltään: valitse kieli yltä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="61" />
        <source>the file is larger than the %2 limit</source>
        <translation>tiedosto on suurempi kuin %2:n raja</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="62" />
        <source>the file cannot be read</source>
        <translation>tiedostoa ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="64" />
        <source>the copy already there is as new or newer (%1)</source>
        <translation>kirjastossa jo oleva kopio on yhtä uusi tai uudempi (%1)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="66" />
        <source>the copy already there has the same text</source>
        <translation>kirjastossa jo olevassa kopiossa on sama teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="67" />
        <source>the same item is also in %1</source>
        <translation>sama kohde on myös tiedostossa %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="69" />
        <source>a newer copy is in %1</source>
        <translation>uudempi kopio on tiedostossa %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="28" />
        <source>entry %1 %2 refused: %3</source>
        <translation>merkintä %1 %2 hylätty: %3</translation>
    </message>
    <message>
        <source>%1 pages or news items imported from %2 files.</source>
        <translation>%1 sivua tai uutista tuotu %2 tiedostosta.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="147" />
        <source>replaces the older copy</source>
        <translation>korvaa vanhemman kopion</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/dialogs/import_summary.py" line="158" />
        <source>Already in your library, not imported again:</source>
        <translation>Jo kirjastossasi, ei tuotu uudelleen:</translation>
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
        <source>Official text imported from Finlex on %1.</source>
        <translation>Virallinen teksti, tuotu Finlexistä %1.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>ELI: %1</source>
        <translation>ELI: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>Show our summary</source>
        <translation>Näytä oma tiivistelmämme</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="142" />
        <source>Show the official text</source>
        <translation>Näytä virallinen teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="145" />
        <source>Our summary of the act, not the official text.</source>
        <translation>Oma tiivistelmämme laista, ei virallinen teksti.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="159" />
        <source>Text of the source, imported on %1; not our summary.</source>
        <translation>Lähteen oma teksti, tuotu %1; ei oma tiivistelmämme.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="179" />
        <source>Our summary, not the text of the source.</source>
        <translation>Oma tiivistelmämme, ei lähteen omaa tekstiä.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/item_page.py" line="180" />
        <source>Show the text of the source</source>
        <translation>Näytä lähteen oma teksti</translation>
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
        <location filename="../../briefing/ui/main_window.py" line="308" />
        <source>The file %1 does not exist.</source>
        <translation>Tiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="325" />
        <source>Library %1</source>
        <translation>Kirjasto %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="354" />
        <source>Cannot open %1: %2</source>
        <translation>Kohdetta %1 ei voi avata: %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="398" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="399" />
        <source>Search the library (Ctrl+F)</source>
        <translation>Hae kirjastosta (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="400" />
        <location filename="../../briefing/ui/main_window.py" line="401" />
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="403" />
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
        <location filename="../../briefing/ui/widgets/result_pane.py" line="83" />
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="84" />
        <source>Search status</source>
        <translation>Haun tila</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="87" />
        <source>Nothing found for “%1”.</source>
        <translation>Haulla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="89" />
        <source>%n result(s)</source>
        <translation><numerusform>%n tulos</numerusform><numerusform>%n tulosta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../briefing/ui/widgets/result_pane.py" line="91" />
        <source>%n item(s)</source>
        <translation><numerusform>%n kohde</numerusform><numerusform>%n kohdetta</numerusform></translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="93" />
        <source>This search could not be run. Try other words.</source>
        <translation>Hakua ei voitu tehdä. Kokeile muita sanoja.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/result_pane.py" line="97" />
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
    <message>
        <location filename="../../briefing/ui/dialogs/shortcuts_dialog.py" line="1" />
        <source>Print the chosen entry&apos;s other text (official text or our summary)</source>
        <translation>Tulosta valitun kohdan toinen teksti (virallinen teksti tai oma tiivistelmämme)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../briefing/ui/undo.py" line="59" />
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/undo.py" line="61" />
        <source>Undo: %1</source>
        <translation>Kumoa: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/undo.py" line="61" />
        <source>Nothing to undo</source>
        <translation>Ei kumottavaa</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="115" />
        <source>Could not save: %1</source>
        <translation>Tallennus ei onnistunut: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="118" />
        <source>Undone: %1</source>
        <translation>Kumottu: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="153" />
        <source>Open or make a briefing first, then export it.</source>
        <translation>Avaa tai tee ensin kooste ja vie se sitten.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="199" />
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="200" />
        <source>&amp;Import texts…</source>
        <translation>&amp;Tuo tekstejä…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="201" />
        <source>Import Finlex open-data files as official texts</source>
        <translation>Tuo Finlexin avoimen datan tiedostot virallisina teksteinä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/workflow.py" line="250" />
        <source>Import Finlex open data, web pages saved from a browser or news feeds</source>
        <translation>Tuo Finlexin avointa dataa, selaimella tallennettuja verkkosivuja tai uutissyötteitä</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing details</source>
        <translation>Koosteen tiedot</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <source>Meeting &amp;body</source>
        <translation>&amp;Toimielin</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Kokouksen &amp;päivä</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Pai&amp;kka</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>&amp;Muistio</translation>
    </message>
    <message>
        <source>The meeting has a &amp;date</source>
        <translation>Kokouksella on &amp;päivämäärä</translation>
    </message>
    <message>
        <source>City board, council, committee…</source>
        <translation>Kaupunginhallitus, valtuusto, lautakunta…</translation>
    </message>
    <message>
        <source>A note on the whole briefing (Markdown)</source>
        <translation>Huomio koko koosteesta (Markdown)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../briefing/ui/models/entry_model.py" line="150" />
        <source>official text</source>
        <translation>virallinen teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/entry_model.py" line="155" />
        <source>The pack prints the official text; our summary if it has been removed.</source>
        <translation>Koosteeseen tulostetaan virallinen teksti; jos se on poistettu, oma tiivistelmämme.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="300" />
        <source>text of the source</source>
        <translation>lähteen oma teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/entry_model.py" line="170" />
        <source>The pack prints the text of the source as imported, not our summary.</source>
        <translation>Koosteeseen tulostetaan lähteen oma teksti sellaisena kuin se tuotiin, ei oma tiivistelmämme.</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>official text</source>
        <translation>virallinen teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/compiling.py" line="300" />
        <source>text of the source</source>
        <translation>lähteen oma teksti</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="25" />
        <source>only a passage %1 % like the quote was found</source>
        <translation>löytyi vain kohta, joka vastaa lainausta %1-prosenttisesti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="30" />
        <source>the text has changed since the note was made</source>
        <translation>teksti on muuttunut muistiinpanon kirjoittamisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="33" />
        <source>the quoted passage has moved</source>
        <translation>lainattu kohta on siirtynyt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="36" />
        <source>the quoted passage is no longer in the text</source>
        <translation>lainattua kohtaa ei ole enää tekstissä</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="39" />
        <source>the section is no longer in the library</source>
        <translation>pykälää ei ole enää kirjastossa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="42" />
        <source>the item is no longer in the library</source>
        <translation>kohdetta ei ole enää kirjastossa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="45" />
        <source>the official text it was made on has been removed</source>
        <translation>virallinen teksti, johon muistiinpano kirjoitettiin, on poistettu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="48" />
        <source>our summary it was made on is no longer in the library</source>
        <translation>tiivistelmäämme, johon muistiinpano kirjoitettiin, ei ole enää kirjastossa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="53" />
        <source>Changed: %1</source>
        <translation>Muuttunut: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="55" />
        <source>Orphaned: %1</source>
        <translation>Irrallinen: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="112" />
        <source>(private)</source>
        <translation>(yksityinen)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/models/annotation_model.py" line="52" />
        <source>the text of the source it was made on has been removed</source>
        <translation>lähteen oma teksti, johon muistiinpano kirjoitettiin, on poistettu</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Print our summary</source>
        <translation>Tulosta oma tiivistelmämme</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Print the text of the source</source>
        <translation>Tulosta lähteen oma teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Print the official text</source>
        <translation>Tulosta virallinen teksti</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/entry_view.py" line="1" />
        <source>Choose which text the briefing prints for this entry</source>
        <translation>Valitse, mikä teksti koosteeseen tulostetaan tästä kohdasta</translation>
    </message>
</context>
</TS>