<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>BUTable</name>
    <message>
        <source>Business units to upload</source>
        <translation>Business unit da inviare</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>To upload</source>
        <translation>Da inviare</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltati</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Cartella locale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Type the business unit name, e.g. italy_galbani</source>
        <translation>Inserisci il nome della business unit, ad es. italy_galbani</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Outputs: {folder}</source>
        <translation>Risultati: {folder}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Log: {folder}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>Nessun file viene saltato.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nome host del server</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Porta del server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>il tuo nome utente</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Impronta della chiave del server</translation>
    </message>
    <message>
        <source>SHA256:… (optional, from IT)</source>
        <translation>SHA256:… (facoltativa, fornita dall&apos;IT)</translation>
    </message>
    <message>
        <source>The server key&apos;s SHA256 fingerprint as IT gave it. When set, only that key is accepted, and a new server is trusted without asking.</source>
        <translation>L&apos;impronta SHA256 della chiave del server, come fornita dall&apos;IT. Se indicata, viene accettata solo quella chiave e un nuovo server viene accettato senza chiedere.</translation>
    </message>
    <message>
        <source>Remote base folder</source>
        <translation>Cartella base remota</translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation>Memorizza pass&amp;word</translation>
    </message>
    <message>
        <source>Remember password in the OS keyring</source>
        <translation>Memorizza la password nel portachiavi del sistema</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>&amp;Dimentica</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Dimentica la password</translation>
    </message>
    <message>
        <source>Delete the stored password and key passphrase from the OS keyring</source>
        <translation>Elimina dal portachiavi del sistema la password e la passphrase memorizzate</translation>
    </message>
    <message>
        <source>Test con&amp;nection</source>
        <translation>V&amp;erifica</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <source>Log in, check the server key and find each business unit</source>
        <translation>Accedi, verifica la chiave del server e trova ogni business unit</translation>
    </message>
    <message>
        <source>Files already on the server</source>
        <translation>File già sul server</translation>
    </message>
    <message>
        <source>What happens to a file that is already on the server. “Only when changed” compares its size and modification time with the local file.</source>
        <translation>Cosa succede a un file già presente sul server. “Solo se modificati” ne confronta dimensione e data di modifica con il file locale.</translation>
    </message>
    <message>
        <source>Always replace them</source>
        <translation>Sostituiscili sempre</translation>
    </message>
    <message>
        <source>Replace only when changed</source>
        <translation>Sostituisci solo se modificati</translation>
    </message>
    <message>
        <source>Never replace them</source>
        <translation>Non sostituirli mai</translation>
    </message>
    <message>
        <source>Hos&amp;t</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Por&amp;ta</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <source>Remote &amp;base</source>
        <translation>Cartella &amp;base</translation>
    </message>
    <message>
        <source>&amp;Login with</source>
        <translation>Autentica&amp;zione</translation>
    </message>
    <message>
        <source>Server &amp;key</source>
        <translation>Chia&amp;ve server</translation>
    </message>
    <message>
        <source>F&amp;iles on the server</source>
        <translation>File &amp;sul server</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the password is asked for each session and never saved.</source>
        <translation>Su questo computer non è disponibile un archivio sicuro per le password: la password viene chiesta a ogni sessione e mai salvata.</translation>
    </message>
    <message>
        <source>The server host is empty.</source>
        <translation>L&apos;host del server è vuoto.</translation>
    </message>
    <message>
        <source>Type the host name IT gave you.</source>
        <translation>Inserisci il nome host fornito dall&apos;IT.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Il nome utente è vuoto.</translation>
    </message>
    <message>
        <source>Type your SFTP user name.</source>
        <translation>Inserisci il tuo nome utente SFTP.</translation>
    </message>
    <message>
        <source>The stored password and key passphrase were deleted from the keyring.</source>
        <translation>La password e la passphrase memorizzate sono state eliminate dal portachiavi.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business unit(s)</source>
        <translation>
            <numerusform>%n business unit</numerusform>
            <numerusform>%n business unit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>desktop-uploader: unexpected error</source>
        <translation>desktop-uploader: errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Files on this computer are untouched; files already shown as done are on the server.

The details are saved in the log folder:
{folder}

Please send them to IT (Copy details, or the newest file in that folder).</source>
        <translation>Si è verificato un problema all&apos;interno dell&apos;app. I file su questo computer non sono stati modificati; i file già indicati come completati sono sul server.

I dettagli sono salvati nella cartella dei log:
{folder}

Inviali all&apos;IT (Copia dettagli, oppure il file più recente di quella cartella).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri cartella dei log</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>The demo server needs asyncssh: {hint}</source>
        <translation>Il server demo richiede asyncssh: {hint}</translation>
    </message>
    <message>
        <source>The demo server could not start ({reason}).</source>
        <translation>Impossibile avviare il server demo ({reason}).</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copia dettagli</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copia i dettagli dell&apos;errore</translation>
    </message>
    <message>
        <source>Copy the error for IT (never includes the password)</source>
        <translation>Copia l&apos;errore per l&apos;IT (non include mai la password)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviato</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariato</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Sostituisce</translation>
    </message>
    <message>
        <source>on the server: {size}</source>
        <translation>sul server: {size}</translation>
    </message>
    <message>
        <source>on the server: {size}, {date}</source>
        <translation>sul server: {size}, {date}</translation>
    </message>
    <message>
        <source>size could not be checked on the server</source>
        <translation>impossibile verificare la dimensione sul server</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}: {detail}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>Utente SFTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Remote path</source>
        <translation>Percorso remoto</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificato</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>inviato</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>non tentato</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Cronologia invii</translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation>Filtro per business unit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Invii registrati</translation>
    </message>
    <message>
        <source>Files of the chosen run</source>
        <translation>File dell&apos;invio scelto</translation>
    </message>
    <message>
        <source>&amp;Business unit</source>
        <translation>&amp;Business unit</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match (the newest {max} are shown).</source>
        <translation>
            <numerusform>%n invio registrato corrisponde (sono mostrati i {max} più recenti).</numerusform>
            <numerusform>%n invii registrati corrispondono (sono mostrati i {max} più recenti).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match.</source>
        <translation>
            <numerusform>%n invio registrato corrisponde.</numerusform>
            <numerusform>%n invii registrati corrispondono.</numerusform>
        </translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>Tutte le business unit</translation>
    </message>
    <message>
        <source>Export the shown runs as CSV</source>
        <translation>Esporta in CSV gli invii mostrati</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}</source>
        <translation>Impossibile scrivere il file CSV: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n invio</numerusform>
            <numerusform>%n invii</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {rows} ({runs}) to {path}.</source>
        <translation>Esportazione di {rows} ({runs}) in {path} completata.</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation>Alcuni file non riusciti</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown server</source>
        <translation>Server sconosciuto</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Chiave server sconosciuta</translation>
    </message>
    <message>
        <source>&amp;Trust and remember</source>
        <translation>&amp;Accetta e memorizza</translation>
    </message>
    <message>
        <source>This is the first connection to {server} from this computer. The server identifies itself with this key:</source>
        <translation>È la prima connessione a {server} da questo computer. Il server si identifica con questa chiave:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you. Trust it only if they are identical; the key is then remembered and this question is not asked again.</source>
        <translation>Confronta l&apos;impronta con quella fornita dall&apos;IT. Accettala solo se sono identiche; la chiave verrà memorizzata e questa domanda non verrà più posta.</translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>File di chiave privata</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Metodo di autenticazione</translation>
    </message>
    <message>
        <source>Pa&amp;ssword</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>ad es. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Scegli il file di chiave privata</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase della chiave</translation>
    </message>
    <message>
        <source>if the key has one</source>
        <translation>se la chiave ne ha una</translation>
    </message>
    <message>
        <source>Remember passphrase</source>
        <translation>Memorizza passphrase</translation>
    </message>
    <message>
        <source>Remember the key&apos;s passphrase in the OS keyring</source>
        <translation>Memorizza la passphrase della chiave nel portachiavi del sistema</translation>
    </message>
    <message>
        <source>Ke&amp;y file</source>
        <translation>Fi&amp;le chiave</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Uses the keys held by your running SSH agent (ssh-agent or Pageant).</source>
        <translation>Usa le chiavi del tuo agente SSH in esecuzione (ssh-agent o Pageant).</translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation>Nessun file di chiave privata scelto.</translation>
    </message>
    <message>
        <source>Press Browse and choose your key file.</source>
        <translation>Premi Sfoglia e scegli il tuo file di chiave.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La password è vuota.</translation>
    </message>
    <message>
        <source>Type your SFTP password.</source>
        <translation>Inserisci la tua password SFTP.</translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation>Scegli il tuo file di chiave privata</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop Uploader: send pipeline results to the SFTP server</source>
        <translation>Desktop Uploader: invia i risultati della pipeline al server SFTP</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>&amp;Add folders…</source>
        <translation>&amp;Aggiungi cartelle…</translation>
    </message>
    <message>
        <source>Add folders</source>
        <translation>Aggiungi cartelle</translation>
    </message>
    <message>
        <source>Choose one or more business unit folders, or the pipeline&apos;s app folder</source>
        <translation>Scegli una o più cartelle di business unit, oppure la cartella app della pipeline</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove selected business unit</source>
        <translation>Rimuovi la business unit selezionata</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>Prova la de&amp;mo</translation>
    </message>
    <message>
        <source>Try the demo server</source>
        <translation>Prova la demo</translation>
    </message>
    <message>
        <source>Start a practice SFTP server on this computer with sample pipeline folders</source>
        <translation>Avvia su questo computer un server SFTP di prova con cartelle di esempio della pipeline</translation>
    </message>
    <message>
        <source>…or drop folders anywhere on this window.</source>
        <translation>…oppure trascina le cartelle nella finestra.</translation>
    </message>
    <message>
        <source>Folder message</source>
        <translation>Messaggio sulle cartelle</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;nteprima</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Show what Upload would send, replace and skip; nothing is sent</source>
        <translation>Mostra cosa verrebbe inviato, sostituito e saltato; non viene inviato nulla</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send every listed business unit (Enter)</source>
        <translation>Invia tutte le business unit in elenco (tasto Invio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annulla invio</translation>
    </message>
    <message>
        <source>Stop the upload (Esc); finished files stay on the server</source>
        <translation>Interrompi l&apos;invio (Esc); i file completati restano sul server</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>No server is set up yet: fill in the one IT gave you, or press “Try the demo server” to see how an upload goes.</source>
        <translation>Nessun server ancora configurato: inserisci quello fornito dall&apos;IT, oppure premi “Prova la demo” per vedere come funziona un invio.</translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation>Analisi delle cartelle…</translation>
    </message>
    <message>
        <source>These business units are already in the list.</source>
        <translation>Queste business unit sono già in elenco.</translation>
    </message>
    <message>
        <source>Tick the business units to send.</source>
        <translation>Spunta le business unit da inviare.</translation>
    </message>
    <message>
        <source>Only folders on this computer or a mapped drive can be added.</source>
        <translation>Si possono aggiungere solo cartelle di questo computer o di un&apos;unità di rete mappata.</translation>
    </message>
    <message>
        <source>The demo server is running on this computer, with sample business units: press Upload.</source>
        <translation>Il server demo è in esecuzione su questo computer, con business unit di esempio: premi Invia.</translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>An upload is running. Stop it and close the window?</source>
        <translation>È in corso un invio. Interromperlo e chiudere la finestra?</translation>
    </message>
    <message>
        <source>Files marked Done are already on the server.</source>
        <translation>I file segnati come Completato sono già sul server.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Interrompi e chiudi</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>Continua l&apos;invio</translation>
    </message>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation>Aggiungi le cartelle delle business unit, poi premi Invia.</translation>
    </message>
    <message>
        <source>Type a business unit name for each highlighted row, then press Upload.</source>
        <translation>Inserisci un nome di business unit per ogni riga evidenziata, poi premi Invia.</translation>
    </message>
    <message>
        <source>Ready: {units}, {files} ({size}). Press Upload to send them.</source>
        <translation>Pronto: {units}, {files} ({size}). Premi Invia per inviarli.</translation>
    </message>
    <message>
        <source>Files and their progress</source>
        <translation>File e relativo avanzamento</translation>
    </message>
    <message>
        <source>Choose business unit folders or the pipeline&apos;s app folder</source>
        <translation>Scegli le cartelle delle business unit o la cartella app della pipeline</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The settings file {path} could not be read; the defaults are used.</source>
        <translation>Impossibile leggere il file delle impostazioni {path}; vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <source>The settings file could not be read and was kept as {name}; defaults are used.</source>
        <translation>Impossibile leggere il file delle impostazioni, conservato come {name}; vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <source>The credential store refused the password (it may be too long for it). The previously stored password, if any, is kept.</source>
        <translation>Il portachiavi ha rifiutato la password (forse è troppo lunga). L&apos;eventuale password memorizzata in precedenza viene mantenuta.</translation>
    </message>
    <message>
        <source>The credential store refused the passphrase (it may be too long for it). The previously stored passphrase, if any, is kept.</source>
        <translation>Il portachiavi ha rifiutato la passphrase (forse è troppo lunga). L&apos;eventuale passphrase memorizzata in precedenza viene mantenuta.</translation>
    </message>
    <message>
        <source>No secure credential store is available, so the password cannot be remembered.</source>
        <translation>Nessun portachiavi sicuro disponibile: la password non può essere memorizzata.</translation>
    </message>
    <message>
        <source>No secure credential store is available, so the passphrase cannot be remembered.</source>
        <translation>Nessun portachiavi sicuro disponibile: la passphrase non può essere memorizzata.</translation>
    </message>
    <message>
        <source>The credential store could not be reached.</source>
        <translation>Impossibile raggiungere il portachiavi.</translation>
    </message>
    <message>
        <source>Example of a valid name: italy_galbani.</source>
        <translation>Esempio di nome valido: italy_galbani.</translation>
    </message>
    <message>
        <source>Business unit {name} is not valid: {problem}.</source>
        <translation>La business unit {name} non è valida: {problem}.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>il nome è vuoto</translation>
    </message>
    <message>
        <source>it is longer than {count} characters</source>
        <translation>supera i {count} caratteri</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>contiene spazi o caratteri di controllo</translation>
    </message>
    <message>
        <source>it contains a path separator or &apos;..&apos;</source>
        <translation>contiene un separatore di percorso o &apos;..&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;_&apos; between the country and the unit (country_unit)</source>
        <translation>manca un &apos;_&apos; tra il paese e l&apos;unità (paese_unità)</translation>
    </message>
    <message>
        <source>the country before the first &apos;_&apos; is empty</source>
        <translation>il paese prima del primo &apos;_&apos; è vuoto</translation>
    </message>
    <message>
        <source>the part after the country is empty</source>
        <translation>la parte dopo il paese è vuota</translation>
    </message>
    <message>
        <source>only letters without accents (a to z), digits, &apos;_&apos; and &apos;-&apos; are allowed</source>
        <translation>sono ammessi solo lettere senza accenti (dalla a alla z), cifre, &apos;_&apos; e &apos;-&apos;</translation>
    </message>
    <message>
        <source>server key type</source>
        <translation>il tipo di chiave del server</translation>
    </message>
    <message>
        <source>key exchange method</source>
        <translation>il metodo di scambio delle chiavi</translation>
    </message>
    <message>
        <source>encryption cipher</source>
        <translation>l&apos;algoritmo di cifratura</translation>
    </message>
    <message>
        <source>integrity check (MAC)</source>
        <translation>il controllo di integrità (MAC)</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>la compressione</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>l&apos;algoritmo</translation>
    </message>
    <message>
        <source>Algorithm mismatch: the server offers no {what} this app accepts. This app accepts {accepted}; old servers that offer only ssh-rsa (SHA-1) host keys or SHA-1 key exchange are refused because those can be forged. Nothing was sent.</source>
        <translation>Algoritmi incompatibili: il server non offre nessuna opzione accettata da questa app per {what}. Questa app accetta {accepted}; i vecchi server che offrono solo chiavi host ssh-rsa (SHA-1) o scambio di chiavi SHA-1 vengono rifiutati perché possono essere falsificati. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>only modern algorithms</source>
        <translation>solo algoritmi moderni</translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator: the server needs an ed25519, ECDSA or RSA key with SHA-2 signatures (rsa-sha2-256 or rsa-sha2-512).</source>
        <translation>Inoltra questo messaggio all&apos;amministratore del server: il server deve avere una chiave ed25519, ECDSA o RSA con firme SHA-2 (rsa-sha2-256 o rsa-sha2-512).</translation>
    </message>
    <message>
        <source>No password, key file or agent was given for the login.</source>
        <translation>Per l&apos;accesso non è stata indicata alcuna password, file di chiave o agente.</translation>
    </message>
    <message>
        <source>Type the password, or choose a key file.</source>
        <translation>Inserisci la password, oppure scegli un file di chiave.</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>could not be opened ({reason})</source>
        <translation>non può essere aperto ({reason})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message>
        <source>is not a private key in a format this app reads</source>
        <translation>non è una chiave privata in un formato leggibile da questa app</translation>
    </message>
    <message>
        <source>The key file {path} is protected by a passphrase.</source>
        <translation>Il file di chiave {path} è protetto da una passphrase.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase.</source>
        <translation>Inserisci la passphrase della chiave.</translation>
    </message>
    <message>
        <source>The passphrase of the key file {path} is wrong.</source>
        <translation>La passphrase del file di chiave {path} è errata.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase again; if it was remembered, forget it and retype it.</source>
        <translation>Inserisci di nuovo la passphrase della chiave; se era memorizzata, premi Dimentica e inseriscila di nuovo.</translation>
    </message>
    <message>
        <source>The key file {path} {problem}.</source>
        <translation>Il file di chiave {path} {problem}.</translation>
    </message>
    <message>
        <source>Choose your private key file (the one without .pub), of type ed25519, ECDSA or RSA.</source>
        <translation>Scegli il tuo file di chiave privata (quello senza .pub), di tipo ed25519, ECDSA o RSA.</translation>
    </message>
    <message>
        <source>No SSH agent is running for this session (SSH_AUTH_SOCK is not set).</source>
        <translation>Nessun agente SSH è in esecuzione per questa sessione (SSH_AUTH_SOCK non è impostato).</translation>
    </message>
    <message>
        <source>Start your SSH agent (or Pageant on Windows) and add your key, or choose another login method.</source>
        <translation>Avvia il tuo agente SSH (o Pageant su Windows) e aggiungi la tua chiave, oppure scegli un altro metodo di autenticazione.</translation>
    </message>
    <message>
        <source>The SSH agent holds no key.</source>
        <translation>L&apos;agente SSH non contiene alcuna chiave.</translation>
    </message>
    <message>
        <source>Add a key to the agent with ssh-add.</source>
        <translation>Aggiungi una chiave all&apos;agente con ssh-add.</translation>
    </message>
    <message>
        <source>The server printed unexpected text before SFTP started: a login script on the server is writing output.</source>
        <translation>Il server ha mostrato un testo imprevisto prima dell&apos;avvio di SFTP: uno script di accesso sul server sta scrivendo qualcosa.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; the login scripts of this account must not print anything for SFTP to work.</source>
        <translation>Avvisa l&apos;amministratore del server: perché SFTP funzioni, gli script di accesso di questo account non devono stampare nulla.</translation>
    </message>
    <message>
        <source>Bad input</source>
        <translation>Dati non validi</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Autenticazione non riuscita</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Chiave server sconosciuta</translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation>Chiave del server cambiata</translation>
    </message>
    <message>
        <source>Server key not the expected one</source>
        <translation>Chiave del server diversa da quella attesa</translation>
    </message>
    <message>
        <source>Remote folder not found</source>
        <translation>Cartella remota non trovata</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permesso negato</translation>
    </message>
    <message>
        <source>Server setup problem</source>
        <translation>Problema di configurazione del server</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema di rete</translation>
    </message>
    <message>
        <source>Local file problem</source>
        <translation>Problema con un file locale</translation>
    </message>
    <message>
        <source>Server refused the file</source>
        <translation>Il server ha rifiutato il file</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Correggi i dati e riprova.</translation>
    </message>
    <message>
        <source>Check the user name and password, that the account is active, and that the server accepts connections from your network (IP restrictions).</source>
        <translation>Controlla nome utente e password, che l&apos;account sia attivo e che il server accetti connessioni dalla tua rete (restrizioni IP).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you before trusting this server.</source>
        <translation>Confronta l&apos;impronta con quella fornita dall&apos;IT prima di accettare questo server.</translation>
    </message>
    <message>
        <source>The server&apos;s identity changed. This may be an attack: do not connect, and call IT.</source>
        <translation>L&apos;identità del server è cambiata. Potrebbe trattarsi di un attacco: non connetterti e chiama l&apos;IT.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one whose fingerprint IT gave. This may be an attack, or the fingerprint may be mistyped: do not connect, and call IT.</source>
        <translation>La chiave del server non è quella di cui l&apos;IT ha fornito l&apos;impronta. Potrebbe trattarsi di un attacco, oppure l&apos;impronta è stata digitata male: non connetterti e chiama l&apos;IT.</translation>
    </message>
    <message>
        <source>Check the spelling of the business unit and ask IT whether its folder exists on the server.</source>
        <translation>Controlla come è scritto il nome della business unit e chiedi all&apos;IT se la sua cartella esiste sul server.</translation>
    </message>
    <message>
        <source>Ask IT for write access to the remote folder named above.</source>
        <translation>Chiedi all&apos;IT il permesso di scrittura sulla cartella remota indicata sopra.</translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator.</source>
        <translation>Inoltra questo messaggio all&apos;amministratore del server.</translation>
    </message>
    <message>
        <source>Check the network connection (VPN, Wi-Fi) and its stability; large files need a steady link and enough bandwidth.</source>
        <translation>Controlla la connessione di rete (VPN, Wi-Fi) e la sua stabilità; i file grandi richiedono un collegamento stabile e banda sufficiente.</translation>
    </message>
    <message>
        <source>Close the file in Excel or any other program, then try again.</source>
        <translation>Chiudi il file in Excel o in qualsiasi altro programma, poi riprova.</translation>
    </message>
    <message>
        <source>Ask IT to check the server&apos;s free space, quota and permissions.</source>
        <translation>Chiedi all&apos;IT di controllare spazio libero, quota e permessi sul server.</translation>
    </message>
    <message>
        <source>Nothing more was sent. Start the upload again when ready.</source>
        <translation>Non è stato inviato altro. Avvia di nuovo l&apos;invio quando sei pronto.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>L&apos;invio è stato annullato.</translation>
    </message>
    <message>
        <source>The server denied access.</source>
        <translation>Il server ha negato l&apos;accesso.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Il server ha rifiutato l&apos;accesso.</translation>
    </message>
    <message>
        <source>The server presented a different key than the one stored for it.</source>
        <translation>Il server ha presentato una chiave diversa da quella memorizzata.</translation>
    </message>
    <message>
        <source>The server offers no algorithm this app accepts (for example only the old ssh-rsa host key or SHA-1 key exchange).</source>
        <translation>Il server non offre alcun algoritmo accettato da questa app (ad esempio solo la vecchia chiave host ssh-rsa o lo scambio di chiavi SHA-1).</translation>
    </message>
    <message>
        <source>A remote folder or file does not exist.</source>
        <translation>Una cartella o un file remoto non esiste.</translation>
    </message>
    <message>
        <source>Check the server name and port, and ask IT whether the server is running and whether this network may reach it (VPN, firewall).</source>
        <translation>Controlla il nome del server e la porta, e chiedi all&apos;IT se il server è attivo e se questa rete può raggiungerlo (VPN, firewall).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name; on a company network, connect the VPN.</source>
        <translation>Controlla come è scritto il nome del server; sulla rete aziendale, collega la VPN.</translation>
    </message>
    <message>
        <source>The server stopped answering (timeout).</source>
        <translation>Il server ha smesso di rispondere (timeout).</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Il server ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Impossibile risolvere il nome del server.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Errore imprevisto: {error}</translation>
    </message>
    <message>
        <source>The server is busy or did not answer the SSH greeting.</source>
        <translation>Il server è occupato o non ha risposto al saluto SSH.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Il server ha chiuso la connessione.</translation>
    </message>
    <message>
        <source>The connection was reset.</source>
        <translation>La connessione è stata reimpostata.</translation>
    </message>
    <message>
        <source>The connection was lost ({detail}).</source>
        <translation>La connessione si è interrotta ({detail}).</translation>
    </message>
    <message>
        <source>The known hosts file {path} cannot be written ({reason}).</source>
        <translation>Impossibile scrivere il file degli host noti {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose a known hosts file you can write to, or check its folder.</source>
        <translation>Scegli un file degli host noti in cui puoi scrivere, oppure controlla la sua cartella.</translation>
    </message>
    <message>
        <source>The server {host} is not known yet; it presented a {key_type} key with fingerprint {fingerprint}. Nothing was sent.</source>
        <translation>Il server {host} non è ancora noto; ha presentato una chiave {key_type} con impronta {fingerprint}. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one IT gave you, then trust the server when you are asked.</source>
        <translation>Confronta questa impronta con quella fornita dall&apos;IT, poi accetta il server quando ti viene chiesto.</translation>
    </message>
    <message>
        <source>The server key fingerprint {text} is not a SHA256 fingerprint.</source>
        <translation>L&apos;impronta della chiave del server {text} non è un&apos;impronta SHA256.</translation>
    </message>
    <message>
        <source>Ask IT for the SHA256 fingerprint, written like SHA256:followed by 43 letters, digits, + or /.</source>
        <translation>Chiedi all&apos;IT l&apos;impronta SHA256, scritta come SHA256: seguito da 43 lettere, cifre, + o /.</translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, not the expected {pinned}. Someone may be intercepting the connection. Nothing was sent.</source>
        <translation>ATTENZIONE: il server {host} ha presentato la chiave {key_type} {fingerprint}, non quella attesa {pinned}. Qualcuno potrebbe intercettare la connessione. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, which a known_hosts file marks as revoked. Nothing was sent.</source>
        <translation>ATTENZIONE: il server {host} ha presentato la chiave {key_type} {fingerprint}, che un file known_hosts indica come revocata. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>WARNING: the key of {host} has changed: it now presents {key_type} {fingerprint}, which differs from the key stored in {files}. Someone may be intercepting the connection. Nothing was sent, and the stored key was kept.</source>
        <translation>ATTENZIONE: la chiave di {host} è cambiata: ora presenta {key_type} {fingerprint}, diversa dalla chiave memorizzata in {files}. Qualcuno potrebbe intercettare la connessione. Non è stato inviato nulla e la chiave memorizzata è stata mantenuta.</translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds no result file.</source>
        <translation>Niente da inviare: {folder} non contiene file di risultati.</translation>
    </message>
    <message>
        <source>Run the pipeline for this business unit first, or choose its outputs folder.</source>
        <translation>Esegui prima la pipeline per questa business unit, oppure scegli la sua cartella outputs.</translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds only what is never sent: {names}.</source>
        <translation>Niente da inviare: {folder} contiene solo elementi che non vengono mai inviati: {names}.</translation>
    </message>
    <message>
        <source>The outputs folder {folder} does not exist or is not a folder.</source>
        <translation>La cartella outputs {folder} non esiste o non è una cartella.</translation>
    </message>
    <message>
        <source>Choose the folder the pipeline writes, such as app/outputs/{bu}.</source>
        <translation>Scegli la cartella in cui scrive la pipeline, ad esempio app/outputs/{bu}.</translation>
    </message>
    <message>
        <source>No logs folder at {folder}: only the outputs are uploaded.</source>
        <translation>Nessuna cartella dei log in {folder}: vengono inviati solo i risultati.</translation>
    </message>
    <message>
        <source>link (not followed)</source>
        <translation>collegamento (non seguito)</translation>
    </message>
    <message>
        <source>sub-folder (not uploaded)</source>
        <translation>sottocartella (non inviata)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>name with control characters or bytes that are not valid text</source>
        <translation>nome con caratteri di controllo o byte che non sono testo valido</translation>
    </message>
    <message>
        <source>named like this app&apos;s temporary upload files, not uploaded</source>
        <translation>nome simile ai file temporanei di invio di questa app, non inviato</translation>
    </message>
    <message>
        <source>Excel lock file (open or left by Excel)</source>
        <translation>file di blocco di Excel (aperto o lasciato da Excel)</translation>
    </message>
    <message>
        <source>Office temporary file</source>
        <translation>file temporaneo di Office</translation>
    </message>
    <message>
        <source>Excel temporary save file</source>
        <translation>file di salvataggio temporaneo di Excel</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>file temporaneo</translation>
    </message>
    <message>
        <source>LibreOffice lock file</source>
        <translation>file di blocco di LibreOffice</translation>
    </message>
    <message>
        <source>editor temporary file</source>
        <translation>file temporaneo di un editor</translation>
    </message>
    <message>
        <source>editor backup file</source>
        <translation>file di backup di un editor</translation>
    </message>
    <message>
        <source>macOS folder settings file</source>
        <translation>file di impostazioni cartella di macOS</translation>
    </message>
    <message>
        <source>Windows thumbnail cache</source>
        <translation>cache delle miniature di Windows</translation>
    </message>
    <message>
        <source>Windows folder settings file</source>
        <translation>file di impostazioni cartella di Windows</translation>
    </message>
    <message>
        <source>{what}, not uploaded</source>
        <translation>{what}, non inviato</translation>
    </message>
    <message>
        <source>temporary or system file ({pattern})</source>
        <translation>file temporaneo o di sistema ({pattern})</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>non è un nome di file</translation>
    </message>
    <message>
        <source>name with a slash or backslash (could leave the remote folder)</source>
        <translation>nome con una barra o una barra rovesciata (potrebbe uscire dalla cartella remota)</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}); it may be open in another program such as Excel.</source>
        <translation>Impossibile leggere {name} ({reason}); forse è aperto in un altro programma, come Excel.</translation>
    </message>
    <message>
        <source>Close {name} in Excel or any other program, then upload again.</source>
        <translation>Chiudi {name} in Excel o in qualsiasi altro programma, poi invia di nuovo.</translation>
    </message>
    <message>
        <source>{name} changed while it was being sent, so it was not uploaded.</source>
        <translation>{name} è cambiato durante l&apos;invio, quindi non è stato inviato.</translation>
    </message>
    <message>
        <source>Wait until {name} is no longer being written, then upload again.</source>
        <translation>Attendi che la scrittura di {name} sia terminata, poi invia di nuovo.</translation>
    </message>
    <message>
        <source>The server did not send its SSH greeting within {seconds:g} s: it may be busy, or the connection stopped during login.</source>
        <translation>Il server non ha inviato il saluto SSH entro {seconds:g} s: potrebbe essere occupato, oppure la connessione si è bloccata durante l&apos;accesso.</translation>
    </message>
    <message>
        <source>The server stopped answering during login (nothing for {seconds:g} s).</source>
        <translation>Il server ha smesso di rispondere durante l&apos;accesso (nulla per {seconds:g} s).</translation>
    </message>
    <message>
        <source>The connection was lost during login.</source>
        <translation>La connessione si è interrotta durante l&apos;accesso.</translation>
    </message>
    <message>
        <source>{folder} does not exist yet; the upload will create it.</source>
        <translation>{folder} non esiste ancora; verrà creata dall&apos;invio.</translation>
    </message>
    <message>
        <source>The server refuses to list {folder}: files already there cannot be seen, so every file is shown as new unless the replace policy asks for it by name.</source>
        <translation>Il server non permette di elencare {folder}: i file già presenti non sono visibili, quindi ogni file risulta nuovo, a meno che la regola di sostituzione non lo indichi per nome.</translation>
    </message>
    <message>
        <source>{folder} holds a name that is not UTF-8, so its listing cannot be read: every file is shown as new unless the replace policy asks for it by name.</source>
        <translation>{folder} contiene un nome non UTF-8, quindi il suo elenco non può essere letto: ogni file risulta nuovo, a meno che la regola di sostituzione non lo indichi per nome.</translation>
    </message>
    <message>
        <source>an earlier upload left {kept:,} of its {size:,} bytes on the server; the upload continues from there</source>
        <translation>un invio precedente ha lasciato {kept:,} dei suoi {size:,} byte sul server; l&apos;invio riprende da lì</translation>
    </message>
    <message>
        <source>On the server, {path} is a folder, so the file {name} cannot go there.</source>
        <translation>Sul server, {path} è una cartella, quindi il file {name} non può essere salvato lì.</translation>
    </message>
    <message>
        <source>On the server, {path} is not a regular file (a link or a special file), so the file {name} cannot go there.</source>
        <translation>Sul server, {path} non è un file normale (un collegamento o un file speciale), quindi il file {name} non può essere salvato lì.</translation>
    </message>
    <message>
        <source>Ask IT to move {path} out of the way, or rename the local file; the upload never moves or removes it.</source>
        <translation>Chiedi all&apos;IT di spostare {path}, oppure rinomina il file locale; l&apos;invio non lo sposta né lo elimina mai.</translation>
    </message>
    <message>
        <source>Business units {first} and {second} both go to {folder} on the server; {second} was not sent, so that it cannot replace the files of {first}.</source>
        <translation>Le business unit {first} e {second} vanno entrambe in {folder} sul server; {second} non è stata inviata, perché non sostituisca i file di {first}.</translation>
    </message>
    <message>
        <source>Send one of them per run, or ask IT which of the two folders is the right one.</source>
        <translation>Inviane una per volta, oppure chiedi all&apos;IT quale delle due cartelle è quella giusta.</translation>
    </message>
    <message>
        <source>No remote folder for business unit {bu}: tried {tried}. Without it, {outputs} cannot be created.</source>
        <translation>Nessuna cartella remota per la business unit {bu}: percorsi provati {tried}. Senza di essa non è possibile creare {outputs}.</translation>
    </message>
    <message>
        <source>The server refuses to show the folder {path}.</source>
        <translation>Il server non permette di vedere la cartella {path}.</translation>
    </message>
    <message>
        <source>The remote folder {path} is missing and could not be created ({reason}).</source>
        <translation>La cartella remota {path} non esiste e non è stato possibile crearla ({reason}).</translation>
    </message>
    <message>
        <source>unchanged on the server</source>
        <translation>invariato sul server</translation>
    </message>
    <message>
        <source>already on the server, policy: never replace</source>
        <translation>già sul server, regola: non sostituire mai</translation>
    </message>
    <message>
        <source>sent again (policy: always replace)</source>
        <translation>reinviato (regola: sostituisci sempre)</translation>
    </message>
    <message>
        <source>The server does not keep the files&apos; modification times, so “Replace only when changed” cannot recognize unchanged files: every file will be sent again next time.</source>
        <translation>Il server non conserva la data di modifica dei file, quindi “Sostituisci solo se modificati” non può riconoscere i file invariati: ogni file sarà inviato di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>{path} on the server is not a regular file; the upload will fail for it</source>
        <translation>{path} sul server non è un file normale; il suo invio non riuscirà</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un numero intero da {low} a {high}</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>un numero di secondi da {low} a {high}</translation>
    </message>
    <message>
        <source>{name} {value} is not valid: give {what}.</source>
        <translation>{name} {value} non è valido: indica {what}.</translation>
    </message>
    <message>
        <source>For example: {example}.</source>
        <translation>Ad esempio: {example}.</translation>
    </message>
    <message>
        <source>Remote base</source>
        <translation>Cartella base remota</translation>
    </message>
    <message>
        <source>{name} {base} contains a control character (a line break, a tab...).</source>
        <translation>{name} {base} contiene un carattere di controllo (un a capo, una tabulazione...).</translation>
    </message>
    <message>
        <source>{name} {base} must be an absolute path.</source>
        <translation>{name} {base} deve essere un percorso assoluto.</translation>
    </message>
    <message>
        <source>Example: {base}.</source>
        <translation>Esempio: {base}.</translation>
    </message>
    <message>
        <source>{text!r} is not a replace policy.</source>
        <translation>{text!r} non è una regola di sostituzione.</translation>
    </message>
    <message>
        <source>Use always, when-changed or never.</source>
        <translation>Usa always, when-changed o never.</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Timeout di inattività</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>File in parallelo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>First retry delay</source>
        <translation>Attesa prima del primo nuovo tentativo</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Attesa massima tra i tentativi</translation>
    </message>
    <message>
        <source>The server refused to rename {name} into place in {folder}: it arrived under a temporary name, which is removed.</source>
        <translation>Il server ha rifiutato di rinominare {name} con il nome definitivo in {folder}: è arrivato con un nome temporaneo, che viene eliminato.</translation>
    </message>
    <message>
        <source>If this server forbids renaming files, turn temporary names off (--no-temp-names on the command line, or use_temp_names = false in the profile) and upload again; otherwise ask IT for the right to rename and replace files in {folder}.</source>
        <translation>Se questo server vieta di rinominare i file, disattiva i nomi temporanei (--no-temp-names dalla riga di comando, oppure use_temp_names = false nel profilo) e invia di nuovo; altrimenti chiedi all&apos;IT il permesso di rinominare e sostituire file in {folder}.</translation>
    </message>
    <message>
        <source>The server stored only {written:,} of {size:,} bytes of {name}: it is probably out of space or quota.</source>
        <translation>Il server ha salvato solo {written:,} di {size:,} byte di {name}: probabilmente ha esaurito lo spazio o la quota.</translation>
    </message>
    <message>
        <source>The server refused to write {name} in {folder}.</source>
        <translation>Il server ha rifiutato di scrivere {name} in {folder}.</translation>
    </message>
    <message>
        <source>The server closed the SFTP session while {name} was sent.</source>
        <translation>Il server ha chiuso la sessione SFTP durante l&apos;invio di {name}.</translation>
    </message>
    <message>
        <source>The server stopped answering (no progress for {seconds:g} s) while sending {name}, after about {done} of {size}.</source>
        <translation>Il server ha smesso di rispondere (nessun avanzamento per {seconds:g} s) durante l&apos;invio di {name}, dopo circa {done} di {size}.</translation>
    </message>
    <message>
        <source>The connection was lost while sending {name}, after about {done} of {size} ({error}: {detail}).</source>
        <translation>La connessione si è interrotta durante l&apos;invio di {name}, dopo circa {done} di {size} ({error}: {detail}).</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>nessun dettaglio</translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB</source>
        <translation>{megabytes:.1f} MB</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>Impossibile leggere {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <source>{name} is a file, not a folder. Drop a business unit&apos;s folder, such as app/outputs/italy_galbani, or the pipeline&apos;s app folder.</source>
        <translation>{name} è un file, non una cartella. Trascina la cartella di una business unit, come app/outputs/italy_galbani, oppure la cartella app della pipeline.</translation>
    </message>
    <message>
        <source>{name} holds no business unit and no file to upload. Drop the folder app/outputs/&lt;business unit&gt; or the pipeline&apos;s app folder.</source>
        <translation>{name} non contiene alcuna business unit né file da inviare. Trascina la cartella app/outputs/&lt;business unit&gt; oppure la cartella app della pipeline.</translation>
    </message>
    <message>
        <source>{path} is a logs folder, and its results folder {outputs} does not exist. Drop the business unit&apos;s outputs folder instead.</source>
        <translation>{path} è una cartella di log e la sua cartella dei risultati {outputs} non esiste. Trascina invece la cartella outputs della business unit.</translation>
    </message>
    <message>
        <source>The history database {path} cannot be used: {error}</source>
        <translation>Il database della cronologia {path} non può essere usato: {error}</translation>
    </message>
    <message>
        <source>The run could not be added to {path}: {error}</source>
        <translation>Impossibile aggiungere l&apos;invio a {path}: {error}</translation>
    </message>
    <message>
        <source>The history in {path} could not be read: {error}</source>
        <translation>Impossibile leggere la cronologia in {path}: {error}</translation>
    </message>
    <message>
        <source>The history database {path} was written by a newer version of the app (schema {version}); this version reads schema {supported} at most.</source>
        <translation>Il database della cronologia {path} è stato scritto da una versione più recente dell&apos;app (schema {version}); questa versione legge al massimo lo schema {supported}.</translation>
    </message>
    <message>
        <source>Correct the field in the file, or ask IT for a corrected profile.</source>
        <translation>Correggi il campo nel file, oppure chiedi all&apos;IT un profilo corretto.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>Il profilo</translation>
    </message>
    <message>
        <source>{source} is not a valid TOML file ({error}).</source>
        <translation>{source} non è un file TOML valido ({error}).</translation>
    </message>
    <message>
        <source>{source} has the unknown field {field}.</source>
        <translation>{source} contiene il campo sconosciuto {field}.</translation>
    </message>
    <message>
        <source>Use only these fields: {fields}.</source>
        <translation>Usa solo questi campi: {fields}.</translation>
    </message>
    <message>
        <source>In {source}, the field {field} {problem}.</source>
        <translation>{source}: il campo {field} {problem}.</translation>
    </message>
    <message>
        <source>Write it like {example}. {fix}</source>
        <translation>Scrivilo così: {example}. {fix}</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>deve essere un testo tra virgolette</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>manca o è vuoto</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caratteri di controllo</translation>
    </message>
    <message>
        <source>is not a host name or address</source>
        <translation>non è un nome host né un indirizzo</translation>
    </message>
    <message>
        <source>must be a number from 1 to 65535</source>
        <translation>deve essere un numero da 1 a 65535</translation>
    </message>
    <message>
        <source>must be an absolute path without &apos;..&apos;</source>
        <translation>deve essere un percorso assoluto senza &apos;..&apos;</translation>
    </message>
    <message>
        <source>host_key_fingerprint = &quot;SHA256:&quot; followed by 43 letters, digits, + or /</source>
        <translation>host_key_fingerprint = &quot;SHA256:&quot; seguito da 43 lettere, cifre, + o /</translation>
    </message>
    <message>
        <source>is not a SHA256 fingerprint</source>
        <translation>non è un&apos;impronta SHA256</translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation>deve essere un elenco di testi non vuoti</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>deve essere uno di questi valori: {options}</translation>
    </message>
    <message>
        <source>must be true or false (without quotes)</source>
        <translation>deve essere true o false (senza virgolette)</translation>
    </message>
    <message>
        <source>must be a list of field names</source>
        <translation>deve essere un elenco di nomi di campi</translation>
    </message>
    <message>
        <source>names {field}, which cannot be locked (possible: {fields})</source>
        <translation>indica {field}, che non può essere bloccato (possibili: {fields})</translation>
    </message>
    <message>
        <source>The profile {path} cannot be read ({reason}).</source>
        <translation>Impossibile leggere il profilo {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and location.</source>
        <translation>Controlla il nome e la posizione del file.</translation>
    </message>
    <message>
        <source>{name} is too large to be a profile.</source>
        <translation>{name} è troppo grande per essere un profilo.</translation>
    </message>
    <message>
        <source>{name} is not a UTF-8 text file.</source>
        <translation>{name} non è un file di testo UTF-8.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>No profile named {name} (stored profiles: {names}).</source>
        <translation>Nessun profilo chiamato {name} (profili memorizzati: {names}).</translation>
    </message>
    <message>
        <source>Give the path of the .toml file IT sent, or import it in the window first.</source>
        <translation>Indica il percorso del file .toml inviato dall&apos;IT, oppure importalo prima nella finestra.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>{bu}: {status}</source>
        <translation>{bu}: {status}</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Not looked up on the server</source>
        <translation>Non verificato sul server</translation>
    </message>
    <message>
        <source>To {folder}: {counts}</source>
        <translation>Verso {folder}: {counts}</translation>
    </message>
    <message>
        <source>Nothing to send to {folder}: {counts}</source>
        <translation>Niente da inviare verso {folder}: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuovo</numerusform>
            <numerusform>%n nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to replace</source>
        <translation>
            <numerusform>%n da sostituire</numerusform>
            <numerusform>%n da sostituire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, sent again</source>
        <translation>
            <numerusform>%n invariato, reinviato</numerusform>
            <numerusform>%n invariati, reinviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, not sent</source>
        <translation>
            <numerusform>%n invariato, non inviato</numerusform>
            <numerusform>%n invariati, non inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, kept</source>
        <translation>
            <numerusform>%n già presente, mantenuto</numerusform>
            <numerusform>%n già presenti, mantenuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: see the message above.</source>
        <translation>L&apos;anteprima non è riuscita: vedi il messaggio sopra.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready. Business units with a problem: %n (see their status).</source>
        <translation>
            <numerusform>Anteprima pronta. Business unit con un problema: %n (vedi il loro stato).</numerusform>
            <numerusform>Anteprima pronta. Business unit con un problema: %n (vedi il loro stato).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n to send. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Anteprima pronta: %n da inviare. Non è stato ancora inviato nulla.</numerusform>
            <numerusform>Anteprima pronta: %n da inviare. Non è stato ancora inviato nulla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Connection profile</source>
        <translation>Profilo di connessione</translation>
    </message>
    <message>
        <source>A server profile from IT; import one from the File menu</source>
        <translation>Un profilo server fornito dall&apos;IT; importane uno dal menu File</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>Pr&amp;ofilo</translation>
    </message>
    <message>
        <source>None: type the server yourself</source>
        <translation>Nessuno: inserisci il server a mano</translation>
    </message>
    <message>
        <source>{name} could not be stored ({reason}).</source>
        <translation>Impossibile memorizzare {name} ({reason}).</translation>
    </message>
    <message>
        <source>Set by the profile “{name}”</source>
        <translation>Impostato dal profilo “{name}”</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation>Aggiungi le cartelle delle business unit, poi premi Invia.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avanzamento complessivo</translation>
    </message>
    <message>
        <source>Transfer details</source>
        <translation>Dettagli del trasferimento</translation>
    </message>
    <message>
        <source>Connection lost, retrying in {left}, attempt {next} of {maximum}</source>
        <translation>Connessione persa, nuovo tentativo tra {left}, tentativo {next} di {maximum}</translation>
    </message>
    <message>
        <source>Problem on the connection, retrying in {left}, attempt {next} of {maximum}</source>
        <translation>Problema di connessione, nuovo tentativo tra {left}, tentativo {next} di {maximum}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} di {total}</translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation>circa {left} rimanenti</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message numerus="yes">
        <source>Uploading %n business unit(s)…</source>
        <translation>
            <numerusform>Invio di %n business unit…</numerusform>
            <numerusform>Invio di %n business unit…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Looking at the server: nothing will be sent…</source>
        <translation>Verifica sul server: non verrà inviato nulla…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation>Annullamento richiesto.</translation>
    </message>
    <message>
        <source>No business unit is ticked.</source>
        <translation>Nessuna business unit spuntata.</translation>
    </message>
    <message>
        <source>Tick the business units to send in the list.</source>
        <translation>Spunta nell&apos;elenco le business unit da inviare.</translation>
    </message>
    <message>
        <source>No business unit folder has been added yet.</source>
        <translation>Non è stata ancora aggiunta alcuna cartella di business unit.</translation>
    </message>
    <message>
        <source>Press Add folders, or drop the folder app/outputs/&lt;business unit&gt; here.</source>
        <translation>Premi Aggiungi cartelle, oppure trascina qui la cartella app/outputs/&lt;business unit&gt;.</translation>
    </message>
    <message>
        <source>Business unit {name} is listed twice.</source>
        <translation>La business unit {name} è in elenco due volte.</translation>
    </message>
    <message>
        <source>Remove one of its rows.</source>
        <translation>Rimuovi una delle sue righe.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the input below.</source>
        <translation>Non è stato inviato nulla: correggi i dati qui sotto.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Business unit {bu}</source>
        <translation>Business unit {bu}</translation>
    </message>
    <message>
        <source>Connecting to the server (attempt {attempt} of {maximum})…</source>
        <translation>Connessione al server (tentativo {attempt} di {maximum})…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connesso.</translation>
    </message>
    <message>
        <source>Connected and logged in (encryption {cipher}).</source>
        <translation>Connesso e accesso effettuato (cifratura {cipher}).</translation>
    </message>
    <message>
        <source>Sending to {folder}</source>
        <translation>Invio verso {folder}</translation>
    </message>
    <message>
        <source>{bu}: remote folder {folder}</source>
        <translation>{bu}: cartella remota {folder}</translation>
    </message>
    <message>
        <source>Sending {name} ({index} of {total})</source>
        <translation>Invio di {name} ({index} di {total})</translation>
    </message>
    <message>
        <source>Sending {path} ({size}, resuming at {offset})</source>
        <translation>Invio di {path} ({size}, ripresa da {offset})</translation>
    </message>
    <message>
        <source>Sending {path} ({size})</source>
        <translation>Invio di {path} ({size})</translation>
    </message>
    <message>
        <source>Done: {path} (size checked)</source>
        <translation>Completato: {path} (dimensione verificata)</translation>
    </message>
    <message>
        <source>Done: {path} (size could not be checked)</source>
        <translation>Completato: {path} (impossibile verificare la dimensione)</translation>
    </message>
    <message>
        <source>Skipped: {path} ({reason})</source>
        <translation>Saltato: {path} ({reason})</translation>
    </message>
    <message>
        <source>Failed: {path}: {message}</source>
        <translation>Errore: {path}: {message}</translation>
    </message>
    <message>
        <source>Attempt {attempt} of {maximum} failed: {cause} Next attempt in {delay}.</source>
        <translation>Tentativo {attempt} di {maximum} non riuscito: {cause} Prossimo tentativo tra {delay}.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Avviso: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded to {folder}</source>
        <translation>
            <numerusform>Completato: %n file inviato in {folder}</numerusform>
            <numerusform>Completato: %n file inviati in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded</source>
        <translation>
            <numerusform>Completato: %n file inviato</numerusform>
            <numerusform>Completato: %n file inviati</numerusform>
        </translation>
    </message>
    <message>
        <source>, {count} not sent: {reason}</source>
        <translation>, non inviati ({reason}): {count}</translation>
    </message>
    <message>
        <source>, {count} skipped</source>
        <translation>, saltati: {count}</translation>
    </message>
    <message>
        <source>, {count} failed</source>
        <translation>, non riusciti: {count}</translation>
    </message>
    <message>
        <source>{bu}: {status}</source>
        <translation>{bu}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>{title}; %n file(s) reached the server</source>
        <translation>
            <numerusform>{title}; %n file è arrivato sul server</numerusform>
            <numerusform>{title}; %n file sono arrivati sul server</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}; no file reached the server</source>
        <translation>{title}; nessun file è arrivato sul server</translation>
    </message>
    <message numerus="yes">
        <source>{bu}: cancelled; %n file(s) reached the server.</source>
        <translation>
            <numerusform>{bu}: annullato; %n file è arrivato sul server.</numerusform>
            <numerusform>{bu}: annullato; %n file sono arrivati sul server.</numerusform>
        </translation>
    </message>
    <message>
        <source>{bu}: cancelled; no file reached the server.</source>
        <translation>{bu}: annullato; nessun file è arrivato sul server.</translation>
    </message>
    <message>
        <source>{bu}: {title}: {message}</source>
        <translation>{bu}: {title}: {message}</translation>
    </message>
    <message>
        <source>Unknown server key {type} {fingerprint}: asking.</source>
        <translation>Chiave del server sconosciuta {type} {fingerprint}: in attesa di conferma.</translation>
    </message>
    <message>
        <source>Server key trusted and remembered.</source>
        <translation>Chiave del server accettata e memorizzata.</translation>
    </message>
    <message>
        <source>Server key refused.</source>
        <translation>Chiave del server rifiutata.</translation>
    </message>
    <message>
        <source>Found: {folder}</source>
        <translation>Trovata: {folder}</translation>
    </message>
    <message>
        <source>Not found on the server: {message}</source>
        <translation>Non trovata sul server: {message}</translation>
    </message>
    <message>
        <source>Connection works (encryption {cipher}).</source>
        <translation>La connessione funziona (cifratura {cipher}).</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this business unit</source>
        <translation>Non inviata: l&apos;invio si è interrotto prima di questa business unit</translation>
    </message>
    <message>
        <source>The preview was cancelled. Nothing was sent.</source>
        <translation>L&apos;anteprima è stata annullata. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Connection works: login, server key and folders are fine.</source>
        <translation>La connessione funziona: accesso, chiave del server e cartelle sono a posto.</translation>
    </message>
    <message>
        <source>The connection test failed: see the message above.</source>
        <translation>La verifica della connessione non è riuscita: vedi il messaggio sopra.</translation>
    </message>
    <message>
        <source>Upload cancelled before anything was sent.</source>
        <translation>Invio annullato prima che fosse inviato qualcosa.</translation>
    </message>
    <message>
        <source>Upload cancelled. Files marked Done are on the server; nothing else is.</source>
        <translation>Invio annullato. I file segnati come Completato sono sul server; gli altri no.</translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n business unit(s) did not finish: see the message above. Files marked Done are on the server.</source>
        <translation>
            <numerusform>{failed} di %n business unit non è stata completata: vedi il messaggio sopra. I file segnati come Completato sono sul server.</numerusform>
            <numerusform>{failed} di %n business unit non sono state completate: vedi il messaggio sopra. I file segnati come Completato sono sul server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n business unit(s) uploaded.</source>
        <translation>
            <numerusform>Terminato: %n business unit inviata.</numerusform>
            <numerusform>Terminato: %n business unit inviate.</numerusform>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importa profilo…</translation>
    </message>
    <message>
        <source>Upload &amp;history…</source>
        <translation>&amp;Cronologia invii…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;?</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <source>Save &amp;diagnostic report…</source>
        <translation>Salva rapporto di &amp;diagnostica…</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Lingua di &amp;sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>Lingua scelta: {language}. Verrà applicata al prossimo avvio.</translation>
    </message>
    <message>
        <source>The profile “{name}” is no longer stored; none is used.</source>
        <translation>Il profilo “{name}” non è più memorizzato; non viene usato alcun profilo.</translation>
    </message>
    <message>
        <source>Profile {names} imported and chosen.</source>
        <translation>Profilo {names} importato e scelto.</translation>
    </message>
    <message>
        <source>Import a profile from IT</source>
        <translation>Importa un profilo fornito dall&apos;IT</translation>
    </message>
    <message>
        <source>Profiles (*.toml)</source>
        <translation>Profili (*.toml)</translation>
    </message>
    <message>
        <source>Save a diagnostic report for IT</source>
        <translation>Salva un rapporto di diagnostica per l&apos;IT</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>File zip (*.zip)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Impossibile salvare il rapporto: {reason}</translation>
    </message>
    <message>
        <source>Diagnostic report saved to {path}. It holds no password.</source>
        <translation>Rapporto di diagnostica salvato in {path}. Non contiene alcuna password.</translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation>La cartella dei log è {folder}</translation>
    </message>
</context>
</TS>
