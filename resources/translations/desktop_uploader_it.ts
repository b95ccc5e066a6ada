<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>BUTable</name>
    <message>
        <source>Business units to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the business unit name, e.g. italy_galbani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256:… (optional, from IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key&apos;s SHA256 fingerprint as IT gave it. When set, only that key is accepted, and a new server is trusted without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote base folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password in the OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored password and key passphrase from the OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test con&amp;nection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in, check the server key and find each business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to a file that is already on the server. “Only when changed” compares its size and modification time with the local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace only when changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;iles on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the password is asked for each session and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server host is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host name IT gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your SFTP user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password and key passphrase were deleted from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>desktop-uploader: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Files on this computer are untouched; files already shown as done are on the server.

The details are saved in the log folder:
{folder}

Please send them to IT (Copy details, or the newest file in that folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>The demo server needs asyncssh: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error for IT (never includes the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server: {size}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size could not be checked on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the chosen run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match (the newest {max} are shown).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shown runs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} rows ({runs} runs) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to {server} from this computer. The server identifies itself with this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you. Trust it only if they are identical; the key is then remembered and this question is not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the key has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the key&apos;s passphrase in the OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;y file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the keys held by your running SSH agent (ssh-agent or Pageant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Browse and choose your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your SFTP password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop Uploader: send pipeline results to the SFTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more business unit folders, or the pipeline&apos;s app folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a practice SFTP server on this computer with sample pipeline folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or drop folders anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what Upload would send, replace and skip; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every listed business unit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upload (Esc); finished files stay on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set up yet: fill in the one IT gave you, or press “Try the demo server” to see how an upload goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These business units are already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the business units to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only folders on this computer or a mapped drive can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server is running on this computer, with sample business units: press Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload is running. Stop it and close the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files marked Done are already on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a business unit name for each highlighted row, then press Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {units}, {files} ({size}). Press Upload to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose business unit folders or the pipeline&apos;s app folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The settings file {path} could not be read; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read and was kept as {name}; defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused the password (it may be too long for it). The previously stored password, if any, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused the passphrase (it may be too long for it). The previously stored passphrase, if any, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure credential store is available, so the password cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure credential store is available, so the passphrase cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example of a valid name: italy_galbani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit {name} is not valid: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a path separator or &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &apos;_&apos; between the country and the unit (country_unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country before the first &apos;_&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part after the country is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only letters, digits, &apos;_&apos; and &apos;-&apos; are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key exchange method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check (MAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm mismatch: the server offers no {what} this app accepts. This app accepts {accepted}; old servers that offer only ssh-rsa (SHA-1) host keys or SHA-1 key exchange are refused because those can be forged. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only modern algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator: the server needs an ed25519, ECDSA or RSA key with SHA-2 signatures (rsa-sha2-256 or rsa-sha2-512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password, key file or agent was given for the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be opened ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a private key in a format this app reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the key file {path} is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase again; if it was remembered, forget it and retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your private key file (the one without .pub), of type ed25519, ECDSA or RSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH agent is running for this session (SSH_AUTH_SOCK is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your SSH agent (or Pageant on Windows) and add your key, or choose another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH agent holds no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key to the agent with ssh-add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server printed unexpected text before SFTP started: a login script on the server is writing output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; the login scripts of this account must not print anything for SFTP to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key not the expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server setup problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server refused the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password, that the account is active, and that the server accepts connections from your network (IP restrictions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you before trusting this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity changed. This may be an attack: do not connect, and call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one whose fingerprint IT gave. This may be an attack, or the fingerprint may be mistyped: do not connect, and call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the business unit and ask IT whether its folder exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for write access to the remote folder named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection (VPN, Wi-Fi) and its stability; large files need a steady link and enough bandwidth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file in Excel or any other program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to check the server&apos;s free space, quota and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was sent. Start the upload again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server denied access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented a different key than the one stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no algorithm this app accepts (for example only the old ssh-rsa host key or SHA-1 key exchange).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote folder or file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port, and ask IT whether the server is running and whether this network may reach it (VPN, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server name; on a company network, connect the VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering (timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy or did not answer the SSH greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file {path} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known hosts file you can write to, or check its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} is not known yet; it presented a {key_type} key with fingerprint {fingerprint}. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one IT gave you, then trust the server when you are asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key fingerprint {text} is not a SHA256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT for the SHA256 fingerprint, written like SHA256:followed by 43 letters, digits, + or /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, not the expected {pinned}. Someone may be intercepting the connection. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, which a known_hosts file marks as revoked. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the key of {host} has changed: it now presents {key_type} {fingerprint}, which differs from the key stored in {files}. Someone may be intercepting the connection. Nothing was sent, and the stored key was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds no result file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pipeline for this business unit first, or choose its outputs folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs folder {folder} does not exist or is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the pipeline writes, such as app/outputs/{bu}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logs folder at {folder}: only the outputs are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link (not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-folder (not uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name with control characters or bytes that are not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named like this app&apos;s temporary upload files, not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel lock file (open or left by Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel temporary save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS folder settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows thumbnail cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows folder settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary or system file ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name with a slash or backslash (could leave the remote folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}); it may be open in another program such as Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {name} in Excel or any other program, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while it was being sent, so it was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until {name} is no longer being written, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send its SSH greeting within {seconds:g} s: it may be busy, or the connection stopped during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering during login (nothing for {seconds:g} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} does not exist yet; the upload will create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to list {folder}: files already there cannot be seen, so every file is shown as new unless the replace policy asks for it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds a name that is not UTF-8, so its listing cannot be read: every file is shown as new unless the replace policy asks for it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, {path} is a folder, so the file {name} cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, {path} is not a regular file (a link or a special file), so the file {name} cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to move {path} out of the way, or rename the local file; the upload never moves or removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business units {first} and {second} both go to {folder} on the server; {second} was not sent, so that it cannot replace the files of {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one of them per run, or ask IT which of the two folders is the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote folder for business unit {bu}: tried {tried}. Without it, {outputs} cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to show the folder {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote folder {path} is missing and could not be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on the server, policy: never replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again (policy: always replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} on the server is not a regular file; the upload will fail for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} is not valid: give {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {base} contains a control character (a line break, a tab...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {base} must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: {base}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a replace policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use always, when-changed or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to rename {name} into place in {folder}: it arrived under a temporary name, which is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this server forbids renaming files, turn temporary names off (--no-temp-names on the command line, or &quot;use_temp_names&quot;: false in the profile) and upload again; otherwise ask IT for the right to rename and replace files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stored only {written:,} of {size:,} bytes of {name}: it is probably out of space or quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to write {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the SFTP session while {name} was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering (no progress for {seconds:g} s) while sending {name}, after about {done} of {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while sending {name}, after about {done} of {size} ({error}: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a file, not a folder. Drop a business unit&apos;s folder, such as app/outputs/italy_galbani, or the pipeline&apos;s app folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no business unit and no file to upload. Drop the folder app/outputs/&lt;business unit&gt; or the pipeline&apos;s app folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a logs folder, and its results folder {outputs} does not exist. Drop the business unit&apos;s outputs folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database {path} cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be added to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in {path} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database {path} was written by a newer version of the app (schema {version}); this version reads schema {supported} at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field in the file, or ask IT for a corrected profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a valid TOML file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has the unknown field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only these fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {source}, the field {field} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like {example}. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path without &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host_key_fingerprint = &quot;SHA256:&quot; followed by 43 letters, digits, + or /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a SHA256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names {field}, which cannot be locked (possible: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s name and location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to be a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named {name} (stored profiles: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of the .toml file IT sent, or import it in the window first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>{bu}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked up on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {folder}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send to {folder}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to replace</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, sent again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview ready. Business units with a problem: %n (see their status).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n to send. Nothing has been sent yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server profile from IT; import one from the File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: type the server yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be stored ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the profile “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, retrying in {left}, attempt {next} of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem on the connection, retrying in {left}, attempt {next} of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message numerus="yes">
        <source>Uploading %n business unit(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the server: nothing will be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business unit is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the business units to send in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business unit folder has been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Add folders, or drop the folder app/outputs/&lt;business unit&gt; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit {name} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: correct the input below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit {bu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server (attempt {attempt} of {maximum})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected and logged in (encryption {cipher}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bu}: remote folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {name} ({index} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {path} ({size}, resuming at {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {path} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {path} (size checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {path} (size could not be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {path} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {path}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {attempt} of {maximum} failed: {cause} Next attempt in {delay}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded to {folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {count} not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bu}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}; %n file(s) reached the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{bu}: cancelled; %n file(s) reached the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{bu}: {title}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server key {type} {fingerprint}: asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key trusted and remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works (encryption {cipher}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: login, server key and folders are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled. Files marked Done are on the server; nothing else is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n business unit(s) did not finish: see the message above. Files marked Done are on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n business unit(s) uploaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunNotifier</name>
    <message>
        <source>Desktop Uploader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnostic report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{name}” is no longer stored; none is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {names} imported and chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile from IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a diagnostic report for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic report saved to {path}. It holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
