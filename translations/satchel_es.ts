<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>An offline mail reader that never loses a message.

Without a command, Satchel opens its window. Commands:
  import PATH... [--folder NAME]   .eml files, folders of them, Maildir, mbox
  search QUERY [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox FILE | --eml DIR) [--folder NAME | --query QUERY]
  check                            the archive&apos;s integrity

Search: words, &quot;phrases&quot;, from: to: subject: has:attachment is:unread is:read
is:flagged folder:NAME before:YYYY-MM-DD after:YYYY-MM-DD, AND OR NOT - ( ).</source>
        <translation>Un lector de correo sin conexión que nunca pierde un mensaje.

Sin un comando, Satchel abre su ventana. Comandos:
  import RUTA... [--folder NOMBRE] archivos .eml, carpetas de ellos, Maildir, mbox
  search CONSULTA [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox ARCHIVO | --eml DIR) [--folder NOMBRE | --query CONSULTA]
  check                            la integridad del archivo

Búsqueda: palabras, &quot;frases&quot;, from: to: subject: has:attachment is:unread is:read
is:flagged folder:NOMBRE before:AAAA-MM-DD after:AAAA-MM-DD, AND OR NOT - ( ).</translation>
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
        <source>import, search, show, export or check.</source>
        <translation>import, search, show, export o check.</translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export or check</source>
        <translation>se esperaba un comando: import, search, show, export o check</translation>
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
        <source>All Inboxes</source>
        <translation>Todas las bandejas de entrada</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
</context>
</TS>
