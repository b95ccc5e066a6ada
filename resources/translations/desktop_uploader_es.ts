<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BUTable</name>
    <message>
        <source>Business units to upload</source>
        <translation>Unidades de negocio que enviar</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <source>To upload</source>
        <translation>Para enviar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Carpeta local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type the business unit name, e.g. italy_galbani</source>
        <translation>Escriba el nombre de la unidad de negocio, p. ej. italy_galbani</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Outputs: {folder}</source>
        <translation>Resultados: {folder}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Registros: {folder}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>No se omite ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>su usuario</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Huella de la clave del servidor</translation>
    </message>
    <message>
        <source>SHA256:… (optional, from IT)</source>
        <translation>SHA256:… (opcional, de Informática)</translation>
    </message>
    <message>
        <source>The server key&apos;s SHA256 fingerprint as IT gave it. When set, only that key is accepted, and a new server is trusted without asking.</source>
        <translation>La huella SHA256 de la clave del servidor, tal como la facilitó Informática. Si se indica, solo se acepta esa clave y un servidor nuevo se considera de confianza sin preguntar.</translation>
    </message>
    <message>
        <source>Remote base folder</source>
        <translation>Carpeta base remota</translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation>&amp;Recordar</translation>
    </message>
    <message>
        <source>Remember password in the OS keyring</source>
        <translation>Guardar la contraseña en el almacén de credenciales del sistema</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Olvidar la contraseña</translation>
    </message>
    <message>
        <source>Delete the stored password and key passphrase from the OS keyring</source>
        <translation>Borrar del almacén de credenciales del sistema la contraseña y la frase secreta guardadas</translation>
    </message>
    <message>
        <source>Test con&amp;nection</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Comprobar la conexión</translation>
    </message>
    <message>
        <source>Log in, check the server key and find each business unit</source>
        <translation>Iniciar sesión, verificar la clave del servidor y encontrar cada unidad de negocio</translation>
    </message>
    <message>
        <source>Files already on the server</source>
        <translation>Archivos ya en el servidor</translation>
    </message>
    <message>
        <source>What happens to a file that is already on the server. “Only when changed” compares its size and modification time with the local file.</source>
        <translation>Qué pasa con un archivo que ya está en el servidor. «Solo si ha cambiado» compara su tamaño y fecha de modificación con los del archivo local.</translation>
    </message>
    <message>
        <source>Always replace them</source>
        <translation>Reemplazarlos siempre</translation>
    </message>
    <message>
        <source>Replace only when changed</source>
        <translation>Reemplazar solo si ha cambiado</translation>
    </message>
    <message>
        <source>Never replace them</source>
        <translation>No reemplazarlos nunca</translation>
    </message>
    <message>
        <source>Hos&amp;t</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Remote &amp;base</source>
        <translation>Carpeta &amp;base</translation>
    </message>
    <message>
        <source>&amp;Login with</source>
        <translation>Acceder co&amp;n</translation>
    </message>
    <message>
        <source>Server &amp;key</source>
        <translation>C&amp;lave del servidor</translation>
    </message>
    <message>
        <source>F&amp;iles on the server</source>
        <translation>Arc&amp;hivos en el servidor</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the password is asked for each session and never saved.</source>
        <translation>Este equipo no tiene un almacén seguro de contraseñas, así que la contraseña se pide en cada sesión y nunca se guarda.</translation>
    </message>
    <message>
        <source>The server host is empty.</source>
        <translation>No se ha indicado el servidor.</translation>
    </message>
    <message>
        <source>Type the host name IT gave you.</source>
        <translation>Escriba el nombre del servidor que le dio Informática.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>No se ha indicado el usuario.</translation>
    </message>
    <message>
        <source>Type your SFTP user name.</source>
        <translation>Escriba su usuario SFTP.</translation>
    </message>
    <message>
        <source>The stored password and key passphrase were deleted from the keyring.</source>
        <translation>La contraseña y la frase secreta guardadas se han borrado del almacén de credenciales.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business unit(s)</source>
        <translation>
            <numerusform>%n unidad de negocio</numerusform>
            <numerusform>%n unidades de negocio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>desktop-uploader: unexpected error</source>
        <translation>desktop-uploader: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Files on this computer are untouched; files already shown as done are on the server.

The details are saved in the log folder:
{folder}

Please send them to IT (Copy details, or the newest file in that folder).</source>
        <translation>Se ha producido un error dentro de la aplicación. Los archivos de este equipo están intactos; los archivos que ya aparecen como completados están en el servidor.

Los detalles se han guardado en la carpeta de registros:
{folder}

Envíelos a Informática (Copiar detalles, o el archivo más reciente de esa carpeta).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>The demo server needs asyncssh: {hint}</source>
        <translation>El servidor de demostración necesita asyncssh: {hint}</translation>
    </message>
    <message>
        <source>The demo server could not start ({reason}).</source>
        <translation>No se pudo iniciar el servidor de demostración ({reason}).</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Copy the error for IT (never includes the password)</source>
        <translation>Copiar el error para Informática (nunca incluye la contraseña)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Reemplaza</translation>
    </message>
    <message>
        <source>on the server: {size}</source>
        <translation>en el servidor: {size}</translation>
    </message>
    <message>
        <source>on the server: {size}, {date}</source>
        <translation>en el servidor: {size}, {date}</translation>
    </message>
    <message>
        <source>size could not be checked on the server</source>
        <translation>no se pudo comprobar el tamaño en el servidor</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidad de negocio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>Usuario SFTP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Remote path</source>
        <translation>Ruta remota</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>no intentado</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Historial de envíos</translation>
    </message>
    <message>
        <source>Business unit filter</source>
        <translation>Filtro por unidad de negocio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Envíos registrados</translation>
    </message>
    <message>
        <source>Files of the chosen run</source>
        <translation>Archivos del envío elegido</translation>
    </message>
    <message>
        <source>&amp;Business unit</source>
        <translation>&amp;Unidad de negocio</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match (the newest {max} are shown).</source>
        <translation>
            <numerusform>%n envío registrado coincide (se muestran los {max} más recientes).</numerusform>
            <numerusform>%n envíos registrados coinciden (se muestran los {max} más recientes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded run(s) match.</source>
        <translation>
            <numerusform>%n envío registrado coincide.</numerusform>
            <numerusform>%n envíos registrados coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>Todas las unidades de negocio</translation>
    </message>
    <message>
        <source>Export the shown runs as CSV</source>
        <translation>Exportar a CSV los envíos mostrados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo CSV: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n envío</numerusform>
            <numerusform>%n envíos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {rows} ({runs}) to {path}.</source>
        <translation>Se han exportado {rows} ({runs}) a {path}.</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation>Algunos archivos fallaron</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown server</source>
        <translation>Servidor desconocido</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Clave del servidor desconocida</translation>
    </message>
    <message>
        <source>&amp;Trust and remember</source>
        <translation>&amp;Confiar y recordar</translation>
    </message>
    <message>
        <source>This is the first connection to {server} from this computer. The server identifies itself with this key:</source>
        <translation>Es la primera conexión a {server} desde este equipo. El servidor se identifica con esta clave:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you. Trust it only if they are identical; the key is then remembered and this question is not asked again.</source>
        <translation>Compare la huella con la que le dio Informática. Confíe en ella solo si son idénticas; entonces la clave se recuerda y no se vuelve a preguntar.</translation>
    </message>
</context>
<context>
    <name>LoginFields</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Método de acceso</translation>
    </message>
    <message>
        <source>Pa&amp;ssword</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>p. ej. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase secreta de la clave</translation>
    </message>
    <message>
        <source>if the key has one</source>
        <translation>si la clave tiene una</translation>
    </message>
    <message>
        <source>Remember passphrase</source>
        <translation>Recordar frase secreta</translation>
    </message>
    <message>
        <source>Remember the key&apos;s passphrase in the OS keyring</source>
        <translation>Guardar la frase secreta de la clave en el almacén de credenciales del sistema</translation>
    </message>
    <message>
        <source>Ke&amp;y file</source>
        <translation>A&amp;rchivo de clave</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Frase secre&amp;ta</translation>
    </message>
    <message>
        <source>Uses the keys held by your running SSH agent (ssh-agent or Pageant).</source>
        <translation>Usa las claves del agente SSH en ejecución (ssh-agent o Pageant).</translation>
    </message>
    <message>
        <source>No private key file is chosen.</source>
        <translation>No se ha elegido ningún archivo de clave privada.</translation>
    </message>
    <message>
        <source>Press Browse and choose your key file.</source>
        <translation>Pulse Examinar y elija su archivo de clave.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>No se ha indicado la contraseña.</translation>
    </message>
    <message>
        <source>Type your SFTP password.</source>
        <translation>Escriba su contraseña SFTP.</translation>
    </message>
    <message>
        <source>Choose your private key file</source>
        <translation>Elija su archivo de clave privada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desktop Uploader: send pipeline results to the SFTP server</source>
        <translation>Desktop Uploader: enviar los resultados del pipeline al servidor SFTP</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Add folders…</source>
        <translation>Añad&amp;ir carpetas…</translation>
    </message>
    <message>
        <source>Add folders</source>
        <translation>Añadir carpetas</translation>
    </message>
    <message>
        <source>Choose one or more business unit folders, or the pipeline&apos;s app folder</source>
        <translation>Elegir una o varias carpetas de unidades de negocio, o la carpeta app del pipeline</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove selected business unit</source>
        <translation>Quitar la unidad de negocio seleccionada</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Try the demo server</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Start a practice SFTP server on this computer with sample pipeline folders</source>
        <translation>Iniciar en este equipo un servidor SFTP de prueba con carpetas de pipeline de ejemplo</translation>
    </message>
    <message>
        <source>…or drop folders anywhere on this window.</source>
        <translation>…o arrastre carpetas a cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <source>Folder message</source>
        <translation>Mensaje sobre las carpetas</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show what Upload would send, replace and skip; nothing is sent</source>
        <translation>Mostrar lo que Enviar enviaría, reemplazaría y omitiría; no se envía nada</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send every listed business unit (Enter)</source>
        <translation>Enviar todas las unidades de negocio de la lista (Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>Stop the upload (Esc); finished files stay on the server</source>
        <translation>Detener el envío (Esc); los archivos terminados se quedan en el servidor</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unidades de negocio</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>No server is set up yet: fill in the one IT gave you, or press “Try the demo server” to see how an upload goes.</source>
        <translation>Aún no hay ningún servidor configurado: indique el que le dio Informática, o pulse «Probar la demo» para ver cómo es un envío.</translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation>Revisando las carpetas…</translation>
    </message>
    <message>
        <source>These business units are already in the list.</source>
        <translation>Estas unidades de negocio ya están en la lista.</translation>
    </message>
    <message>
        <source>Tick the business units to send.</source>
        <translation>Marque las unidades de negocio que quiera enviar.</translation>
    </message>
    <message>
        <source>Only folders on this computer or a mapped drive can be added.</source>
        <translation>Solo se pueden añadir carpetas de este equipo o de una unidad de red conectada.</translation>
    </message>
    <message>
        <source>The demo server is running on this computer, with sample business units: press Upload.</source>
        <translation>El servidor de demostración está funcionando en este equipo, con unidades de negocio de ejemplo: pulse Enviar.</translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation>Envío en curso</translation>
    </message>
    <message>
        <source>An upload is running. Stop it and close the window?</source>
        <translation>Hay un envío en curso. ¿Detenerlo y cerrar la ventana?</translation>
    </message>
    <message>
        <source>Files marked Done are already on the server.</source>
        <translation>Los archivos marcados como Completado ya están en el servidor.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>Seguir enviando</translation>
    </message>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation>Añada carpetas de unidades de negocio y pulse Enviar.</translation>
    </message>
    <message>
        <source>Type a business unit name for each highlighted row, then press Upload.</source>
        <translation>Escriba un nombre de unidad de negocio en cada fila resaltada y pulse Enviar.</translation>
    </message>
    <message>
        <source>Ready: {units}, {files} ({size}). Press Upload to send them.</source>
        <translation>Listo: {units}, {files} ({size}). Pulse Enviar para enviarlos.</translation>
    </message>
    <message>
        <source>Files and their progress</source>
        <translation>Archivos y su progreso</translation>
    </message>
    <message>
        <source>Choose business unit folders or the pipeline&apos;s app folder</source>
        <translation>Elija carpetas de unidades de negocio o la carpeta app del pipeline</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The settings file {path} could not be read; the defaults are used.</source>
        <translation>No se pudo leer el archivo de configuración {path}; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file could not be read and was kept as {name}; defaults are used.</source>
        <translation>No se pudo leer el archivo de configuración y se ha conservado como {name}; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The credential store refused the password (it may be too long for it). The previously stored password, if any, is kept.</source>
        <translation>El almacén de credenciales rechazó la contraseña (quizá sea demasiado larga para él). Se conserva la contraseña guardada anteriormente, si la hay.</translation>
    </message>
    <message>
        <source>The credential store refused the passphrase (it may be too long for it). The previously stored passphrase, if any, is kept.</source>
        <translation>El almacén de credenciales rechazó la frase secreta (quizá sea demasiado larga para él). Se conserva la frase secreta guardada anteriormente, si la hay.</translation>
    </message>
    <message>
        <source>No secure credential store is available, so the password cannot be remembered.</source>
        <translation>No hay ningún almacén seguro de credenciales, así que la contraseña no se puede guardar.</translation>
    </message>
    <message>
        <source>No secure credential store is available, so the passphrase cannot be remembered.</source>
        <translation>No hay ningún almacén seguro de credenciales, así que la frase secreta no se puede guardar.</translation>
    </message>
    <message>
        <source>The credential store could not be reached.</source>
        <translation>No se pudo acceder al almacén de credenciales.</translation>
    </message>
    <message>
        <source>Example of a valid name: italy_galbani.</source>
        <translation>Ejemplo de nombre válido: italy_galbani.</translation>
    </message>
    <message>
        <source>Business unit {name} is not valid: {problem}.</source>
        <translation>La unidad de negocio {name} no es válida: {problem}.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>it is longer than {count} characters</source>
        <translation>tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>contiene espacios o caracteres de control</translation>
    </message>
    <message>
        <source>it contains a path separator or &apos;..&apos;</source>
        <translation>contiene un separador de ruta o &apos;..&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;_&apos; between the country and the unit (country_unit)</source>
        <translation>no tiene &apos;_&apos; entre el país y la unidad (país_unidad)</translation>
    </message>
    <message>
        <source>the country before the first &apos;_&apos; is empty</source>
        <translation>el país antes del primer &apos;_&apos; está vacío</translation>
    </message>
    <message>
        <source>the part after the country is empty</source>
        <translation>la parte después del país está vacía</translation>
    </message>
    <message>
        <source>only letters without accents (a to z), digits, &apos;_&apos; and &apos;-&apos; are allowed</source>
        <translation>solo se permiten letras sin tilde (de la a a la z), dígitos, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>server key type</source>
        <translation>tipo de clave del servidor</translation>
    </message>
    <message>
        <source>key exchange method</source>
        <translation>método de intercambio de claves</translation>
    </message>
    <message>
        <source>encryption cipher</source>
        <translation>algoritmo de cifrado</translation>
    </message>
    <message>
        <source>integrity check (MAC)</source>
        <translation>control de integridad (MAC)</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compresión</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algoritmo</translation>
    </message>
    <message>
        <source>Algorithm mismatch: the server offers no {what} this app accepts. This app accepts {accepted}; old servers that offer only ssh-rsa (SHA-1) host keys or SHA-1 key exchange are refused because those can be forged. Nothing was sent.</source>
        <translation>Algoritmos incompatibles: el servidor no ofrece ningún {what} que esta aplicación acepte. Esta aplicación acepta {accepted}; los servidores antiguos que solo ofrecen claves de host ssh-rsa (SHA-1) o intercambio de claves SHA-1 se rechazan porque pueden falsificarse. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>only modern algorithms</source>
        <translation>solo algoritmos modernos</translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator: the server needs an ed25519, ECDSA or RSA key with SHA-2 signatures (rsa-sha2-256 or rsa-sha2-512).</source>
        <translation>Envíe este mensaje al administrador del servidor: el servidor necesita una clave ed25519, ECDSA o RSA con firmas SHA-2 (rsa-sha2-256 o rsa-sha2-512).</translation>
    </message>
    <message>
        <source>No password, key file or agent was given for the login.</source>
        <translation>No se indicó contraseña, archivo de clave ni agente para iniciar sesión.</translation>
    </message>
    <message>
        <source>Type the password, or choose a key file.</source>
        <translation>Escriba la contraseña o elija un archivo de clave.</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>could not be opened ({reason})</source>
        <translation>no se pudo abrir ({reason})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>is not a private key in a format this app reads</source>
        <translation>no es una clave privada en un formato que esta aplicación pueda leer</translation>
    </message>
    <message>
        <source>The key file {path} is protected by a passphrase.</source>
        <translation>El archivo de clave {path} está protegido con una frase secreta.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase.</source>
        <translation>Escriba la frase secreta de la clave.</translation>
    </message>
    <message>
        <source>The passphrase of the key file {path} is wrong.</source>
        <translation>La frase secreta del archivo de clave {path} es incorrecta.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase again; if it was remembered, forget it and retype it.</source>
        <translation>Vuelva a escribir la frase secreta de la clave; si estaba guardada, olvídela y escríbala de nuevo.</translation>
    </message>
    <message>
        <source>The key file {path} {problem}.</source>
        <translation>El archivo de clave {path} {problem}.</translation>
    </message>
    <message>
        <source>Choose your private key file (the one without .pub), of type ed25519, ECDSA or RSA.</source>
        <translation>Elija su archivo de clave privada (el que no termina en .pub), de tipo ed25519, ECDSA o RSA.</translation>
    </message>
    <message>
        <source>No SSH agent is running for this session (SSH_AUTH_SOCK is not set).</source>
        <translation>No hay ningún agente SSH en ejecución para esta sesión (SSH_AUTH_SOCK no está definida).</translation>
    </message>
    <message>
        <source>Start your SSH agent (or Pageant on Windows) and add your key, or choose another login method.</source>
        <translation>Inicie su agente SSH (o Pageant en Windows) y añada su clave, o elija otro método de acceso.</translation>
    </message>
    <message>
        <source>The SSH agent holds no key.</source>
        <translation>El agente SSH no tiene ninguna clave.</translation>
    </message>
    <message>
        <source>Add a key to the agent with ssh-add.</source>
        <translation>Añada una clave al agente con ssh-add.</translation>
    </message>
    <message>
        <source>The server printed unexpected text before SFTP started: a login script on the server is writing output.</source>
        <translation>El servidor mostró un texto inesperado antes de iniciar SFTP: un script de inicio de sesión del servidor está escribiendo texto.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; the login scripts of this account must not print anything for SFTP to work.</source>
        <translation>Avise al administrador del servidor; los scripts de inicio de sesión de esta cuenta no deben mostrar nada para que SFTP funcione.</translation>
    </message>
    <message>
        <source>Bad input</source>
        <translation>Dato incorrecto</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Clave del servidor desconocida</translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation>La clave del servidor ha cambiado</translation>
    </message>
    <message>
        <source>Server key not the expected one</source>
        <translation>La clave del servidor no es la esperada</translation>
    </message>
    <message>
        <source>Remote folder not found</source>
        <translation>Carpeta remota no encontrada</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Server setup problem</source>
        <translation>Problema de configuración del servidor</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema de red</translation>
    </message>
    <message>
        <source>Local file problem</source>
        <translation>Problema con un archivo local</translation>
    </message>
    <message>
        <source>Server refused the file</source>
        <translation>El servidor rechazó el archivo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Corrija los datos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the user name and password, that the account is active, and that the server accepts connections from your network (IP restrictions).</source>
        <translation>Compruebe el usuario y la contraseña, que la cuenta esté activa y que el servidor acepte conexiones desde su red (restricciones de IP).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one IT gave you before trusting this server.</source>
        <translation>Compare la huella con la que le dio Informática antes de confiar en este servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s identity changed. This may be an attack: do not connect, and call IT.</source>
        <translation>La identidad del servidor ha cambiado. Podría ser un ataque: no se conecte y llame a Informática.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the one whose fingerprint IT gave. This may be an attack, or the fingerprint may be mistyped: do not connect, and call IT.</source>
        <translation>La clave del servidor no es aquella cuya huella dio Informática. Podría ser un ataque, o la huella podría estar mal escrita: no se conecte y llame a Informática.</translation>
    </message>
    <message>
        <source>Check the spelling of the business unit and ask IT whether its folder exists on the server.</source>
        <translation>Compruebe cómo está escrita la unidad de negocio y pregunte a Informática si su carpeta existe en el servidor.</translation>
    </message>
    <message>
        <source>Ask IT for write access to the remote folder named above.</source>
        <translation>Pida a Informática permiso de escritura en la carpeta remota indicada arriba.</translation>
    </message>
    <message>
        <source>Send this message to the server&apos;s administrator.</source>
        <translation>Envíe este mensaje al administrador del servidor.</translation>
    </message>
    <message>
        <source>Check the network connection (VPN, Wi-Fi) and its stability; large files need a steady link and enough bandwidth.</source>
        <translation>Compruebe la conexión de red (VPN, wifi) y su estabilidad; los archivos grandes necesitan una conexión estable y suficiente ancho de banda.</translation>
    </message>
    <message>
        <source>Close the file in Excel or any other program, then try again.</source>
        <translation>Cierre el archivo en Excel o en cualquier otro programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Ask IT to check the server&apos;s free space, quota and permissions.</source>
        <translation>Pida a Informática que compruebe el espacio libre, la cuota y los permisos del servidor.</translation>
    </message>
    <message>
        <source>Nothing more was sent. Start the upload again when ready.</source>
        <translation>No se ha enviado nada más. Vuelva a iniciar el envío cuando esté listo.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>El envío se ha cancelado.</translation>
    </message>
    <message>
        <source>The server denied access.</source>
        <translation>El servidor denegó el acceso.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>El servidor rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The server presented a different key than the one stored for it.</source>
        <translation>El servidor presentó una clave distinta de la guardada para él.</translation>
    </message>
    <message>
        <source>The server offers no algorithm this app accepts (for example only the old ssh-rsa host key or SHA-1 key exchange).</source>
        <translation>El servidor no ofrece ningún algoritmo que esta aplicación acepte (por ejemplo, solo la antigua clave de host ssh-rsa o el intercambio de claves SHA-1).</translation>
    </message>
    <message>
        <source>A remote folder or file does not exist.</source>
        <translation>Una carpeta o un archivo remoto no existe.</translation>
    </message>
    <message>
        <source>Check the server name and port, and ask IT whether the server is running and whether this network may reach it (VPN, firewall).</source>
        <translation>Compruebe el nombre del servidor y el puerto, y pregunte a Informática si el servidor está en marcha y si esta red puede llegar a él (VPN, cortafuegos).</translation>
    </message>
    <message>
        <source>Check the spelling of the server name; on a company network, connect the VPN.</source>
        <translation>Compruebe cómo está escrito el nombre del servidor; en la red de la empresa, conecte la VPN.</translation>
    </message>
    <message>
        <source>The server stopped answering (timeout).</source>
        <translation>El servidor dejó de responder (tiempo de espera agotado).</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>No se pudo resolver el nombre del servidor.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <source>The server is busy or did not answer the SSH greeting.</source>
        <translation>El servidor está ocupado o no respondió al saludo SSH.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The connection was reset.</source>
        <translation>La conexión se cortó de forma inesperada.</translation>
    </message>
    <message>
        <source>The connection was lost ({detail}).</source>
        <translation>Se perdió la conexión ({detail}).</translation>
    </message>
    <message>
        <source>The known hosts file {path} cannot be written ({reason}).</source>
        <translation>No se puede escribir en el archivo de hosts conocidos {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose a known hosts file you can write to, or check its folder.</source>
        <translation>Elija un archivo de hosts conocidos en el que pueda escribir, o revise su carpeta.</translation>
    </message>
    <message>
        <source>The server {host} is not known yet; it presented a {key_type} key with fingerprint {fingerprint}. Nothing was sent.</source>
        <translation>El servidor {host} aún no es conocido; presentó una clave {key_type} con la huella {fingerprint}. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one IT gave you, then trust the server when you are asked.</source>
        <translation>Compare esta huella con la que le dio Informática y, cuando se le pregunte, confíe en el servidor.</translation>
    </message>
    <message>
        <source>The server key fingerprint {text} is not a SHA256 fingerprint.</source>
        <translation>La huella de la clave del servidor {text} no es una huella SHA256.</translation>
    </message>
    <message>
        <source>Ask IT for the SHA256 fingerprint, written like SHA256:followed by 43 letters, digits, + or /.</source>
        <translation>Pida a Informática la huella SHA256, que se escribe SHA256: seguido de 43 letras, dígitos, + o /.</translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, not the expected {pinned}. Someone may be intercepting the connection. Nothing was sent.</source>
        <translation>ATENCIÓN: el servidor {host} presentó la clave {key_type} {fingerprint} y no la esperada {pinned}. Alguien podría estar interceptando la conexión. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>WARNING: the server {host} presented the {key_type} key {fingerprint}, which a known_hosts file marks as revoked. Nothing was sent.</source>
        <translation>ATENCIÓN: el servidor {host} presentó la clave {key_type} {fingerprint}, que un archivo known_hosts marca como revocada. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>WARNING: the key of {host} has changed: it now presents {key_type} {fingerprint}, which differs from the key stored in {files}. Someone may be intercepting the connection. Nothing was sent, and the stored key was kept.</source>
        <translation>ATENCIÓN: la clave de {host} ha cambiado: ahora presenta {key_type} {fingerprint}, distinta de la clave guardada en {files}. Alguien podría estar interceptando la conexión. No se ha enviado nada y se ha conservado la clave guardada.</translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds no result file.</source>
        <translation>Nada que enviar: {folder} no contiene ningún archivo de resultados.</translation>
    </message>
    <message>
        <source>Run the pipeline for this business unit first, or choose its outputs folder.</source>
        <translation>Ejecute primero el pipeline para esta unidad de negocio, o elija su carpeta de resultados.</translation>
    </message>
    <message>
        <source>Nothing to upload: {folder} holds only what is never sent: {names}.</source>
        <translation>Nada que enviar: {folder} solo contiene elementos que nunca se envían: {names}.</translation>
    </message>
    <message>
        <source>The outputs folder {folder} does not exist or is not a folder.</source>
        <translation>La carpeta de resultados {folder} no existe o no es una carpeta.</translation>
    </message>
    <message>
        <source>Choose the folder the pipeline writes, such as app/outputs/{bu}.</source>
        <translation>Elija la carpeta en la que escribe el pipeline, como app/outputs/{bu}.</translation>
    </message>
    <message>
        <source>No logs folder at {folder}: only the outputs are uploaded.</source>
        <translation>No hay carpeta de registros en {folder}: solo se envían los resultados.</translation>
    </message>
    <message>
        <source>link (not followed)</source>
        <translation>enlace (no se sigue)</translation>
    </message>
    <message>
        <source>sub-folder (not uploaded)</source>
        <translation>subcarpeta (no se envía)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>name with control characters or bytes that are not valid text</source>
        <translation>nombre con caracteres de control o bytes que no son texto válido</translation>
    </message>
    <message>
        <source>named like this app&apos;s temporary upload files, not uploaded</source>
        <translation>nombre igual al de los archivos temporales de envío de esta aplicación; no se envía</translation>
    </message>
    <message>
        <source>Excel lock file (open or left by Excel)</source>
        <translation>archivo de bloqueo de Excel (abierto o dejado por Excel)</translation>
    </message>
    <message>
        <source>Office temporary file</source>
        <translation>archivo temporal de Office</translation>
    </message>
    <message>
        <source>Excel temporary save file</source>
        <translation>archivo temporal de guardado de Excel</translation>
    </message>
    <message>
        <source>temporary file</source>
        <translation>archivo temporal</translation>
    </message>
    <message>
        <source>LibreOffice lock file</source>
        <translation>archivo de bloqueo de LibreOffice</translation>
    </message>
    <message>
        <source>editor temporary file</source>
        <translation>archivo temporal de editor</translation>
    </message>
    <message>
        <source>editor backup file</source>
        <translation>archivo de copia de seguridad de editor</translation>
    </message>
    <message>
        <source>macOS folder settings file</source>
        <translation>archivo de configuración de carpeta de macOS</translation>
    </message>
    <message>
        <source>Windows thumbnail cache</source>
        <translation>caché de miniaturas de Windows</translation>
    </message>
    <message>
        <source>Windows folder settings file</source>
        <translation>archivo de configuración de carpeta de Windows</translation>
    </message>
    <message>
        <source>{what}, not uploaded</source>
        <translation>{what}, no se envía</translation>
    </message>
    <message>
        <source>temporary or system file ({pattern})</source>
        <translation>archivo temporal o del sistema ({pattern})</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>no es un nombre de archivo</translation>
    </message>
    <message>
        <source>name with a slash or backslash (could leave the remote folder)</source>
        <translation>nombre con barra o barra invertida (podría salirse de la carpeta remota)</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}); it may be open in another program such as Excel.</source>
        <translation>No se puede leer {name} ({reason}); quizá esté abierto en otro programa, como Excel.</translation>
    </message>
    <message>
        <source>Close {name} in Excel or any other program, then upload again.</source>
        <translation>Cierre {name} en Excel o en cualquier otro programa y vuelva a enviar.</translation>
    </message>
    <message>
        <source>{name} changed while it was being sent, so it was not uploaded.</source>
        <translation>{name} cambió mientras se enviaba, así que no se ha enviado.</translation>
    </message>
    <message>
        <source>Wait until {name} is no longer being written, then upload again.</source>
        <translation>Espere a que {name} deje de escribirse y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The server did not send its SSH greeting within {seconds:g} s: it may be busy, or the connection stopped during login.</source>
        <translation>El servidor no envió su saludo SSH en {seconds:g} s: puede que esté ocupado o que la conexión se interrumpiera durante el inicio de sesión.</translation>
    </message>
    <message>
        <source>The server stopped answering during login (nothing for {seconds:g} s).</source>
        <translation>El servidor dejó de responder durante el inicio de sesión (nada en {seconds:g} s).</translation>
    </message>
    <message>
        <source>The connection was lost during login.</source>
        <translation>Se perdió la conexión durante el inicio de sesión.</translation>
    </message>
    <message>
        <source>{folder} does not exist yet; the upload will create it.</source>
        <translation>{folder} aún no existe; el envío la creará.</translation>
    </message>
    <message>
        <source>The server refuses to list {folder}: files already there cannot be seen, so every file is shown as new unless the replace policy asks for it by name.</source>
        <translation>El servidor no permite listar {folder}: no se ven los archivos que ya hay, así que todos los archivos aparecen como nuevos salvo que el criterio de reemplazo los pida por su nombre.</translation>
    </message>
    <message>
        <source>{folder} holds a name that is not UTF-8, so its listing cannot be read: every file is shown as new unless the replace policy asks for it by name.</source>
        <translation>{folder} contiene un nombre que no está en UTF-8, así que no se puede leer su contenido: todos los archivos aparecen como nuevos salvo que el criterio de reemplazo los pida por su nombre.</translation>
    </message>
    <message>
        <source>an earlier upload left {kept:,} of its {size:,} bytes on the server; the upload continues from there</source>
        <translation>un envío anterior dejó {kept:,} de sus {size:,} bytes en el servidor; el envío continúa desde ahí</translation>
    </message>
    <message>
        <source>On the server, {path} is a folder, so the file {name} cannot go there.</source>
        <translation>En el servidor, {path} es una carpeta, así que el archivo {name} no puede ir ahí.</translation>
    </message>
    <message>
        <source>On the server, {path} is not a regular file (a link or a special file), so the file {name} cannot go there.</source>
        <translation>En el servidor, {path} no es un archivo normal (es un enlace o un archivo especial), así que el archivo {name} no puede ir ahí.</translation>
    </message>
    <message>
        <source>Ask IT to move {path} out of the way, or rename the local file; the upload never moves or removes it.</source>
        <translation>Pida a Informática que aparte {path}, o cambie el nombre del archivo local; el envío nunca lo mueve ni lo borra.</translation>
    </message>
    <message>
        <source>Business units {first} and {second} both go to {folder} on the server; {second} was not sent, so that it cannot replace the files of {first}.</source>
        <translation>Las unidades de negocio {first} y {second} van las dos a {folder} en el servidor; {second} no se ha enviado, para que no reemplace los archivos de {first}.</translation>
    </message>
    <message>
        <source>Send one of them per run, or ask IT which of the two folders is the right one.</source>
        <translation>Envíe una de ellas en cada envío, o pregunte a Informática cuál de las dos carpetas es la correcta.</translation>
    </message>
    <message>
        <source>No remote folder for business unit {bu}: tried {tried}. Without it, {outputs} cannot be created.</source>
        <translation>No hay carpeta remota para la unidad de negocio {bu}: se probó {tried}. Sin ella, no se puede crear {outputs}.</translation>
    </message>
    <message>
        <source>The server refuses to show the folder {path}.</source>
        <translation>El servidor no permite ver la carpeta {path}.</translation>
    </message>
    <message>
        <source>The remote folder {path} is missing and could not be created ({reason}).</source>
        <translation>La carpeta remota {path} no existe y no se pudo crear ({reason}).</translation>
    </message>
    <message>
        <source>unchanged on the server</source>
        <translation>sin cambios en el servidor</translation>
    </message>
    <message>
        <source>already on the server, policy: never replace</source>
        <translation>ya está en el servidor, criterio: no reemplazar nunca</translation>
    </message>
    <message>
        <source>sent again (policy: always replace)</source>
        <translation>enviado de nuevo (criterio: reemplazar siempre)</translation>
    </message>
    <message>
        <source>The server does not keep the files&apos; modification times, so “Replace only when changed” cannot recognize unchanged files: every file will be sent again next time.</source>
        <translation>El servidor no conserva la fecha de modificación de los archivos, así que «Reemplazar solo si ha cambiado» no puede reconocer los archivos sin cambios: cada archivo se enviará de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>{path} on the server is not a regular file; the upload will fail for it</source>
        <translation>{path} no es un archivo normal en el servidor; su envío fallará</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a number of seconds from {low} to {high}</source>
        <translation>un número de segundos de {low} a {high}</translation>
    </message>
    <message>
        <source>{name} {value} is not valid: give {what}.</source>
        <translation>{name} {value} no es válido: indique {what}.</translation>
    </message>
    <message>
        <source>For example: {example}.</source>
        <translation>Por ejemplo: {example}.</translation>
    </message>
    <message>
        <source>Remote base</source>
        <translation>Carpeta base remota</translation>
    </message>
    <message>
        <source>{name} {base} contains a control character (a line break, a tab...).</source>
        <translation>{name} {base} contiene un carácter de control (un salto de línea, un tabulador...).</translation>
    </message>
    <message>
        <source>{name} {base} must be an absolute path.</source>
        <translation>{name} {base} debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>Example: {base}.</source>
        <translation>Ejemplo: {base}.</translation>
    </message>
    <message>
        <source>{text!r} is not a replace policy.</source>
        <translation>{text!r} no es un criterio de reemplazo.</translation>
    </message>
    <message>
        <source>Use always, when-changed or never.</source>
        <translation>Use always, when-changed o never.</translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation>Tiempo sin respuesta</translation>
    </message>
    <message>
        <source>Files at once</source>
        <translation>Archivos en paralelo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>First retry delay</source>
        <translation>Espera antes del primer reintento</translation>
    </message>
    <message>
        <source>Longest retry delay</source>
        <translation>Espera máxima entre reintentos</translation>
    </message>
    <message>
        <source>The server refused to rename {name} into place in {folder}: it arrived under a temporary name, which is removed.</source>
        <translation>El servidor no permitió renombrar {name} a su nombre definitivo en {folder}: llegó con un nombre temporal, que se borra.</translation>
    </message>
    <message>
        <source>If this server forbids renaming files, turn temporary names off (--no-temp-names on the command line, or use_temp_names = false in the profile) and upload again; otherwise ask IT for the right to rename and replace files in {folder}.</source>
        <translation>Si este servidor prohíbe renombrar archivos, desactive los nombres temporales (--no-temp-names en la línea de comandos, o use_temp_names = false en el perfil) y vuelva a enviar; si no, pida a Informática permiso para renombrar y reemplazar archivos en {folder}.</translation>
    </message>
    <message>
        <source>The server stored only {written:,} of {size:,} bytes of {name}: it is probably out of space or quota.</source>
        <translation>El servidor solo guardó {written:,} de {size:,} bytes de {name}: probablemente se ha quedado sin espacio o sin cuota.</translation>
    </message>
    <message>
        <source>The server refused to write {name} in {folder}.</source>
        <translation>El servidor no permitió escribir {name} en {folder}.</translation>
    </message>
    <message>
        <source>The server closed the SFTP session while {name} was sent.</source>
        <translation>El servidor cerró la sesión SFTP mientras se enviaba {name}.</translation>
    </message>
    <message>
        <source>The server stopped answering (no progress for {seconds:g} s) while sending {name}, after about {done} of {size}.</source>
        <translation>El servidor dejó de responder (sin avance durante {seconds:g} s) mientras se enviaba {name}, tras unos {done} de {size}.</translation>
    </message>
    <message>
        <source>The connection was lost while sending {name}, after about {done} of {size} ({error}: {detail}).</source>
        <translation>Se perdió la conexión mientras se enviaba {name}, tras unos {done} de {size} ({error}: {detail}).</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB</source>
        <translation>{megabytes:.1f} MB</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>No se pudo leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>{name} is a file, not a folder. Drop a business unit&apos;s folder, such as app/outputs/italy_galbani, or the pipeline&apos;s app folder.</source>
        <translation>{name} es un archivo, no una carpeta. Arrastre la carpeta de una unidad de negocio, como app/outputs/italy_galbani, o la carpeta app del pipeline.</translation>
    </message>
    <message>
        <source>{name} holds no business unit and no file to upload. Drop the folder app/outputs/&lt;business unit&gt; or the pipeline&apos;s app folder.</source>
        <translation>{name} no contiene ninguna unidad de negocio ni ningún archivo que enviar. Arrastre la carpeta app/outputs/&lt;unidad de negocio&gt; o la carpeta app del pipeline.</translation>
    </message>
    <message>
        <source>{path} is a logs folder, and its results folder {outputs} does not exist. Drop the business unit&apos;s outputs folder instead.</source>
        <translation>{path} es una carpeta de registros y su carpeta de resultados {outputs} no existe. Arrastre en su lugar la carpeta de resultados de la unidad de negocio.</translation>
    </message>
    <message>
        <source>The history database {path} cannot be used: {error}</source>
        <translation>No se puede usar la base de datos del historial {path}: {error}</translation>
    </message>
    <message>
        <source>The run could not be added to {path}: {error}</source>
        <translation>No se pudo añadir el envío a {path}: {error}</translation>
    </message>
    <message>
        <source>The history in {path} could not be read: {error}</source>
        <translation>No se pudo leer el historial de {path}: {error}</translation>
    </message>
    <message>
        <source>The history database {path} was written by a newer version of the app (schema {version}); this version reads schema {supported} at most.</source>
        <translation>La base de datos del historial {path} la escribió una versión más reciente de la aplicación (esquema {version}); esta versión lee como máximo el esquema {supported}.</translation>
    </message>
    <message>
        <source>Correct the field in the file, or ask IT for a corrected profile.</source>
        <translation>Corrija el campo en el archivo, o pida a Informática un perfil corregido.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>el perfil</translation>
    </message>
    <message>
        <source>{source} is not a valid TOML file ({error}).</source>
        <translation>{source} no es un archivo TOML válido ({error}).</translation>
    </message>
    <message>
        <source>{source} has the unknown field {field}.</source>
        <translation>{source} tiene el campo desconocido {field}.</translation>
    </message>
    <message>
        <source>Use only these fields: {fields}.</source>
        <translation>Use solo estos campos: {fields}.</translation>
    </message>
    <message>
        <source>In {source}, the field {field} {problem}.</source>
        <translation>En {source}, el campo {field} {problem}.</translation>
    </message>
    <message>
        <source>Write it like {example}. {fix}</source>
        <translation>Escríbalo así: {example}. {fix}</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>debe ser un texto entre comillas</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>is not a host name or address</source>
        <translation>no es un nombre de servidor ni una dirección</translation>
    </message>
    <message>
        <source>must be a number from 1 to 65535</source>
        <translation>debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>must be an absolute path without &apos;..&apos;</source>
        <translation>debe ser una ruta absoluta sin &apos;..&apos;</translation>
    </message>
    <message>
        <source>host_key_fingerprint = &quot;SHA256:&quot; followed by 43 letters, digits, + or /</source>
        <translation>host_key_fingerprint = &quot;SHA256:&quot; seguido de 43 letras, dígitos, + o /</translation>
    </message>
    <message>
        <source>is not a SHA256 fingerprint</source>
        <translation>no es una huella SHA256</translation>
    </message>
    <message>
        <source>must be a list of non-empty texts</source>
        <translation>debe ser una lista de textos no vacíos</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>debe ser uno de estos valores: {options}</translation>
    </message>
    <message>
        <source>must be true or false (without quotes)</source>
        <translation>debe ser true o false (sin comillas)</translation>
    </message>
    <message>
        <source>must be a list of field names</source>
        <translation>debe ser una lista de nombres de campos</translation>
    </message>
    <message>
        <source>names {field}, which cannot be locked (possible: {fields})</source>
        <translation>nombra {field}, que no se puede bloquear (posibles: {fields})</translation>
    </message>
    <message>
        <source>The profile {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el perfil {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and location.</source>
        <translation>Compruebe el nombre y la ubicación del archivo.</translation>
    </message>
    <message>
        <source>{name} is too large to be a profile.</source>
        <translation>{name} es demasiado grande para ser un perfil.</translation>
    </message>
    <message>
        <source>{name} is not a UTF-8 text file.</source>
        <translation>{name} no es un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No profile named {name} (stored profiles: {names}).</source>
        <translation>No hay ningún perfil llamado {name} (perfiles guardados: {names}).</translation>
    </message>
    <message>
        <source>Give the path of the .toml file IT sent, or import it in the window first.</source>
        <translation>Indique la ruta del archivo .toml que envió Informática, o impórtelo antes en la ventana.</translation>
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
        <translation>No consultado en el servidor</translation>
    </message>
    <message>
        <source>To {folder}: {counts}</source>
        <translation>A {folder}: {counts}</translation>
    </message>
    <message>
        <source>Nothing to send to {folder}: {counts}</source>
        <translation>Nada que enviar a {folder}: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to replace</source>
        <translation>
            <numerusform>%n que reemplazar</numerusform>
            <numerusform>%n que reemplazar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, sent again</source>
        <translation>
            <numerusform>%n sin cambios, se envía de nuevo</numerusform>
            <numerusform>%n sin cambios, se envían de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, not sent</source>
        <translation>
            <numerusform>%n sin cambios, no se envía</numerusform>
            <numerusform>%n sin cambios, no se envían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, kept</source>
        <translation>
            <numerusform>%n ya está, se conserva</numerusform>
            <numerusform>%n ya están, se conservan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: see the message above.</source>
        <translation>La vista previa falló: vea el mensaje de arriba.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready. Business units with a problem: %n (see their status).</source>
        <translation>
            <numerusform>Vista previa lista. Unidades de negocio con algún problema: %n (vea su estado).</numerusform>
            <numerusform>Vista previa lista. Unidades de negocio con algún problema: %n (vea su estado).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n to send. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Vista previa lista: %n para enviar. Aún no se ha enviado nada.</numerusform>
            <numerusform>Vista previa lista: %n para enviar. Aún no se ha enviado nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>A server profile from IT; import one from the File menu</source>
        <translation>Un perfil de servidor de Informática; importe uno desde el menú Archivo</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>Per&amp;fil</translation>
    </message>
    <message>
        <source>None: type the server yourself</source>
        <translation>Ninguno: escribir el servidor a mano</translation>
    </message>
    <message>
        <source>{name} could not be stored ({reason}).</source>
        <translation>No se pudo guardar {name} ({reason}).</translation>
    </message>
    <message>
        <source>Set by the profile “{name}”</source>
        <translation>Fijado por el perfil «{name}»</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Add business unit folders, then press Upload.</source>
        <translation>Añada carpetas de unidades de negocio y pulse Enviar.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Transfer details</source>
        <translation>Detalles de la transferencia</translation>
    </message>
    <message>
        <source>Connection lost, retrying in {left}, attempt {next} of {maximum}</source>
        <translation>Conexión perdida; reintento en {left}, intento {next} de {maximum}</translation>
    </message>
    <message>
        <source>Problem on the connection, retrying in {left}, attempt {next} of {maximum}</source>
        <translation>Problema en la conexión; reintento en {left}, intento {next} de {maximum}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation>quedan aprox. {left}</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message numerus="yes">
        <source>Uploading %n business unit(s)…</source>
        <translation>
            <numerusform>Enviando %n unidad de negocio…</numerusform>
            <numerusform>Enviando %n unidades de negocio…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Looking at the server: nothing will be sent…</source>
        <translation>Consultando el servidor: no se enviará nada…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation>Cancelación solicitada.</translation>
    </message>
    <message>
        <source>No business unit is ticked.</source>
        <translation>No hay ninguna unidad de negocio marcada.</translation>
    </message>
    <message>
        <source>Tick the business units to send in the list.</source>
        <translation>Marque en la lista las unidades de negocio que quiera enviar.</translation>
    </message>
    <message>
        <source>No business unit folder has been added yet.</source>
        <translation>Aún no se ha añadido ninguna carpeta de unidad de negocio.</translation>
    </message>
    <message>
        <source>Press Add folders, or drop the folder app/outputs/&lt;business unit&gt; here.</source>
        <translation>Pulse Añadir carpetas, o arrastre aquí la carpeta app/outputs/&lt;unidad de negocio&gt;.</translation>
    </message>
    <message>
        <source>Business unit {name} is listed twice.</source>
        <translation>La unidad de negocio {name} está dos veces en la lista.</translation>
    </message>
    <message>
        <source>Remove one of its rows.</source>
        <translation>Quite una de sus filas.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the input below.</source>
        <translation>No se ha enviado nada: corrija los datos de abajo.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Business unit {bu}</source>
        <translation>Unidad de negocio {bu}</translation>
    </message>
    <message>
        <source>Connecting to the server (attempt {attempt} of {maximum})…</source>
        <translation>Conectando con el servidor (intento {attempt} de {maximum})…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Connected and logged in (encryption {cipher}).</source>
        <translation>Conectado y con sesión iniciada (cifrado {cipher}).</translation>
    </message>
    <message>
        <source>Sending to {folder}</source>
        <translation>Enviando a {folder}</translation>
    </message>
    <message>
        <source>{bu}: remote folder {folder}</source>
        <translation>{bu}: carpeta remota {folder}</translation>
    </message>
    <message>
        <source>Sending {name} ({index} of {total})</source>
        <translation>Enviando {name} ({index} de {total})</translation>
    </message>
    <message>
        <source>Sending {path} ({size}, resuming at {offset})</source>
        <translation>Enviando {path} ({size}, reanudando en {offset})</translation>
    </message>
    <message>
        <source>Sending {path} ({size})</source>
        <translation>Enviando {path} ({size})</translation>
    </message>
    <message>
        <source>Done: {path} (size checked)</source>
        <translation>Completado: {path} (tamaño comprobado)</translation>
    </message>
    <message>
        <source>Done: {path} (size could not be checked)</source>
        <translation>Completado: {path} (no se pudo comprobar el tamaño)</translation>
    </message>
    <message>
        <source>Skipped: {path} ({reason})</source>
        <translation>Omitido: {path} ({reason})</translation>
    </message>
    <message>
        <source>Failed: {path}: {message}</source>
        <translation>Error: {path}: {message}</translation>
    </message>
    <message>
        <source>Attempt {attempt} of {maximum} failed: {cause} Next attempt in {delay}.</source>
        <translation>El intento {attempt} de {maximum} falló: {cause} Siguiente intento en {delay}.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advertencia: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded to {folder}</source>
        <translation>
            <numerusform>Completado: %n archivo enviado a {folder}</numerusform>
            <numerusform>Completado: %n archivos enviados a {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s) uploaded</source>
        <translation>
            <numerusform>Completado: %n archivo enviado</numerusform>
            <numerusform>Completado: %n archivos enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>, {count} not sent: {reason}</source>
        <translation>, sin enviar ({reason}): {count}</translation>
    </message>
    <message>
        <source>, {count} skipped</source>
        <translation>, omitidos: {count}</translation>
    </message>
    <message>
        <source>, {count} failed</source>
        <translation>, con error: {count}</translation>
    </message>
    <message>
        <source>{bu}: {status}</source>
        <translation>{bu}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>{title}; %n file(s) reached the server</source>
        <translation>
            <numerusform>{title}; %n archivo llegó al servidor</numerusform>
            <numerusform>{title}; %n archivos llegaron al servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}; no file reached the server</source>
        <translation>{title}; ningún archivo llegó al servidor</translation>
    </message>
    <message numerus="yes">
        <source>{bu}: cancelled; %n file(s) reached the server.</source>
        <translation>
            <numerusform>{bu}: cancelado; %n archivo llegó al servidor.</numerusform>
            <numerusform>{bu}: cancelado; %n archivos llegaron al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>{bu}: cancelled; no file reached the server.</source>
        <translation>{bu}: cancelado; ningún archivo llegó al servidor.</translation>
    </message>
    <message>
        <source>{bu}: {title}: {message}</source>
        <translation>{bu}: {title}: {message}</translation>
    </message>
    <message>
        <source>Unknown server key {type} {fingerprint}: asking.</source>
        <translation>Clave del servidor desconocida {type} {fingerprint}: se pregunta.</translation>
    </message>
    <message>
        <source>Server key trusted and remembered.</source>
        <translation>Clave del servidor aceptada y recordada.</translation>
    </message>
    <message>
        <source>Server key refused.</source>
        <translation>Clave del servidor rechazada.</translation>
    </message>
    <message>
        <source>Found: {folder}</source>
        <translation>Encontrada: {folder}</translation>
    </message>
    <message>
        <source>Not found on the server: {message}</source>
        <translation>No encontrada en el servidor: {message}</translation>
    </message>
    <message>
        <source>Connection works (encryption {cipher}).</source>
        <translation>La conexión funciona (cifrado {cipher}).</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this business unit</source>
        <translation>No enviada: el envío se detuvo antes de esta unidad de negocio</translation>
    </message>
    <message>
        <source>The preview was cancelled. Nothing was sent.</source>
        <translation>Se canceló la vista previa. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Connection works: login, server key and folders are fine.</source>
        <translation>La conexión funciona: el acceso, la clave del servidor y las carpetas están bien.</translation>
    </message>
    <message>
        <source>The connection test failed: see the message above.</source>
        <translation>La comprobación de la conexión falló: vea el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Upload cancelled before anything was sent.</source>
        <translation>Envío cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Upload cancelled. Files marked Done are on the server; nothing else is.</source>
        <translation>Envío cancelado. Los archivos marcados como Completado están en el servidor; nada más.</translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n business unit(s) did not finish: see the message above. Files marked Done are on the server.</source>
        <translation>
            <numerusform>{failed} de %n unidad de negocio no terminó: vea el mensaje de arriba. Los archivos marcados como Completado están en el servidor.</numerusform>
            <numerusform>{failed} de %n unidades de negocio no terminaron: vea el mensaje de arriba. Los archivos marcados como Completado están en el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n business unit(s) uploaded.</source>
        <translation>
            <numerusform>Terminado: %n unidad de negocio enviada.</numerusform>
            <numerusform>Terminado: %n unidades de negocio enviadas.</numerusform>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Importar &amp;perfil…</translation>
    </message>
    <message>
        <source>Upload &amp;history…</source>
        <translation>&amp;Historial de envíos…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Save &amp;diagnostic report…</source>
        <translation>Guardar informe de &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>La ventana estará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The profile “{name}” is no longer stored; none is used.</source>
        <translation>El perfil «{name}» ya no está guardado; no se usa ninguno.</translation>
    </message>
    <message>
        <source>Profile {names} imported and chosen.</source>
        <translation>Perfil {names} importado y elegido.</translation>
    </message>
    <message>
        <source>Import a profile from IT</source>
        <translation>Importar un perfil de Informática</translation>
    </message>
    <message>
        <source>Profiles (*.toml)</source>
        <translation>Perfiles (*.toml)</translation>
    </message>
    <message>
        <source>Save a diagnostic report for IT</source>
        <translation>Guardar un informe de diagnóstico para Informática</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>No se pudo guardar el informe: {reason}</translation>
    </message>
    <message>
        <source>Diagnostic report saved to {path}. It holds no password.</source>
        <translation>Informe de diagnóstico guardado en {path}. No contiene ninguna contraseña.</translation>
    </message>
    <message>
        <source>The log folder is {folder}</source>
        <translation>La carpeta de registros es {folder}</translation>
    </message>
</context>
</TS>
