<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Archive</name>
    <message>
        <source>The archive is busy; committed mail could not be flushed to disk yet.</source>
        <translation>Das Archiv ist belegt; bereits gespeicherte Mails konnten noch nicht auf die Festplatte geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Try &apos;satchel --help&apos;.</source>
        <translation>Siehe »satchel --help«.</translation>
    </message>
    <message>
        <source>satchel: could not import %1: %2</source>
        <translation>satchel: %1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>die Standardausgabe ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>From: </source>
        <translation>Von: </translation>
    </message>
    <message>
        <source>To: </source>
        <translation>An: </translation>
    </message>
    <message>
        <source>Cc: </source>
        <translation>Kopie: </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Datum: </translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation>Betreff: </translation>
    </message>
    <message>
        <source>Folder: </source>
        <translation>Ordner: </translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3 bytes)</source>
        <translation>Anhang: %1 (%2, %3 Byte)</translation>
    </message>
    <message>
        <source>satchel: archive problem: %1</source>
        <translation>satchel: Problem im Archiv: %1</translation>
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
        <translation>Ein Offline-Mailprogramm, das keine Nachricht verliert.

Ohne Befehl öffnet Satchel sein Fenster. Befehle:
  import PFAD... [--folder NAME]   .eml-Dateien, Ordner davon, Maildir, mbox
  search SUCHE [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox DATEI | --eml ORDNER) [--folder NAME | --query SUCHE]
  check                            die Unversehrtheit des Archivs

Suche: Wörter, &quot;Wortgruppen&quot;, from: to: subject: has:attachment is:unread is:read
is:flagged folder:NAME before:JJJJ-MM-TT after:JJJJ-MM-TT, AND OR NOT - ( ).</translation>
    </message>
    <message>
        <source>The profile folder (default: %1).</source>
        <translation>Der Profilordner (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>import: the folder to import into (default: Inbox); export: the folder to export.</source>
        <translation>import: der Zielordner (Vorgabe: Posteingang); export: der zu exportierende Ordner.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>search, show: JSON output.</source>
        <translation>search, show: Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>search: at most N results, newest first (default 100; 0 for all).</source>
        <translation>search: höchstens N Treffer, die neuesten zuerst (Vorgabe 100; 0 für alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>show: the exact stored bytes.</source>
        <translation>show: die gespeicherten Bytes, unverändert.</translation>
    </message>
    <message>
        <source>show: headers and text (default).</source>
        <translation>show: Kopfzeilen und Text (Vorgabe).</translation>
    </message>
    <message>
        <source>export: to this mbox file (mboxrd).</source>
        <translation>export: in diese mbox-Datei (mboxrd).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>export: to this folder, one .eml file per message.</source>
        <translation>export: in diesen Ordner, eine .eml-Datei je Nachricht.</translation>
    </message>
    <message>
        <source>export: the messages this search finds.</source>
        <translation>export: die Nachrichten, die diese Suche findet.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <source>import, search, show, export or check.</source>
        <translation>import, search, show, export oder check.</translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export or check</source>
        <translation>ein Befehl fehlt: import, search, show, export oder check</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 gilt nicht für %2</translation>
    </message>
    <message>
        <source>import: expected at least one file or folder</source>
        <translation>import: mindestens eine Datei oder ein Ordner erwartet</translation>
    </message>
    <message>
        <source>search: expected a query</source>
        <translation>search: Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>--limit expects a number of results, not &quot;%1&quot;</source>
        <translation>--limit erwartet eine Anzahl Treffer, nicht „%1“</translation>
    </message>
    <message>
        <source>show: expected one message id</source>
        <translation>show: genau eine Nachrichtennummer erwartet</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not a message id</source>
        <translation>show: „%1“ ist keine Nachrichtennummer</translation>
    </message>
    <message>
        <source>show: choose one of --raw, --json and --text</source>
        <translation>show: nur eines von --raw, --json und --text angeben</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation>export: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>export: expected either --mbox FILE or --eml DIR</source>
        <translation>export: entweder --mbox DATEI oder --eml ORDNER erwartet</translation>
    </message>
    <message>
        <source>export: use --folder or --query, not both</source>
        <translation>export: --folder oder --query angeben, nicht beides</translation>
    </message>
    <message>
        <source>check: unexpected argument &quot;%1&quot;</source>
        <translation>check: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>there is no archive at %1 yet: import some mail first</source>
        <translation>unter %1 gibt es noch kein Archiv: zuerst Mails importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n messages; %1 duplicates skipped; %2 could not be imported.</source>
        <translation>
            <numerusform>%n Nachricht importiert; %1 Duplikate übersprungen; %2 konnten nicht importiert werden.</numerusform>
            <numerusform>%n Nachrichten importiert; %1 Duplikate übersprungen; %2 konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n messages to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive %1 is sound: %n messages.</source>
        <translation>
            <numerusform>Das Archiv %1 ist in Ordnung: %n Nachricht.</numerusform>
            <numerusform>Das Archiv %1 ist in Ordnung: %n Nachrichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImporterText</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1, message at byte %2</source>
        <translation>%1, Nachricht bei Byte %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a mail message (no header at the start)</source>
        <translation>keine E-Mail-Nachricht (am Anfang steht keine Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>MboxReader</name>
    <message>
        <source>not an mbox file: it does not start with &quot;From &quot;</source>
        <translation>keine mbox-Datei: sie beginnt nicht mit „From “</translation>
    </message>
</context>
<context>
    <name>RetentionPolicyText</name>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot leave copies on it without downloading them all again each time. Choose &quot;delete from the server after download&quot; for this account.</source>
        <translation>Dieser Server kann seine Nachrichten nicht unterscheiden (er kennt den Befehl UIDL nicht). Satchel kann deshalb keine Kopien darauf lassen, ohne jedes Mal alle erneut herunterzuladen. Wählen Sie für dieses Konto „Nach dem Herunterladen vom Server löschen“.</translation>
    </message>
    <message>
        <source>The server says it deletes messages once they are downloaded (EXPIRE 0): it will not keep copies, whatever this account asks.</source>
        <translation>Der Server gibt an, Nachrichten nach dem Herunterladen zu löschen (EXPIRE 0): Er behält keine Kopien, gleich was dieses Konto verlangt.</translation>
    </message>
</context>
<context>
    <name>SearchQueryText</name>
    <message>
        <source>a quote that is never closed: expected a closing &quot;</source>
        <translation>ein Anführungszeichen wird nie geschlossen: schließendes &quot; erwartet</translation>
    </message>
    <message>
        <source>the query is empty: expected a word, a &quot;phrase&quot; or an operator such as from:</source>
        <translation>die Suche ist leer: ein Wort, eine &quot;Wortgruppe&quot; oder ein Operator wie from: erwartet</translation>
    </message>
    <message>
        <source>a closing parenthesis without an opening one</source>
        <translation>eine schließende Klammer ohne öffnende</translation>
    </message>
    <message>
        <source>expected the end of the query</source>
        <translation>Ende der Suche erwartet</translation>
    </message>
    <message>
        <source>the query ends after %1: expected a search term</source>
        <translation>die Suche endet nach %1: Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>expected a search term after %1, not &quot;)&quot;</source>
        <translation>nach %1 einen Suchbegriff erwartet, nicht &quot;)&quot;</translation>
    </message>
    <message>
        <source>expected a search term after %1, not %2</source>
        <translation>nach %1 einen Suchbegriff erwartet, nicht %2</translation>
    </message>
    <message>
        <source>expected a search term after %1</source>
        <translation>nach %1 einen Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>empty parentheses: expected a search term between &quot;(&quot; and &quot;)&quot;</source>
        <translation>leere Klammern: zwischen &quot;(&quot; und &quot;)&quot; einen Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>expected &quot;)&quot; to close the &quot;(&quot; at position %1</source>
        <translation>&quot;)&quot; erwartet, um die &quot;(&quot; an Position %1 zu schließen</translation>
    </message>
    <message>
        <source>expected a search term before %1</source>
        <translation>vor %1 einen Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>expected a search term</source>
        <translation>Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>&quot;%1&quot; enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann</translation>
    </message>
    <message>
        <source>expected a value after %1:</source>
        <translation>nach %1: einen Wert erwartet</translation>
    </message>
    <message>
        <source>has: expects &quot;attachment&quot;</source>
        <translation>has: erwartet &quot;attachment&quot;</translation>
    </message>
    <message>
        <source>is: expects read, unread, flagged, unflagged or answered</source>
        <translation>is: erwartet read, unread, flagged, unflagged oder answered</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD after %1:, not &quot;%2&quot;</source>
        <translation>nach %1: ein Datum als JJJJ-MM-TT erwartet, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown operator %1: (known: from, to, subject, has, is, before, after, folder; put the word in quotes to search for it as text)</source>
        <translation>unbekannter Operator %1: (bekannt sind from, to, subject, has, is, before, after, folder; das Wort in Anführungszeichen setzen, um nach ihm als Text zu suchen)</translation>
    </message>
    <message>
        <source>Search query, at character %1: %2</source>
        <translation>Suche, bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline mail reader that never loses a message.</source>
        <translation>Ein Offline-Mailprogramm, das keine Nachricht verliert.</translation>
    </message>
    <message>
        <source>The language of the interface: de, en, es, fr (default: the system&apos;s).</source>
        <translation>Die Sprache der Oberfläche: de, en, es, fr (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>satchel::pop3::Session</name>
    <message>
        <source>The user name or password contains a line break or a NUL character, which cannot be sent to a POP3 server.</source>
        <translation>Der Benutzername oder das Passwort enthält einen Zeilenumbruch oder ein NUL-Zeichen, das nicht an einen POP3-Server gesendet werden kann.</translation>
    </message>
    <message>
        <source>The server sent data before the connection was ready.</source>
        <translation>Der Server hat Daten gesendet, bevor die Verbindung bereit war.</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>Der Server hat das POP3-Protokoll verletzt: %1</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2.</source>
        <translation>Der Server %1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>A secure connection could not be established: %1</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden: %1</translation>
    </message>
    <message>
        <source>The connection closed before the server confirmed QUIT; no message was deleted.</source>
        <translation>Die Verbindung wurde beendet, bevor der Server QUIT bestätigt hat; keine Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connecting to the server</source>
        <translation>den Verbindungsaufbau zum Server</translation>
    </message>
    <message>
        <source>the secure handshake</source>
        <translation>den Aufbau der sicheren Verbindung</translation>
    </message>
    <message>
        <source>the server&apos;s answer</source>
        <translation>die Antwort des Servers</translation>
    </message>
    <message>
        <source>Gave up waiting for %1.</source>
        <translation>Warten auf %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused to start TLS (STLS).</source>
        <translation>Der Server hat den Start von TLS (STLS) abgelehnt.</translation>
    </message>
    <message>
        <source>The server sent unexpected data before starting TLS.</source>
        <translation>Der Server hat vor dem Start von TLS unerwartete Daten gesendet.</translation>
    </message>
    <message>
        <source>The server sent a response nobody asked for.</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server does not offer STLS, and this account requires it. Nothing was sent; check the security setting (perhaps TLS on port 995).</source>
        <translation>Der Server bietet kein STLS an, dieses Konto verlangt es aber. Es wurde nichts gesendet; prüfen Sie die Sicherheitseinstellung (vielleicht TLS auf Port 995).</translation>
    </message>
    <message>
        <source>Logging in with %1 would send the password unencrypted, which this account does not allow.</source>
        <translation>Eine Anmeldung mit %1 würde das Passwort unverschlüsselt senden, was dieses Konto nicht erlaubt.</translation>
    </message>
    <message>
        <source>Logging in with USER/PASS would send the password unencrypted, which this account does not allow.</source>
        <translation>Eine Anmeldung mit USER/PASS würde das Passwort unverschlüsselt senden, was dieses Konto nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>Der Server unterstützt kein APOP (seine Begrüßung enthält keinen Zeitstempel).</translation>
    </message>
    <message>
        <source>The server offers only ways of logging in that would send the password unencrypted, which this account does not allow.</source>
        <translation>Der Server bietet nur Anmeldeverfahren an, die das Passwort unverschlüsselt senden würden, was dieses Konto nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that Satchel supports.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Satchel unterstützt.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: %1</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>die Challenge des Servers ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password; it may not be the server it claims to be.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt; vielleicht ist er nicht der Server, der er zu sein vorgibt.</translation>
    </message>
    <message>
        <source>Logging in with %1 failed: %2</source>
        <translation>Die Anmeldung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server did not accept the login (%1): %2</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert (%1): %2</translation>
    </message>
    <message>
        <source>The server could not apply the deletions: %1</source>
        <translation>Der Server konnte die Löschungen nicht ausführen: %1</translation>
    </message>
    <message>
        <source>The server refused the command: %1</source>
        <translation>Der Server hat den Befehl abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answer is malformed.</source>
        <translation>Die Antwort des Servers auf %1 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Message %1 is larger than the limit of %2 MB and was skipped.</source>
        <translation>Nachricht %1 ist größer als die Grenze von %2 MB und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another session; Satchel will try again later.</source>
        <translation>Das Postfach wird von einer anderen Sitzung benutzt; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server asks to wait longer between checks; Satchel will try again later.</source>
        <translation>Der Server verlangt längere Pausen zwischen den Abrufen; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; Satchel will try again later.</source>
        <translation>Der Server hat ein vorübergehendes Problem; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server reports a permanent problem with this mailbox: %1</source>
        <translation>Der Server meldet ein dauerhaftes Problem mit diesem Postfach: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation>Abruf nicht möglich: keine Sitzung oder kein Archiv.</translation>
    </message>
    <message>
        <source>The connection was closed before the fetch ended.</source>
        <translation>Die Verbindung wurde vor dem Ende des Abrufs beendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s list of message ids (UIDL) is malformed; nothing was downloaded or deleted.</source>
        <translation>Die Liste der Nachrichtenkennungen (UIDL) des Servers ist fehlerhaft; nichts wurde heruntergeladen oder gelöscht.</translation>
    </message>
    <message>
        <source>The server lists the message id %1 more than once; Satchel downloads it once and leaves it on the server.</source>
        <translation>Der Server führt die Nachrichtenkennung %1 mehrfach auf; Satchel lädt sie einmal herunter und lässt sie auf dem Server.</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>Nachricht %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The server did not list its messages: %1</source>
        <translation>Der Server hat seine Nachrichten nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded: %2</source>
        <translation>Nachricht %1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The server did not delete message %1: %2</source>
        <translation>Der Server hat Nachricht %1 nicht gelöscht: %2</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>Ü&amp;ber Satchel</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Alle Posteingänge</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No account yet. Add one to start reading offline.</source>
        <translation>Noch kein Konto. Fügen Sie eines hinzu, um offline zu lesen.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Über Satchel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline mail reader that never loses a message.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Offline-Mailprogramm, das keine Nachricht verliert.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
