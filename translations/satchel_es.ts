<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountCommandsText</name>
    <message>
        <source>Try &apos;satchel --help&apos;.</source>
        <translation type="unfinished">Pruebe «satchel --help».</translation>
    </message>
    <message>
        <source>satchel: the password for %1 could not be stored in the keychain (%2); it is used for this run only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: &quot;%1&quot; cannot be an account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --host is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --user is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: --security is required (tls, starttls or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security expects tls, starttls or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port expects a port number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leave-on-server expects no, forever, days:N or until-deleted, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-max-messages expects a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-max-mb expects a number of megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size expects a size in KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trust-fingerprint expects a SHA-256 fingerprint (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account %1: %2@%3:%4 (%5), %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satchel: the password of %1 could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1 and its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1; its mail stays in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the user name and password (give it again with --password-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified; if you trust it, add the account again with --trust-fingerprint or --ca-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: the POP3 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: its port (default 995 with tls, 110 otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: tls (implicit, port 995), starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: USER, APOP or a SASL mechanism (default: the strongest offered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: no (delete after download), forever (default), days:N or until-deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: keep at most M messages on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: keep at most M MB on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: download only the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: download bigger messages partially.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: accept the server certificate with this SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add: trust the certificates in this PEM file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add, fetch: read the password from standard input (one line; for fetch one per account, or one for all) and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove: delete the account&apos;s mail too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: expected add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: expected one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: expected add, list or remove, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delete-mail does not apply to account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no accounts yet: add one with &apos;satchel account add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch --password-stdin: expected one password line, or one per account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: no password is stored for this account; give it with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2; give the password with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 partial, %4 deleted on the server, %5 left on the server, %6 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 new messages were stored before it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSettingsText</name>
    <message>
        <source>The settings of account %1 are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of account %1 were written by a newer Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication mechanism &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete after download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave until deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 MB</source>
        <translation type="unfinished"></translation>
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
    <name>CommandLineText</name>
    <message>
        <source>Try &apos;satchel --help&apos;.</source>
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
        <source>search, show: JSON output.</source>
        <translation>search, show: salida en JSON.</translation>
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
        <source>--limit expects a number of results, not &quot;%1&quot;</source>
        <translation>--limit espera un número de resultados, no «%1»</translation>
    </message>
    <message>
        <source>show: expected one message id</source>
        <translation>show: se esperaba un identificador de mensaje</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not a message id</source>
        <translation>show: «%1» no es un identificador de mensaje</translation>
    </message>
    <message>
        <source>show: choose one of --raw, --json and --text</source>
        <translation>show: elija solo una de --raw, --json y --text</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
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
        <source>check: unexpected argument &quot;%1&quot;</source>
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
        <source>An offline mail reader that never loses a message.

Without a command, Satchel opens its window. Commands:
  import PATH... [--folder NAME]   .eml files, folders of them, Maildir, mbox
  search QUERY [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox FILE | --eml DIR) [--folder NAME | --query QUERY]
  check                            the archive&apos;s integrity
  account add NAME --host H --security tls|starttls|none --user U [--port P]
      [--auth MECH] [--leave-on-server no|forever|days:N|until-deleted]
      [--keep-max-messages M] [--keep-max-mb M] [--headers-only] [--max-size KB]
      [--trust-fingerprint SHA256] [--ca-file PEM] [--password-stdin]
  account list
  account remove NAME [--delete-mail]
  fetch [NAME...] [--password-stdin]  exit 2 try later, 3 password, 4 certificate

Search: words, &quot;phrases&quot;, from: to: subject: has:attachment is:unread is:read
is:flagged folder:NAME before:YYYY-MM-DD after:YYYY-MM-DD, AND OR NOT - ( ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, search, show, export, check, account or fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export, check, account or fetch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessDemoText</name>
    <message>
        <source>--profile needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n messages fetched into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo failed: %1</source>
        <translation type="unfinished"></translation>
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
        <source>not an mbox file: it does not start with &quot;From &quot;</source>
        <translation>no es un archivo mbox: no empieza por «From »</translation>
    </message>
</context>
<context>
    <name>RetentionPolicyText</name>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot leave copies on it without downloading them all again each time. Choose &quot;delete from the server after download&quot; for this account.</source>
        <translation>Este servidor no distingue sus mensajes entre sí (no tiene la orden UIDL), así que Satchel no puede dejar copias en él sin volver a descargarlas todas cada vez. Elija «Eliminar del servidor tras la descarga» para esta cuenta.</translation>
    </message>
    <message>
        <source>The server says it deletes messages once they are downloaded (EXPIRE 0): it will not keep copies, whatever this account asks.</source>
        <translation>El servidor indica que elimina los mensajes una vez descargados (EXPIRE 0): no guardará copias, pida lo que pida esta cuenta.</translation>
    </message>
</context>
<context>
    <name>SearchQueryText</name>
    <message>
        <source>a quote that is never closed: expected a closing &quot;</source>
        <translation>unas comillas que nunca se cierran: se esperaba un &quot; de cierre</translation>
    </message>
    <message>
        <source>the query is empty: expected a word, a &quot;phrase&quot; or an operator such as from:</source>
        <translation>la consulta está vacía: se esperaba una palabra, una &quot;frase&quot; o un operador como from:</translation>
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
        <source>expected a search term after %1, not &quot;)&quot;</source>
        <translation>se esperaba un término de búsqueda después de %1, no &quot;)&quot;</translation>
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
        <source>empty parentheses: expected a search term between &quot;(&quot; and &quot;)&quot;</source>
        <translation>paréntesis vacíos: se esperaba un término de búsqueda entre &quot;(&quot; y &quot;)&quot;</translation>
    </message>
    <message>
        <source>expected &quot;)&quot; to close the &quot;(&quot; at position %1</source>
        <translation>se esperaba &quot;)&quot; para cerrar el &quot;(&quot; de la posición %1</translation>
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
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>&quot;%1&quot; no contiene letras ni dígitos que buscar</translation>
    </message>
    <message>
        <source>expected a value after %1:</source>
        <translation>se esperaba un valor después de %1:</translation>
    </message>
    <message>
        <source>has: expects &quot;attachment&quot;</source>
        <translation>has: espera &quot;attachment&quot;</translation>
    </message>
    <message>
        <source>is: expects read, unread, flagged, unflagged or answered</source>
        <translation>is: espera read, unread, flagged, unflagged o answered</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD after %1:, not &quot;%2&quot;</source>
        <translation>se esperaba una fecha como AAAA-MM-DD después de %1:, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown operator %1: (known: from, to, subject, has, is, before, after, folder; put the word in quotes to search for it as text)</source>
        <translation>operador desconocido %1: (conocidos: from, to, subject, has, is, before, after, folder; ponga la palabra entre comillas para buscarla como texto)</translation>
    </message>
    <message>
        <source>Search query, at character %1: %2</source>
        <translation>Consulta de búsqueda, en el carácter %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no password for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificateText</name>
    <message>
        <source>Could not make the demo server&apos;s certificate (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline mail reader that never loses a message.</source>
        <translation>Un lector de correo sin conexión que nunca pierde un mensaje.</translation>
    </message>
    <message>
        <source>The language of the interface: de, en, es, fr (default: the system&apos;s).</source>
        <translation>El idioma de la interfaz: de, en, es, fr (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>The profile folder (default: %1).</source>
        <translation type="unfinished">La carpeta del perfil (predeterminada: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished">DIR</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation type="unfinished">Satchel</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel cannot open its window: %1 (%2). Please reinstall Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Satchel on a demo mailbox (a throwaway profile and a local server; no network needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel — demo mailbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoServer</name>
    <message>
        <source>The demo needs TLS, and Qt found no TLS library on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoSession</name>
    <message>
        <source>Preparing the demo profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the demo mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new mail on the demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages fetched from the demo server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the demo mail was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not fetch its mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::Explanations</name>
    <message>
        <source>Satchel logged in and the server is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel could not reach the server: check the server name and port and that this computer is online, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try the other security setting (TLS on port 995, or STARTTLS on port 110), or ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: look at it, and accept it only if you know this server uses a certificate of its own (a home or company server); otherwise do not go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot tell its messages apart (it has no UIDL), so Satchel cannot leave copies on it: mail will be removed from the server once it is safely stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps your password safe on this connection: choose an encrypted connection or another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked Satchel to come back later (the mailbox may be open in another program): wait a few minutes, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server went wrong: check the settings and the details below, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel logged in. Messages on the server now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a POP3 server at %1, but its certificate could not be verified; the test login will show it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a POP3 server at %1 (%2). Check the settings below and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only POP3 server found for %1 offers no encryption: ask your provider for secure settings, or enter them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No POP3 server was found for %1: enter the server your provider gives in its help pages below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers, but offers no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a POP3 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server removes mail once it has been downloaded, whatever Satchel asks: leaving copies on the server will not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This server deletes downloaded mail on its own after %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This server refuses logins less than %1 seconds apart; Satchel will not check more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::LoginCheck</name>
    <message>
        <source>Logged in; counting the messages on the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::ProviderPresets</name>
    <message>
        <source>POP access is switched off until you switch it on in %1&apos;s web settings; do that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here: create an app password in your %1 account&apos;s security settings and enter that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your %1 account uses two-step verification, enter an app password made for Satchel instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs and expects a sign-in through its web page (OAuth), which this version of Satchel cannot do yet; logging in with a password will probably fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer POP3 at all, only IMAP, so Satchel cannot download this mail. If you have another server for this address, enter it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail gives each message to POP only once. If another device already downloaded your mail, put &quot;recent:&quot; before the user name (recent:you@gmail.com) to get the last 30 days again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail decides itself what happens to a message after POP downloaded it (keep, archive or delete, in its web settings); Satchel&apos;s choice of how long to leave copies on the server has no effect there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts kept in Zoho&apos;s other regions use their own server (pop.zoho.eu, pop.zoho.in, ...), and accounts with your own domain use poppro.zoho.com; change the server below if yours is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telekom wants its separate e-mail password here (set in the Telekom E-Mail Center), not the password you use to log in to your Telekom account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::mime</name>
    <message>
        <source>Satchel cannot read mail: its MIME module is missing or broken. Please reinstall Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::model::FolderModel</name>
    <message>
        <source>All Inboxes</source>
        <translation type="unfinished">Todas las bandejas de entrada</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::model::MessageListModel</name>
    <message>
        <source>No archive is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partly downloaded</source>
        <translation type="unfinished"></translation>
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
        <source>The server&apos;s certificate could not be verified: %1</source>
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
        <source>the server&apos;s answer</source>
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
        <source>the server&apos;s challenge is not valid base64</source>
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
        <source>The server&apos;s %1 answer is malformed.</source>
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
        <source>The server&apos;s list of message ids (UIDL) is malformed; nothing was downloaded or deleted.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n message(s) that would be downloaded headers only were left on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchRestJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation type="unfinished">No hay con qué recibir: falta la sesión o el archivo.</translation>
    </message>
    <message>
        <source>This message is complete already; there is nothing more to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel does not know which message on the server this one is (it has no UIDL), so the rest of it cannot be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the download ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelado.</translation>
    </message>
    <message>
        <source>The rest of this message cannot be downloaded: it is no longer on the server. Only its header is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists this message&apos;s id more than once, so Satchel cannot tell which one to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not list its message ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this message could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelado.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountWizard</name>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (USER/PASS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel will find the server settings for most addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As others should see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was found; change anything your provider tells you otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (password readable on the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password and your mail. Choose this only for a server on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel knows %1: the settings below are its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used with Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the POP3 server of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel logs in once to make sure everything works. Nothing is downloaded or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;certificate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message is stored on this computer first; then it is removed from the server as you choose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete from the server once stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave on the server for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to leave messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave on the server &amp;until I delete it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave on the server &amp;forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most messages kept on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most megabytes kept on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download only the &amp;headers; fetch a message&apos;s body when I open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the headers of messages larger than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit in kilobytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::ui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you accepted it for this account. This can be a routine renewal, or someone between you and the server. Accept the new one only if you know why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Accept it only if you know that this server uses a certificate of its own (a home or company server, say); a public provider never needs this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the server sent no certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no detail was given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept this certificate for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;All Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unread Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Messages as &amp;mbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Messages as .&amp;eml Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder as m&amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder as .em&amp;l Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all mail… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel fetching mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Satchel (%n unread)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satchel: %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search results: the newest %n messages that match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search results: %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Marking messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagging messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? They cannot be recovered. With the setting “leave on the server until deleted here”, the server&apos;s copy is deleted at the next fetch.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete the %n message(s) in the Trash? With the setting “leave on the server until deleted here”, their copies on the server will be deleted the next time mail is fetched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Moving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1” and its subfolders? Their messages are moved to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export as mbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .eml Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting mail for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail servers can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: everything here is stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::ui::MessageView</name>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Mensaje</translation>
    </message>
    <message>
        <source>Remote content blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load for this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded. The rest is still on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all header details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
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
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attachments could not be saved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
