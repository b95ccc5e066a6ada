<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BUTable</name>
    <message>
        <source>Business units to upload</source>
        <translation>Unités commerciales à envoyer</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <source>To upload</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Dossier local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type the business unit name, e.g. italy_galbani</source>
        <translation>Saisissez le nom de l&apos;unité commerciale, par exemple italy_galbani</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Outputs: {folder}</source>
        <translation>Résultats&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Journaux&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>Aucun fichier n&apos;est ignoré.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nom d&apos;hôte du serveur</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Empreinte de la clé du serveur</translation>
    </message>
    <message>
        <source>SHA256:… (optional, from IT)</source>
        <translation>SHA256:… (facultatif, fourni par l&apos;informatique)</translation>
    </message>
    <message>
        <source>The server key&apos;s SHA256 fingerprint as IT gave it. When set, only that key is accepted, and a new server is trusted without asking.</source>
        <translation>L&apos;empreinte SHA256 de la clé du serveur, telle que fournie par l&apos;informatique. Si elle est renseignée, seule cette clé est acceptée, et un nouveau serveur est approuvé sans question.</translation>
    </message>
    <message>
        <source>Remote base folder</source>
        <translation>Dossier de base distant</translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation>&amp;Mémoriser</translation>
    </message>
    <message>
        <source>Remember password in the OS keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <source>Delete the stored password and key passphrase from the OS keyring</source>
        <translation>Supprimer du trousseau du système le mot de passe et la phrase secrète mémorisés</translation>
    </message>
    <message>
        <source>Test con&amp;nection</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Log in, check the server key and find each business unit</source>
        <translation>Se connecter, vérifier la clé du serveur et trouver chaque unité commerciale</translation>
    </message>
    <message>
        <source>Files already on the server</source>
        <translation>Fichiers déjà sur le serveur</translation>
    </message>
    <message>
        <source>What happens to a file that is already on the server. “Only when changed” compares its size and modification time with the local file.</source>
        <translation>Ce qu&apos;il advient d&apos;un fichier déjà présent sur le serveur. «&#xa0;Seulement s&apos;il a changé&#xa0;» compare sa taille et sa date de modification avec celles du fichier local.</translation>
    </message>
    <message>
        <source>Always replace them</source>
        <translation>Toujours les remplacer</translation>
    </message>
    <message>
        <source>Replace only when changed</source>
        <translation>Remplacer seulement s&apos;il a changé</translation>
    </message>
    <message>
        <source>Never replace them</source>
        <translation>Ne jamais les remplacer</translation>
    </message>
    <message>
        <source>Hos&amp;t</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Remote &amp;base</source>
        <translation>&amp;Dossier de base</translation>
    </message>
    <message>
        <source>&amp;Login with</source>
        <translation>Conne&amp;xion par</translation>
    </message>
    <message>
        <source>Server &amp;key</source>
        <translation>Clé du ser&amp;veur</translation>
    </message>
    <message>
        <source>F&amp;iles on the server</source>
        <translation>Fichiers sur le serve&amp;ur</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the password is asked for each session and never saved.</source>
        <translation>Aucun stockage sécurisé des mots de passe n&apos;est disponible sur cet ordinateur&#xa0;: le mot de passe est demandé à chaque session et jamais enregistré.</translation>
    </message>
    <message>
        <source>The server host is empty.</source>
        <translation>L&apos;hôte du serveur n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>Type the host name IT gave you.</source>
        <translation>Saisissez le nom d&apos;hôte fourni par l&apos;informatique.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>L&apos;identifiant n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>Type your SFTP user name.</source>
        <translation>Saisissez votre identifiant SFTP.</translation>
    </message>
    <message>
        <source>The stored password and key passphrase were deleted from the keyring.</source>
        <translation>Le mot de passe et la phrase secrète mémorisés ont été supprimés du trousseau.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business unit(s)</source>
        <translation>
            <numerusform>%n unité commerciale</numerusform>
            <numerusform>%n unités commerciales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>desktop-uploader: unexpected error</source>
        <translation>desktop-uploader&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Files on this computer are untouched; files already shown as done are on the server.

The details are saved in the log folder:
{folder}

Please send them to IT (Copy details, or the newest file in that folder).</source>
        <translation>Une erreur s&apos;est produite dans l&apos;application. Les fichiers de cet ordinateur sont intacts&#xa0;; les fichiers déjà indiqués comme terminés sont sur le serveur.

Les détails sont enregistrés dans le dossier des journaux&#xa0;:
{folder}

Merci de les envoyer à l&apos;informatique (Copier les détails, ou le fichier le plus récent de ce dossier).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>The demo server needs asyncssh: {hint}</source>
        <translation>Le serveur de démonstration a besoin d&apos;asyncssh&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>The demo server could not start ({reason}).</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer ({reason}).</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Copy the error for IT (never includes the password)</source>
        <translation>Copier l&apos;erreur pour l&apos;informatique (le mot de passe n&apos;y figure jamais)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>on the server: {size}</source>
        <translation>sur le serveur&#xa0;: {size}</translation>
    </message>
    <message>
        <source>on the server: {size}, {date}</source>
        <translation>sur le serveur&#xa0;: {size}, {date}</translation>
    </message>
    <message>
        <source>size could not be checked on the server</source>
        <translation>la taille n&apos;a pas pu être vérifiée sur le serveur</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>Identifiant SFTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Remote path</source>
        <translation>Chemin distant</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation>Filtre par unité commerciale</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Envois enregistrés</translation>
    </message>
    <message>
        <source>Files of the chosen run</source>
        <translation>Fichiers de l&apos;envoi choisi</translation>
    </message>
    <message>
        <source>&amp;Business unit</source>
        <translation>&amp;Unité commerciale</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match (the newest {max} are shown).</source>
        <translation>
            <numerusform>%n envoi enregistré correspond (les {max} plus récents sont affichés).</numerusform>
            <numerusform>%n envois enregistrés correspondent (les {max} plus récents sont affichés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match.</source>
        <translation>
            <numerusform>%n envoi enregistré correspond.</numerusform>
            <numerusform>%n envois enregistrés correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>Toutes les unités commerciales</translation>
    </message>
    <message>
        <source>Export the shown runs as CSV</source>
        <translation>Exporter les envois affichés en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n envoi</numerusform>
            <numerusform>%n envois</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {rows} ({runs}) to {path}.</source>
        <translation>Export de {rows} ({runs}) vers {path}.</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation>Échec de certains fichiers</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown server</source>
        <translation>Serveur inconnu</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Clé de serveur inconnue</translation>
    </message>
    <message>
        <source>&amp;Trust and remember</source>
        <translation>&amp;Approuver et mémoriser</translation>
    </message>
    <message>
        <source>This is the first connection to {server} from this computer. The server identifies itself with this key:</source>
        <translation>C&apos;est la première connexion à {server} depuis cet ordinateur. Le serveur s&apos;identifie avec cette clé&#xa0;:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you. Trust it only if they are identical; the key is then remembered and this question is not asked again.</source>
        <translation>Comparez l&apos;empreinte avec celle fournie par l&apos;informatique. Ne l&apos;approuvez que si elles sont identiques&#xa0;; la clé est alors mémorisée et cette question ne sera plus posée.</translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Pa&amp;ssword</source>
        <translation>Mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>par exemple ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>if the key has one</source>
        <translation>si la clé en a une</translation>
    </message>
    <message>
        <source>Remember passphrase</source>
        <translation>Mémoriser la phrase secrète</translation>
    </message>
    <message>
        <source>Remember the key&apos;s passphrase in the OS keyring</source>
        <translation>Mémoriser la phrase secrète de la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Ke&amp;y file</source>
        <translation>Fichier de clé &amp;SSH</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Uses the keys held by your running SSH agent (ssh-agent or Pageant).</source>
        <translation>Utilise les clés détenues par votre agent SSH en cours d&apos;exécution (ssh-agent ou Pageant).</translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation>Aucun fichier de clé privée n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Press Browse and choose your key file.</source>
        <translation>Cliquez sur Parcourir et choisissez votre fichier de clé.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>Type your SFTP password.</source>
        <translation>Saisissez votre mot de passe SFTP.</translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation>Choisissez votre fichier de clé privée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop Uploader: send pipeline results to the SFTP server</source>
        <translation>Desktop Uploader&#xa0;: envoyer les résultats du pipeline au serveur SFTP</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Add folders…</source>
        <translation>A&amp;jouter des dossiers…</translation>
    </message>
    <message>
        <source>Add folders</source>
        <translation>Ajouter des dossiers</translation>
    </message>
    <message>
        <source>Choose one or more business unit folders, or the pipeline&apos;s app folder</source>
        <translation>Choisir un ou plusieurs dossiers d&apos;unités commerciales, ou le dossier app du pipeline</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove selected business unit</source>
        <translation>Retirer l&apos;unité commerciale sélectionnée</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>Essa&amp;yer la démo</translation>
    </message>
    <message>
        <source>Try the demo server</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Start a practice SFTP server on this computer with sample pipeline folders</source>
        <translation>Démarrer un serveur SFTP d&apos;essai sur cet ordinateur, avec des dossiers de pipeline d&apos;exemple</translation>
    </message>
    <message>
        <source>…or drop folders anywhere on this window.</source>
        <translation>…ou déposez des dossiers sur la fenêtre.</translation>
    </message>
    <message>
        <source>Folder message</source>
        <translation>Message sur les dossiers</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show what Upload would send, replace and skip; nothing is sent</source>
        <translation>Montrer ce qu&apos;Envoyer enverrait, remplacerait et ignorerait&#xa0;; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send every listed business unit (Enter)</source>
        <translation>Envoyer toutes les unités commerciales de la liste (Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop the upload (Esc); finished files stay on the server</source>
        <translation>Arrêter l&apos;envoi (Échap)&#xa0;; les fichiers terminés restent sur le serveur</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unités commerciales</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>No server is set up yet: fill in the one IT gave you, or press “Try the demo server” to see how an upload goes.</source>
        <translation>Aucun serveur n&apos;est encore configuré&#xa0;: saisissez celui fourni par l&apos;informatique, ou cliquez sur «&#xa0;Essayer la démo&#xa0;» pour voir comment se passe un envoi.</translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation>Examen des dossiers…</translation>
    </message>
    <message>
        <source>These business units are already in the list.</source>
        <translation>Ces unités commerciales sont déjà dans la liste.</translation>
    </message>
    <message>
        <source>Tick the business units to send.</source>
        <translation>Cochez les unités commerciales à envoyer.</translation>
    </message>
    <message>
        <source>Only folders on this computer or a mapped drive can be added.</source>
        <translation>Seuls les dossiers de cet ordinateur ou d&apos;un lecteur réseau peuvent être ajoutés.</translation>
    </message>
    <message>
        <source>The demo server is running on this computer, with sample business units: press Upload.</source>
        <translation>Le serveur de démo tourne sur cet ordinateur, avec des unités commerciales d&apos;exemple&#xa0;: cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>An upload is running. Stop it and close the window?</source>
        <translation>Un envoi est en cours. L&apos;arrêter et fermer la fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Files marked Done are already on the server.</source>
        <translation>Les fichiers marqués Terminé sont déjà sur le serveur.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>Continuer l&apos;envoi</translation>
    </message>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation>Ajoutez des dossiers d&apos;unités commerciales, puis cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>Type a business unit name for each highlighted row, then press Upload.</source>
        <translation>Saisissez un nom d&apos;unité commerciale pour chaque ligne surlignée, puis cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>Ready: {units}, {files} ({size}). Press Upload to send them.</source>
        <translation>Prêt&#xa0;: {units}, {files} ({size}). Cliquez sur Envoyer pour les envoyer.</translation>
    </message>
    <message>
        <source>Files and their progress</source>
        <translation>Fichiers et leur progression</translation>
    </message>
    <message>
        <source>Choose business unit folders or the pipeline&apos;s app folder</source>
        <translation>Choisissez des dossiers d&apos;unités commerciales ou le dossier app du pipeline</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The settings file {path} could not be read; the defaults are used.</source>
        <translation>Le fichier de réglages {path} n&apos;a pas pu être lu&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file could not be read and was kept as {name}; defaults are used.</source>
        <translation>Le fichier de réglages n&apos;a pas pu être lu et a été conservé sous le nom {name}&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The credential store refused the password (it may be too long for it). The previously stored password, if any, is kept.</source>
        <translation>Le trousseau a refusé le mot de passe (il est peut-être trop long pour lui). Le mot de passe mémorisé auparavant, s&apos;il y en a un, est conservé.</translation>
    </message>
    <message>
        <source>The credential store refused the passphrase (it may be too long for it). The previously stored passphrase, if any, is kept.</source>
        <translation>Le trousseau a refusé la phrase secrète (elle est peut-être trop longue pour lui). La phrase secrète mémorisée auparavant, s&apos;il y en a une, est conservée.</translation>
    </message>
    <message>
        <source>No secure credential store is available, so the password cannot be remembered.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible&#xa0;: le mot de passe ne peut pas être mémorisé.</translation>
    </message>
    <message>
        <source>No secure credential store is available, so the passphrase cannot be remembered.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible&#xa0;: la phrase secrète ne peut pas être mémorisée.</translation>
    </message>
    <message>
        <source>The credential store could not be reached.</source>
        <translation>Le trousseau est injoignable.</translation>
    </message>
    <message>
        <source>Example of a valid name: italy_galbani.</source>
        <translation>Exemple de nom valide&#xa0;: italy_galbani.</translation>
    </message>
    <message>
        <source>Business unit {name} is not valid: {problem}.</source>
        <translation>L&apos;unité commerciale {name} n&apos;est pas valide&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>it is longer than {count} characters</source>
        <translation>il dépasse {count} caractères</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>il contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <source>it contains a path separator or &apos;..&apos;</source>
        <translation>il contient un séparateur de chemin ou &apos;..&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;_&apos; between the country and the unit (country_unit)</source>
        <translation>il n&apos;a pas de &apos;_&apos; entre le pays et l&apos;unité (pays_unité)</translation>
    </message>
    <message>
        <source>the country before the first &apos;_&apos; is empty</source>
        <translation>le pays avant le premier &apos;_&apos; est vide</translation>
    </message>
    <message>
        <source>the part after the country is empty</source>
        <translation>la partie après le pays est vide</translation>
    </message>
    <message>
        <source>only letters without accents (a to z), digits, &apos;_&apos; and &apos;-&apos; are allowed</source>
        <translation>seuls les lettres sans accent (a à z), les chiffres, &apos;_&apos; et &apos;-&apos; sont autorisés</translation>
    </message>
    <message>
        <source>server key type</source>
        <translation>type de clé de serveur</translation>
    </message>
    <message>
        <source>key exchange method</source>
        <translation>méthode d&apos;échange de clés</translation>
    </message>
    <message>
        <source>encryption cipher</source>
        <translation>algorithme de chiffrement</translation>
    </message>
    <message>
        <source>integrity check (MAC)</source>
        <translation>contrôle d&apos;intégrité (MAC)</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compression</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithme</translation>
    </message>
    <message>
        <source>Algorithm mismatch: the server offers no {what} this app accepts. This app accepts {accepted}; old servers that offer only ssh-rsa (SHA-1) host keys or SHA-1 key exchange are refused because those can be forged. Nothing was sent.</source>
        <translation>Algorithmes incompatibles&#xa0;: le serveur ne propose aucun {what} accepté par cette application. Elle accepte {accepted}&#xa0;; les anciens serveurs qui ne proposent que des clés d&apos;hôte ssh-rsa (SHA-1) ou un échange de clés SHA-1 sont refusés, car ceux-ci peuvent être falsifiés. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>only modern algorithms</source>
        <translation>seulement des algorithmes modernes</translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator: the server needs an ed25519, ECDSA or RSA key with SHA-2 signatures (rsa-sha2-256 or rsa-sha2-512).</source>
        <translation>Transmettez ce message à l&apos;administrateur du serveur&#xa0;: le serveur doit avoir une clé ed25519, ECDSA ou RSA avec des signatures SHA-2 (rsa-sha2-256 ou rsa-sha2-512).</translation>
    </message>
    <message>
        <source>No password, key file or agent was given for the login.</source>
        <translation>Aucun mot de passe, fichier de clé ou agent n&apos;a été donné pour la connexion.</translation>
    </message>
    <message>
        <source>Type the password, or choose a key file.</source>
        <translation>Saisissez le mot de passe, ou choisissez un fichier de clé.</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>could not be opened ({reason})</source>
        <translation>n&apos;a pas pu être ouvert ({reason})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>is not a private key in a format this app reads</source>
        <translation>n&apos;est pas une clé privée dans un format lisible par cette application</translation>
    </message>
    <message>
        <source>The key file {path} is protected by a passphrase.</source>
        <translation>Le fichier de clé {path} est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de la clé.</translation>
    </message>
    <message>
        <source>The passphrase of the key file {path} is wrong.</source>
        <translation>La phrase secrète du fichier de clé {path} est incorrecte.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase again; if it was remembered, forget it and retype it.</source>
        <translation>Saisissez à nouveau la phrase secrète de la clé&#xa0;; si elle était mémorisée, oubliez-la puis saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>The key file {path} {problem}.</source>
        <translation>Le fichier de clé {path} {problem}.</translation>
    </message>
    <message>
        <source>Choose your private key file (the one without .pub), of type ed25519, ECDSA or RSA.</source>
        <translation>Choisissez votre fichier de clé privée (celui sans .pub), de type ed25519, ECDSA ou RSA.</translation>
    </message>
    <message>
        <source>No SSH agent is running for this session (SSH_AUTH_SOCK is not set).</source>
        <translation>Aucun agent SSH ne tourne pour cette session (SSH_AUTH_SOCK n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>Start your SSH agent (or Pageant on Windows) and add your key, or choose another login method.</source>
        <translation>Démarrez votre agent SSH (ou Pageant sous Windows) et ajoutez-y votre clé, ou choisissez une autre méthode de connexion.</translation>
    </message>
    <message>
        <source>The SSH agent holds no key.</source>
        <translation>L&apos;agent SSH ne détient aucune clé.</translation>
    </message>
    <message>
        <source>Add a key to the agent with ssh-add.</source>
        <translation>Ajoutez une clé à l&apos;agent avec ssh-add.</translation>
    </message>
    <message>
        <source>The server printed unexpected text before SFTP started: a login script on the server is writing output.</source>
        <translation>Le serveur a affiché un texte inattendu avant le démarrage de SFTP&#xa0;: un script de connexion sur le serveur écrit quelque chose.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; the login scripts of this account must not print anything for SFTP to work.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: les scripts de connexion de ce compte ne doivent rien afficher pour que SFTP fonctionne.</translation>
    </message>
    <message>
        <source>Bad input</source>
        <translation>Saisie incorrecte</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Clé de serveur inconnue</translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation>La clé du serveur a changé</translation>
    </message>
    <message>
        <source>Server key not the expected one</source>
        <translation>La clé du serveur n&apos;est pas celle attendue</translation>
    </message>
    <message>
        <source>Remote folder not found</source>
        <translation>Dossier distant introuvable</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Server setup problem</source>
        <translation>Problème de configuration du serveur</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problème de réseau</translation>
    </message>
    <message>
        <source>Local file problem</source>
        <translation>Problème de fichier local</translation>
    </message>
    <message>
        <source>Server refused the file</source>
        <translation>Le serveur a refusé le fichier</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Corrigez la saisie et réessayez.</translation>
    </message>
    <message>
        <source>Check the user name and password, that the account is active, and that the server accepts connections from your network (IP restrictions).</source>
        <translation>Vérifiez l&apos;identifiant et le mot de passe, que le compte est actif et que le serveur accepte les connexions depuis votre réseau (restrictions d&apos;adresse IP).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you before trusting this server.</source>
        <translation>Comparez l&apos;empreinte avec celle fournie par l&apos;informatique avant d&apos;approuver ce serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s identity changed. This may be an attack: do not connect, and call IT.</source>
        <translation>L&apos;identité du serveur a changé. Il peut s&apos;agir d&apos;une attaque&#xa0;: ne vous connectez pas et appelez l&apos;informatique.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one whose fingerprint IT gave. This may be an attack, or the fingerprint may be mistyped: do not connect, and call IT.</source>
        <translation>La clé du serveur n&apos;est pas celle dont l&apos;informatique a fourni l&apos;empreinte. Il peut s&apos;agir d&apos;une attaque, ou d&apos;une erreur de saisie de l&apos;empreinte&#xa0;: ne vous connectez pas et appelez l&apos;informatique.</translation>
    </message>
    <message>
        <source>Check the spelling of the business unit and ask IT whether its folder exists on the server.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;unité commerciale et demandez à l&apos;informatique si son dossier existe sur le serveur.</translation>
    </message>
    <message>
        <source>Ask IT for write access to the remote folder named above.</source>
        <translation>Demandez à l&apos;informatique le droit d&apos;écrire dans le dossier distant indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator.</source>
        <translation>Transmettez ce message à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Check the network connection (VPN, Wi-Fi) and its stability; large files need a steady link and enough bandwidth.</source>
        <translation>Vérifiez la connexion réseau (VPN, Wi-Fi) et sa stabilité&#xa0;; les gros fichiers demandent une liaison stable et un débit suffisant.</translation>
    </message>
    <message>
        <source>Close the file in Excel or any other program, then try again.</source>
        <translation>Fermez le fichier dans Excel ou tout autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>Ask IT to check the server&apos;s free space, quota and permissions.</source>
        <translation>Demandez à l&apos;informatique de vérifier l&apos;espace libre, le quota et les droits sur le serveur.</translation>
    </message>
    <message>
        <source>Nothing more was sent. Start the upload again when ready.</source>
        <translation>Rien de plus n&apos;a été envoyé. Relancez l&apos;envoi quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>The server denied access.</source>
        <translation>Le serveur a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server presented a different key than the one stored for it.</source>
        <translation>Le serveur a présenté une clé différente de celle enregistrée pour lui.</translation>
    </message>
    <message>
        <source>The server offers no algorithm this app accepts (for example only the old ssh-rsa host key or SHA-1 key exchange).</source>
        <translation>Le serveur ne propose aucun algorithme accepté par cette application (par exemple seulement l&apos;ancienne clé d&apos;hôte ssh-rsa ou un échange de clés SHA-1).</translation>
    </message>
    <message>
        <source>A remote folder or file does not exist.</source>
        <translation>Un dossier ou un fichier distant n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the server name and port, and ask IT whether the server is running and whether this network may reach it (VPN, firewall).</source>
        <translation>Vérifiez le nom du serveur et le port, et demandez à l&apos;informatique si le serveur fonctionne et si ce réseau peut l&apos;atteindre (VPN, pare-feu).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name; on a company network, connect the VPN.</source>
        <translation>Vérifiez l&apos;orthographe du nom du serveur&#xa0;; sur le réseau de l&apos;entreprise, connectez le VPN.</translation>
    </message>
    <message>
        <source>The server stopped answering (timeout).</source>
        <translation>Le serveur ne répond plus (délai dépassé).</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Le nom du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The server is busy or did not answer the SSH greeting.</source>
        <translation>Le serveur est occupé ou n&apos;a pas répondu à l&apos;accueil SSH.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The connection was reset.</source>
        <translation>La connexion a été réinitialisée.</translation>
    </message>
    <message>
        <source>The connection was lost ({detail}).</source>
        <translation>La connexion a été perdue ({detail}).</translation>
    </message>
    <message>
        <source>The known hosts file {path} cannot be written ({reason}).</source>
        <translation>Le fichier des hôtes connus {path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <source>Choose a known hosts file you can write to, or check its folder.</source>
        <translation>Choisissez un fichier d&apos;hôtes connus modifiable, ou vérifiez son dossier.</translation>
    </message>
    <message>
        <source>The server {host} is not known yet; it presented a {key_type} key with fingerprint {fingerprint}. Nothing was sent.</source>
        <translation>Le serveur {host} n&apos;est pas encore connu&#xa0;; il a présenté une clé {key_type} d&apos;empreinte {fingerprint}. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one IT gave you, then trust the server when you are asked.</source>
        <translation>Comparez cette empreinte avec celle fournie par l&apos;informatique, puis approuvez le serveur quand la question vous est posée.</translation>
    </message>
    <message>
        <source>The server key fingerprint {text} is not a SHA256 fingerprint.</source>
        <translation>L&apos;empreinte de clé du serveur {text} n&apos;est pas une empreinte SHA256.</translation>
    </message>
    <message>
        <source>Ask IT for the SHA256 fingerprint, written like SHA256:followed by 43 letters, digits, + or /.</source>
        <translation>Demandez à l&apos;informatique l&apos;empreinte SHA256, qui s&apos;écrit SHA256: suivi de 43 lettres, chiffres, + ou /.</translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, not the expected {pinned}. Someone may be intercepting the connection. Nothing was sent.</source>
        <translation>ATTENTION&#xa0;: le serveur {host} a présenté la clé {key_type} {fingerprint}, et non la clé attendue {pinned}. Quelqu&apos;un intercepte peut-être la connexion. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, which a known_hosts file marks as revoked. Nothing was sent.</source>
        <translation>ATTENTION&#xa0;: le serveur {host} a présenté la clé {key_type} {fingerprint}, qu&apos;un fichier known_hosts marque comme révoquée. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>WARNING: the key of {host} has changed: it now presents {key_type} {fingerprint}, which differs from the key stored in {files}. Someone may be intercepting the connection. Nothing was sent, and the stored key was kept.</source>
        <translation>ATTENTION&#xa0;: la clé de {host} a changé&#xa0;: il présente maintenant {key_type} {fingerprint}, différente de la clé enregistrée dans {files}. Quelqu&apos;un intercepte peut-être la connexion. Rien n&apos;a été envoyé, et la clé enregistrée a été conservée.</translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds no result file.</source>
        <translation>Rien à envoyer&#xa0;: {folder} ne contient aucun fichier de résultats.</translation>
    </message>
    <message>
        <source>Run the pipeline for this business unit first, or choose its outputs folder.</source>
        <translation>Lancez d&apos;abord le pipeline pour cette unité commerciale, ou choisissez son dossier outputs.</translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds only what is never sent: {names}.</source>
        <translation>Rien à envoyer&#xa0;: {folder} ne contient que des éléments jamais envoyés&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The outputs folder {folder} does not exist or is not a folder.</source>
        <translation>Le dossier outputs {folder} n&apos;existe pas ou n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Choose the folder the pipeline writes, such as app/outputs/{bu}.</source>
        <translation>Choisissez le dossier où écrit le pipeline, par exemple app/outputs/{bu}.</translation>
    </message>
    <message>
        <source>No logs folder at {folder}: only the outputs are uploaded.</source>
        <translation>Pas de dossier de journaux à {folder}&#xa0;: seuls les résultats sont envoyés.</translation>
    </message>
    <message>
        <source>link (not followed)</source>
        <translation>lien (non suivi)</translation>
    </message>
    <message>
        <source>sub-folder (not uploaded)</source>
        <translation>sous-dossier (non envoyé)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>name with control characters or bytes that are not valid text</source>
        <translation>nom avec des caractères de contrôle ou des octets qui ne forment pas un texte valide</translation>
    </message>
    <message>
        <source>named like this app&apos;s temporary upload files, not uploaded</source>
        <translation>nommé comme les fichiers temporaires d&apos;envoi de cette application, non envoyé</translation>
    </message>
    <message>
        <source>Excel lock file (open or left by Excel)</source>
        <translation>fichier de verrouillage Excel (ouvert ou laissé par Excel)</translation>
    </message>
    <message>
        <source>Office temporary file</source>
        <translation>fichier temporaire Office</translation>
    </message>
    <message>
        <source>Excel temporary save file</source>
        <translation>fichier d&apos;enregistrement temporaire Excel</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>fichier temporaire</translation>
    </message>
    <message>
        <source>LibreOffice lock file</source>
        <translation>fichier de verrouillage LibreOffice</translation>
    </message>
    <message>
        <source>editor temporary file</source>
        <translation>fichier temporaire d&apos;éditeur</translation>
    </message>
    <message>
        <source>editor backup file</source>
        <translation>fichier de sauvegarde d&apos;éditeur</translation>
    </message>
    <message>
        <source>macOS folder settings file</source>
        <translation>fichier de réglages de dossier macOS</translation>
    </message>
    <message>
        <source>Windows thumbnail cache</source>
        <translation>cache des miniatures Windows</translation>
    </message>
    <message>
        <source>Windows folder settings file</source>
        <translation>fichier de réglages de dossier Windows</translation>
    </message>
    <message>
        <source>{what}, not uploaded</source>
        <translation>{what}, non envoyé</translation>
    </message>
    <message>
        <source>temporary or system file ({pattern})</source>
        <translation>fichier temporaire ou système ({pattern})</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>pas un nom de fichier</translation>
    </message>
    <message>
        <source>name with a slash or backslash (could leave the remote folder)</source>
        <translation>nom avec une barre oblique ou une barre oblique inverse (pourrait sortir du dossier distant)</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}); it may be open in another program such as Excel.</source>
        <translation>{name} ne peut pas être lu ({reason})&#xa0;; il est peut-être ouvert dans un autre programme, comme Excel.</translation>
    </message>
    <message>
        <source>Close {name} in Excel or any other program, then upload again.</source>
        <translation>Fermez {name} dans Excel ou tout autre programme, puis relancez l&apos;envoi.</translation>
    </message>
    <message>
        <source>{name} changed while it was being sent, so it was not uploaded.</source>
        <translation>{name} a changé pendant son envoi&#xa0;: il n&apos;a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>Wait until {name} is no longer being written, then upload again.</source>
        <translation>Attendez que {name} ne soit plus en cours d&apos;écriture, puis relancez l&apos;envoi.</translation>
    </message>
    <message>
        <source>The server did not send its SSH greeting within {seconds:g} s: it may be busy, or the connection stopped during login.</source>
        <translation>Le serveur n&apos;a pas envoyé son accueil SSH dans les {seconds:g} s&#xa0;: il est peut-être occupé, ou la connexion s&apos;est interrompue pendant l&apos;authentification.</translation>
    </message>
    <message>
        <source>The server stopped answering during login (nothing for {seconds:g} s).</source>
        <translation>Le serveur a cessé de répondre pendant l&apos;authentification (rien pendant {seconds:g} s).</translation>
    </message>
    <message>
        <source>The connection was lost during login.</source>
        <translation>La connexion a été perdue pendant l&apos;authentification.</translation>
    </message>
    <message>
        <source>{folder} does not exist yet; the upload will create it.</source>
        <translation>{folder} n&apos;existe pas encore&#xa0;; l&apos;envoi le créera.</translation>
    </message>
    <message>
        <source>The server refuses to list {folder}: files already there cannot be seen, so every file is shown as new unless the replace policy asks for it by name.</source>
        <translation>Le serveur refuse de lister {folder}&#xa0;: les fichiers déjà présents ne sont pas visibles, donc chaque fichier apparaît comme nouveau, sauf si la règle de remplacement le demande par son nom.</translation>
    </message>
    <message>
        <source>{folder} holds a name that is not UTF-8, so its listing cannot be read: every file is shown as new unless the replace policy asks for it by name.</source>
        <translation>{folder} contient un nom qui n&apos;est pas en UTF-8, sa liste ne peut donc pas être lue&#xa0;: chaque fichier apparaît comme nouveau, sauf si la règle de remplacement le demande par son nom.</translation>
    </message>
    <message>
        <source>an earlier upload left {kept:,} of its {size:,} bytes on the server; the upload continues from there</source>
        <translation>un envoi précédent a laissé {kept:,} de ses {size:,} octets sur le serveur&#xa0;; l&apos;envoi reprend à partir de là</translation>
    </message>
    <message>
        <source>On the server, {path} is a folder, so the file {name} cannot go there.</source>
        <translation>Sur le serveur, {path} est un dossier&#xa0;: le fichier {name} ne peut donc pas y être placé.</translation>
    </message>
    <message>
        <source>On the server, {path} is not a regular file (a link or a special file), so the file {name} cannot go there.</source>
        <translation>Sur le serveur, {path} n&apos;est pas un fichier ordinaire (un lien ou un fichier spécial)&#xa0;: le fichier {name} ne peut donc pas y être placé.</translation>
    </message>
    <message>
        <source>Ask IT to move {path} out of the way, or rename the local file; the upload never moves or removes it.</source>
        <translation>Demandez à l&apos;informatique de déplacer {path}, ou renommez le fichier local&#xa0;; l&apos;envoi ne le déplace ni ne le supprime jamais.</translation>
    </message>
    <message>
        <source>Business units {first} and {second} both go to {folder} on the server; {second} was not sent, so that it cannot replace the files of {first}.</source>
        <translation>Les unités commerciales {first} et {second} vont toutes deux dans {folder} sur le serveur&#xa0;; {second} n&apos;a pas été envoyée, pour ne pas remplacer les fichiers de {first}.</translation>
    </message>
    <message>
        <source>Send one of them per run, or ask IT which of the two folders is the right one.</source>
        <translation>Envoyez-en une seule par envoi, ou demandez à l&apos;informatique lequel des deux dossiers est le bon.</translation>
    </message>
    <message>
        <source>No remote folder for business unit {bu}: tried {tried}. Without it, {outputs} cannot be created.</source>
        <translation>Aucun dossier distant pour l&apos;unité commerciale {bu}&#xa0;: essayé {tried}. Sans lui, {outputs} ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The server refuses to show the folder {path}.</source>
        <translation>Le serveur refuse d&apos;afficher le dossier {path}.</translation>
    </message>
    <message>
        <source>The remote folder {path} is missing and could not be created ({reason}).</source>
        <translation>Le dossier distant {path} est absent et n&apos;a pas pu être créé ({reason}).</translation>
    </message>
    <message>
        <source>unchanged on the server</source>
        <translation>inchangé sur le serveur</translation>
    </message>
    <message>
        <source>already on the server, policy: never replace</source>
        <translation>déjà sur le serveur, règle&#xa0;: ne jamais remplacer</translation>
    </message>
    <message>
        <source>sent again (policy: always replace)</source>
        <translation>renvoyé (règle&#xa0;: toujours remplacer)</translation>
    </message>
    <message>
        <source>The server does not keep the files&apos; modification times, so “Replace only when changed” cannot recognize unchanged files: every file will be sent again next time.</source>
        <translation>Le serveur ne conserve pas la date de modification des fichiers&#xa0;: «&#xa0;Remplacer seulement s&apos;il a changé&#xa0;» ne peut donc pas reconnaître les fichiers inchangés, et chaque fichier sera renvoyé la prochaine fois.</translation>
    </message>
    <message>
        <source>{path} on the server is not a regular file; the upload will fail for it</source>
        <translation>{path} sur le serveur n&apos;est pas un fichier ordinaire&#xa0;; son envoi échouera</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>un nombre de secondes de {low} à {high}</translation>
    </message>
    <message>
        <source>{name} {value} is not valid: give {what}.</source>
        <translation>{name} {value} n&apos;est pas valide&#xa0;: donnez {what}.</translation>
    </message>
    <message>
        <source>For example: {example}.</source>
        <translation>Par exemple&#xa0;: {example}.</translation>
    </message>
    <message>
        <source>Remote base</source>
        <translation>Dossier de base distant</translation>
    </message>
    <message>
        <source>{name} {base} contains a control character (a line break, a tab...).</source>
        <translation>{name} {base} contient un caractère de contrôle (un saut de ligne, une tabulation…).</translation>
    </message>
    <message>
        <source>{name} {base} must be an absolute path.</source>
        <translation>{name} {base} doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>Example: {base}.</source>
        <translation>Exemple&#xa0;: {base}.</translation>
    </message>
    <message>
        <source>{text!r} is not a replace policy.</source>
        <translation>{text!r} n&apos;est pas une règle de remplacement.</translation>
    </message>
    <message>
        <source>Use always, when-changed or never.</source>
        <translation>Utilisez always, when-changed ou never.</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>Fichiers en parallèle</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>First retry delay</source>
        <translation>Délai avant le premier nouvel essai</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Délai maximal entre deux essais</translation>
    </message>
    <message>
        <source>The server refused to rename {name} into place in {folder}: it arrived under a temporary name, which is removed.</source>
        <translation>Le serveur a refusé de renommer {name} à son nom définitif dans {folder}&#xa0;: il est arrivé sous un nom temporaire, qui est supprimé.</translation>
    </message>
    <message>
        <source>If this server forbids renaming files, turn temporary names off (--no-temp-names on the command line, or use_temp_names = false in the profile) and upload again; otherwise ask IT for the right to rename and replace files in {folder}.</source>
        <translation>Si ce serveur interdit de renommer les fichiers, désactivez les noms temporaires (--no-temp-names en ligne de commande, ou use_temp_names = false dans le profil) et relancez l&apos;envoi&#xa0;; sinon, demandez à l&apos;informatique le droit de renommer et de remplacer des fichiers dans {folder}.</translation>
    </message>
    <message>
        <source>The server stored only {written:,} of {size:,} bytes of {name}: it is probably out of space or quota.</source>
        <translation>Le serveur n&apos;a enregistré que {written:,} octets sur {size:,} de {name}&#xa0;: il manque probablement d&apos;espace ou de quota.</translation>
    </message>
    <message>
        <source>The server refused to write {name} in {folder}.</source>
        <translation>Le serveur a refusé d&apos;écrire {name} dans {folder}.</translation>
    </message>
    <message>
        <source>The server closed the SFTP session while {name} was sent.</source>
        <translation>Le serveur a fermé la session SFTP pendant l&apos;envoi de {name}.</translation>
    </message>
    <message>
        <source>The server stopped answering (no progress for {seconds:g} s) while sending {name}, after about {done} of {size}.</source>
        <translation>Le serveur a cessé de répondre (aucune progression pendant {seconds:g} s) pendant l&apos;envoi de {name}, après environ {done} sur {size}.</translation>
    </message>
    <message>
        <source>The connection was lost while sending {name}, after about {done} of {size} ({error}: {detail}).</source>
        <translation>La connexion a été perdue pendant l&apos;envoi de {name}, après environ {done} sur {size} ({error}&#xa0;: {detail}).</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>pas de détail</translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB</source>
        <translation>{megabytes:.1f} Mo</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} is a file, not a folder. Drop a business unit&apos;s folder, such as app/outputs/italy_galbani, or the pipeline&apos;s app folder.</source>
        <translation>{name} est un fichier, pas un dossier. Déposez le dossier d&apos;une unité commerciale, comme app/outputs/italy_galbani, ou le dossier app du pipeline.</translation>
    </message>
    <message>
        <source>{name} holds no business unit and no file to upload. Drop the folder app/outputs/&lt;business unit&gt; or the pipeline&apos;s app folder.</source>
        <translation>{name} ne contient aucune unité commerciale ni aucun fichier à envoyer. Déposez le dossier app/outputs/&lt;unité commerciale&gt; ou le dossier app du pipeline.</translation>
    </message>
    <message>
        <source>{path} is a logs folder, and its results folder {outputs} does not exist. Drop the business unit&apos;s outputs folder instead.</source>
        <translation>{path} est un dossier de journaux, et son dossier de résultats {outputs} n&apos;existe pas. Déposez plutôt le dossier outputs de l&apos;unité commerciale.</translation>
    </message>
    <message>
        <source>The history database {path} cannot be used: {error}</source>
        <translation>La base de l&apos;historique {path} est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The run could not be added to {path}: {error}</source>
        <translation>L&apos;envoi n&apos;a pas pu être ajouté à {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The history in {path} could not be read: {error}</source>
        <translation>L&apos;historique de {path} n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The history database {path} was written by a newer version of the app (schema {version}); this version reads schema {supported} at most.</source>
        <translation>La base de l&apos;historique {path} a été écrite par une version plus récente de l&apos;application (schéma {version})&#xa0;; cette version lit au plus le schéma {supported}.</translation>
    </message>
    <message>
        <source>Correct the field in the file, or ask IT for a corrected profile.</source>
        <translation>Corrigez le champ dans le fichier, ou demandez un profil corrigé à l&apos;informatique.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>le profil</translation>
    </message>
    <message>
        <source>{source} is not a valid TOML file ({error}).</source>
        <translation>{source} n&apos;est pas un fichier TOML valide ({error}).</translation>
    </message>
    <message>
        <source>{source} has the unknown field {field}.</source>
        <translation>{source} contient le champ inconnu {field}.</translation>
    </message>
    <message>
        <source>Use only these fields: {fields}.</source>
        <translation>Utilisez seulement ces champs&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>In {source}, the field {field} {problem}.</source>
        <translation>Dans {source}, le champ {field} {problem}.</translation>
    </message>
    <message>
        <source>Write it like {example}. {fix}</source>
        <translation>Écrivez-le ainsi&#xa0;: {example}. {fix}</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>doit être un texte entre guillemets</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>est absent ou vide</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>is not a host name or address</source>
        <translation>n&apos;est ni un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>must be a number from 1 to 65535</source>
        <translation>doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>must be an absolute path without &apos;..&apos;</source>
        <translation>doit être un chemin absolu sans &apos;..&apos;</translation>
    </message>
    <message>
        <source>host_key_fingerprint = &quot;SHA256:&quot; followed by 43 letters, digits, + or /</source>
        <translation>host_key_fingerprint = &quot;SHA256:&quot; suivi de 43 lettres, chiffres, + ou /</translation>
    </message>
    <message>
        <source>is not a SHA256 fingerprint</source>
        <translation>n&apos;est pas une empreinte SHA256</translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation>doit être une liste de textes non vides</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>doit valoir l&apos;une de ces valeurs&#xa0;: {options}</translation>
    </message>
    <message>
        <source>must be true or false (without quotes)</source>
        <translation>doit valoir true ou false (sans guillemets)</translation>
    </message>
    <message>
        <source>must be a list of field names</source>
        <translation>doit être une liste de noms de champs</translation>
    </message>
    <message>
        <source>names {field}, which cannot be locked (possible: {fields})</source>
        <translation>nomme {field}, qui ne peut pas être verrouillé (possibles&#xa0;: {fields})</translation>
    </message>
    <message>
        <source>The profile {path} cannot be read ({reason}).</source>
        <translation>Le profil {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and location.</source>
        <translation>Vérifiez le nom et l&apos;emplacement du fichier.</translation>
    </message>
    <message>
        <source>{name} is too large to be a profile.</source>
        <translation>{name} est trop volumineux pour être un profil.</translation>
    </message>
    <message>
        <source>{name} is not a UTF-8 text file.</source>
        <translation>{name} n&apos;est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No profile named {name} (stored profiles: {names}).</source>
        <translation>Aucun profil nommé {name} (profils enregistrés&#xa0;: {names}).</translation>
    </message>
    <message>
        <source>Give the path of the .toml file IT sent, or import it in the window first.</source>
        <translation>Indiquez le chemin du fichier .toml envoyé par l&apos;informatique, ou importez-le d&apos;abord dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>{bu}: {status}</source>
        <translation>{bu}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Not looked up on the server</source>
        <translation>Non consulté sur le serveur</translation>
    </message>
    <message>
        <source>To {folder}: {counts}</source>
        <translation>Vers {folder}&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Nothing to send to {folder}: {counts}</source>
        <translation>Rien à envoyer vers {folder}&#xa0;: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to replace</source>
        <translation>
            <numerusform>%n à remplacer</numerusform>
            <numerusform>%n à remplacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, sent again</source>
        <translation>
            <numerusform>%n inchangé, renvoyé</numerusform>
            <numerusform>%n inchangés, renvoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, not sent</source>
        <translation>
            <numerusform>%n inchangé, non envoyé</numerusform>
            <numerusform>%n inchangés, non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, kept</source>
        <translation>
            <numerusform>%n déjà présent, conservé</numerusform>
            <numerusform>%n déjà présents, conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: see the message above.</source>
        <translation>L&apos;aperçu a échoué&#xa0;: voir le message ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready. Business units with a problem: %n (see their status).</source>
        <translation>
            <numerusform>Aperçu prêt. Unités commerciales avec un problème&#xa0;: %n (voir leur état).</numerusform>
            <numerusform>Aperçu prêt. Unités commerciales avec un problème&#xa0;: %n (voir leur état).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n to send. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Aperçu prêt&#xa0;: %n à envoyer. Rien n&apos;a encore été envoyé.</numerusform>
            <numerusform>Aperçu prêt&#xa0;: %n à envoyer. Rien n&apos;a encore été envoyé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>A server profile from IT; import one from the File menu</source>
        <translation>Un profil de serveur fourni par l&apos;informatique&#xa0;; importez-en un depuis le menu Fichier</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>Profi&amp;l</translation>
    </message>
    <message>
        <source>None: type the server yourself</source>
        <translation>Aucun&#xa0;: saisir le serveur soi-même</translation>
    </message>
    <message>
        <source>{name} could not be stored ({reason}).</source>
        <translation>{name} n&apos;a pas pu être enregistré ({reason}).</translation>
    </message>
    <message>
        <source>Set by the profile “{name}”</source>
        <translation>Fixé par le profil «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation>Ajoutez des dossiers d&apos;unités commerciales, puis cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Transfer details</source>
        <translation>Détails du transfert</translation>
    </message>
    <message>
        <source>Connection lost, retrying in {left}, attempt {next} of {maximum}</source>
        <translation>Connexion perdue, nouvel essai dans {left}, tentative {next} sur {maximum}</translation>
    </message>
    <message>
        <source>Problem on the connection, retrying in {left}, attempt {next} of {maximum}</source>
        <translation>Problème de connexion, nouvel essai dans {left}, tentative {next} sur {maximum}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation>encore environ {left}</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message numerus="yes">
        <source>Uploading %n business unit(s)…</source>
        <translation>
            <numerusform>Envoi de %n unité commerciale…</numerusform>
            <numerusform>Envoi de %n unités commerciales…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Looking at the server: nothing will be sent…</source>
        <translation>Consultation du serveur&#xa0;: rien ne sera envoyé…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation>Annulation demandée.</translation>
    </message>
    <message>
        <source>No business unit is ticked.</source>
        <translation>Aucune unité commerciale n&apos;est cochée.</translation>
    </message>
    <message>
        <source>Tick the business units to send in the list.</source>
        <translation>Cochez dans la liste les unités commerciales à envoyer.</translation>
    </message>
    <message>
        <source>No business unit folder has been added yet.</source>
        <translation>Aucun dossier d&apos;unité commerciale n&apos;a encore été ajouté.</translation>
    </message>
    <message>
        <source>Press Add folders, or drop the folder app/outputs/&lt;business unit&gt; here.</source>
        <translation>Cliquez sur Ajouter des dossiers, ou déposez ici le dossier app/outputs/&lt;unité commerciale&gt;.</translation>
    </message>
    <message>
        <source>Business unit {name} is listed twice.</source>
        <translation>L&apos;unité commerciale {name} figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Remove one of its rows.</source>
        <translation>Retirez l&apos;une de ses lignes.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the input below.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: corrigez la saisie ci-dessous.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Business unit {bu}</source>
        <translation>Unité commerciale {bu}</translation>
    </message>
    <message>
        <source>Connecting to the server (attempt {attempt} of {maximum})…</source>
        <translation>Connexion au serveur (tentative {attempt} sur {maximum})…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Connected and logged in (encryption {cipher}).</source>
        <translation>Connecté et authentifié (chiffrement {cipher}).</translation>
    </message>
    <message>
        <source>Sending to {folder}</source>
        <translation>Envoi vers {folder}</translation>
    </message>
    <message>
        <source>{bu}: remote folder {folder}</source>
        <translation>{bu}&#xa0;: dossier distant {folder}</translation>
    </message>
    <message>
        <source>Sending {name} ({index} of {total})</source>
        <translation>Envoi de {name} ({index} sur {total})</translation>
    </message>
    <message>
        <source>Sending {path} ({size}, resuming at {offset})</source>
        <translation>Envoi de {path} ({size}, reprise à {offset})</translation>
    </message>
    <message>
        <source>Sending {path} ({size})</source>
        <translation>Envoi de {path} ({size})</translation>
    </message>
    <message>
        <source>Done: {path} (size checked)</source>
        <translation>Terminé&#xa0;: {path} (taille vérifiée)</translation>
    </message>
    <message>
        <source>Done: {path} (size could not be checked)</source>
        <translation>Terminé&#xa0;: {path} (la taille n&apos;a pas pu être vérifiée)</translation>
    </message>
    <message>
        <source>Skipped: {path} ({reason})</source>
        <translation>Ignoré&#xa0;: {path} ({reason})</translation>
    </message>
    <message>
        <source>Failed: {path}: {message}</source>
        <translation>Échec&#xa0;: {path}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Attempt {attempt} of {maximum} failed: {cause} Next attempt in {delay}.</source>
        <translation>La tentative {attempt} sur {maximum} a échoué&#xa0;: {cause} Prochaine tentative dans {delay}.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Avertissement&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded to {folder}</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n fichier envoyé vers {folder}</numerusform>
            <numerusform>Terminé&#xa0;: %n fichiers envoyés vers {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n fichier envoyé</numerusform>
            <numerusform>Terminé&#xa0;: %n fichiers envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>, {count} not sent: {reason}</source>
        <translation>, fichiers non envoyés ({reason})&#xa0;: {count}</translation>
    </message>
    <message>
        <source>, {count} skipped</source>
        <translation>, fichiers ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>, {count} failed</source>
        <translation>, fichiers en échec&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{bu}: {status}</source>
        <translation>{bu}&#xa0;: {status}</translation>
    </message>
    <message numerus="yes">
        <source>{title}; %n file(s) reached the server</source>
        <translation>
            <numerusform>{title}&#xa0;; %n fichier est arrivé sur le serveur</numerusform>
            <numerusform>{title}&#xa0;; %n fichiers sont arrivés sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}; no file reached the server</source>
        <translation>{title}&#xa0;; aucun fichier n&apos;est arrivé sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>{bu}: cancelled; %n file(s) reached the server.</source>
        <translation>
            <numerusform>{bu}&#xa0;: annulé&#xa0;; %n fichier est arrivé sur le serveur.</numerusform>
            <numerusform>{bu}&#xa0;: annulé&#xa0;; %n fichiers sont arrivés sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>{bu}: cancelled; no file reached the server.</source>
        <translation>{bu}&#xa0;: annulé&#xa0;; aucun fichier n&apos;est arrivé sur le serveur.</translation>
    </message>
    <message>
        <source>{bu}: {title}: {message}</source>
        <translation>{bu}&#xa0;: {title}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Unknown server key {type} {fingerprint}: asking.</source>
        <translation>Clé de serveur inconnue {type} {fingerprint}&#xa0;: question posée.</translation>
    </message>
    <message>
        <source>Server key trusted and remembered.</source>
        <translation>Clé du serveur approuvée et mémorisée.</translation>
    </message>
    <message>
        <source>Server key refused.</source>
        <translation>Clé du serveur refusée.</translation>
    </message>
    <message>
        <source>Found: {folder}</source>
        <translation>Trouvé&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Not found on the server: {message}</source>
        <translation>Introuvable sur le serveur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Connection works (encryption {cipher}).</source>
        <translation>La connexion fonctionne (chiffrement {cipher}).</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this business unit</source>
        <translation>Non envoyée&#xa0;: l&apos;envoi s&apos;est arrêté avant cette unité commerciale</translation>
    </message>
    <message>
        <source>The preview was cancelled. Nothing was sent.</source>
        <translation>L&apos;aperçu a été annulé. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Connection works: login, server key and folders are fine.</source>
        <translation>La connexion fonctionne&#xa0;: identifiants, clé du serveur et dossiers sont corrects.</translation>
    </message>
    <message>
        <source>The connection test failed: see the message above.</source>
        <translation>Le test de connexion a échoué&#xa0;: voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Upload cancelled before anything was sent.</source>
        <translation>Envoi annulé avant que quoi que ce soit soit envoyé.</translation>
    </message>
    <message>
        <source>Upload cancelled. Files marked Done are on the server; nothing else is.</source>
        <translation>Envoi annulé. Les fichiers marqués Terminé sont sur le serveur&#xa0;; rien d&apos;autre ne l&apos;est.</translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n business unit(s) did not finish: see the message above. Files marked Done are on the server.</source>
        <translation>
            <numerusform>Unités non terminées&#xa0;: {failed} sur %n (voir ci-dessus). Les fichiers marqués Terminé sont sur le serveur.</numerusform>
            <numerusform>Unités non terminées&#xa0;: {failed} sur %n (voir ci-dessus). Les fichiers marqués Terminé sont sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n business unit(s) uploaded.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n unité commerciale envoyée.</numerusform>
            <numerusform>Terminé&#xa0;: %n unités commerciales envoyées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunNotifier</name>
    <message>
        <source>Desktop Uploader</source>
        <translation>Desktop Uploader</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>Upload &amp;history…</source>
        <translation>&amp;Historique des envois…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Save &amp;diagnostic report…</source>
        <translation>Enregistrer un rapport de &amp;diagnostic…</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>Langue choisie&#xa0;: {language}. Elle s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The profile “{name}” is no longer stored; none is used.</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» n&apos;est plus enregistré&#xa0;; aucun profil n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>Profile {names} imported and chosen.</source>
        <translation>Profil {names} importé et choisi.</translation>
    </message>
    <message>
        <source>Import a profile from IT</source>
        <translation>Importer un profil fourni par l&apos;informatique</translation>
    </message>
    <message>
        <source>Profiles (*.toml)</source>
        <translation>Profils (*.toml)</translation>
    </message>
    <message>
        <source>Save a diagnostic report for IT</source>
        <translation>Enregistrer un rapport de diagnostic pour l&apos;informatique</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Diagnostic report saved to {path}. It holds no password.</source>
        <translation>Rapport de diagnostic enregistré dans {path}. Il ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation>Le dossier des journaux est {folder}</translation>
    </message>
</context>
</TS>
