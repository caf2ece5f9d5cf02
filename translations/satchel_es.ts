<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AccountCommandsText</name>
    <message>
        <source>Try 'satchel --help'.</source>
        <translation>Pruebe «satchel --help».</translation>
    </message>
    <message>
        <source>account add: "%1" cannot be an account name</source>
        <translation>account add: «%1» no puede ser un nombre de cuenta</translation>
    </message>
    <message>
        <source>account add: --host is required</source>
        <translation>account add: --host es obligatorio</translation>
    </message>
    <message>
        <source>account add: --user is required</source>
        <translation>account add: --user es obligatorio</translation>
    </message>
    <message>
        <source>account add: --security is required (tls, starttls or none)</source>
        <translation>account add: --security es obligatorio (tls, starttls o none)</translation>
    </message>
    <message>
        <source>--security expects tls, starttls or none, not "%1"</source>
        <translation>--security espera tls, starttls o none, no «%1»</translation>
    </message>
    <message>
        <source>--port expects a port number, not "%1"</source>
        <translation>--port espera un número de puerto, no «%1»</translation>
    </message>
    <message>
        <source>--leave-on-server expects no, forever, days:N or until-deleted, not "%1"</source>
        <translation>--leave-on-server espera no, forever, days:N o until-deleted, no «%1»</translation>
    </message>
    <message>
        <source>--keep-max-messages expects a number</source>
        <translation>--keep-max-messages espera un número</translation>
    </message>
    <message>
        <source>--keep-max-mb expects a number of megabytes</source>
        <translation>--keep-max-mb espera un número de megabytes</translation>
    </message>
    <message>
        <source>--max-size expects a size in KB</source>
        <translation>--max-size espera un tamaño en KB</translation>
    </message>
    <message>
        <source>--trust-fingerprint expects a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--trust-fingerprint espera una huella digital SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation>ya existe una cuenta llamada %1</translation>
    </message>
    <message>
        <source>Added account %1: %2@%3:%4 (%5), %6.</source>
        <translation>Cuenta %1 añadida: %2@%3:%4 (%5), %6.</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay ninguna contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>headers only</source>
        <translation>solo cabeceras</translation>
    </message>
    <message>
        <source>max %1 KB</source>
        <translation>máx. %1 KB</translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation>certificado fijado %1</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>archivo de CA %1</translation>
    </message>
    <message>
        <source>Removed account %1 and its mail.</source>
        <translation>Se eliminaron la cuenta %1 y su correo.</translation>
    </message>
    <message>
        <source>Removed account %1; its mail stays in the archive.</source>
        <translation>Se eliminó la cuenta %1; su correo se conserva en el archivo.</translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation>no existe ninguna cuenta llamada %1</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>check the user name and password (give it again with --password-stdin)</source>
        <translation>revise el nombre de usuario y la contraseña (vuelva a indicarla con --password-stdin)</translation>
    </message>
    <message>
        <source>the server's certificate could not be verified; if you trust it, add the account again with --trust-fingerprint or --ca-file</source>
        <translation>no se pudo verificar el certificado del servidor; si confía en él, vuelva a añadir la cuenta con --trust-fingerprint o --ca-file</translation>
    </message>
    <message>
        <source>account add: accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>account add: aceptar el certificado del servidor con esta huella digital SHA-256.</translation>
    </message>
    <message>
        <source>account remove: delete the account's mail too.</source>
        <translation>account remove: eliminar también el correo de la cuenta.</translation>
    </message>
    <message>
        <source>account %1: expected one account name</source>
        <translation>account %1: se esperaba un nombre de cuenta</translation>
    </message>
    <message>
        <source>account list: unexpected argument "%1"</source>
        <translation>account list: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--%1 does not apply to account %2</source>
        <translation>--%1 no se aplica a account %2</translation>
    </message>
    <message>
        <source>--delete-mail does not apply to account %1</source>
        <translation>--delete-mail no se aplica a account %1</translation>
    </message>
    <message>
        <source>there are no accounts yet: add one with 'satchel account add'</source>
        <translation>todavía no hay ninguna cuenta: añada una con «satchel account add»</translation>
    </message>
    <message>
        <source>fetch --password-stdin: expected one password line, or one per account (%1)</source>
        <translation>fetch --password-stdin: se esperaba una línea de contraseña, o una por cuenta (%1)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 partial, %4 deleted on the server, %5 left on the server, %6 errors</source>
        <translation>%1: nuevos: %2, parciales: %3, eliminados del servidor: %4, dejados en el servidor: %5, errores: %6</translation>
    </message>
    <message>
        <source>; %1 new messages were stored before it stopped</source>
        <translation>; mensajes nuevos guardados antes de la interrupción: %1</translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation>satchel: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) added to the download history from the messages stored here.</source>
        <translation>
            <numerusform>%1: %n mensaje añadido al historial de descargas a partir de los mensajes guardados aquí.</numerusform>
            <numerusform>%1: %n mensajes añadidos al historial de descargas a partir de los mensajes guardados aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch: download nothing; remember every message now on the server as already downloaded (it is never deleted from the server by Satchel).</source>
        <translation>fetch: no descargar nada; recordar cada mensaje que está ahora en el servidor como ya descargado (Satchel nunca lo borra del servidor).</translation>
    </message>
    <message>
        <source>%1: %2 marked as already downloaded, %3 deleted on the server, %4 left on the server, %5 errors</source>
        <translation>%1: %2 marcados como ya descargados, %3 borrados del servidor, %4 dejados en el servidor, %5 errores</translation>
    </message>
    <message>
        <source>--auth expects USER, APOP or a SASL mechanism such as SCRAM-SHA-256, not "%1"</source>
        <translation>--auth espera USER, APOP o un mecanismo SASL como SCRAM-SHA-256, no «%1»</translation>
    </message>
    <message>
        <source>--oauth-client-id and --oauth-client-secret go with --oauth PROVIDER</source>
        <translation>--oauth-client-id y --oauth-client-secret van con --oauth PROVIDER</translation>
    </message>
    <message>
        <source>--host expects the name of the POP3 server</source>
        <translation>--host espera el nombre del servidor POP3</translation>
    </message>
    <message>
        <source>--user expects a user name</source>
        <translation>--user espera un nombre de usuario</translation>
    </message>
    <message>
        <source>--unset expects one of %1, not "%2"</source>
        <translation>--unset espera uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>--%1 and --unset %1 cannot go together</source>
        <translation>--%1 y --unset %1 no pueden ir juntos</translation>
    </message>
    <message>
        <source>satchel: give it to 'satchel fetch' with --password-stdin when you fetch.</source>
        <translation>satchel: indíquela a 'satchel fetch' con --password-stdin al recoger el correo.</translation>
    </message>
    <message>
        <source>Changed account %1: %2@%3:%4 (%5), %6.</source>
        <translation>Cuenta %1 modificada: %2@%3:%4 (%5), %6.</translation>
    </message>
    <message>
        <source>satchel: %1 now fetches from %2@%3 instead of %4@%5; its mail and its download history stay. If this is another mailbox, not the same one under a new name, messages already in that history are not downloaded from it: add it as an account of its own instead.</source>
        <translation>satchel: %1 ahora recoge el correo de %2@%3 en lugar de %4@%5; su correo y su historial de descargas se mantienen. Si se trata de otro buzón y no del mismo con otro nombre, los mensajes que ya figuran en ese historial no se descargarán de él: añádalo mejor como una cuenta propia.</translation>
    </message>
    <message>
        <source>account add, edit: the POP3 server.</source>
        <translation>account add, edit: el servidor POP3.</translation>
    </message>
    <message>
        <source>account add, edit: its port (default 995 with tls, 110 otherwise).</source>
        <translation>account add, edit: su puerto (por omisión 995 con tls, si no 110).</translation>
    </message>
    <message>
        <source>account add, edit: tls (implicit, port 995), starttls or none.</source>
        <translation>account add, edit: tls (implícito, puerto 995), starttls o none.</translation>
    </message>
    <message>
        <source>account add, edit: the user name.</source>
        <translation>account add, edit: el nombre de usuario.</translation>
    </message>
    <message>
        <source>account add, edit: USER, APOP or a SASL mechanism (default: the strongest offered).</source>
        <translation>account add, edit: USER, APOP o un mecanismo SASL (por omisión: el más fuerte que se ofrezca).</translation>
    </message>
    <message>
        <source>account add, edit: no (delete after download), forever (default), days:N or until-deleted.</source>
        <translation>account add, edit: no (borrar tras descargar), forever (por omisión), days:N o until-deleted.</translation>
    </message>
    <message>
        <source>account add, edit: keep at most M messages on the server.</source>
        <translation>account add, edit: conservar como mucho M mensajes en el servidor.</translation>
    </message>
    <message>
        <source>account add, edit: keep at most M MB on the server.</source>
        <translation>account add, edit: conservar como mucho M MB en el servidor.</translation>
    </message>
    <message>
        <source>account add, edit: download only the headers.</source>
        <translation>account add, edit: descargar solo los encabezados.</translation>
    </message>
    <message>
        <source>account add, edit: download bigger messages partially.</source>
        <translation>account add, edit: descargar parcialmente los mensajes más grandes.</translation>
    </message>
    <message>
        <source>account add, edit: trust the certificates in this PEM file too.</source>
        <translation>account add, edit: confiar también en los certificados de este archivo PEM.</translation>
    </message>
    <message>
        <source>account add, edit, fetch: read the password from standard input (one line; for fetch one per account, or one for all) and store it in the keychain.</source>
        <translation>account add, edit, fetch: leer la contraseña de la entrada estándar (una línea; para fetch una por cuenta o una para todas) y guardarla en el llavero.</translation>
    </message>
    <message>
        <source>account edit: back to what account add sets without --OPTION (port, auth, leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, trust-fingerprint, ca-file); may be repeated.</source>
        <translation>account edit: volver a lo que account add pone sin --OPCIÓN (port, auth, leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, trust-fingerprint, ca-file); puede repetirse.</translation>
    </message>
    <message>
        <source>account add, edit: sign in with the browser at this provider (microsoft, google, fastmail) instead of a password; its server is the default.</source>
        <translation>account add, edit: iniciar sesión con el navegador en este proveedor (microsoft, google, fastmail) en lugar de con una contraseña; su servidor se usa por omisión.</translation>
    </message>
    <message>
        <source>account add, edit: the OAuth client ID you registered with the provider (see the README).</source>
        <translation>account add, edit: el ID de cliente OAuth que registró en el proveedor (consulte el README).</translation>
    </message>
    <message>
        <source>account add, edit: the client secret Google gives a desktop client along with its ID.</source>
        <translation>account add, edit: el secreto de cliente que Google da a un cliente de escritorio junto con su ID.</translation>
    </message>
    <message>
        <source>account login: only print the sign-in address; open it in a browser yourself.</source>
        <translation>account login: solo mostrar la dirección de inicio de sesión; ábrala usted mismo en un navegador.</translation>
    </message>
    <message>
        <source>account: expected add, edit, list, remove, rebuild-ledger or login</source>
        <translation>account: se esperaba add, edit, list, remove, rebuild-ledger o login</translation>
    </message>
    <message>
        <source>account: expected add, edit, list, remove, rebuild-ledger or login, not "%1"</source>
        <translation>account: se esperaba add, edit, list, remove, rebuild-ledger o login, no «%1»</translation>
    </message>
    <message>
        <source>account edit: expected an option to change, such as --host or --leave-on-server</source>
        <translation>account edit: se esperaba una opción que cambiar, como --host o --leave-on-server</translation>
    </message>
    <message>
        <source>--unset does not apply to account %1</source>
        <translation>--unset no se aplica a account %1</translation>
    </message>
    <message>
        <source>--no-browser does not apply to account %1</source>
        <translation>--no-browser no se aplica a account %1</translation>
    </message>
    <message>
        <source>--json does not apply to account %1</source>
        <translation>--json no se aplica a account %1</translation>
    </message>
</context>
<context>
    <name>AccountSettingsText</name>
    <message>
        <source>The settings of account %1 are damaged: %2</source>
        <translation>La configuración de la cuenta %1 está dañada: %2</translation>
    </message>
    <message>
        <source>The settings of account %1 were written by a newer Satchel.</source>
        <translation>La configuración de la cuenta %1 la escribió una versión más reciente de Satchel.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The settings of account %1 name an unknown way of logging in: "%2".</source>
        <translation>Los ajustes de la cuenta %1 indican un modo de inicio de sesión desconocido: «%2».</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The archive is busy; committed mail could not be flushed to disk yet.</source>
        <translation>El archivo está ocupado; el correo ya guardado aún no se ha podido escribir en el disco.</translation>
    </message>
</context>
<context>
    <name>CommandLinePrompterText</name>
    <message>
        <source>no password is stored for this account; give it with --password-stdin</source>
        <translation>no hay ninguna contraseña guardada para esta cuenta; indíquela con --password-stdin</translation>
    </message>
    <message>
        <source>no keychain answers; give the password with --password-stdin</source>
        <translation>no responde ningún llavero; indique la contraseña con --password-stdin</translation>
    </message>
    <message>
        <source>%1; give the password with --password-stdin</source>
        <translation>%1; indique la contraseña con --password-stdin</translation>
    </message>
    <message>
        <source>satchel: the password for %1 could not be stored in the keychain (%2); it is used for this run only and never written to disk.</source>
        <translation>satchel: no se pudo guardar la contraseña de %1 en el llavero (%2); solo se usa en esta ejecución y nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>satchel: the password of %1 could not be removed from the keychain: %2</source>
        <translation>satchel: no se pudo quitar la contraseña de %1 del llavero: %2</translation>
    </message>
    <message>
        <source>satchel: the sign-in for %1 could not be stored in the keychain (%2); it lasts for this run only and is never written to disk.</source>
        <translation>satchel: no se pudo guardar el inicio de sesión de %1 en el llavero (%2); solo vale para esta ejecución y nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in (%2); sign in again with 'satchel account login %3'</source>
        <translation>%1 ya no acepta el inicio de sesión (%2); vuelva a iniciar sesión con 'satchel account login %3'</translation>
    </message>
    <message>
        <source>this account is not signed in; sign in with 'satchel account login %1'</source>
        <translation>esta cuenta no ha iniciado sesión; inicie sesión con 'satchel account login %1'</translation>
    </message>
    <message>
        <source>To sign in to %1 for %2, open this address in your web browser:</source>
        <translation>Para iniciar sesión en %1 para %2, abra esta dirección en su navegador web:</translation>
    </message>
    <message>
        <source>(A browser was asked to open it.)</source>
        <translation>(Se ha pedido a un navegador que la abra.)</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to Satchel on this computer (Ctrl+C stops)...</source>
        <translation>Esperando a que el navegador vuelva a Satchel en este equipo (Ctrl+C detiene la espera)...</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Try 'satchel --help'.</source>
        <translation>Pruebe «satchel --help».</translation>
    </message>
    <message>
        <source>satchel: could not import %1: %2</source>
        <translation>satchel: no se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>From: </source>
        <translation>De: </translation>
    </message>
    <message>
        <source>To: </source>
        <translation>Para: </translation>
    </message>
    <message>
        <source>Cc: </source>
        <translation>CC: </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Fecha: </translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation>Asunto: </translation>
    </message>
    <message>
        <source>Folder: </source>
        <translation>Carpeta: </translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3 bytes)</source>
        <translation>Adjunto: %1 (%2, %3 bytes)</translation>
    </message>
    <message>
        <source>satchel: archive problem: %1</source>
        <translation>satchel: problema en el archivo: %1</translation>
    </message>
    <message>
        <source>The profile folder (default: %1).</source>
        <translation>La carpeta del perfil (predeterminada: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>import: the folder to import into (default: Inbox); export: the folder to export.</source>
        <translation>import: la carpeta de destino (predeterminada: Bandeja de entrada); export: la carpeta que se exporta.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>search: at most N results, newest first (default 100; 0 for all).</source>
        <translation>search: como máximo N resultados, los más recientes primero (100 por defecto; 0 para todos).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>show: the exact stored bytes.</source>
        <translation>show: los bytes guardados, tal cual.</translation>
    </message>
    <message>
        <source>show: headers and text (default).</source>
        <translation>show: cabeceras y texto (predeterminado).</translation>
    </message>
    <message>
        <source>export: to this mbox file (mboxrd).</source>
        <translation>export: a este archivo mbox (mboxrd).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>export: to this folder, one .eml file per message.</source>
        <translation>export: a esta carpeta, un archivo .eml por mensaje.</translation>
    </message>
    <message>
        <source>export: the messages this search finds.</source>
        <translation>export: los mensajes que encuentra esta búsqueda.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>CONSULTA</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 no se aplica a %2</translation>
    </message>
    <message>
        <source>import: expected at least one file or folder</source>
        <translation>import: se esperaba al menos un archivo o carpeta</translation>
    </message>
    <message>
        <source>search: expected a query</source>
        <translation>search: se esperaba una consulta</translation>
    </message>
    <message>
        <source>--limit expects a number of results, not "%1"</source>
        <translation>--limit espera un número de resultados, no «%1»</translation>
    </message>
    <message>
        <source>show: expected one message id</source>
        <translation>show: se esperaba un identificador de mensaje</translation>
    </message>
    <message>
        <source>show: "%1" is not a message id</source>
        <translation>show: «%1» no es un identificador de mensaje</translation>
    </message>
    <message>
        <source>show: choose one of --raw, --json and --text</source>
        <translation>show: elija solo una de --raw, --json y --text</translation>
    </message>
    <message>
        <source>export: unexpected argument "%1"</source>
        <translation>export: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>export: expected either --mbox FILE or --eml DIR</source>
        <translation>export: se esperaba --mbox ARCHIVO o --eml DIR</translation>
    </message>
    <message>
        <source>export: use --folder or --query, not both</source>
        <translation>export: use --folder o --query, no ambos</translation>
    </message>
    <message>
        <source>check: unexpected argument "%1"</source>
        <translation>check: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>there is no archive at %1 yet: import some mail first</source>
        <translation>todavía no hay ningún archivo en %1: importe primero algo de correo</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n messages; %1 duplicates skipped; %2 could not be imported.</source>
        <translation>
            <numerusform>Se importó %n mensaje; %1 duplicados omitidos; %2 no se pudieron importar.</numerusform>
            <numerusform>Se importaron %n mensajes; %1 duplicados omitidos; %2 no se pudieron importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n messages to %1.</source>
        <translation>
            <numerusform>Se exportó %n mensaje a %1.</numerusform>
            <numerusform>Se exportaron %n mensajes a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive %1 is sound: %n messages.</source>
        <translation>
            <numerusform>El archivo %1 está en buen estado: %n mensaje.</numerusform>
            <numerusform>El archivo %1 está en buen estado: %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>import, search, show, export, check, account or fetch.</source>
        <translation>import, search, show, export, check, account o fetch.</translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export, check, account or fetch</source>
        <translation>se esperaba una orden: import, search, show, export, check, account o fetch</translation>
    </message>
    <message>
        <source>An offline mail reader that never loses a message.

Without a command, Satchel opens its window. Commands:
  import PATH... [--folder NAME]   .eml files, folders of them, Maildir, mbox
  search QUERY [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox FILE | --eml DIR) [--folder NAME | --query QUERY]
  check                            the archive's integrity
  account add NAME --host H --security tls|starttls|none --user U [--port P]
      [--auth MECH] [--leave-on-server no|forever|days:N|until-deleted]
      [--keep-max-messages M] [--keep-max-mb M] [--headers-only] [--max-size KB]
      [--trust-fingerprint SHA256] [--ca-file PEM] [--password-stdin]
  account list
  account remove NAME [--delete-mail]
  account rebuild-ledger NAME      the download history, from the stored messages
  fetch [NAME...] [--password-stdin] [--mark-all-downloaded]
                                   exit 75 try later, 3 password, 4 certificate

Search: words, "phrases", from: to: subject: has:attachment is:unread is:read
is:flagged folder:NAME before:YYYY-MM-DD after:YYYY-MM-DD, AND OR NOT - ( ).</source>
        <translation>Un lector de correo sin conexión que nunca pierde un mensaje.

Sin una orden, Satchel abre su ventana. Órdenes:
  import RUTA... [--folder NOMBRE]   archivos .eml, carpetas con ellos, Maildir, mbox
  search CONSULTA [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox ARCHIVO | --eml DIR) [--folder NOMBRE | --query CONSULTA]
  check                              la integridad del archivo
  account add NOMBRE --host H --security tls|starttls|none --user U [--port P]
      [--auth MECH] [--leave-on-server no|forever|days:N|until-deleted]
      [--keep-max-messages M] [--keep-max-mb M] [--headers-only] [--max-size KB]
      [--trust-fingerprint SHA256] [--ca-file PEM] [--password-stdin]
  account list
  account remove NOMBRE [--delete-mail]
  account rebuild-ledger NOMBRE    el historial de descargas, a partir de los mensajes guardados
  fetch [NOMBRE...] [--password-stdin] [--mark-all-downloaded]
                                   código de salida 75: reintentar más tarde, 3: contraseña, 4: certificado

Búsqueda: palabras, "frases", from: to: subject: has:attachment is:unread is:read
is:flagged folder:NOMBRE before:AAAA-MM-DD after:AAAA-MM-DD, AND OR NOT - ( ). {256]?} {75 ?} {3 ?} {4 ?}</translation>
    </message>
    <message>
        <source>"%1" is not a command; the commands are import, search, show, export, check, account and fetch</source>
        <translation>«%1» no es un comando; los comandos son import, search, show, export, check, account y fetch</translation>
    </message>
    <message>
        <source>"%1" is not a command; did you mean "%2"?</source>
        <translation>«%1» no es un comando; ¿quería decir «%2»?</translation>
    </message>
    <message>
        <source>More account commands:
  account edit NAME [any option of account add] [--unset OPTION]
                                   mail and download history stay
  account list --json              one JSON object per account and line</source>
        <translation>Más órdenes de cuenta:
  account edit NAME [cualquier opción de account add] [--unset OPTION]
                                   el correo y el historial de descargas se conservan
  account list --json              un objeto JSON por cuenta y línea</translation>
    </message>
    <message>
        <source>

Accounts that sign in with the browser (OAuth2):
  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]
      [--oauth-client-secret S] [the options of account add but --password-stdin]
  account login NAME [--no-browser]  sign in; fetch exits 6 until it is done</source>
        <translation>

Cuentas que inician sesión con el navegador (OAuth2):
  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]
      [--oauth-client-secret S] [las opciones de account add salvo --password-stdin]
  account login NAME [--no-browser]  iniciar sesión; hasta entonces, fetch sale con el código 6</translation>
    </message>
    <message>
        <source>search, show, account list: JSON output.</source>
        <translation>search, show, account list: salida en JSON.</translation>
    </message>
</context>
<context>
    <name>HeadlessDemoText</name>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile necesita una carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n messages fetched into %1</source>
        <translation>
            <numerusform>Demostración: se recibió %n mensaje en %1</numerusform>
            <numerusform>Demostración: se recibieron %n mensajes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo failed: %1</source>
        <translation>La demostración falló: %1</translation>
    </message>
</context>
<context>
    <name>ImporterText</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1, message at byte %2</source>
        <translation>%1, mensaje en el byte %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a mail message (no header at the start)</source>
        <translation>no es un mensaje de correo (no empieza con una cabecera)</translation>
    </message>
</context>
<context>
    <name>MboxReader</name>
    <message>
        <source>not an mbox file: it does not start with "From "</source>
        <translation>no es un archivo mbox: no empieza por «From »</translation>
    </message>
</context>
<context>
    <name>OAuthCommandsText</name>
    <message>
        <source>--oauth expects one of %1, not "%2"</source>
        <translation>--oauth espera uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>--password-stdin does not go with --oauth: the account signs in with a browser ('satchel account login')</source>
        <translation>--password-stdin no va con --oauth: la cuenta inicia sesión con un navegador ('satchel account login')</translation>
    </message>
    <message>
        <source>--oauth-client-secret goes with --oauth-client-id</source>
        <translation>--oauth-client-secret va con --oauth-client-id</translation>
    </message>
    <message>
        <source>Sign in with your browser next: satchel account login %1</source>
        <translation>Ahora inicie sesión con su navegador: satchel account login %1</translation>
    </message>
    <message>
        <source>satchel: there is no account named %1</source>
        <translation>satchel: no existe ninguna cuenta llamada %1</translation>
    </message>
    <message>
        <source>satchel: %1 logs in with a password, not with a browser (an account added with --oauth does)</source>
        <translation>satchel: %1 inicia sesión con una contraseña, no con un navegador (eso lo hace una cuenta añadida con --oauth)</translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation>satchel: %1: %2</translation>
    </message>
    <message>
        <source>Signed in: %1 can get mail now.</source>
        <translation>Sesión iniciada: %1 ya puede recibir correo.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicyText</name>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot leave copies on it without downloading them all again each time. Choose "delete from the server after download" for this account.</source>
        <translation>Este servidor no distingue sus mensajes entre sí (no tiene la orden UIDL), así que Satchel no puede dejar copias en él sin volver a descargarlas todas cada vez. Elija «Eliminar del servidor tras la descarga» para esta cuenta.</translation>
    </message>
    <message>
        <source>The server says it deletes messages once they are downloaded (EXPIRE 0): it will not keep copies, whatever this account asks.</source>
        <translation>El servidor indica que elimina los mensajes una vez descargados (EXPIRE 0): no guardará copias, pida lo que pida esta cuenta.</translation>
    </message>
    <message>
        <source>delete after download</source>
        <translation>eliminar tras la descarga</translation>
    </message>
    <message>
        <source>leave %1 days</source>
        <translation>dejar %1 días</translation>
    </message>
    <message>
        <source>leave until deleted here</source>
        <translation>dejar hasta que se elimine aquí</translation>
    </message>
    <message>
        <source>leave forever</source>
        <translation>dejar para siempre</translation>
    </message>
    <message>
        <source>at most %1 messages</source>
        <translation>como máximo %1 mensajes</translation>
    </message>
    <message>
        <source>at most %1 MB</source>
        <translation>como máximo %1 MB</translation>
    </message>
</context>
<context>
    <name>SearchQueryText</name>
    <message>
        <source>a quote that is never closed: expected a closing "</source>
        <translation>unas comillas que nunca se cierran: se esperaba un " de cierre</translation>
    </message>
    <message>
        <source>the query is empty: expected a word, a "phrase" or an operator such as from:</source>
        <translation>la consulta está vacía: se esperaba una palabra, una "frase" o un operador como from:</translation>
    </message>
    <message>
        <source>a closing parenthesis without an opening one</source>
        <translation>un paréntesis de cierre sin su paréntesis de apertura</translation>
    </message>
    <message>
        <source>expected the end of the query</source>
        <translation>se esperaba el final de la consulta</translation>
    </message>
    <message>
        <source>the query ends after %1: expected a search term</source>
        <translation>la consulta termina después de %1: se esperaba un término de búsqueda</translation>
    </message>
    <message>
        <source>expected a search term after %1, not ")"</source>
        <translation>se esperaba un término de búsqueda después de %1, no ")"</translation>
    </message>
    <message>
        <source>expected a search term after %1, not %2</source>
        <translation>se esperaba un término de búsqueda después de %1, no %2</translation>
    </message>
    <message>
        <source>expected a search term after %1</source>
        <translation>se esperaba un término de búsqueda después de %1</translation>
    </message>
    <message>
        <source>empty parentheses: expected a search term between "(" and ")"</source>
        <translation>paréntesis vacíos: se esperaba un término de búsqueda entre "(" y ")"</translation>
    </message>
    <message>
        <source>expected ")" to close the "(" at position %1</source>
        <translation>se esperaba ")" para cerrar el "(" de la posición %1</translation>
    </message>
    <message>
        <source>expected a search term before %1</source>
        <translation>se esperaba un término de búsqueda antes de %1</translation>
    </message>
    <message>
        <source>expected a search term</source>
        <translation>se esperaba un término de búsqueda</translation>
    </message>
    <message>
        <source>"%1" has no letters or digits to search for</source>
        <translation>"%1" no contiene letras ni dígitos que buscar</translation>
    </message>
    <message>
        <source>expected a value after %1:</source>
        <translation>se esperaba un valor después de %1:</translation>
    </message>
    <message>
        <source>has: expects "attachment"</source>
        <translation>has: espera "attachment"</translation>
    </message>
    <message>
        <source>is: expects read, unread, flagged, unflagged or answered</source>
        <translation>is: espera read, unread, flagged, unflagged o answered</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD after %1:, not "%2"</source>
        <translation>se esperaba una fecha como AAAA-MM-DD después de %1:, no "%2"</translation>
    </message>
    <message>
        <source>unknown operator %1: (known: from, to, subject, has, is, before, after, folder; put the word in quotes to search for it as text)</source>
        <translation>operador desconocido %1: (conocidos: from, to, subject, has, is, before, after, folder; ponga la palabra entre comillas para buscarla como texto)</translation>
    </message>
    <message>
        <source>Search query, at character %1: %2</source>
        <translation>Consulta de búsqueda, en el carácter %1: %2</translation>
    </message>
    <message>
        <source>parentheses and NOT are nested more than %1 deep here</source>
        <translation>los paréntesis y NOT están anidados aquí a más de %1 niveles</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no password for this account.</source>
        <translation>El llavero no tiene ninguna contraseña para esta cuenta.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero rechazó la operación: %1</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>No hay ningún llavero disponible: %1</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>El llavero denegó el acceso.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>No hay ninguna contraseña guardada.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificateText</name>
    <message>
        <source>Could not make the demo server's certificate (%1): %2</source>
        <translation>No se pudo crear el certificado del servidor de demostración (%1): %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline mail reader that never loses a message.</source>
        <translation>Un lector de correo sin conexión que nunca pierde un mensaje.</translation>
    </message>
    <message>
        <source>The language of the interface: de, en, es, fr (default: the system's).</source>
        <translation>El idioma de la interfaz: de, en, es, fr (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>The profile folder (default: %1).</source>
        <translation>La carpeta del perfil (predeterminada: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo %1: %2</translation>
    </message>
    <message>
        <source>Satchel cannot open its window: %1 (%2). Please reinstall Satchel.</source>
        <translation>Satchel no puede abrir su ventana: %1 (%2). Vuelva a instalar Satchel.</translation>
    </message>
    <message>
        <source>Show Satchel on a demo mailbox (a throwaway profile and a local server; no network needed).</source>
        <translation>Mostrar Satchel con un buzón de demostración (un perfil desechable y un servidor local; no hace falta red).</translation>
    </message>
    <message>
        <source>Satchel — demo mailbox</source>
        <translation>Satchel — buzón de demostración</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoServer</name>
    <message>
        <source>The demo needs TLS, and Qt found no TLS library on this system.</source>
        <translation>La demostración necesita TLS y Qt no encontró ninguna biblioteca TLS en este sistema.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1: %1</source>
        <translation>El servidor de demostración no pudo escuchar en 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoSession</name>
    <message>
        <source>Preparing the demo profile…</source>
        <translation>Preparando el perfil de demostración…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the demo: %1</source>
        <translation>No se pudo crear una carpeta temporal para la demostración: %1</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo.</source>
        <translation>No se pudo crear la carpeta %1 para la demostración.</translation>
    </message>
    <message>
        <source>Could not open the demo archive: %1</source>
        <translation>No se pudo abrir el archivo de demostración: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Could not create the demo account: %1</source>
        <translation>No se pudo crear la cuenta de demostración: %1</translation>
    </message>
    <message>
        <source>Starting the demo mail server…</source>
        <translation>Iniciando el servidor de correo de demostración…</translation>
    </message>
    <message>
        <source>Fetching the demo mail…</source>
        <translation>Recibiendo el correo de demostración…</translation>
    </message>
    <message>
        <source>No new mail on the demo server.</source>
        <translation>No hay correo nuevo en el servidor de demostración.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages fetched from the demo server.</source>
        <translation>
            <numerusform>Se recibió %n mensaje nuevo del servidor de demostración.</numerusform>
            <numerusform>Se recibieron %n mensajes nuevos del servidor de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the demo mail was cancelled.</source>
        <translation>Se canceló la recepción del correo de demostración.</translation>
    </message>
    <message>
        <source>The demo could not fetch its mail: %1</source>
        <translation>La demostración no pudo recibir su correo: %1</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::Explanations</name>
    <message>
        <source>Satchel logged in and the server is ready.</source>
        <translation>Satchel inició sesión y el servidor está listo.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña: revise ambos (muchos proveedores exigen una contraseña de aplicación y que POP esté activado en su configuración web) y vuelva a probar.</translation>
    </message>
    <message>
        <source>Satchel could not reach the server: check the server name and port and that this computer is online, then test again.</source>
        <translation>Satchel no pudo conectar con el servidor: revise el nombre del servidor y el puerto, y compruebe que este equipo tenga conexión a la red; después, vuelva a probar.</translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try the other security setting (TLS on port 995, or STARTTLS on port 110), or ask your provider.</source>
        <translation>El servidor no ofrece cifrado en este puerto: pruebe la otra opción de seguridad (TLS en el puerto 995 o STARTTLS en el puerto 110) o consulte a su proveedor.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: look at it, and accept it only if you know this server uses a certificate of its own (a home or company server); otherwise do not go on.</source>
        <translation>No se pudo verificar el certificado del servidor: examínelo y acéptelo solo si sabe que este servidor usa un certificado propio (un servidor doméstico o de empresa); de lo contrario, no continúe.</translation>
    </message>
    <message>
        <source>The server cannot tell its messages apart (it has no UIDL), so Satchel cannot leave copies on it: mail will be removed from the server once it is safely stored here.</source>
        <translation>El servidor no distingue sus mensajes entre sí (no tiene UIDL), así que Satchel no puede dejar copias en él: el correo se eliminará del servidor en cuanto esté guardado de forma segura aquí.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps your password safe on this connection: choose an encrypted connection or another login method.</source>
        <translation>El servidor no ofrece ninguna forma de iniciar sesión que proteja su contraseña en esta conexión: elija una conexión cifrada u otro método de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server asked Satchel to come back later (the mailbox may be open in another program): wait a few minutes, then test again.</source>
        <translation>El servidor pidió a Satchel que vuelva más tarde (puede que el buzón esté abierto en otro programa): espere unos minutos y vuelva a probar.</translation>
    </message>
    <message>
        <source>Talking to the server went wrong: check the settings and the details below, then test again.</source>
        <translation>Algo falló en la comunicación con el servidor: revise la configuración y los detalles de abajo y vuelva a probar.</translation>
    </message>
    <message>
        <source>Satchel logged in. Messages on the server now: %1.</source>
        <translation>Satchel inició sesión. Mensajes que hay ahora en el servidor: %1.</translation>
    </message>
    <message>
        <source>Found a POP3 server at %1, but its certificate could not be verified; the test login will show it to you.</source>
        <translation>Se encontró un servidor POP3 en %1, pero no se pudo verificar su certificado; el inicio de sesión de prueba se lo mostrará.</translation>
    </message>
    <message>
        <source>Found a POP3 server at %1 (%2). Check the settings below and go on.</source>
        <translation>Se encontró un servidor POP3 en %1 (%2). Revise la configuración de abajo y continúe.</translation>
    </message>
    <message>
        <source>The only POP3 server found for %1 offers no encryption: ask your provider for secure settings, or enter them below.</source>
        <translation>El único servidor POP3 encontrado para %1 no ofrece cifrado: pida a su proveedor una configuración segura o introdúzcala abajo.</translation>
    </message>
    <message>
        <source>No POP3 server was found for %1: enter the server your provider gives in its help pages below.</source>
        <translation>No se encontró ningún servidor POP3 para %1: introduzca abajo el servidor que su proveedor indique en sus páginas de ayuda.</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1: funciona</translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify</source>
        <translation>%1: responde, pero no se pudo verificar su certificado</translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify (%2)</source>
        <translation>%1: responde, pero no se pudo verificar su certificado (%2)</translation>
    </message>
    <message>
        <source>%1: answers, but offers no encryption</source>
        <translation>%1: responde, pero no ofrece cifrado</translation>
    </message>
    <message>
        <source>%1: no such server</source>
        <translation>%1: el servidor no existe</translation>
    </message>
    <message>
        <source>%1: refused the connection</source>
        <translation>%1: rechazó la conexión</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: no responde</translation>
    </message>
    <message>
        <source>%1: secure connection failed</source>
        <translation>%1: falló la conexión segura</translation>
    </message>
    <message>
        <source>%1: not a POP3 server</source>
        <translation>%1: no es un servidor POP3</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1: falló la conexión</translation>
    </message>
    <message>
        <source>This server removes mail once it has been downloaded, whatever Satchel asks: leaving copies on the server will not work.</source>
        <translation>Este servidor elimina el correo en cuanto se descarga, pida lo que pida Satchel: no será posible dejar copias en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>This server deletes downloaded mail on its own after %n day(s).</source>
        <translation>
            <numerusform>Este servidor elimina por su cuenta el correo descargado al cabo de %n día.</numerusform>
            <numerusform>Este servidor elimina por su cuenta el correo descargado al cabo de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server refuses logins less than %1 seconds apart; Satchel will not check more often.</source>
        <translation>Este servidor rechaza los inicios de sesión con menos de %1 segundos de separación; Satchel no comprobará el correo con más frecuencia.</translation>
    </message>
    <message>
        <source>The server refused %1 as the user name but accepted %2, which this account will use.</source>
        <translation>El servidor rechazó %1 como nombre de usuario, pero aceptó %2, que es el que usará esta cuenta.</translation>
    </message>
    <message>
        <source>The server refused %1 for this account; logging in with %2 worked, and Satchel will use that.</source>
        <translation>El servidor rechazó %1 para esta cuenta; el inicio de sesión con %2 funcionó y Satchel usará ese método.</translation>
    </message>
    <message>
        <source>The server refused the login with %1, but it also offers %2: choose another login method in the server settings, or check the user name and password, then test again.</source>
        <translation>El servidor rechazó el inicio de sesión con %1, pero también ofrece %2: elija otro método de inicio de sesión en la configuración del servidor o revise el nombre de usuario y la contraseña, y vuelva a probar.</translation>
    </message>
    <message>
        <source>The server accepted neither %1 nor %2 as the user name with this password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation>El servidor no aceptó ni %1 ni %2 como nombre de usuario con esta contraseña: revise ambos (muchos proveedores exigen una contraseña de aplicación y que POP esté activado en su configuración web) y vuelva a probar.</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::LoginCheck</name>
    <message>
        <source>Logged in; counting the messages on the server...</source>
        <translation>Sesión iniciada; contando los mensajes del servidor...</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>The server refused the user name %1; trying %2...</source>
        <translation>El servidor rechazó el nombre de usuario %1; probando con %2...</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::ProviderPresets</name>
    <message>
        <source>POP access is switched off until you switch it on in %1's web settings; do that first.</source>
        <translation>El acceso POP está desactivado hasta que lo active en la configuración web de %1; hágalo primero.</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here: create an app password in your %1 account's security settings and enter that instead.</source>
        <translation>%1 no acepta aquí su contraseña habitual: cree una contraseña de aplicación en la configuración de seguridad de su cuenta de %1 e introdúzcala en su lugar.</translation>
    </message>
    <message>
        <source>If your %1 account uses two-step verification, enter an app password made for Satchel instead of your normal password.</source>
        <translation>Si su cuenta de %1 usa la verificación en dos pasos, introduzca una contraseña de aplicación creada para Satchel en lugar de su contraseña habitual.</translation>
    </message>
    <message>
        <source>%1 does not offer POP3 at all, only IMAP, so Satchel cannot download this mail. If you have another server for this address, enter it below.</source>
        <translation>%1 no ofrece POP3 en absoluto, solo IMAP, así que Satchel no puede descargar este correo. Si tiene otro servidor para esta dirección, introdúzcalo abajo.</translation>
    </message>
    <message>
        <source>Gmail gives each message to POP only once. If another device already downloaded your mail, put "recent:" before the user name (recent:you@gmail.com) to get the last 30 days again.</source>
        <translation>Gmail entrega cada mensaje a POP una sola vez. Si otro dispositivo ya descargó su correo, ponga «recent:» delante del nombre de usuario (recent:you@gmail.com) para volver a recibir los últimos 30 días.</translation>
    </message>
    <message>
        <source>Gmail decides itself what happens to a message after POP downloaded it (keep, archive or delete, in its web settings); Satchel's choice of how long to leave copies on the server has no effect there.</source>
        <translation>Gmail decide por sí mismo qué ocurre con un mensaje después de que POP lo haya descargado (conservarlo, archivarlo o eliminarlo, según su configuración web); lo que elija en Satchel sobre cuánto tiempo dejar copias en el servidor no tiene efecto allí.</translation>
    </message>
    <message>
        <source>Accounts kept in Zoho's other regions use their own server (pop.zoho.eu, pop.zoho.in, ...), and accounts with your own domain use poppro.zoho.com; change the server below if yours is one of them.</source>
        <translation>Las cuentas alojadas en otras regiones de Zoho usan su propio servidor (pop.zoho.eu, pop.zoho.in, ...), y las cuentas con un dominio propio usan poppro.zoho.com; cambie el servidor abajo si la suya es una de ellas.</translation>
    </message>
    <message>
        <source>Telekom wants its separate e-mail password here (set in the Telekom E-Mail Center), not the password you use to log in to your Telekom account.</source>
        <translation>Aquí Telekom exige su contraseña de correo electrónico independiente (la que se establece en el Telekom E-Mail Center), no la contraseña con la que inicia sesión en su cuenta de Telekom.</translation>
    </message>
    <message>
        <source>Create an app password for Satchel at %1: %2.</source>
        <translation>Cree una contraseña de aplicación para Satchel en %1: %2.</translation>
    </message>
    <message>
        <source>%1 The page is %2</source>
        <translation>%1 La página está en %2</translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs: sign in through its web page (OAuth) instead; logging in with a password will probably fail.</source>
        <translation>%1 ya no acepta contraseñas de programas de correo: inicie sesión a través de su página web (OAuth); es probable que el inicio de sesión con contraseña falle.</translation>
    </message>
</context>
<context>
    <name>satchel::mime</name>
    <message>
        <source>Satchel cannot read mail: its MIME module is missing or broken. Please reinstall Satchel.</source>
        <translation>Satchel no puede leer el correo: su módulo MIME falta o está dañado. Vuelva a instalar Satchel.</translation>
    </message>
</context>
<context>
    <name>satchel::model::FolderModel</name>
    <message>
        <source>All Inboxes</source>
        <translation>Todas las bandejas de entrada</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n no leído</numerusform>
            <numerusform>%1, %n no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::model::MessageListModel</name>
    <message>
        <source>No archive is open</source>
        <translation>No hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Tiene adjuntos</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded</source>
        <translation>Solo se ha descargado parte de este mensaje</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Only partly downloaded</source>
        <translation>Descargado solo en parte</translation>
    </message>
    <message>
        <source>%1 (%2, %3 unread)</source>
        <translation>%1 (%2, %3 sin leer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(%1, %2 unread)</source>
        <translation>(%1, %2 sin leer)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::BrowserSignIn</name>
    <message>
        <source>No OAuth client ID is configured for %1.</source>
        <translation>No hay ningún ID de cliente OAuth configurado para %1.</translation>
    </message>
    <message>
        <source>The sign-in addresses of %1 are missing.</source>
        <translation>Faltan las direcciones de inicio de sesión de %1.</translation>
    </message>
    <message>
        <source>Satchel could not listen on the loopback address for the sign-in's answer.</source>
        <translation>Satchel no pudo escuchar en la dirección de loopback para recibir la respuesta del inicio de sesión.</translation>
    </message>
    <message>
        <source>Satchel has received your sign-in. You can close this page and go back to Satchel.</source>
        <translation>Satchel ha recibido su inicio de sesión. Puede cerrar esta página y volver a Satchel.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1.</source>
        <translation>El inicio de sesión no se completó: %1.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>El inicio de sesión no se completó: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in server's answer held no access token.</source>
        <translation>La respuesta del servidor de inicio de sesión no contenía ningún token de acceso.</translation>
    </message>
    <message>
        <source>Satchel could not build the sign-in address for %1.</source>
        <translation>Satchel no pudo generar la dirección de inicio de sesión de %1.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::ProviderLookup</name>
    <message>
        <source>Satchel knows no OAuth sign-in called "%1" (it knows: %2).</source>
        <translation>Satchel no conoce ningún inicio de sesión OAuth llamado «%1» (conoce: %2).</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1 is configured in this build of Satchel. Register a desktop app with %1 (the README says how) and give its client ID to the account (--oauth-client-id).</source>
        <translation>Esta compilación de Satchel no tiene configurado ningún ID de cliente OAuth para %1. Registre una aplicación de escritorio en %1 (el README explica cómo) e indique su ID de cliente en la cuenta (--oauth-client-id).</translation>
    </message>
    <message>
        <source>Or log in with an app password instead of signing in: %1</source>
        <translation>O bien inicie sesión con una contraseña de aplicación en lugar de con el navegador: %1</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenBroker</name>
    <message>
        <source>No keychain answers, so the sign-in is kept only until Satchel quits; sign in again.</source>
        <translation>No responde ningún llavero, así que el inicio de sesión solo se conserva hasta que se cierre Satchel; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account has not been signed in yet.</source>
        <translation>Esta cuenta todavía no ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenEndpoint</name>
    <message>
        <source>The sign-in server refused: %1.</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud: %1.</translation>
    </message>
    <message>
        <source>The sign-in server refused: %1 (%2).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP status %1.</source>
        <translation>El servidor de inicio de sesión respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1.</source>
        <translation>No se pudo conectar con el servidor de inicio de sesión: %1.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenRefresh</name>
    <message>
        <source>The sign-in server's answer held no access token.</source>
        <translation>La respuesta del servidor de inicio de sesión no contenía ningún token de acceso.</translation>
    </message>
</context>
<context>
    <name>satchel::pop3::Session</name>
    <message>
        <source>The user name or password contains a line break or a NUL character, which cannot be sent to a POP3 server.</source>
        <translation>El nombre de usuario o la contraseña contiene un salto de línea o un carácter NUL, que no se puede enviar a un servidor POP3.</translation>
    </message>
    <message>
        <source>The server sent data before the connection was ready.</source>
        <translation>El servidor envió datos antes de que la conexión estuviera lista.</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>El servidor no respetó el protocolo POP3: %1</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2.</source>
        <translation>El servidor %1 rechazó la conexión en el puerto %2.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: %1</source>
        <translation>No se pudo verificar el certificado del servidor: %1</translation>
    </message>
    <message>
        <source>A secure connection could not be established: %1</source>
        <translation>No se pudo establecer una conexión segura: %1</translation>
    </message>
    <message>
        <source>The connection closed before the server confirmed QUIT; no message was deleted.</source>
        <translation>La conexión se cerró antes de que el servidor confirmara QUIT; no se eliminó ningún mensaje.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
    <message>
        <source>connecting to the server</source>
        <translation>la conexión con el servidor</translation>
    </message>
    <message>
        <source>the secure handshake</source>
        <translation>el establecimiento de la conexión segura</translation>
    </message>
    <message>
        <source>the server's answer</source>
        <translation>la respuesta del servidor</translation>
    </message>
    <message>
        <source>Gave up waiting for %1.</source>
        <translation>Se dejó de esperar %1.</translation>
    </message>
    <message>
        <source>The server refused to start TLS (STLS).</source>
        <translation>El servidor se negó a iniciar TLS (STLS).</translation>
    </message>
    <message>
        <source>The server sent unexpected data before starting TLS.</source>
        <translation>El servidor envió datos inesperados antes de iniciar TLS.</translation>
    </message>
    <message>
        <source>The server sent a response nobody asked for.</source>
        <translation>El servidor envió una respuesta que nadie había pedido.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>El servidor rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>The server does not offer STLS, and this account requires it. Nothing was sent; check the security setting (perhaps TLS on port 995).</source>
        <translation>El servidor no ofrece STLS y esta cuenta lo exige. No se envió nada; revise la configuración de seguridad (quizá TLS en el puerto 995).</translation>
    </message>
    <message>
        <source>Logging in with %1 would send the password unencrypted, which this account does not allow.</source>
        <translation>Iniciar sesión con %1 enviaría la contraseña sin cifrar, algo que esta cuenta no permite.</translation>
    </message>
    <message>
        <source>Logging in with USER/PASS would send the password unencrypted, which this account does not allow.</source>
        <translation>Iniciar sesión con USER/PASS enviaría la contraseña sin cifrar, algo que esta cuenta no permite.</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>El servidor no admite APOP (su saludo no incluye marca de tiempo).</translation>
    </message>
    <message>
        <source>The server offers only ways of logging in that would send the password unencrypted, which this account does not allow.</source>
        <translation>El servidor solo ofrece formas de iniciar sesión que enviarían la contraseña sin cifrar, algo que esta cuenta no permite.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that Satchel supports.</source>
        <translation>El servidor no ofrece ninguna forma de iniciar sesión que Satchel admita.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: %1</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña: %1</translation>
    </message>
    <message>
        <source>the server's challenge is not valid base64</source>
        <translation>el desafío del servidor no es base64 válido</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password; it may not be the server it claims to be.</source>
        <translation>El servidor aceptó el inicio de sesión sin demostrar que conoce la contraseña; puede que no sea el servidor que dice ser.</translation>
    </message>
    <message>
        <source>Logging in with %1 failed: %2</source>
        <translation>El inicio de sesión con %1 falló: %2</translation>
    </message>
    <message>
        <source>The server did not accept the login (%1): %2</source>
        <translation>El servidor no aceptó el inicio de sesión (%1): %2</translation>
    </message>
    <message>
        <source>The server could not apply the deletions: %1</source>
        <translation>El servidor no pudo aplicar las eliminaciones: %1</translation>
    </message>
    <message>
        <source>The server refused the command: %1</source>
        <translation>El servidor rechazó la orden: %1</translation>
    </message>
    <message>
        <source>The server's %1 answer is malformed.</source>
        <translation>La respuesta del servidor a %1 está mal formada.</translation>
    </message>
    <message>
        <source>Message %1 is larger than the limit of %2 MB and was skipped.</source>
        <translation>El mensaje %1 supera el límite de %2 MB y se ha omitido.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another session; Satchel will try again later.</source>
        <translation>El buzón está en uso por otra sesión; Satchel lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server asks to wait longer between checks; Satchel will try again later.</source>
        <translation>El servidor pide esperar más entre comprobaciones; Satchel lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; Satchel will try again later.</source>
        <translation>El servidor tiene un problema temporal; Satchel lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server reports a permanent problem with this mailbox: %1</source>
        <translation>El servidor informa de un problema permanente con este buzón: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server did not accept the login.</source>
        <translation>El servidor no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 (Satchel tried %2.)</source>
        <translation>%1 (Satchel probó %2.)</translation>
    </message>
    <message>
        <source>The server also offers %1, which Satchel did not try: another login method may work.</source>
        <translation>El servidor también ofrece %1, que Satchel no probó: puede que funcione otro método de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server also offers %1, which would send the password unencrypted; Satchel does not fall back to that on its own.</source>
        <translation>El servidor también ofrece %1, que enviaría la contraseña sin cifrar; Satchel no recurre a ello por su cuenta.</translation>
    </message>
</context>
<context>
    <name>satchel::smtp::SmtpSession</name>
    <message>
        <source>The message has no recipients, or an address or the credentials contain a line break, which cannot be sent to an SMTP server.</source>
        <translation>El mensaje no tiene destinatarios, o una dirección o las credenciales contienen un salto de línea, que no se puede enviar a un servidor SMTP.</translation>
    </message>
    <message>
        <source>Sending mail without encryption is not allowed.</source>
        <translation>No se permite enviar correo sin cifrado.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Se canceló el envío.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>El servidor envió algo que no es una respuesta SMTP.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>El servidor %1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: %1</source>
        <translation>No se pudo verificar el certificado del servidor: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Falló la conexión segura con el servidor: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>Se perdió la conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation>El servidor se negó a iniciar el cifrado (STARTTLS).</translation>
    </message>
    <message>
        <source>The server sent data before the secure connection began.</source>
        <translation>El servidor envió datos antes de que comenzara la conexión segura.</translation>
    </message>
    <message>
        <source>The server refused EHLO; it cannot be used to send mail.</source>
        <translation>El servidor rechazó EHLO; no se puede usar para enviar correo.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS); the message was not sent over an unencrypted connection.</source>
        <translation>El servidor no ofrece cifrado (STARTTLS); el mensaje no se envió por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers only ways of logging in that would send the password unencrypted.</source>
        <translation>El servidor solo ofrece modos de inicio de sesión que enviarían la contraseña sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that Satchel speaks.</source>
        <translation>El servidor no ofrece ningún modo de inicio de sesión que Satchel admita.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password.</source>
        <translation>El servidor aceptó el inicio de sesión sin demostrar que conoce la contraseña.</translation>
    </message>
    <message>
        <source>The server refused the login with %1.</source>
        <translation>El servidor rechazó el inicio de sesión con %1.</translation>
    </message>
    <message>
        <source>The server cannot take addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>El servidor no admite direcciones con caracteres no ASCII (sin SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message contains 8-bit data, which the server cannot take (no 8BITMIME).</source>
        <translation>El mensaje contiene datos de 8 bits, que el servidor no admite (sin 8BITMIME).</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server accepts (%2 bytes).</source>
        <translation>El mensaje (%1 bytes) es mayor de lo que admite el servidor (%2 bytes).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The server refused the sender address.</source>
        <translation>El servidor rechazó la dirección del remitente.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1; the message was sent to nobody.</source>
        <translation>El servidor rechazó el destinatario %1; el mensaje no se envió a nadie.</translation>
    </message>
    <message>
        <source>The server cannot take the recipient %1 now; the message was sent to nobody.</source>
        <translation>El servidor no puede aceptar ahora el destinatario %1; el mensaje no se envió a nadie.</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>El servidor se negó a aceptar el mensaje.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>El servidor rechazó el mensaje.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>El mensaje se ha enviado.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>The link was lost after the whole message had gone out, so the server may have accepted it: check before sending it again.</source>
        <translation>Se perdió la conexión después de que saliera el mensaje completo, así que puede que el servidor lo haya aceptado: compruébelo antes de volver a enviarlo.</translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation>No hay con qué recibir: falta la sesión o el archivo.</translation>
    </message>
    <message>
        <source>The connection was closed before the fetch ended.</source>
        <translation>La conexión se cerró antes de terminar la recepción.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server's list of message ids (UIDL) is malformed; nothing was downloaded or deleted.</source>
        <translation>La lista de identificadores de mensaje (UIDL) del servidor está mal formada; no se descargó ni se eliminó nada.</translation>
    </message>
    <message>
        <source>The server lists the message id %1 more than once; Satchel downloads it once and leaves it on the server.</source>
        <translation>El servidor muestra el identificador de mensaje %1 más de una vez; Satchel lo descarga una vez y lo deja en el servidor.</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>No se pudo guardar el mensaje %1: %2</translation>
    </message>
    <message>
        <source>The server did not list its messages: %1</source>
        <translation>El servidor no enumeró sus mensajes: %1</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded: %2</source>
        <translation>No se pudo descargar el mensaje %1: %2</translation>
    </message>
    <message>
        <source>The server did not delete message %1: %2</source>
        <translation>El servidor no eliminó el mensaje %1: %2</translation>
    </message>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot remember them as already downloaded. Nothing was marked.</source>
        <translation>Este servidor no distingue sus mensajes entre sí (no tiene la orden UIDL), así que Satchel no puede recordar cuáles se han descargado ya. No se marcó nada.</translation>
    </message>
    <message numerus="yes">
        <source>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n message(s) that would be downloaded headers only were left on the server.</source>
        <translation>
            <numerusform>Este servidor no tiene UIDL, así que Satchel no puede recuperar más tarde el resto de un mensaje: %n mensaje que se habría descargado solo con las cabeceras se ha dejado en el servidor.</numerusform>
            <numerusform>Este servidor no tiene UIDL, así que Satchel no puede recuperar más tarde el resto de un mensaje: %n mensajes que se habrían descargado solo con las cabeceras se han dejado en el servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchRestJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation>No hay con qué recibir: falta la sesión o el archivo.</translation>
    </message>
    <message>
        <source>This message is complete already; there is nothing more to download.</source>
        <translation>Este mensaje ya está completo; no hay nada más que descargar.</translation>
    </message>
    <message>
        <source>Satchel does not know which message on the server this one is (it has no UIDL), so the rest of it cannot be downloaded.</source>
        <translation>Satchel no sabe a qué mensaje del servidor corresponde este (el servidor no tiene UIDL), así que no se puede descargar el resto.</translation>
    </message>
    <message>
        <source>The connection was closed before the download ended.</source>
        <translation>La conexión se cerró antes de terminar la descarga.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The rest of this message cannot be downloaded: it is no longer on the server. Only its header is kept here.</source>
        <translation>No se puede descargar el resto de este mensaje: ya no está en el servidor. Aquí solo se conserva su cabecera.</translation>
    </message>
    <message>
        <source>The server lists this message's id more than once, so Satchel cannot tell which one to download.</source>
        <translation>El servidor muestra el identificador de este mensaje más de una vez, así que Satchel no puede saber cuál descargar.</translation>
    </message>
    <message>
        <source>The server did not list its message ids: %1</source>
        <translation>El servidor no enumeró los identificadores de sus mensajes: %1</translation>
    </message>
    <message>
        <source>The rest of this message could not be downloaded: %1</source>
        <translation>No se pudo descargar el resto de este mensaje: %1</translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>satchel::sync::MailService</name>
    <message>
        <source>There is no such account.</source>
        <translation>Esa cuenta no existe.</translation>
    </message>
    <message>
        <source>Satchel needs the password to get mail.</source>
        <translation>Satchel necesita la contraseña para recibir correo.</translation>
    </message>
    <message>
        <source>headers only (metered connection)</source>
        <translation>solo encabezados (conexión medida)</translation>
    </message>
    <message>
        <source>Satchel is already downloading the rest of a message.</source>
        <translation>Satchel ya está descargando el resto de un mensaje.</translation>
    </message>
    <message>
        <source>The account this message came from no longer gets mail, so the rest of the message cannot be downloaded.</source>
        <translation>La cuenta de la que vino este mensaje ya no recibe correo, así que no se puede descargar el resto del mensaje.</translation>
    </message>
    <message>
        <source>Satchel needs the password to download the rest of the message.</source>
        <translation>Satchel necesita la contraseña para descargar el resto del mensaje.</translation>
    </message>
    <message>
        <source>This account does not sign in with a browser.</source>
        <translation>Esta cuenta no inicia sesión con un navegador.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in with your browser.</source>
        <translation>Para %1, debe iniciar sesión con su navegador.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountEditDialog</name>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identidad</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Trust only certificates that verify normally again.</source>
        <translation>Volver a confiar solo en certificados que se verifican normalmente.</translation>
    </message>
    <message>
        <source>Accepted certificate:</source>
        <translation>Certificado aceptado:</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo pida</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>Buscar correo nuevo &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descarga</translation>
    </message>
    <message>
        <source>None: only certificates that verify</source>
        <translation>Ninguno: solo certificados que se verifican</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountWizard</name>
    <message>
        <source>Your mail account</source>
        <translation>Su cuenta de correo</translation>
    </message>
    <message>
        <source>Satchel will find the server settings for most addresses.</source>
        <translation>Satchel encontrará la configuración del servidor para la mayoría de las direcciones.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>As others should see it</source>
        <translation>Tal como quiere que lo vean los demás</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in this computer's keychain, never in a file.</source>
        <translation>La contraseña se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Servidor de correo entrante</translation>
    </message>
    <message>
        <source>Check what was found; change anything your provider tells you otherwise.</source>
        <translation>Revise lo que se ha encontrado y cambie cualquier dato que su proveedor indique de otra forma.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se ha encontrado</translation>
    </message>
    <message>
        <source>Looking for the server</source>
        <translation>Buscando el servidor</translation>
    </message>
    <message>
        <source>Notes about this provider</source>
        <translation>Notas sobre este proveedor</translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation>Servidores probados</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Look for the server again</source>
        <translation>Buscar el servidor de nuevo</translation>
    </message>
    <message>
        <source>Satchel knows %1: the settings below are its own.</source>
        <translation>Satchel conoce %1: la configuración de abajo es la de este proveedor.</translation>
    </message>
    <message>
        <source>%1 cannot be used with Satchel.</source>
        <translation>%1 no se puede usar con Satchel.</translation>
    </message>
    <message>
        <source>Looking for the POP3 server of %1...</source>
        <translation>Buscando el servidor POP3 de %1...</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Inicio de sesión de prueba</translation>
    </message>
    <message>
        <source>Satchel logs in once to make sure everything works. Nothing is downloaded or deleted.</source>
        <translation>Satchel inicia sesión una vez para comprobar que todo funciona. No se descarga ni se elimina nada.</translation>
    </message>
    <message>
        <source>Test login status</source>
        <translation>Estado del inicio de sesión de prueba</translation>
    </message>
    <message>
        <source>Testing the login</source>
        <translation>Probando el inicio de sesión</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the &amp;certificate...</source>
        <translation>Mostrar el &amp;certificado...</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Probar de nuevo</translation>
    </message>
    <message>
        <source>The login works.</source>
        <translation>El inicio de sesión funciona.</translation>
    </message>
    <message>
        <source>The login did not work.</source>
        <translation>El inicio de sesión no funcionó.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation>Copias en el servidor</translation>
    </message>
    <message>
        <source>Every message is stored on this computer first; then it is removed from the server as you choose here.</source>
        <translation>Cada mensaje se guarda primero en este equipo; después se elimina del servidor según lo que elija aquí.</translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation>Minutos entre comprobaciones de correo nuevo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>&amp;Comprobar si hay correo nuevo cada:</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Añadir una cuenta de correo</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Añadir c&amp;uenta</translation>
    </message>
    <message>
        <source>%1 signs in through your web browser on a later page: you can leave the password empty.</source>
        <translation>%1 inicia sesión con su navegador web en una página posterior: puede dejar la contraseña vacía.</translation>
    </message>
    <message>
        <source>To log in with a password instead, use an app password. %1</source>
        <translation>Para iniciar sesión con una contraseña, use una contraseña de aplicación. %1</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here. %2</source>
        <translation>%1 no acepta aquí su contraseña habitual. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>The accounts Satchel gets mail from. Their passwords are kept in this computer's keychain, never in a file.</source>
        <translation>Las cuentas de las que Satchel recibe correo. Sus contraseñas se guardan en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation>Copias en el servidor</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Correo nuevo</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>cada minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>cuando se pida</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Rebuild From the Mail Stored Here</source>
        <translation>&amp;Reconstruir a partir del correo guardado aquí</translation>
    </message>
    <message>
        <source>&amp;Mark All on the Server as Downloaded…</source>
        <translation>&amp;Marcar todo lo del servidor como descargado…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you accepted it for this account. This can be a routine renewal, or someone between you and the server. Accept the new one only if you know why it changed.</source>
        <translation>El certificado de %1 ha cambiado desde que lo aceptó para esta cuenta. Puede tratarse de una renovación rutinaria o de alguien que se ha interpuesto entre usted y el servidor. Acepte el nuevo solo si sabe por qué ha cambiado.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Accept it only if you know that this server uses a certificate of its own (a home or company server, say); a public provider never needs this.</source>
        <translation>No se pudo verificar el certificado de %1. Acéptelo solo si sabe que este servidor usa un certificado propio (por ejemplo, un servidor doméstico o de empresa); un proveedor público nunca necesita esto.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>(the server sent no certificate)</source>
        <translation>(el servidor no envió ningún certificado)</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (él mismo: autofirmado)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>Huella aceptada anteriormente:</translation>
    </message>
    <message>
        <source>(no detail was given)</source>
        <translation>(no se indicó ningún detalle)</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Qué falló:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Cadena:</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent by the server</source>
        <translation>
            <numerusform>%n certificado enviado por el servidor</numerusform>
            <numerusform>%n certificados enviados por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept this certificate for this account</source>
        <translation>&amp;Aceptar este certificado para esta cuenta</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation>&amp;No conectar</translation>
    </message>
</context>
<context>
    <name>satchel::ui::FetchProblemBar</name>
    <message>
        <source>Problems getting mail</source>
        <translation>Problemas al recibir correo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Mail could not be fetched for %n account(s) (point here for why).</source>
        <translation>
            <numerusform>No se pudo recibir correo de %n cuenta (señale aquí para ver por qué).</numerusform>
            <numerusform>No se pudo recibir correo de %n cuentas (señale aquí para ver por qué).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation>Reintentar todo</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MailController</name>
    <message>
        <source>The account settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes de las cuentas: %1</translation>
    </message>
    <message>
        <source>Adding the account</source>
        <translation>Añadir la cuenta</translation>
    </message>
    <message>
        <source>The account could not be stored: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Satchel uses it until it quits and will ask for it again after that; it is never written to disk.</source>
        <translation>El llavero no guardó la contraseña (%1). Satchel la usa hasta que se cierre y después la volverá a pedir; nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>Changing the account</source>
        <translation>Cambiar la cuenta</translation>
    </message>
    <message>
        <source>The settings could not be stored: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>¿Quitar la cuenta %1?</translation>
    </message>
    <message>
        <source>Satchel stops getting mail from it and forgets its password. The mail already here can stay in the archive, or go with the account. Nothing on the server is deleted.</source>
        <translation>Satchel deja de recibir correo de ella y olvida su contraseña. El correo que ya está aquí puede quedarse en el archivo o irse con la cuenta. No se borra nada del servidor.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Its Mail</source>
        <translation>Quitar, &amp;conservar su correo</translation>
    </message>
    <message>
        <source>Remove With Its &amp;Mail</source>
        <translation>Quitar con su &amp;correo</translation>
    </message>
    <message>
        <source>Removing the account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>No se pudo quitar la cuenta: %1</translation>
    </message>
    <message>
        <source>The password of %1 could not be removed from the keychain: %2</source>
        <translation>No se pudo quitar del llavero la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so Satchel cannot keep passwords. It uses them until it quits and asks for them once in each session; they are never written to disk.</source>
        <translation>Ningún llavero responde en este equipo, así que Satchel no puede guardar contraseñas. Las usa hasta que se cierra y las pide una vez por sesión; nunca se escriben en el disco.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be stored: %1</source>
        <translation>
            <numerusform>No se pudo guardar %n mensaje: %1</numerusform>
            <numerusform>No se pudieron guardar %n mensajes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>The server's certificate was not accepted, so Satchel did not connect.</source>
        <translation>No se aceptó el certificado del servidor, así que Satchel no se conectó.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Editar la cuenta…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>There is no server named %1: check the server name in the account's settings.</source>
        <translation>No existe ningún servidor llamado %1: compruebe el nombre del servidor en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>the server could not be reached; Satchel tries again later.</source>
        <translation>no se pudo contactar con el servidor; Satchel lo intentará más tarde.</translation>
    </message>
    <message>
        <source>the mailbox is in use by another program; Satchel tries again later.</source>
        <translation>otro programa está usando el buzón; Satchel lo intentará más tarde.</translation>
    </message>
    <message>
        <source>the server wants a pause between logins; Satchel tries again later.</source>
        <translation>el servidor exige una pausa entre inicios de sesión; Satchel lo intentará más tarde.</translation>
    </message>
    <message>
        <source>the server is busy for now; Satchel tries again later.</source>
        <translation>el servidor está ocupado por ahora; Satchel lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>El servidor no aceptó el usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try TLS on port 995 or STARTTLS on port 110 in the account's settings.</source>
        <translation>El servidor no ofrece cifrado en este puerto: pruebe TLS en el puerto 995 o STARTTLS en el 110 en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps the password safe on this connection: choose another security setting or login method.</source>
        <translation>El servidor no ofrece ningún acceso que proteja la contraseña en esta conexión: elija otro ajuste de seguridad u otro método de acceso.</translation>
    </message>
    <message>
        <source>The server refused access to the mailbox: %1</source>
        <translation>El servidor denegó el acceso al buzón: %1</translation>
    </message>
    <message>
        <source>the server asked Satchel to come back later; it tries again by itself.</source>
        <translation>el servidor pidió a Satchel que vuelva más tarde; lo intentará por sí solo.</translation>
    </message>
    <message>
        <source>Getting mail went wrong.</source>
        <translation>Algo falló al recibir el correo.</translation>
    </message>
    <message>
        <source>Getting mail went wrong: %1</source>
        <translation>Algo falló al recibir el correo: %1</translation>
    </message>
    <message>
        <source>Download the Rest</source>
        <translation>Descargar el resto</translation>
    </message>
    <message>
        <source>Downloaded the rest of the message.</source>
        <translation>Se descargó el resto del mensaje.</translation>
    </message>
    <message>
        <source>The rest of the message could not be downloaded now: %1</source>
        <translation>No se pudo descargar ahora el resto del mensaje: %1</translation>
    </message>
    <message>
        <source>This message is no longer on the server, so its rest cannot be downloaded. What Satchel has of it (the headers, or its beginning) stays here.</source>
        <translation>Este mensaje ya no está en el servidor, así que no se puede descargar su resto. Lo que Satchel tiene de él (los encabezados o su comienzo) se queda aquí.</translation>
    </message>
    <message>
        <source>No new messages</source>
        <translation>No hay mensajes nuevos</translation>
    </message>
    <message>
        <source>Download History</source>
        <translation>Historial de descargas</translation>
    </message>
    <message>
        <source>The download history of %1 could not be rebuilt: %2</source>
        <translation>No se pudo reconstruir el historial de descargas de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored here were added to the download history of %1; Satchel will not download them again.</source>
        <translation>
            <numerusform>%n mensaje guardado aquí se añadió al historial de descargas de %1; Satchel no lo volverá a descargar.</numerusform>
            <numerusform>%n mensajes guardados aquí se añadieron al historial de descargas de %1; Satchel no los volverá a descargar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All as Downloaded</source>
        <translation>Marcar todo como descargado</translation>
    </message>
    <message>
        <source>Take every message on the server of %1 as downloaded?</source>
        <translation>¿Dar por descargados todos los mensajes del servidor de %1?</translation>
    </message>
    <message>
        <source>Satchel connects once and remembers every message the server has now, without downloading any of them. It will only get mail that arrives after this, and it never deletes those messages from the server: it has no copy of them.</source>
        <translation>Satchel se conecta una vez y recuerda cada mensaje que hay ahora en el servidor, sin descargar ninguno. Solo recibirá el correo que llegue después, y nunca borra esos mensajes del servidor: no tiene copia de ellos.</translation>
    </message>
    <message>
        <source>&amp;Mark All</source>
        <translation>&amp;Marcar todo</translation>
    </message>
    <message>
        <source>Satchel is getting mail for %1 right now. Try again when it is done.</source>
        <translation>Satchel está recibiendo el correo de %1 ahora mismo. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the server of %1 now count as downloaded.</source>
        <translation>
            <numerusform>%n mensaje del servidor de %1 cuenta ahora como descargado.</numerusform>
            <numerusform>%n mensajes del servidor de %1 cuentan ahora como descargados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the server of %1 was marked as downloaded: %2</source>
        <translation>No se marcó nada como descargado en el servidor de %1: %2</translation>
    </message>
    <message>
        <source>The keychain did not store the sign-in of %1, so it lasts only until Satchel quits; after that Satchel asks you to sign in again. It is never written to disk.</source>
        <translation>El llavero no guardó el inicio de sesión de %1, así que solo dura hasta que se cierre Satchel; después, Satchel le pedirá que vuelva a iniciar sesión. Nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>To get mail for %1 (%2), sign in to %3 with your web browser.</source>
        <translation>Para recibir correo de %1 (%2), inicie sesión en %3 con su navegador web.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Satchel's sign-in for %2 (%3). Sign in again with your web browser.</source>
        <translation>%1 ya no acepta el inicio de sesión de Satchel para %2 (%3). Vuelva a iniciar sesión con su navegador web.</translation>
    </message>
    <message>
        <source>Sign in to %1 for %2 (%3) with your web browser.</source>
        <translation>Inicie sesión en %1 para %2 (%3) con su navegador web.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Satchel opens the sign-in page in your browser and waits for it to finish; you can close the browser tab afterwards.</source>
        <translation>Satchel abre la página de inicio de sesión en su navegador y espera a que termine; después puede cerrar la pestaña del navegador.</translation>
    </message>
    <message>
        <source>Open Browser</source>
        <translation>Abrir el navegador</translation>
    </message>
    <message>
        <source>Satchel needs you to sign in with your browser.</source>
        <translation>Satchel necesita que inicie sesión con su navegador.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in although it is new; check that the provider allows POP for this mailbox.</source>
        <translation>El servidor no aceptó el inicio de sesión aunque es reciente; compruebe que el proveedor permita POP para este buzón.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MainWindow</name>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;Acerca de Satchel</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No account yet. Add one to start reading offline.</source>
        <translation>Todavía no hay ninguna cuenta. Añada una para empezar a leer sin conexión.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Acerca de Satchel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline mail reader that never loses a message.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un lector de correo sin conexión que nunca pierde un mensaje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>leer el archivo</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Recibir correo</translation>
    </message>
    <message>
        <source>Get &amp;All Mail</source>
        <translation>Recibir &amp;todo el correo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation>Eliminar &amp;permanentemente…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation>&amp;Destacar / Quitar destacado</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>Mensaje &amp;siguiente</translation>
    </message>
    <message>
        <source>Next &amp;Unread Message</source>
        <translation>Siguiente mensaje &amp;no leído</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>Mensaje &amp;anterior</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>&amp;Código fuente del mensaje</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nueva carpeta…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renombrar carpeta…</translation>
    </message>
    <message>
        <source>De&amp;lete Folder…</source>
        <translation>&amp;Eliminar carpeta…</translation>
    </message>
    <message>
        <source>Selected Messages as &amp;mbox…</source>
        <translation>Mensajes seleccionados como &amp;mbox…</translation>
    </message>
    <message>
        <source>Selected Messages as .&amp;eml Files…</source>
        <translation>Mensajes seleccionados como archivos .&amp;eml…</translation>
    </message>
    <message>
        <source>Folder as m&amp;box…</source>
        <translation>Carpeta como m&amp;box…</translation>
    </message>
    <message>
        <source>Folder as .em&amp;l Files…</source>
        <translation>Carpeta como archivos .em&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>Mo&amp;ver a</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation>Buscar en todo el correo</translation>
    </message>
    <message>
        <source>Search all mail… (Ctrl+K)</source>
        <translation>Buscar en todo el correo… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words, "phrases", from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</source>
        <translation>Palabras, "frases", from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Progreso de la recepción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel fetching mail</source>
        <translation>Cancelar la recepción del correo</translation>
    </message>
    <message numerus="yes">
        <source>Satchel (%n unread)</source>
        <translation>
            <numerusform>Satchel (%n no leído)</numerusform>
            <numerusform>Satchel (%n no leídos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satchel: %n unread</source>
        <translation>
            <numerusform>Satchel: %n no leído</numerusform>
            <numerusform>Satchel: %n no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>No hay ningún mensaje seleccionado.</translation>
    </message>
    <message>
        <source>Marking as read</source>
        <translation>marcar como leído</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message numerus="yes">
        <source>Search results: the newest %n messages that match</source>
        <translation>
            <numerusform>Resultados de la búsqueda: %n mensaje, el más reciente que coincide</numerusform>
            <numerusform>Resultados de la búsqueda: los %n mensajes más recientes que coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search results: %n message(s)</source>
        <translation>
            <numerusform>Resultados de la búsqueda: %n mensaje</numerusform>
            <numerusform>Resultados de la búsqueda: %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking messages</source>
        <translation>marcar los mensajes</translation>
    </message>
    <message>
        <source>Flagging messages</source>
        <translation>destacar los mensajes</translation>
    </message>
    <message>
        <source>Deleting messages</source>
        <translation>eliminar los mensajes</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Eliminar permanentemente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? They cannot be recovered. With the setting “leave on the server until deleted here”, the server's copy is deleted at the next fetch.</source>
        <translation>
            <numerusform>¿Eliminar permanentemente %n mensaje? No se podrá recuperar. Con la opción «Dejar en el servidor hasta que lo elimine aquí», la copia del servidor se eliminará en la próxima recepción.</numerusform>
            <numerusform>¿Eliminar permanentemente %n mensajes? No se podrán recuperar. Con la opción «Dejar en el servidor hasta que lo elimine aquí», las copias del servidor se eliminarán en la próxima recepción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation>vaciar la papelera</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete the %n message(s) in the Trash? With the setting “leave on the server until deleted here”, their copies on the server will be deleted the next time mail is fetched.</source>
        <translation>
            <numerusform>¿Eliminar permanentemente %n mensaje de la papelera? Con la opción «Dejar en el servidor hasta que lo elimine aquí», su copia en el servidor se eliminará la próxima vez que se reciba correo.</numerusform>
            <numerusform>¿Eliminar permanentemente los %n mensajes de la papelera? Con la opción «Dejar en el servidor hasta que lo elimine aquí», sus copias en el servidor se eliminarán la próxima vez que se reciba correo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving messages</source>
        <translation>mover los mensajes</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>crear la carpeta</translation>
    </message>
    <message>
        <source>Renaming the folder</source>
        <translation>cambiar el nombre de la carpeta</translation>
    </message>
    <message>
        <source>Deleting the folder</source>
        <translation>eliminar la carpeta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renombrar carpeta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Eliminar carpeta</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and its subfolders? Their messages are moved to the Trash.</source>
        <translation>¿Eliminar la carpeta «%1» y sus subcarpetas? Sus mensajes se moverán a la papelera.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n mensaje a %1</numerusform>
            <numerusform>Se exportaron %n mensajes a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as mbox</source>
        <translation>Exportar como mbox</translation>
    </message>
    <message>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Archivos de buzón (*.mbox);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export as .eml Files</source>
        <translation>Exportar como archivos .eml</translation>
    </message>
    <message>
        <source>Getting mail for %1…</source>
        <translation>Recibiendo correo de %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>The mail servers can be reached.</source>
        <translation>Se puede acceder a los servidores de correo.</translation>
    </message>
    <message>
        <source>Working offline: everything here is stored on this computer.</source>
        <translation>Trabajando sin conexión: todo lo que ve aquí está guardado en este equipo.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error al %1: %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Satchel will use the new language from its next start.</source>
        <translation>Satchel usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>New &amp;Account…</source>
        <translation>Nueva &amp;cuenta…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>Get Mail &amp;For</source>
        <translation>Recibir correo &amp;de</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Hilos</translation>
    </message>
    <message>
        <source>Show each conversation as one row that opens to its messages</source>
        <translation>Mostrar cada conversación como una fila que se abre a sus mensajes</translation>
    </message>
    <message>
        <source>&amp;Expand All Threads</source>
        <translation>&amp;Expandir todos los hilos</translation>
    </message>
    <message>
        <source>&amp;Collapse All Threads</source>
        <translation>&amp;Contraer todos los hilos</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n mensaje nuevo para %1</numerusform>
            <numerusform>%n mensajes nuevos para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1: %2</translation>
    </message>
    <message>
        <source>Newest from %1: %2</source>
        <translation>El más reciente de %1: %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MessageView</name>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Remote content blocked to protect your privacy.</source>
        <translation>Se ha bloqueado el contenido remoto para proteger su privacidad.</translation>
    </message>
    <message>
        <source>Load for this message</source>
        <translation>Cargar en este mensaje</translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded. The rest is still on the server.</source>
        <translation>Solo se ha descargado parte de este mensaje. El resto sigue en el servidor.</translation>
    </message>
    <message>
        <source>Download the rest</source>
        <translation>Descargar el resto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>Guardar &amp;todo…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show all header details</source>
        <translation>Mostrar todos los detalles de las cabeceras</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>No hay ningún mensaje seleccionado.</translation>
    </message>
    <message>
        <source>This message cannot be shown: %1</source>
        <translation>No se puede mostrar este mensaje: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <source>The attachment could not be written to %1.</source>
        <translation>No se pudo escribir el adjunto en %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation>No se pudo guardar el adjunto en %1.</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Guardar todos los adjuntos</translation>
    </message>
    <message>
        <source>%1 of %2 attachments could not be saved to %3.</source>
        <translation>No se pudieron guardar %1 de %2 adjuntos en %3.</translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation>Código fuente de «%1»</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Código fuente del mensaje</translation>
    </message>
    <message>
        <source>Message: %1 (%2)</source>
        <translation>Mensaje: %1 (%2)</translation>
    </message>
    <message>
        <source>An attached message: Open shows it in a window</source>
        <translation>Un mensaje adjunto: Abrir lo muestra en una ventana</translation>
    </message>
    <message>
        <source>%1 (attached message)</source>
        <translation>%1 (mensaje adjunto)</translation>
    </message>
    <message>
        <source>%1 (%2 where it was sent)</source>
        <translation>%1 (%2 en el lugar de envío)</translation>
    </message>
    <message>
        <source>This message is very long: only its beginning is shown.</source>
        <translation>Este mensaje es muy largo: solo se muestra su comienzo.</translation>
    </message>
    <message>
        <source>Show the Whole Message</source>
        <translation>Mostrar el mensaje completo</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Cargando el mensaje…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Satchel has no password for %1 yet. Enter it to get mail.</source>
        <translation>Satchel aún no tiene contraseña para %1. Introdúzcala para recibir correo.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel the password for %1 (it may be locked, or access was denied). Enter the password to get mail this time.</source>
        <translation>El llavero no dio a Satchel la contraseña de %1 (puede estar bloqueado, o se denegó el acceso). Introduzca la contraseña para recibir correo esta vez.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so Satchel cannot keep passwords: it asks for them once a session and never writes them to disk. Enter the password for %1.</source>
        <translation>Ningún llavero responde en este equipo, así que Satchel no puede guardar contraseñas: las pide una vez por sesión y nunca las escribe en el disco. Introduzca la contraseña de %1.</translation>
    </message>
    <message>
        <source>Enter the password for %1 (there is no keychain to keep it in).</source>
        <translation>Introduzca la contraseña de %1 (no hay llavero donde guardarla).</translation>
    </message>
    <message>
        <source>The server did not accept the password for %1. Enter it again (check the user name too; many providers want an app password for POP).</source>
        <translation>El servidor no aceptó la contraseña de %1. Introdúzcala de nuevo (compruebe también el usuario; muchos proveedores exigen una contraseña de aplicación para POP).</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Save it in the keychain</source>
        <translation>&amp;Guardarla en el llavero</translation>
    </message>
    <message>
        <source>&amp;Remember it until Satchel quits</source>
        <translation>&amp;Recordarla hasta que se cierre Satchel</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Recibir correo</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RetentionForm</name>
    <message>
        <source>&amp;Delete from the server once stored here</source>
        <translation>&amp;Borrar del servidor una vez guardado aquí</translation>
    </message>
    <message>
        <source>Leave on the server for</source>
        <translation>Dejar en el servidor durante</translation>
    </message>
    <message>
        <source>Days to leave messages on the server</source>
        <translation>Días que se dejan los mensajes en el servidor</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Leave on the server &amp;until I delete it here</source>
        <translation>Dejar en el servidor &amp;hasta que lo borre aquí</translation>
    </message>
    <message>
        <source>Leave on the server &amp;forever</source>
        <translation>Dejar en el servidor &amp;para siempre</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conservar como máximo</translation>
    </message>
    <message>
        <source>Most messages kept on the server</source>
        <translation>Número máximo de mensajes conservados en el servidor</translation>
    </message>
    <message>
        <source> messages on the server</source>
        <translation> mensajes en el servidor</translation>
    </message>
    <message>
        <source>Most megabytes kept on the server</source>
        <translation>Número máximo de megabytes conservados en el servidor</translation>
    </message>
    <message>
        <source> MB on the server</source>
        <translation> MB en el servidor</translation>
    </message>
    <message>
        <source>Download only the &amp;headers (the rest of a message when you ask for it)</source>
        <translation>Descargar solo los &amp;encabezados (el resto de un mensaje cuando lo pida)</translation>
    </message>
    <message>
        <source>Only the headers on a &amp;metered connection (mobile data, a hotspot)</source>
        <translation>Solo los encabezados en una conexión &amp;medida (datos móviles, punto de acceso)</translation>
    </message>
    <message>
        <source>This computer does not say whether its connection is metered, so for now this never applies.</source>
        <translation>Este equipo no indica si su conexión es medida, así que por ahora esto nunca se aplica.</translation>
    </message>
    <message>
        <source>Only the headers of messages larger than</source>
        <translation>Solo los encabezados de mensajes mayores de</translation>
    </message>
    <message>
        <source>Size limit in kilobytes</source>
        <translation>Límite de tamaño en kilobytes</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ServerForm</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recomendado)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>No encryption (password readable on the network)</source>
        <translation>Sin cifrado (contraseña legible en la red)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation>Automático (el más seguro ofrecido)</translation>
    </message>
    <message>
        <source>User name and password (USER/PASS)</source>
        <translation>Usuario y contraseña (USER/PASS)</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>Método de &amp;acceso:</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password and your mail. Choose this only for a server on your own network.</source>
        <translation>Sin cifrado, cualquiera que esté en la red entre usted y el servidor puede leer su contraseña y su correo. Elija esta opción solo para un servidor de su propia red.</translation>
    </message>
    <message>
        <source>Enter the server's name.</source>
        <translation>Introduzca el nombre del servidor.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Sign in with your browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Esperando al navegador</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copiar la dirección</translation>
    </message>
    <message>
        <source>For a browser on this computer that did not open by itself.</source>
        <translation>Para un navegador de este ordenador que no se abrió por sí solo.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>Log in with a &amp;password instead</source>
        <translation>Iniciar sesión con una &amp;contraseña</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>Ajustes a&amp;vanzados</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>The one built into Satchel, if any</source>
        <translation>El integrado en Satchel, si lo hay</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>&amp;ID de cliente OAuth:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secreto de cliente OAuth</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>%1 accepts only a sign-in through a web page (OAuth), and Satchel does not know where that page is for this server.</source>
        <translation>%1 solo acepta un inicio de sesión a través de una página web (OAuth), y Satchel no sabe dónde está esa página para este servidor.</translation>
    </message>
    <message>
        <source>Satchel could not open your browser. Copy the address and open it in a browser on this computer; Satchel keeps waiting.</source>
        <translation>Satchel no pudo abrir su navegador. Copie la dirección y ábrala en un navegador de este ordenador; Satchel sigue esperando.</translation>
    </message>
    <message>
        <source>%1 wants you to sign in on its own web page; Satchel never sees your password.</source>
        <translation>%1 quiere que inicie sesión en su propia página web; Satchel nunca ve su contraseña.</translation>
    </message>
    <message>
        <source>Satchel opens %1's sign-in page in your web browser. Sign in there and allow Satchel to read your mail; then come back here. Satchel keeps the sign-in in this computer's keychain.</source>
        <translation>Satchel abre la página de inicio de sesión de %1 en su navegador web. Inicie sesión allí y permita que Satchel lea su correo; luego vuelva aquí. Satchel guarda el inicio de sesión en el llavero de este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>Iniciar sesión con el &amp;navegador</translation>
    </message>
    <message>
        <source>Instead of signing in, you can log in with an app password. %1</source>
        <translation>En lugar de iniciar sesión en el navegador, puede usar una contraseña de aplicación. %1</translation>
    </message>
    <message>
        <source>Ready: press the button to open your browser.</source>
        <translation>Listo: pulse el botón para abrir su navegador.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in to %1 in your browser...</source>
        <translation>Esperando a que termine de iniciar sesión en %1 en su navegador...</translation>
    </message>
    <message>
        <source>If no browser opened, copy the address and open it in a browser on this computer.</source>
        <translation>Si no se abrió ningún navegador, copie la dirección y ábrala en un navegador de este ordenador.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Press Next to choose what stays on the server.</source>
        <translation>Pulse «Siguiente» para elegir qué se queda en el servidor.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>El inicio de sesión no funcionó.</translation>
    </message>
    <message>
        <source>Satchel cannot sign in here.</source>
        <translation>Satchel no puede iniciar sesión aquí.</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1 is configured in this build of Satchel.</source>
        <translation>Esta compilación de Satchel no tiene configurado ningún ID de cliente OAuth para %1.</translation>
    </message>
    <message>
        <source>Enter a client ID of your own under Advanced settings (the README says how to register one), or log in with a password.</source>
        <translation>Introduzca un ID de cliente propio en «Ajustes avanzados» (el README explica cómo registrar uno) o inicie sesión con una contraseña.</translation>
    </message>
    <message>
        <source>Enter a client ID of your own under Advanced settings (the README says how to register one), or use an app password.</source>
        <translation>Introduzca un ID de cliente propio en «Ajustes avanzados» (el README explica cómo registrar uno) o use una contraseña de aplicación.</translation>
    </message>
</context>
</TS>