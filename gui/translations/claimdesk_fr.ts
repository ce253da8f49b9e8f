<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="66"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="68"/>
        <source>Open an article (.txt) or a claim sheet (.yaml)</source>
        <translation>Ouvrir un article (.txt) ou une fiche de vérification (.yaml)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73"/>
        <source>Open &amp;web address…</source>
        <translation>Ouvrir une adresse &amp;web…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="75"/>
        <source>Open an article by its web address</source>
        <translation>Ouvrir un article par son adresse web</translation>
    </message>
    <message>
        <location filename="../actions.py" line="80"/>
        <source>New from &amp;clipboard</source>
        <translation>Nouveau depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <location filename="../actions.py" line="82"/>
        <source>Open the text or web page in the clipboard as an article</source>
        <translation>Ouvrir comme article le texte ou la page web du presse-papiers</translation>
    </message>
    <message>
        <location filename="../actions.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../actions.py" line="89"/>
        <source>Save the claim sheet</source>
        <translation>Enregistrer la fiche de vérification</translation>
    </message>
    <message>
        <location filename="../actions.py" line="94"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="96"/>
        <source>Save the claim sheet under another name</source>
        <translation>Enregistrer la fiche sous un autre nom</translation>
    </message>
    <message>
        <location filename="../actions.py" line="101"/>
        <source>&amp;Export claim sheet…</source>
        <translation>E&amp;xporter la fiche…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="103"/>
        <source>Export the claim sheet as CSV or Markdown</source>
        <translation>Exporter la fiche en CSV ou en Markdown</translation>
    </message>
    <message>
        <location filename="../actions.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../actions.py" line="110"/>
        <source>Close ClaimDesk</source>
        <translation>Fermer ClaimDesk</translation>
    </message>
    <message>
        <location filename="../actions.py" line="116"/>
        <location filename="../actions.py" line="454"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../actions.py" line="118"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../actions.py" line="123"/>
        <location filename="../actions.py" line="459"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../actions.py" line="125"/>
        <source>Redo the change undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../actions.py" line="140"/>
        <source>Mark &amp;verified</source>
        <translation>Marquer &amp;vérifié</translation>
    </message>
    <message>
        <location filename="../actions.py" line="142"/>
        <source>Mark the selected claims verified</source>
        <translation>Marquer vérifiées les affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="147"/>
        <source>Mark &amp;false</source>
        <translation>Marquer &amp;faux</translation>
    </message>
    <message>
        <location filename="../actions.py" line="149"/>
        <source>Mark the selected claims false</source>
        <translation>Marquer fausses les affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="154"/>
        <source>Mark &amp;misleading</source>
        <translation>Marquer &amp;trompeur</translation>
    </message>
    <message>
        <location filename="../actions.py" line="156"/>
        <source>Mark the selected claims misleading</source>
        <translation>Marquer trompeuses les affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="161"/>
        <source>Mark &amp;inconclusive</source>
        <translation>Marquer &amp;non concluant</translation>
    </message>
    <message>
        <location filename="../actions.py" line="163"/>
        <source>Mark the selected claims inconclusive</source>
        <translation>Marquer non concluantes les affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="168"/>
        <source>Mark &amp;unchecked</source>
        <translation>Marquer non vérifi&amp;é</translation>
    </message>
    <message>
        <location filename="../actions.py" line="170"/>
        <source>Clear the verdict of the selected claims</source>
        <translation>Effacer le verdict des affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="175"/>
        <source>Mark in &amp;progress</source>
        <translation>Marquer en &amp;cours</translation>
    </message>
    <message>
        <location filename="../actions.py" line="177"/>
        <source>Mark the selected claims as being checked</source>
        <translation>Marquer en cours de vérification les affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="182"/>
        <source>&amp;Next unchecked claim</source>
        <translation>Affirmation non vérifiée &amp;suivante</translation>
    </message>
    <message>
        <location filename="../actions.py" line="184"/>
        <source>Select the next claim not yet checked</source>
        <translation>Sélectionner la prochaine affirmation pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../actions.py" line="189"/>
        <source>P&amp;revious unchecked claim</source>
        <translation>Affirmation non vérifiée &amp;précédente</translation>
    </message>
    <message>
        <location filename="../actions.py" line="191"/>
        <source>Select the previous claim not yet checked</source>
        <translation>Sélectionner l’affirmation précédente pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../actions.py" line="196"/>
        <source>&amp;Undo history…</source>
        <translation>&amp;Historique des annulations…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="203"/>
        <source>Resolve &amp;merge conflicts…</source>
        <translation>Résoudre les &amp;conflits de fusion…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="205"/>
        <source>Choose, for each field changed on both sides, which value to keep</source>
        <translation>Choisir, pour chaque champ modifié des deux côtés, la valeur à garder</translation>
    </message>
    <message>
        <location filename="../actions.py" line="224"/>
        <source>&amp;Article properties…</source>
        <translation>Propriétés de l’&amp;article…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="226"/>
        <source>Title, URL, publisher, author, date and language of the article</source>
        <translation>Titre, URL, éditeur, auteur, date et langue de l’article</translation>
    </message>
    <message>
        <location filename="../actions.py" line="238"/>
        <source>Back to the claims table (from the form)</source>
        <translation>Revenir au tableau des affirmations (depuis le formulaire)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="454"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler {0}</translation>
    </message>
    <message>
        <location filename="../actions.py" line="459"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir {0}</translation>
    </message>
    <message>
        <location filename="../actions.py" line="198"/>
        <source>Show every edit; click one to go back to it</source>
        <translation>Montrer chaque modification ; cliquer sur l’une pour y revenir</translation>
    </message>
    <message>
        <location filename="../actions.py" line="210"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../actions.py" line="212"/>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../actions.py" line="217"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="219"/>
        <source>Checker name, interface language, export folder</source>
        <translation>Nom du vérificateur, langue de l’interface, dossier d’export</translation>
    </message>
    <message>
        <location filename="../actions.py" line="231"/>
        <source>Add &amp;evidence link</source>
        <translation>Ajouter une &amp;source de preuve</translation>
    </message>
    <message>
        <location filename="../actions.py" line="233"/>
        <source>Add an evidence link to the current claim</source>
        <translation>Ajouter un lien de preuve à l’affirmation courante</translation>
    </message>
    <message>
        <location filename="../actions.py" line="240"/>
        <source>Leave the form and return to the claims table</source>
        <translation>Quitter le formulaire et revenir au tableau des affirmations</translation>
    </message>
    <message>
        <location filename="../actions.py" line="247"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="249"/>
        <source>Search the claims (quote, sentence, source, note)</source>
        <translation>Rechercher dans les affirmations (citation, phrase, source, note)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="254"/>
        <source>&amp;Add claim from selection</source>
        <translation>&amp;Ajouter une affirmation depuis la sélection</translation>
    </message>
    <message>
        <location filename="../actions.py" line="256"/>
        <source>Add a claim for the text selected in the article</source>
        <translation>Ajouter une affirmation pour le texte sélectionné dans l’article</translation>
    </message>
    <message>
        <location filename="../actions.py" line="261"/>
        <source>Set &amp;span to selection</source>
        <translation>Ancrer sur la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../actions.py" line="263"/>
        <source>Anchor the current claim on the text selected in the article</source>
        <translation>Ancrer l’affirmation courante sur le texte sélectionné dans l’article</translation>
    </message>
    <message>
        <location filename="../actions.py" line="268"/>
        <source>&amp;Delete claims</source>
        <translation>&amp;Supprimer les affirmations</translation>
    </message>
    <message>
        <location filename="../actions.py" line="270"/>
        <source>Delete the selected claims</source>
        <translation>Supprimer les affirmations sélectionnées</translation>
    </message>
    <message>
        <location filename="../actions.py" line="290"/>
        <source>Mark {0}</source>
        <translation>Marquer {0}</translation>
    </message>
    <message>
        <location filename="../actions.py" line="295"/>
        <source>Next unchecked claim</source>
        <translation>Affirmation non vérifiée suivante</translation>
    </message>
    <message>
        <location filename="../actions.py" line="299"/>
        <source>Previous unchecked claim</source>
        <translation>Affirmation non vérifiée précédente</translation>
    </message>
    <message>
        <location filename="../actions.py" line="304"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../actions.py" line="306"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../actions.py" line="314"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../actions.py" line="329"/>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <location filename="../actions.py" line="343"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../actions.py" line="345"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../article_dialog.py" line="34"/>
        <source>Article properties</source>
        <translation>Propriétés de l’article</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="48"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="58"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="59"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="60"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="61"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="62"/>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="63"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="81"/>
        <source>The URL must be a web address (http or https).</source>
        <translation>L’URL doit être une adresse web (http ou https).</translation>
    </message>
    <message>
        <location filename="../article_dialog.py" line="85"/>
        <source>The date is written YYYY-MM-DD (2025-02-26).</source>
        <translation>La date s’écrit AAAA-MM-JJ (2025-02-26).</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../article_view.py" line="112"/>
        <source>Source: {0}</source>
        <translation>Source : {0}</translation>
    </message>
    <message>
        <location filename="../article_view.py" line="114"/>
        <source>Via: {0}</source>
        <translation>Via : {0}</translation>
    </message>
</context>
<context>
    <name>BackgroundExtraction</name>
    <message>
        <location filename="../extraction.py" line="68"/>
        <source>Finding the claims…</source>
        <translation>Recherche des affirmations…</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClaimDetail</name>
    <message>
        <location filename="../detail.py" line="82"/>
        <source>Who made the claim</source>
        <translation>Qui l’affirme</translation>
    </message>
    <message>
        <location filename="../detail.py" line="85"/>
        <source>Outlet that relayed it, if any</source>
        <translation>Média qui l’a relayée, s’il y en a un</translation>
    </message>
    <message>
        <location filename="../detail.py" line="92"/>
        <source>Verdict note: what you checked and what you found</source>
        <translation>Note de vérification : ce que vous avez vérifié et ce que vous avez trouvé</translation>
    </message>
    <message>
        <location filename="../detail.py" line="98"/>
        <source>Every change of this claim: when, who, what</source>
        <translation>Chaque modification de l’affirmation : quand, qui, quoi</translation>
    </message>
    <message>
        <location filename="../detail.py" line="169"/>
        <source>No claim selected</source>
        <translation>Aucune affirmation sélectionnée</translation>
    </message>
    <message>
        <location filename="../detail.py" line="176"/>
        <source>p. {0}</source>
        <translation>p. {0}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="180"/>
        <source>The article changed here since the sheet was saved (the old words are in the history): look again, then mark the claim.</source>
        <translation>L’article a changé ici depuis l’enregistrement de la fiche (les anciens mots sont dans l’historique) : relisez, puis marquez l’affirmation.</translation>
    </message>
    <message>
        <location filename="../detail.py" line="220"/>
        <source>{0} · {1} · {2}: {3} → {4}</source>
        <translation>{0} · {1} · {2} : {3} → {4}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="226"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../detail.py" line="270"/>
        <source>Edit {0} of {1}</source>
        <translation>Modifier {0} de {1}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="332"/>
        <source>Edit evidence of {0}</source>
        <translation>Modifier les preuves de {0}</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../claims_model.py" line="205"/>
        <source>The article changed here since the sheet was saved: look again, then mark the claim (the old words are in its history).</source>
        <translation>L’article a changé ici depuis l’enregistrement de la fiche : relisez, puis marquez l’affirmation (les anciens mots sont dans son historique).</translation>
    </message>
    <message>
        <location filename="../claims_model.py" line="210"/>
        <source>Source: {0}</source>
        <translation>Source : {0}</translation>
    </message>
    <message>
        <location filename="../claims_model.py" line="212"/>
        <source>Via: {0}</source>
        <translation>Via : {0}</translation>
    </message>
    <message>
        <location filename="../claims_model.py" line="214"/>
        <source>Note: {0}</source>
        <translation>Note : {0}</translation>
    </message>
    <message>
        <location filename="../claims_model.py" line="242"/>
        <source>⚠ {0}, text changed</source>
        <translation>⚠ {0}, texte modifié</translation>
    </message>
    <message>
        <location filename="../claims_model.py" line="285"/>
        <source>Edit {0} of {1}</source>
        <translation>Modifier {0} de {1}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../conflicts.py" line="49"/>
        <source>Changes on both sides</source>
        <translation>Modifications des deux côtés</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="53"/>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="54"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="55"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="56"/>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="57"/>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="95"/>
        <source>Someone else saved this sheet while you worked. These fields were changed on both sides: choose which value to keep.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche pendant que vous travailliez. Ces champs ont été modifiés des deux côtés : choisissez la valeur à garder.</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="100"/>
        <source>A merge left these fields changed on both sides: choose which value to keep.</source>
        <translation>Une fusion a laissé ces champs modifiés des deux côtés : choisissez la valeur à garder.</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="125"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="125"/>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <location filename="../evidence.py" line="62"/>
        <source>The passage that supports the verdict</source>
        <translation>Le passage qui fonde le verdict</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="67"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="69"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="71"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="82"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="83"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="84"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="85"/>
        <source>Accessed</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="126"/>
        <source>(new link)</source>
        <translation>(nouveau lien)</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="184"/>
        <source>Type the link&apos;s URL, then press Enter to add it.</source>
        <translation>Saisissez l’URL du lien, puis Entrée pour l’ajouter.</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="242"/>
        <source>A link needs its URL: type it to add this link.</source>
        <translation>Un lien a besoin de son URL : saisissez-la pour ajouter ce lien.</translation>
    </message>
    <message>
        <location filename="../evidence.py" line="259"/>
        <source>A link needs its URL: the previous one is kept.</source>
        <translation>Un lien a besoin de son URL : la précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="59"/>
        <location filename="../export_dialog.py" line="233"/>
        <source>Export claim sheet</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="67"/>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="68"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="69"/>
        <source>Markdown table</source>
        <translation>Tableau Markdown</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="70"/>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="71"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="72"/>
        <source>ClaimReview JSON-LD (publishing)</source>
        <translation>ClaimReview JSON-LD (publication)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="78"/>
        <source>All claims ({0})</source>
        <translation>Toutes les affirmations ({0})</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="80"/>
        <source>Only claims marked:</source>
        <translation>Seulement les affirmations marquées :</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96"/>
        <source>The article&apos;s ({0})</source>
        <translation>Celle de l’article ({0})</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="102"/>
        <source>Start with a byte order mark (for Excel)</source>
        <translation>Commencer par une marque d’ordre des octets (pour Excel)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="105"/>
        <source>Separate fields with semicolons (Excel in French)</source>
        <translation>Séparer les champs par des points-virgules (Excel en français)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="111"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="125"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="130"/>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="131"/>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="134"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="138"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="143"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="247"/>
        <source>{0} claim(s) will be exported.</source>
        <translation>{0} affirmation(s) seront exportées.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="252"/>
        <source>An Excel workbook: a Claims sheet and an Article sheet.</source>
        <translation>Un classeur Excel : une feuille Affirmations et une feuille Article.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="254"/>
        <source>A PDF on A4 landscape: the HTML page, printed.</source>
        <translation>Un PDF en A4 paysage : la page HTML, imprimée.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="262"/>
        <source>This export cannot be written as it is.</source>
        <translation>Cet export ne peut pas être écrit en l’état.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="273"/>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
</context>
<context>
    <name>Fetching</name>
    <message>
        <location filename="../fetching.py" line="45"/>
        <source>Fetching {0}…</source>
        <translation>Téléchargement de {0}…</translation>
    </message>
    <message>
        <location filename="../fetching.py" line="46"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../files.py" line="93"/>
        <source>Open article or claim sheet</source>
        <translation>Ouvrir un article ou une fiche</translation>
    </message>
    <message>
        <location filename="../files.py" line="116"/>
        <location filename="../files.py" line="138"/>
        <location filename="../files.py" line="154"/>
        <location filename="../files.py" line="171"/>
        <source>Could not open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../files.py" line="157"/>
        <location filename="../files.py" line="174"/>
        <source>Opening cancelled</source>
        <translation>Ouverture annulée</translation>
    </message>
    <message>
        <location filename="../files.py" line="222"/>
        <source>Replace claim sheet?</source>
        <translation>Remplacer la fiche ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="243"/>
        <source>… and {0} more (Show Details)</source>
        <translation>… et {0} de plus (Afficher les détails)</translation>
    </message>
    <message>
        <location filename="../files.py" line="245"/>
        <source>Replacing it with this sheet loses all of it:</source>
        <translation>Le remplacer par cette fiche fait tout perdre :</translation>
    </message>
    <message>
        <location filename="../files.py" line="294"/>
        <location filename="../files.py" line="378"/>
        <source>Could not merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location filename="../files.py" line="197"/>
        <source>Save claim sheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location filename="../files.py" line="95"/>
        <source>Articles and claim sheets ({0} *.yaml *.yml);;All files (*)</source>
        <translation>Articles et fiches ({0} *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../files.py" line="108"/>
        <source>Open a web address</source>
        <translation>Ouvrir une adresse web</translation>
    </message>
    <message>
        <location filename="../files.py" line="109"/>
        <source>Address of the article (http or https):</source>
        <translation>Adresse de l’article (http ou https) :</translation>
    </message>
    <message>
        <location filename="../files.py" line="131"/>
        <source>The clipboard holds no text</source>
        <translation>Le presse-papiers ne contient pas de texte</translation>
    </message>
    <message>
        <location filename="../files.py" line="199"/>
        <source>Claim sheets (*.yaml *.yml)</source>
        <translation>Fiches de vérification (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../files.py" line="227"/>
        <source>{0} already exists and cannot be read as a claim sheet:</source>
        <translation>{0} existe déjà et ne peut pas être lu comme une fiche de vérification :</translation>
    </message>
    <message>
        <location filename="../files.py" line="230"/>
        <source>{0}

Replacing it loses whatever it holds.</source>
        <translation>{0}

Le remplacer fait perdre tout ce qu’il contient.</translation>
    </message>
    <message>
        <location filename="../files.py" line="236"/>
        <source>{0} already holds checked work: {1} verdict(s), {2} note(s), {3} evidence link(s).</source>
        <translation>{0} contient déjà du travail de vérification : {1} verdict(s), {2} note(s), {3} lien(s) de preuve.</translation>
    </message>
    <message>
        <location filename="../files.py" line="250"/>
        <source>{0} already exists, with no verdict, note or evidence.</source>
        <translation>{0} existe déjà, sans verdict, note ni preuve.</translation>
    </message>
    <message>
        <location filename="../files.py" line="254"/>
        <source>Replace it with this sheet?</source>
        <translation>Le remplacer par cette fiche ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="255"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../files.py" line="277"/>
        <source>Merge the changes saved on disk</source>
        <translation>Fusionner les modifications enregistrées sur le disque</translation>
    </message>
    <message>
        <location filename="../files.py" line="300"/>
        <source>Saved {0}, merged with the changes saved there meanwhile</source>
        <translation>{0} enregistré, fusionné avec les modifications enregistrées entre-temps</translation>
    </message>
    <message>
        <location filename="../files.py" line="302"/>
        <source>Saved {0}</source>
        <translation>{0} enregistrée</translation>
    </message>
    <message>
        <location filename="../files.py" line="313"/>
        <source>Read-only claim sheet</source>
        <translation>Fiche en lecture seule</translation>
    </message>
    <message>
        <location filename="../files.py" line="314"/>
        <source>{0} is read-only: ClaimDesk does not replace it. Save elsewhere?</source>
        <translation>{0} est en lecture seule : ClaimDesk ne le remplace pas. Enregistrer ailleurs ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="330"/>
        <source>{0} could not be written: {1}.

Your edits are still here, and the previous file is unchanged. Save them somewhere else?</source>
        <translation>{0} n’a pas pu être écrit : {1}.

Vos modifications sont toujours là et le fichier précédent est intact. Les enregistrer ailleurs ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="335"/>
        <source>{0} could not be written: {1}; its folder no longer exists.

Your edits are still here. Save them somewhere else?</source>
        <translation>{0} n’a pas pu être écrit : {1} ; son dossier n’existe plus.

Vos modifications sont toujours là. Les enregistrer ailleurs ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="340"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../files.py" line="355"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../files.py" line="356"/>
        <source>The claim sheet {0} has unsaved changes. Save them?</source>
        <translation>La fiche {0} a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="392"/>
        <source>Resolve merge conflicts</source>
        <translation>Résoudre les conflits de fusion</translation>
    </message>
    <message>
        <location filename="../files.py" line="406"/>
        <source>{0} was deleted or moved: saving will write it again</source>
        <translation>{0} a été supprimé ou déplacé : l’enregistrement le réécrira</translation>
    </message>
    <message>
        <location filename="../files.py" line="408"/>
        <source>{0} was changed by someone else: saving will merge both</source>
        <translation>{0} a été modifié par quelqu’un d’autre : l’enregistrement fusionnera les deux versions</translation>
    </message>
    <message>
        <location filename="../files.py" line="414"/>
        <source>Reloaded {0}: someone else saved it</source>
        <translation>{0} rechargé : quelqu’un d’autre l’a enregistré</translation>
    </message>
    <message>
        <location filename="../files.py" line="448"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="449"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../files.py" line="475"/>
        <location filename="../files.py" line="479"/>
        <location filename="../files.py" line="484"/>
        <source>Could not export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../files.py" line="486"/>
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <location filename="../files.py" line="488"/>
        <source>{0} note(s): {1}</source>
        <translation>{0} remarque(s) : {1}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="52"/>
        <source>Show or hide {0} claims</source>
        <translation>Afficher ou masquer les affirmations : {0}</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="57"/>
        <source>Only unchecked</source>
        <translation>Non vérifiées seulement</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="64"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="71"/>
        <source>Search quote, sentence, source, note (Ctrl+F)</source>
        <translation>Rechercher citation, phrase, source, note (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../dialogs.py" line="27"/>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="30"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="107"/>
        <source>{0} merge conflict(s) to resolve: Edit &gt; Resolve merge conflicts</source>
        <translation>{0} conflit(s) de fusion à résoudre : Édition &gt; Résoudre les conflits de fusion</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="114"/>
        <source>{0} was written in format {1} by an older ClaimDesk: it is not checked for truncation until it is saved</source>
        <translation>{0} a été écrit au format {1} par une ancienne version de ClaimDesk : sa troncature n’est pas vérifiée avant qu’il soit enregistré</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="33"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="37"/>
        <source>Your name, as it appears in the sheet</source>
        <translation>Votre nom, tel qu’il apparaît dans la fiche</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="40"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="44"/>
        <source>Applies the next time ClaimDesk starts</source>
        <translation>S’applique au prochain démarrage de ClaimDesk</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="47"/>
        <source>Beside the claim sheet</source>
        <translation>À côté de la fiche</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="48"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="55"/>
        <source>The desk that publishes the fact-checks</source>
        <translation>La rédaction qui publie les vérifications</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="63"/>
        <source>The address of each published review; {id} becomes the claim id</source>
        <translation>L’adresse de chaque vérification publiée ; {id} devient l’identifiant de l’affirmation</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="66"/>
        <source>Checker name</source>
        <translation>Nom du vérificateur</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="67"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="68"/>
        <location filename="../preferences_dialog.py" line="82"/>
        <source>Default export folder</source>
        <translation>Dossier d’export par défaut</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="69"/>
        <source>Desk name (ClaimReview)</source>
        <translation>Nom de la rédaction (ClaimReview)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="70"/>
        <source>Desk web site</source>
        <translation>Site de la rédaction</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="71"/>
        <source>Review URL template</source>
        <translation>Modèle d’URL des vérifications</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../app.py" line="113"/>
        <source>{0} recovery journal(s) of unsaved work could not be read (cut short or damaged) and will not be offered. They were set aside in:
{1}

{2}</source>
        <translation>{0} journal(aux) de récupération de travail non enregistré n’ont pas pu être lus (tronqués ou abîmés) et ne seront pas proposés. Ils ont été mis de côté dans :
{1}

{2}</translation>
    </message>
    <message>
        <location filename="../app.py" line="120"/>
        <source>(nowhere: they could not be moved)</source>
        <translation>(nulle part : ils n’ont pas pu être déplacés)</translation>
    </message>
    <message>
        <location filename="../app.py" line="143"/>
        <source>The copy of {0} this work started from could not be read ({1}); it was set aside in {2}. Save will ask before replacing the file</source>
        <translation>La copie de {0} dont ce travail est parti n’a pas pu être lue ({1}) ; elle a été mise de côté dans {2}. L’enregistrement demandera avant de remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../app.py" line="152"/>
        <source>(nowhere: it could not be moved)</source>
        <translation>(nulle part : elle n’a pas pu être déplacée)</translation>
    </message>
    <message>
        <location filename="../app.py" line="167"/>
        <source>Unreadable recovery journal</source>
        <translation>Journal de récupération illisible</translation>
    </message>
    <message>
        <location filename="../app.py" line="173"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <location filename="../app.py" line="174"/>
        <source>ClaimDesk closed without saving this work:

{0}

Restore it?</source>
        <translation>ClaimDesk s’est fermé sans enregistrer ce travail :

{0}

Le restaurer ?</translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <location filename="../document.py" line="199"/>
        <source>Mark {0} claim(s) {1}</source>
        <translation>Marquer {0} affirmation(s) : {1}</translation>
    </message>
    <message>
        <location filename="../document.py" line="215"/>
        <source>Edit {0} of {1}</source>
        <translation>Modifier {0} de {1}</translation>
    </message>
    <message>
        <location filename="../document.py" line="221"/>
        <source>Re-anchor {0}</source>
        <translation>Réancrer {0}</translation>
    </message>
    <message>
        <location filename="../document.py" line="228"/>
        <source>Add claim {0}</source>
        <translation>Ajouter l’affirmation {0}</translation>
    </message>
    <message>
        <location filename="../document.py" line="239"/>
        <source>Delete {0} claim(s)</source>
        <translation>Supprimer {0} affirmation(s)</translation>
    </message>
    <message>
        <location filename="../document.py" line="319"/>
        <source>Merge the changes saved on disk</source>
        <translation>Fusionner les modifications enregistrées sur le disque</translation>
    </message>
    <message>
        <location filename="../document.py" line="329"/>
        <source>Reload the sheet saved on disk</source>
        <translation>Recharger la fiche enregistrée sur le disque</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51"/>
        <source>{0} (claims table)</source>
        <translation>{0} (tableau des affirmations)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="62"/>
        <source>Edit the cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <location filename="../status_counts.py" line="39"/>
        <source>{0} claims</source>
        <translation>{0} affirmations</translation>
    </message>
    <message>
        <location filename="../status_counts.py" line="45"/>
        <source>{0} / {1} checked</source>
        <translation>{0} / {1} vérifiées</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../workflow.py" line="83"/>
        <source>{0} claim(s) marked {1}</source>
        <translation>{0} affirmation(s) marquée(s) : {1}</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="88"/>
        <location filename="../workflow.py" line="93"/>
        <source>Every claim has been checked</source>
        <translation>Toutes les affirmations ont été vérifiées</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="101"/>
        <source>Select the claim&apos;s text in the article first</source>
        <translation>Sélectionnez d’abord le texte de l’affirmation dans l’article</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="107"/>
        <source>The selection holds no text</source>
        <translation>La sélection ne contient pas de texte</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="110"/>
        <source>This text is already a claim</source>
        <translation>Ce texte est déjà une affirmation</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="115"/>
        <source>Added {0} ({1})</source>
        <translation>{0} ajoutée ({1})</translation>
    </message>
    <message>
        <location filename="../workflow.py" line="140"/>
        <source>Deleted {0} claim(s)</source>
        <translation>{0} affirmation(s) supprimée(s)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../article_dialog.py" line="124"/>
        <source>Edit the article&apos;s properties</source>
        <translation>Modifier les propriétés de l’article</translation>
    </message>
</context>
</TS>
