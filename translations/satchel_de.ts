<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AccountCommandsText</name>
    <message>
        <source>Try 'satchel --help'.</source>
        <translation>Siehe »satchel --help«.</translation>
    </message>
    <message>
        <source>account add: "%1" cannot be an account name</source>
        <translation>account add: „%1“ kann kein Kontoname sein</translation>
    </message>
    <message>
        <source>account add: --host is required</source>
        <translation>account add: --host ist erforderlich</translation>
    </message>
    <message>
        <source>account add: --user is required</source>
        <translation>account add: --user ist erforderlich</translation>
    </message>
    <message>
        <source>account add: --security is required (tls, starttls or none)</source>
        <translation>account add: --security ist erforderlich (tls, starttls oder none)</translation>
    </message>
    <message>
        <source>--security expects tls, starttls or none, not "%1"</source>
        <translation>--security erwartet tls, starttls oder none, nicht „%1“</translation>
    </message>
    <message>
        <source>--port expects a port number, not "%1"</source>
        <translation>--port erwartet eine Portnummer, nicht „%1“</translation>
    </message>
    <message>
        <source>--leave-on-server expects no, forever, days:N or until-deleted, not "%1"</source>
        <translation>--leave-on-server erwartet no, forever, days:N oder until-deleted, nicht „%1“</translation>
    </message>
    <message>
        <source>--keep-max-messages expects a number</source>
        <translation>--keep-max-messages erwartet eine Zahl</translation>
    </message>
    <message>
        <source>--keep-max-mb expects a number of megabytes</source>
        <translation>--keep-max-mb erwartet eine Anzahl Megabyte</translation>
    </message>
    <message>
        <source>--max-size expects a size in KB</source>
        <translation>--max-size erwartet eine Größe in KB</translation>
    </message>
    <message>
        <source>--trust-fingerprint expects a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--trust-fingerprint erwartet einen SHA-256-Fingerabdruck (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation>es gibt bereits ein Konto namens %1</translation>
    </message>
    <message>
        <source>Added account %1: %2@%3:%4 (%5), %6.</source>
        <translation>Konto %1 hinzugefügt: %2@%3:%4 (%5), %6.</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>headers only</source>
        <translation>nur Kopfzeilen</translation>
    </message>
    <message>
        <source>max %1 KB</source>
        <translation>höchstens %1 KB</translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation>festgelegtes Zertifikat %1</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>CA-Datei %1</translation>
    </message>
    <message>
        <source>Removed account %1 and its mail.</source>
        <translation>Konto %1 und seine Nachrichten wurden entfernt.</translation>
    </message>
    <message>
        <source>Removed account %1; its mail stays in the archive.</source>
        <translation>Konto %1 wurde entfernt; seine Nachrichten bleiben im Archiv.</translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation>es gibt kein Konto namens %1</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>check the user name and password (give it again with --password-stdin)</source>
        <translation>Benutzername und Passwort prüfen (das Passwort erneut mit --password-stdin angeben)</translation>
    </message>
    <message>
        <source>the server's certificate could not be verified; if you trust it, add the account again with --trust-fingerprint or --ca-file</source>
        <translation>das Zertifikat des Servers konnte nicht überprüft werden; wenn Sie ihm vertrauen, fügen Sie das Konto erneut mit --trust-fingerprint oder --ca-file hinzu</translation>
    </message>
    <message>
        <source>account add: accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>account add: das Serverzertifikat mit diesem SHA-256-Fingerabdruck akzeptieren.</translation>
    </message>
    <message>
        <source>account remove: delete the account's mail too.</source>
        <translation>account remove: auch die Nachrichten des Kontos löschen.</translation>
    </message>
    <message>
        <source>account %1: expected one account name</source>
        <translation>account %1: genau ein Kontoname erwartet</translation>
    </message>
    <message>
        <source>account list: unexpected argument "%1"</source>
        <translation>account list: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 does not apply to account %2</source>
        <translation>--%1 gilt nicht für account %2</translation>
    </message>
    <message>
        <source>--delete-mail does not apply to account %1</source>
        <translation>--delete-mail gilt nicht für account %1</translation>
    </message>
    <message>
        <source>there are no accounts yet: add one with 'satchel account add'</source>
        <translation>noch keine Konten vorhanden: zuerst eines mit »satchel account add« hinzufügen</translation>
    </message>
    <message>
        <source>fetch --password-stdin: expected one password line, or one per account (%1)</source>
        <translation>fetch --password-stdin: eine Passwortzeile oder eine je Konto (%1) erwartet</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 partial, %4 deleted on the server, %5 left on the server, %6 errors</source>
        <translation>%1: %2 neu, %3 teilweise, %4 auf dem Server gelöscht, %5 auf dem Server belassen, %6 Fehler</translation>
    </message>
    <message>
        <source>; %1 new messages were stored before it stopped</source>
        <translation>; %1 neue Nachrichten wurden vor dem Abbruch gespeichert</translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation>satchel: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) added to the download history from the messages stored here.</source>
        <translation>
            <numerusform>%1: %n Nachricht aus den hier gespeicherten Nachrichten in den Abrufverlauf aufgenommen.</numerusform>
            <numerusform>%1: %n Nachrichten aus den hier gespeicherten Nachrichten in den Abrufverlauf aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch: download nothing; remember every message now on the server as already downloaded (it is never deleted from the server by Satchel).</source>
        <translation>fetch: nichts herunterladen; jede Nachricht, die jetzt auf dem Server liegt, als bereits heruntergeladen vermerken (Satchel löscht sie nie vom Server).</translation>
    </message>
    <message>
        <source>%1: %2 marked as already downloaded, %3 deleted on the server, %4 left on the server, %5 errors</source>
        <translation>%1: %2 als bereits heruntergeladen vermerkt, %3 auf dem Server gelöscht, %4 auf dem Server belassen, %5 Fehler</translation>
    </message>
    <message>
        <source>--auth expects USER, APOP or a SASL mechanism such as SCRAM-SHA-256, not "%1"</source>
        <translation>--auth erwartet USER, APOP oder einen SASL-Mechanismus wie SCRAM-SHA-256, nicht „%1“</translation>
    </message>
    <message>
        <source>--oauth-client-id and --oauth-client-secret go with --oauth PROVIDER</source>
        <translation>--oauth-client-id und --oauth-client-secret gehören zu --oauth PROVIDER</translation>
    </message>
    <message>
        <source>--host expects the name of the POP3 server</source>
        <translation>--host erwartet den Namen des POP3-Servers</translation>
    </message>
    <message>
        <source>--user expects a user name</source>
        <translation>--user erwartet einen Benutzernamen</translation>
    </message>
    <message>
        <source>--unset expects one of %1, not "%2"</source>
        <translation>--unset erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--%1 and --unset %1 cannot go together</source>
        <translation>--%1 und --unset %1 schließen sich aus</translation>
    </message>
    <message>
        <source>satchel: give it to 'satchel fetch' with --password-stdin when you fetch.</source>
        <translation>satchel: Geben Sie es beim Abrufen mit --password-stdin an 'satchel fetch'.</translation>
    </message>
    <message>
        <source>Changed account %1: %2@%3:%4 (%5), %6.</source>
        <translation>Konto %1 geändert: %2@%3:%4 (%5), %6.</translation>
    </message>
    <message>
        <source>satchel: %1 now fetches from %2@%3 instead of %4@%5; its mail and its download history stay. If this is another mailbox, not the same one under a new name, messages already in that history are not downloaded from it: add it as an account of its own instead.</source>
        <translation>satchel: %1 ruft jetzt von %2@%3 statt von %4@%5 ab; seine Nachrichten und sein Abrufverlauf bleiben. Ist dies ein anderes Postfach und nicht dasselbe unter neuem Namen, werden Nachrichten, die schon in diesem Verlauf stehen, daraus nicht abgerufen: Legen Sie es dann besser als eigenes Konto an.</translation>
    </message>
    <message>
        <source>account add, edit: the POP3 server.</source>
        <translation>account add, edit: der POP3-Server.</translation>
    </message>
    <message>
        <source>account add, edit: its port (default 995 with tls, 110 otherwise).</source>
        <translation>account add, edit: sein Port (Standard 995 mit tls, sonst 110).</translation>
    </message>
    <message>
        <source>account add, edit: tls (implicit, port 995), starttls or none.</source>
        <translation>account add, edit: tls (implizit, Port 995), starttls oder none.</translation>
    </message>
    <message>
        <source>account add, edit: the user name.</source>
        <translation>account add, edit: der Benutzername.</translation>
    </message>
    <message>
        <source>account add, edit: USER, APOP or a SASL mechanism (default: the strongest offered).</source>
        <translation>account add, edit: USER, APOP oder ein SASL-Mechanismus (Standard: der stärkste angebotene).</translation>
    </message>
    <message>
        <source>account add, edit: no (delete after download), forever (default), days:N or until-deleted.</source>
        <translation>account add, edit: no (nach dem Abrufen löschen), forever (Standard), days:N oder until-deleted.</translation>
    </message>
    <message>
        <source>account add, edit: keep at most M messages on the server.</source>
        <translation>account add, edit: höchstens M Nachrichten auf dem Server behalten.</translation>
    </message>
    <message>
        <source>account add, edit: keep at most M MB on the server.</source>
        <translation>account add, edit: höchstens M MB auf dem Server behalten.</translation>
    </message>
    <message>
        <source>account add, edit: download only the headers.</source>
        <translation>account add, edit: nur die Kopfzeilen abrufen.</translation>
    </message>
    <message>
        <source>account add, edit: download bigger messages partially.</source>
        <translation>account add, edit: größere Nachrichten nur teilweise abrufen.</translation>
    </message>
    <message>
        <source>account add, edit: trust the certificates in this PEM file too.</source>
        <translation>account add, edit: auch den Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>account add, edit, fetch: read the password from standard input (one line; for fetch one per account, or one for all) and store it in the keychain.</source>
        <translation>account add, edit, fetch: das Passwort von der Standardeingabe lesen (eine Zeile; für fetch eine je Konto oder eine für alle) und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>account edit: back to what account add sets without --OPTION (port, auth, leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, trust-fingerprint, ca-file); may be repeated.</source>
        <translation>account edit: zurück zu dem, was account add ohne --OPTION setzt (port, auth, leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, trust-fingerprint, ca-file); mehrfach möglich.</translation>
    </message>
    <message>
        <source>account add, edit: sign in with the browser at this provider (microsoft, google, fastmail) instead of a password; its server is the default.</source>
        <translation>account add, edit: sich mit dem Browser bei diesem Anbieter (microsoft, google, fastmail) anmelden statt mit einem Passwort; dessen Server ist der Standard.</translation>
    </message>
    <message>
        <source>account add, edit: the OAuth client ID you registered with the provider (see the README).</source>
        <translation>account add, edit: die OAuth-Client-ID, die Sie beim Anbieter registriert haben (siehe README).</translation>
    </message>
    <message>
        <source>account add, edit: the client secret Google gives a desktop client along with its ID.</source>
        <translation>account add, edit: das Client-Geheimnis, das Google einem Desktop-Client zusammen mit dessen ID gibt.</translation>
    </message>
    <message>
        <source>account login: only print the sign-in address; open it in a browser yourself.</source>
        <translation>account login: nur die Anmeldeadresse ausgeben; Sie öffnen sie dann selbst in einem Browser.</translation>
    </message>
    <message>
        <source>account: expected add, edit, list, remove, rebuild-ledger or login</source>
        <translation>account: add, edit, list, remove, rebuild-ledger oder login erwartet</translation>
    </message>
    <message>
        <source>account: expected add, edit, list, remove, rebuild-ledger or login, not "%1"</source>
        <translation>account: add, edit, list, remove, rebuild-ledger oder login erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>account edit: expected an option to change, such as --host or --leave-on-server</source>
        <translation>account edit: eine zu ändernde Option erwartet, etwa --host oder --leave-on-server</translation>
    </message>
    <message>
        <source>--unset does not apply to account %1</source>
        <translation>--unset gilt nicht für account %1</translation>
    </message>
    <message>
        <source>--no-browser does not apply to account %1</source>
        <translation>--no-browser gilt nicht für account %1</translation>
    </message>
    <message>
        <source>--json does not apply to account %1</source>
        <translation>--json gilt nicht für account %1</translation>
    </message>
</context>
<context>
    <name>AccountSettingsText</name>
    <message>
        <source>The settings of account %1 are damaged: %2</source>
        <translation>Die Einstellungen des Kontos %1 sind beschädigt: %2</translation>
    </message>
    <message>
        <source>The settings of account %1 were written by a newer Satchel.</source>
        <translation>Die Einstellungen des Kontos %1 wurden von einer neueren Version von Satchel geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The settings of account %1 name an unknown way of logging in: "%2".</source>
        <translation>Die Einstellungen des Kontos %1 nennen eine unbekannte Anmeldeart: „%2“.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The archive is busy; committed mail could not be flushed to disk yet.</source>
        <translation>Das Archiv ist belegt; bereits gespeicherte Mails konnten noch nicht auf die Festplatte geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CommandLinePrompterText</name>
    <message>
        <source>no password is stored for this account; give it with --password-stdin</source>
        <translation>für dieses Konto ist kein Passwort gespeichert; geben Sie es mit --password-stdin an</translation>
    </message>
    <message>
        <source>no keychain answers; give the password with --password-stdin</source>
        <translation>kein Schlüsselbund antwortet; geben Sie das Passwort mit --password-stdin an</translation>
    </message>
    <message>
        <source>%1; give the password with --password-stdin</source>
        <translation>%1; geben Sie das Passwort mit --password-stdin an</translation>
    </message>
    <message>
        <source>satchel: the password for %1 could not be stored in the keychain (%2); it is used for this run only and never written to disk.</source>
        <translation>satchel: Das Passwort für %1 konnte nicht im Schlüsselbund gespeichert werden (%2); es wird nur für diesen Aufruf verwendet und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>satchel: the password of %1 could not be removed from the keychain: %2</source>
        <translation>satchel: Das Passwort von %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>satchel: the sign-in for %1 could not be stored in the keychain (%2); it lasts for this run only and is never written to disk.</source>
        <translation>satchel: Die Anmeldung für %1 konnte nicht im Schlüsselbund gespeichert werden (%2); sie gilt nur für diesen Aufruf und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in (%2); sign in again with 'satchel account login %3'</source>
        <translation>%1 akzeptiert die Anmeldung nicht mehr (%2); melden Sie sich mit 'satchel account login %3' erneut an</translation>
    </message>
    <message>
        <source>this account is not signed in; sign in with 'satchel account login %1'</source>
        <translation>dieses Konto ist nicht angemeldet; melden Sie sich mit 'satchel account login %1' an</translation>
    </message>
    <message>
        <source>To sign in to %1 for %2, open this address in your web browser:</source>
        <translation>Um sich bei %1 für %2 anzumelden, öffnen Sie diese Adresse in Ihrem Webbrowser:</translation>
    </message>
    <message>
        <source>(A browser was asked to open it.)</source>
        <translation>(Ein Browser wurde gebeten, sie zu öffnen.)</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to Satchel on this computer (Ctrl+C stops)...</source>
        <translation>Warten, bis der Browser auf diesem Computer zu Satchel zurückkehrt (Strg+C bricht ab)...</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Try 'satchel --help'.</source>
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
        <source>--limit expects a number of results, not "%1"</source>
        <translation>--limit erwartet eine Anzahl Treffer, nicht „%1“</translation>
    </message>
    <message>
        <source>show: expected one message id</source>
        <translation>show: genau eine Nachrichtennummer erwartet</translation>
    </message>
    <message>
        <source>show: "%1" is not a message id</source>
        <translation>show: „%1“ ist keine Nachrichtennummer</translation>
    </message>
    <message>
        <source>show: choose one of --raw, --json and --text</source>
        <translation>show: nur eines von --raw, --json und --text angeben</translation>
    </message>
    <message>
        <source>export: unexpected argument "%1"</source>
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
        <source>check: unexpected argument "%1"</source>
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
    <message>
        <source>import, search, show, export, check, account or fetch.</source>
        <translation>import, search, show, export, check, account oder fetch.</translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export, check, account or fetch</source>
        <translation>Befehl erwartet: import, search, show, export, check, account oder fetch</translation>
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
        <translation>Ein Offline-Mailprogramm, das keine Nachricht verliert.

Ohne Befehl öffnet Satchel sein Fenster. Befehle:
  import PFAD... [--folder NAME]   .eml-Dateien, Ordner mit solchen, Maildir, mbox
  search SUCHE [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox DATEI | --eml ORDNER) [--folder NAME | --query SUCHE]
  check                            die Unversehrtheit des Archivs prüfen
  account add NAME --host H --security tls|starttls|none --user U [--port P]
      [--auth MECH] [--leave-on-server no|forever|days:N|until-deleted]
      [--keep-max-messages M] [--keep-max-mb M] [--headers-only] [--max-size KB]
      [--trust-fingerprint SHA256] [--ca-file PEM] [--password-stdin]
  account list
  account remove NAME [--delete-mail]
  account rebuild-ledger NAME      den Abrufverlauf aus den gespeicherten Nachrichten
  fetch [NAME...] [--password-stdin] [--mark-all-downloaded]
                                   Exit-Code 75 später erneut, 3 Passwort, 4 Zertifikat

Suche: Wörter, "Wortgruppen", from: to: subject: has:attachment is:unread is:read
is:flagged folder:NAME before:JJJJ-MM-TT after:JJJJ-MM-TT, AND OR NOT - ( ). {256]?} {75 ?} {3 ?} {4 ?}</translation>
    </message>
    <message>
        <source>"%1" is not a command; the commands are import, search, show, export, check, account and fetch</source>
        <translation>„%1“ ist kein Befehl; die Befehle sind import, search, show, export, check, account und fetch</translation>
    </message>
    <message>
        <source>"%1" is not a command; did you mean "%2"?</source>
        <translation>„%1“ ist kein Befehl; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>More account commands:
  account edit NAME [any option of account add] [--unset OPTION]
                                   mail and download history stay
  account list --json              one JSON object per account and line</source>
        <translation>Weitere Kontobefehle:
  account edit NAME [jede Option von account add] [--unset OPTION]
                                   Nachrichten und Abrufverlauf bleiben erhalten
  account list --json              ein JSON-Objekt je Konto und Zeile</translation>
    </message>
    <message>
        <source>

Accounts that sign in with the browser (OAuth2):
  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]
      [--oauth-client-secret S] [the options of account add but --password-stdin]
  account login NAME [--no-browser]  sign in; fetch exits 6 until it is done</source>
        <translation>

Konten, die sich mit dem Browser anmelden (OAuth2):
  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]
      [--oauth-client-secret S] [die Optionen von account add außer --password-stdin]
  account login NAME [--no-browser]  anmelden; bis dahin endet fetch mit Exit-Code 6</translation>
    </message>
    <message>
        <source>search, show, account list: JSON output.</source>
        <translation>search, show, account list: Ausgabe als JSON.</translation>
    </message>
</context>
<context>
    <name>HeadlessDemoText</name>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile benötigt einen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n messages fetched into %1</source>
        <translation>
            <numerusform>Demo: %n Nachricht in %1 abgerufen</numerusform>
            <numerusform>Demo: %n Nachrichten in %1 abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo failed: %1</source>
        <translation>Demo fehlgeschlagen: %1</translation>
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
        <source>not an mbox file: it does not start with "From "</source>
        <translation>keine mbox-Datei: sie beginnt nicht mit „From “</translation>
    </message>
</context>
<context>
    <name>OAuthCommandsText</name>
    <message>
        <source>--oauth expects one of %1, not "%2"</source>
        <translation>--oauth erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--password-stdin does not go with --oauth: the account signs in with a browser ('satchel account login')</source>
        <translation>--password-stdin passt nicht zu --oauth: Das Konto meldet sich mit einem Browser an ('satchel account login')</translation>
    </message>
    <message>
        <source>--oauth-client-secret goes with --oauth-client-id</source>
        <translation>--oauth-client-secret gehört zu --oauth-client-id</translation>
    </message>
    <message>
        <source>Sign in with your browser next: satchel account login %1</source>
        <translation>Melden Sie sich als Nächstes mit Ihrem Browser an: satchel account login %1</translation>
    </message>
    <message>
        <source>satchel: there is no account named %1</source>
        <translation>satchel: Es gibt kein Konto namens %1</translation>
    </message>
    <message>
        <source>satchel: %1 logs in with a password, not with a browser (an account added with --oauth does)</source>
        <translation>satchel: %1 meldet sich mit einem Passwort an, nicht mit einem Browser (das tut ein mit --oauth hinzugefügtes Konto)</translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation>satchel: %1: %2</translation>
    </message>
    <message>
        <source>Signed in: %1 can get mail now.</source>
        <translation>Angemeldet: %1 kann jetzt Nachrichten abrufen.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicyText</name>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot leave copies on it without downloading them all again each time. Choose "delete from the server after download" for this account.</source>
        <translation>Dieser Server kann seine Nachrichten nicht unterscheiden (er kennt den Befehl UIDL nicht). Satchel kann deshalb keine Kopien darauf lassen, ohne jedes Mal alle erneut herunterzuladen. Wählen Sie für dieses Konto „Nach dem Herunterladen vom Server löschen“.</translation>
    </message>
    <message>
        <source>The server says it deletes messages once they are downloaded (EXPIRE 0): it will not keep copies, whatever this account asks.</source>
        <translation>Der Server gibt an, Nachrichten nach dem Herunterladen zu löschen (EXPIRE 0): Er behält keine Kopien, gleich was dieses Konto verlangt.</translation>
    </message>
    <message>
        <source>delete after download</source>
        <translation>nach dem Herunterladen löschen</translation>
    </message>
    <message>
        <source>leave %1 days</source>
        <translation>%1 Tage belassen</translation>
    </message>
    <message>
        <source>leave until deleted here</source>
        <translation>belassen, bis hier gelöscht</translation>
    </message>
    <message>
        <source>leave forever</source>
        <translation>für immer belassen</translation>
    </message>
    <message>
        <source>at most %1 messages</source>
        <translation>höchstens %1 Nachrichten</translation>
    </message>
    <message>
        <source>at most %1 MB</source>
        <translation>höchstens %1 MB</translation>
    </message>
</context>
<context>
    <name>SearchQueryText</name>
    <message>
        <source>a quote that is never closed: expected a closing "</source>
        <translation>ein Anführungszeichen wird nie geschlossen: schließendes " erwartet</translation>
    </message>
    <message>
        <source>the query is empty: expected a word, a "phrase" or an operator such as from:</source>
        <translation>die Suche ist leer: ein Wort, eine "Wortgruppe" oder ein Operator wie from: erwartet</translation>
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
        <source>expected a search term after %1, not ")"</source>
        <translation>nach %1 einen Suchbegriff erwartet, nicht ")"</translation>
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
        <source>empty parentheses: expected a search term between "(" and ")"</source>
        <translation>leere Klammern: zwischen "(" und ")" einen Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>expected ")" to close the "(" at position %1</source>
        <translation>")" erwartet, um die "(" an Position %1 zu schließen</translation>
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
        <source>"%1" has no letters or digits to search for</source>
        <translation>"%1" enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann</translation>
    </message>
    <message>
        <source>expected a value after %1:</source>
        <translation>nach %1: einen Wert erwartet</translation>
    </message>
    <message>
        <source>has: expects "attachment"</source>
        <translation>has: erwartet "attachment"</translation>
    </message>
    <message>
        <source>is: expects read, unread, flagged, unflagged or answered</source>
        <translation>is: erwartet read, unread, flagged, unflagged oder answered</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD after %1:, not "%2"</source>
        <translation>nach %1: ein Datum als JJJJ-MM-TT erwartet, nicht "%2"</translation>
    </message>
    <message>
        <source>unknown operator %1: (known: from, to, subject, has, is, before, after, folder; put the word in quotes to search for it as text)</source>
        <translation>unbekannter Operator %1: (bekannt sind from, to, subject, has, is, before, after, folder; das Wort in Anführungszeichen setzen, um nach ihm als Text zu suchen)</translation>
    </message>
    <message>
        <source>Search query, at character %1: %2</source>
        <translation>Suche, bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>parentheses and NOT are nested more than %1 deep here</source>
        <translation>Klammern und NOT sind hier mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no password for this account.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für dieses Konto.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Es ist kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Es ist kein Passwort gespeichert.</translation>
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
        <translation>keine Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificateText</name>
    <message>
        <source>Could not make the demo server's certificate (%1): %2</source>
        <translation>Das Zertifikat des Demo-Servers konnte nicht erzeugt werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline mail reader that never loses a message.</source>
        <translation>Ein Offline-Mailprogramm, das keine Nachricht verliert.</translation>
    </message>
    <message>
        <source>The language of the interface: de, en, es, fr (default: the system's).</source>
        <translation>Die Sprache der Oberfläche: de, en, es, fr (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
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
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Satchel cannot open its window: %1 (%2). Please reinstall Satchel.</source>
        <translation>Satchel kann sein Fenster nicht öffnen: %1 (%2). Bitte installieren Sie Satchel neu.</translation>
    </message>
    <message>
        <source>Show Satchel on a demo mailbox (a throwaway profile and a local server; no network needed).</source>
        <translation>Satchel mit einem Demo-Postfach vorführen (mit einem Wegwerfprofil und einem lokalen Server; kein Netzwerk nötig).</translation>
    </message>
    <message>
        <source>Satchel — demo mailbox</source>
        <translation>Satchel — Demo-Postfach</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoServer</name>
    <message>
        <source>The demo needs TLS, and Qt found no TLS library on this system.</source>
        <translation>Die Demo benötigt TLS, aber Qt hat auf diesem System keine TLS-Bibliothek gefunden.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1: %1</source>
        <translation>Der Demo-Server kann auf 127.0.0.1 keine Verbindungen annehmen: %1</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoSession</name>
    <message>
        <source>Preparing the demo profile…</source>
        <translation>Das Demo-Profil wird vorbereitet…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the demo: %1</source>
        <translation>Für die Demo konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo.</source>
        <translation>Der Ordner %1 konnte für die Demo nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the demo archive: %1</source>
        <translation>Das Demo-Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Could not create the demo account: %1</source>
        <translation>Das Demo-Konto konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Starting the demo mail server…</source>
        <translation>Der Demo-Mailserver wird gestartet…</translation>
    </message>
    <message>
        <source>Fetching the demo mail…</source>
        <translation>Die Demo-Nachrichten werden abgerufen…</translation>
    </message>
    <message>
        <source>No new mail on the demo server.</source>
        <translation>Keine neuen Nachrichten auf dem Demo-Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages fetched from the demo server.</source>
        <translation>
            <numerusform>%n neue Nachricht vom Demo-Server abgerufen.</numerusform>
            <numerusform>%n neue Nachrichten vom Demo-Server abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the demo mail was cancelled.</source>
        <translation>Das Abrufen der Demo-Nachrichten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The demo could not fetch its mail: %1</source>
        <translation>Die Demo konnte ihre Nachrichten nicht abrufen: %1</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::Explanations</name>
    <message>
        <source>Satchel logged in and the server is ready.</source>
        <translation>Satchel hat sich angemeldet, und der Server ist bereit.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert: Prüfen Sie beides (viele Anbieter verlangen ein App-Passwort und einen in ihren Web-Einstellungen eingeschalteten POP-Zugang), und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Satchel could not reach the server: check the server name and port and that this computer is online, then test again.</source>
        <translation>Satchel konnte den Server nicht erreichen: Prüfen Sie Servername und Port sowie die Internetverbindung dieses Computers, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try the other security setting (TLS on port 995, or STARTTLS on port 110), or ask your provider.</source>
        <translation>Der Server bietet auf diesem Port keine Verschlüsselung an: Versuchen Sie die andere Sicherheitseinstellung (TLS auf Port 995 oder STARTTLS auf Port 110), oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: look at it, and accept it only if you know this server uses a certificate of its own (a home or company server); otherwise do not go on.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: Sehen Sie es sich an, und akzeptieren Sie es nur, wenn Sie wissen, dass dieser Server ein eigenes Zertifikat verwendet (ein Server zu Hause oder in einer Firma); fahren Sie andernfalls nicht fort.</translation>
    </message>
    <message>
        <source>The server cannot tell its messages apart (it has no UIDL), so Satchel cannot leave copies on it: mail will be removed from the server once it is safely stored here.</source>
        <translation>Der Server kann seine Nachrichten nicht unterscheiden (er kennt kein UIDL), daher kann Satchel keine Kopien darauf belassen: Nachrichten werden vom Server entfernt, sobald sie hier sicher gespeichert sind.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps your password safe on this connection: choose an encrypted connection or another login method.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Ihr Passwort auf dieser Verbindung schützt: Wählen Sie eine verschlüsselte Verbindung oder ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server asked Satchel to come back later (the mailbox may be open in another program): wait a few minutes, then test again.</source>
        <translation>Der Server hat Satchel gebeten, es später erneut zu versuchen (vielleicht ist das Postfach in einem anderen Programm geöffnet): Warten Sie einige Minuten, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Talking to the server went wrong: check the settings and the details below, then test again.</source>
        <translation>Bei der Kommunikation mit dem Server ist ein Fehler aufgetreten: Prüfen Sie die Einstellungen und die Details unten, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Satchel logged in. Messages on the server now: %1.</source>
        <translation>Satchel hat sich angemeldet. Derzeit auf dem Server: %1 Nachrichten.</translation>
    </message>
    <message>
        <source>Found a POP3 server at %1, but its certificate could not be verified; the test login will show it to you.</source>
        <translation>Unter %1 wurde ein POP3-Server gefunden, aber sein Zertifikat konnte nicht überprüft werden; die Testanmeldung zeigt es Ihnen.</translation>
    </message>
    <message>
        <source>Found a POP3 server at %1 (%2). Check the settings below and go on.</source>
        <translation>Unter %1 wurde ein POP3-Server gefunden (%2). Prüfen Sie die Einstellungen unten, und fahren Sie fort.</translation>
    </message>
    <message>
        <source>The only POP3 server found for %1 offers no encryption: ask your provider for secure settings, or enter them below.</source>
        <translation>Der einzige für %1 gefundene POP3-Server bietet keine Verschlüsselung an: Fragen Sie Ihren Anbieter nach sicheren Einstellungen, oder geben Sie sie unten ein.</translation>
    </message>
    <message>
        <source>No POP3 server was found for %1: enter the server your provider gives in its help pages below.</source>
        <translation>Für %1 wurde kein POP3-Server gefunden: Geben Sie unten den Server ein, den Ihr Anbieter auf seinen Hilfeseiten nennt.</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1: funktioniert</translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify</source>
        <translation>%1: antwortet, aber sein Zertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify (%2)</source>
        <translation>%1: antwortet, aber sein Zertifikat konnte nicht überprüft werden (%2)</translation>
    </message>
    <message>
        <source>%1: answers, but offers no encryption</source>
        <translation>%1: antwortet, bietet aber keine Verschlüsselung an</translation>
    </message>
    <message>
        <source>%1: no such server</source>
        <translation>%1: Server nicht gefunden</translation>
    </message>
    <message>
        <source>%1: refused the connection</source>
        <translation>%1: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: keine Antwort</translation>
    </message>
    <message>
        <source>%1: secure connection failed</source>
        <translation>%1: sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: not a POP3 server</source>
        <translation>%1: kein POP3-Server</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1: Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>This server removes mail once it has been downloaded, whatever Satchel asks: leaving copies on the server will not work.</source>
        <translation>Dieser Server entfernt Nachrichten, sobald sie heruntergeladen wurden, gleich was Satchel verlangt: Kopien auf dem Server zu belassen, funktioniert hier nicht.</translation>
    </message>
    <message numerus="yes">
        <source>This server deletes downloaded mail on its own after %n day(s).</source>
        <translation>
            <numerusform>Dieser Server löscht heruntergeladene Nachrichten von sich aus nach %n Tag.</numerusform>
            <numerusform>Dieser Server löscht heruntergeladene Nachrichten von sich aus nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server refuses logins less than %1 seconds apart; Satchel will not check more often.</source>
        <translation>Dieser Server lehnt Anmeldungen ab, die weniger als %1 Sekunden auseinanderliegen; Satchel ruft nicht häufiger ab.</translation>
    </message>
    <message>
        <source>The server refused %1 as the user name but accepted %2, which this account will use.</source>
        <translation>Der Server hat %1 als Benutzernamen abgelehnt, aber %2 akzeptiert, den dieses Konto nun verwendet.</translation>
    </message>
    <message>
        <source>The server refused %1 for this account; logging in with %2 worked, and Satchel will use that.</source>
        <translation>Der Server hat %1 für dieses Konto abgelehnt; die Anmeldung mit %2 hat funktioniert, und Satchel verwendet dieses Verfahren.</translation>
    </message>
    <message>
        <source>The server refused the login with %1, but it also offers %2: choose another login method in the server settings, or check the user name and password, then test again.</source>
        <translation>Der Server hat die Anmeldung mit %1 abgelehnt, bietet aber auch %2 an: Wählen Sie in den Servereinstellungen ein anderes Anmeldeverfahren, oder prüfen Sie Benutzername und Passwort, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server accepted neither %1 nor %2 as the user name with this password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation>Der Server hat mit diesem Passwort weder %1 noch %2 als Benutzernamen akzeptiert: Prüfen Sie beides (viele Anbieter verlangen ein App-Passwort und einen in ihren Web-Einstellungen eingeschalteten POP-Zugang), und testen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::LoginCheck</name>
    <message>
        <source>Logged in; counting the messages on the server...</source>
        <translation>Angemeldet; die Nachrichten auf dem Server werden gezählt...</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>The server refused the user name %1; trying %2...</source>
        <translation>Der Server hat den Benutzernamen %1 abgelehnt; %2 wird versucht...</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::ProviderPresets</name>
    <message>
        <source>POP access is switched off until you switch it on in %1's web settings; do that first.</source>
        <translation>Der POP-Zugang ist ausgeschaltet, bis Sie ihn in den Web-Einstellungen von %1 einschalten; tun Sie das zuerst.</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here: create an app password in your %1 account's security settings and enter that instead.</source>
        <translation>%1 akzeptiert hier Ihr normales Passwort nicht: Erstellen Sie in den Sicherheitseinstellungen Ihres %1-Kontos ein App-Passwort, und geben Sie stattdessen dieses ein.</translation>
    </message>
    <message>
        <source>If your %1 account uses two-step verification, enter an app password made for Satchel instead of your normal password.</source>
        <translation>Wenn Ihr %1-Konto die Bestätigung in zwei Schritten verwendet, geben Sie statt Ihres normalen Passworts ein für Satchel erstelltes App-Passwort ein.</translation>
    </message>
    <message>
        <source>%1 does not offer POP3 at all, only IMAP, so Satchel cannot download this mail. If you have another server for this address, enter it below.</source>
        <translation>%1 bietet überhaupt kein POP3 an, nur IMAP, daher kann Satchel diese Nachrichten nicht herunterladen. Wenn Sie für diese Adresse einen anderen Server haben, geben Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Gmail gives each message to POP only once. If another device already downloaded your mail, put "recent:" before the user name (recent:you@gmail.com) to get the last 30 days again.</source>
        <translation>Gmail gibt jede Nachricht nur einmal über POP heraus. Wenn ein anderes Gerät Ihre Nachrichten bereits heruntergeladen hat, setzen Sie „recent:“ vor den Benutzernamen (recent:you@gmail.com), um die Nachrichten der letzten 30 Tage erneut zu erhalten.</translation>
    </message>
    <message>
        <source>Gmail decides itself what happens to a message after POP downloaded it (keep, archive or delete, in its web settings); Satchel's choice of how long to leave copies on the server has no effect there.</source>
        <translation>Gmail entscheidet selbst, was mit einer Nachricht geschieht, nachdem sie über POP heruntergeladen wurde (behalten, archivieren oder löschen, in den Web-Einstellungen von Gmail); die Einstellung in Satchel, wie lange Kopien auf dem Server bleiben, hat dort keine Wirkung.</translation>
    </message>
    <message>
        <source>Accounts kept in Zoho's other regions use their own server (pop.zoho.eu, pop.zoho.in, ...), and accounts with your own domain use poppro.zoho.com; change the server below if yours is one of them.</source>
        <translation>Konten in den anderen Regionen von Zoho verwenden einen eigenen Server (pop.zoho.eu, pop.zoho.in, ...), und Konten mit eigener Domain verwenden poppro.zoho.com; ändern Sie unten den Server, wenn Ihr Konto dazugehört.</translation>
    </message>
    <message>
        <source>Telekom wants its separate e-mail password here (set in the Telekom E-Mail Center), not the password you use to log in to your Telekom account.</source>
        <translation>Die Telekom verlangt hier ihr separates E-Mail-Passwort (festgelegt im Telekom E-Mail Center), nicht das Passwort, mit dem Sie sich bei Ihrem Telekom-Konto anmelden.</translation>
    </message>
    <message>
        <source>Create an app password for Satchel at %1: %2.</source>
        <translation>Erstellen Sie bei %1 ein App-Passwort für Satchel: %2.</translation>
    </message>
    <message>
        <source>%1 The page is %2</source>
        <translation>%1 Die Seite finden Sie unter %2</translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs: sign in through its web page (OAuth) instead; logging in with a password will probably fail.</source>
        <translation>%1 akzeptiert keine Passwörter von Mailprogrammen mehr: Melden Sie sich stattdessen über seine Webseite an (OAuth); eine Anmeldung mit Passwort wird wahrscheinlich fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>satchel::mime</name>
    <message>
        <source>Satchel cannot read mail: its MIME module is missing or broken. Please reinstall Satchel.</source>
        <translation>Satchel kann keine Nachrichten lesen: Sein MIME-Modul fehlt oder ist beschädigt. Bitte installieren Sie Satchel neu.</translation>
    </message>
</context>
<context>
    <name>satchel::model::FolderModel</name>
    <message>
        <source>All Inboxes</source>
        <translation>Alle Posteingänge</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::model::MessageListModel</name>
    <message>
        <source>No archive is open</source>
        <translation>Kein Archiv geöffnet</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gekennzeichnet</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Mit Anhängen</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded</source>
        <translation>Diese Nachricht wurde nur teilweise heruntergeladen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Only partly downloaded</source>
        <translation>Nur teilweise heruntergeladen</translation>
    </message>
    <message>
        <source>%1 (%2, %3 unread)</source>
        <translation>%1 (%2, %3 ungelesen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(%1, %2 unread)</source>
        <translation>(%1, %2 ungelesen)</translation>
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
        <translation>Für %1 ist keine OAuth-Client-ID eingerichtet.</translation>
    </message>
    <message>
        <source>The sign-in addresses of %1 are missing.</source>
        <translation>Die Anmeldeadressen von %1 fehlen.</translation>
    </message>
    <message>
        <source>Satchel could not listen on the loopback address for the sign-in's answer.</source>
        <translation>Satchel konnte auf der Loopback-Adresse nicht auf die Antwort der Anmeldung warten.</translation>
    </message>
    <message>
        <source>Satchel has received your sign-in. You can close this page and go back to Satchel.</source>
        <translation>Satchel hat Ihre Anmeldung erhalten. Sie können diese Seite schließen und zu Satchel zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in server's answer held no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Satchel could not build the sign-in address for %1.</source>
        <translation>Satchel konnte die Anmeldeadresse für %1 nicht erstellen.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::ProviderLookup</name>
    <message>
        <source>Satchel knows no OAuth sign-in called "%1" (it knows: %2).</source>
        <translation>Satchel kennt keine OAuth-Anmeldung namens „%1“ (bekannt sind: %2).</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1 is configured in this build of Satchel. Register a desktop app with %1 (the README says how) and give its client ID to the account (--oauth-client-id).</source>
        <translation>In diesem Build von Satchel ist keine OAuth-Client-ID für %1 eingerichtet. Registrieren Sie bei %1 eine Desktop-App (wie das geht, steht im README), und geben Sie deren Client-ID beim Konto an (--oauth-client-id).</translation>
    </message>
    <message>
        <source>Or log in with an app password instead of signing in: %1</source>
        <translation>Oder melden Sie sich statt über den Browser mit einem App-Passwort an: %1</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenBroker</name>
    <message>
        <source>No keychain answers, so the sign-in is kept only until Satchel quits; sign in again.</source>
        <translation>Kein Schlüsselbund antwortet, daher wird die Anmeldung nur bis zum Beenden von Satchel aufbewahrt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This account has not been signed in yet.</source>
        <translation>Dieses Konto wurde noch nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenEndpoint</name>
    <message>
        <source>The sign-in server refused: %1.</source>
        <translation>Der Anmeldeserver hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The sign-in server refused: %1 (%2).</source>
        <translation>Der Anmeldeserver hat abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP status %1.</source>
        <translation>Der Anmeldeserver hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1.</source>
        <translation>Der Anmeldeserver war nicht erreichbar: %1.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenRefresh</name>
    <message>
        <source>The sign-in server's answer held no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthielt kein Zugriffstoken.</translation>
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
        <source>The server's certificate could not be verified: %1</source>
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
        <source>the server's answer</source>
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
        <source>the server's challenge is not valid base64</source>
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
        <source>The server's %1 answer is malformed.</source>
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
    <message>
        <source>The server did not accept the login.</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 (Satchel tried %2.)</source>
        <translation>%1 (Satchel hat %2 versucht.)</translation>
    </message>
    <message>
        <source>The server also offers %1, which Satchel did not try: another login method may work.</source>
        <translation>Der Server bietet auch %1 an, was Satchel nicht versucht hat: Ein anderes Anmeldeverfahren funktioniert vielleicht.</translation>
    </message>
    <message>
        <source>The server also offers %1, which would send the password unencrypted; Satchel does not fall back to that on its own.</source>
        <translation>Der Server bietet auch %1 an, womit das Passwort unverschlüsselt gesendet würde; darauf weicht Satchel nicht von sich aus aus.</translation>
    </message>
</context>
<context>
    <name>satchel::smtp::SmtpSession</name>
    <message>
        <source>The message has no recipients, or an address or the credentials contain a line break, which cannot be sent to an SMTP server.</source>
        <translation>Die Nachricht hat keine Empfänger, oder eine Adresse oder die Zugangsdaten enthalten einen Zeilenumbruch, der sich nicht an einen SMTP-Server senden lässt.</translation>
    </message>
    <message>
        <source>Sending mail without encryption is not allowed.</source>
        <translation>Das Senden von Nachrichten ohne Verschlüsselung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>Der Server hat etwas gesendet, das keine SMTP-Antwort ist.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>Die Verbindung zum Server ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation>Der Server hat es abgelehnt, die Verschlüsselung zu beginnen (STARTTLS).</translation>
    </message>
    <message>
        <source>The server sent data before the secure connection began.</source>
        <translation>Der Server hat Daten gesendet, bevor die sichere Verbindung begann.</translation>
    </message>
    <message>
        <source>The server refused EHLO; it cannot be used to send mail.</source>
        <translation>Der Server hat EHLO abgelehnt; über ihn lassen sich keine Nachrichten senden.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS); the message was not sent over an unencrypted connection.</source>
        <translation>Der Server bietet keine Verschlüsselung (STARTTLS) an; die Nachricht wurde nicht über eine unverschlüsselte Verbindung gesendet.</translation>
    </message>
    <message>
        <source>The server offers only ways of logging in that would send the password unencrypted.</source>
        <translation>Der Server bietet nur Anmeldearten an, die das Passwort unverschlüsselt senden würden.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that Satchel speaks.</source>
        <translation>Der Server bietet keine Anmeldeart an, die Satchel beherrscht.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt.</translation>
    </message>
    <message>
        <source>The server refused the login with %1.</source>
        <translation>Der Server hat die Anmeldung mit %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server cannot take addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>Der Server kann keine Adressen mit Nicht-ASCII-Zeichen annehmen (kein SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message contains 8-bit data, which the server cannot take (no 8BITMIME).</source>
        <translation>Die Nachricht enthält 8-Bit-Daten, die der Server nicht annehmen kann (kein 8BITMIME).</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server accepts (%2 bytes).</source>
        <translation>Die Nachricht (%1 Byte) ist größer, als der Server annimmt (%2 Byte).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server refused the sender address.</source>
        <translation>Der Server hat die Absenderadresse abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1; the message was sent to nobody.</source>
        <translation>Der Server hat den Empfänger %1 abgelehnt; die Nachricht wurde an niemanden gesendet.</translation>
    </message>
    <message>
        <source>The server cannot take the recipient %1 now; the message was sent to nobody.</source>
        <translation>Der Server kann den Empfänger %1 gerade nicht annehmen; die Nachricht wurde an niemanden gesendet.</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>Der Server hat es abgelehnt, die Nachricht anzunehmen.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>Die Nachricht wurde gesendet.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>The link was lost after the whole message had gone out, so the server may have accepted it: check before sending it again.</source>
        <translation>Die Verbindung brach ab, nachdem die ganze Nachricht hinausgegangen war; der Server hat sie also vielleicht angenommen: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
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
        <source>The server's list of message ids (UIDL) is malformed; nothing was downloaded or deleted.</source>
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
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot remember them as already downloaded. Nothing was marked.</source>
        <translation>Dieser Server kann seine Nachrichten nicht unterscheiden (er kennt den Befehl UIDL nicht). Satchel kann sie deshalb nicht als bereits heruntergeladen vermerken. Es wurde nichts vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n message(s) that would be downloaded headers only were left on the server.</source>
        <translation>
            <numerusform>Dieser Server kennt kein UIDL, daher kann Satchel den Rest einer Nachricht nicht später abholen: %n Nachricht, von der nur die Kopfzeilen heruntergeladen würden, wurde auf dem Server belassen.</numerusform>
            <numerusform>Dieser Server kennt kein UIDL, daher kann Satchel den Rest einer Nachricht nicht später abholen: %n Nachrichten, von denen nur die Kopfzeilen heruntergeladen würden, wurden auf dem Server belassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchRestJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation>Abruf nicht möglich: keine Sitzung oder kein Archiv.</translation>
    </message>
    <message>
        <source>This message is complete already; there is nothing more to download.</source>
        <translation>Diese Nachricht ist bereits vollständig; es gibt nichts mehr herunterzuladen.</translation>
    </message>
    <message>
        <source>Satchel does not know which message on the server this one is (it has no UIDL), so the rest of it cannot be downloaded.</source>
        <translation>Satchel weiß nicht, welcher Nachricht auf dem Server diese entspricht (der Server kennt kein UIDL), daher kann ihr Rest nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The connection was closed before the download ended.</source>
        <translation>Die Verbindung wurde vor dem Ende des Herunterladens beendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The rest of this message cannot be downloaded: it is no longer on the server. Only its header is kept here.</source>
        <translation>Der Rest dieser Nachricht kann nicht heruntergeladen werden: Sie ist nicht mehr auf dem Server. Hier bleiben nur ihre Kopfzeilen erhalten.</translation>
    </message>
    <message>
        <source>The server lists this message's id more than once, so Satchel cannot tell which one to download.</source>
        <translation>Der Server führt die Kennung dieser Nachricht mehrfach auf, daher kann Satchel nicht erkennen, welche heruntergeladen werden soll.</translation>
    </message>
    <message>
        <source>The server did not list its message ids: %1</source>
        <translation>Der Server hat seine Nachrichtenkennungen nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>The rest of this message could not be downloaded: %1</source>
        <translation>Der Rest dieser Nachricht konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>satchel::sync::MailService</name>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>Satchel needs the password to get mail.</source>
        <translation>Satchel braucht das Passwort, um Mail abzurufen.</translation>
    </message>
    <message>
        <source>headers only (metered connection)</source>
        <translation>nur Kopfzeilen (getaktete Verbindung)</translation>
    </message>
    <message>
        <source>Satchel is already downloading the rest of a message.</source>
        <translation>Satchel lädt bereits den Rest einer Nachricht herunter.</translation>
    </message>
    <message>
        <source>The account this message came from no longer gets mail, so the rest of the message cannot be downloaded.</source>
        <translation>Das Konto, von dem diese Nachricht kam, ruft keine Mail mehr ab; der Rest der Nachricht lässt sich daher nicht herunterladen.</translation>
    </message>
    <message>
        <source>Satchel needs the password to download the rest of the message.</source>
        <translation>Satchel braucht das Passwort, um den Rest der Nachricht herunterzuladen.</translation>
    </message>
    <message>
        <source>This account does not sign in with a browser.</source>
        <translation>Dieses Konto meldet sich nicht mit einem Browser an.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in with your browser.</source>
        <translation>Für %1 müssen Sie sich mit Ihrem Browser anmelden.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountEditDialog</name>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Trust only certificates that verify normally again.</source>
        <translation>Wieder nur Zertifikaten vertrauen, die sich normal prüfen lassen.</translation>
    </message>
    <message>
        <source>Accepted certificate:</source>
        <translation>Akzeptiertes Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>Auf neue Mail prüfen &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>None: only certificates that verify</source>
        <translation>Keines: nur Zertifikate, die sich prüfen lassen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountWizard</name>
    <message>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Satchel will find the server settings for most addresses.</source>
        <translation>Satchel findet die Servereinstellungen für die meisten Adressen selbst.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>As others should see it</source>
        <translation>So, wie andere ihn sehen sollen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>ihr.name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is kept in this computer's keychain, never in a file.</source>
        <translation>Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Posteingangsserver</translation>
    </message>
    <message>
        <source>Check what was found; change anything your provider tells you otherwise.</source>
        <translation>Prüfen Sie, was gefunden wurde, und ändern Sie alles, was Ihr Anbieter anders angibt.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Looking for the server</source>
        <translation>Server wird gesucht</translation>
    </message>
    <message>
        <source>Notes about this provider</source>
        <translation>Hinweise zu diesem Anbieter</translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation>Ausprobierte Server</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Erneut s&amp;uchen</translation>
    </message>
    <message>
        <source>Look for the server again</source>
        <translation>Erneut nach dem Server suchen</translation>
    </message>
    <message>
        <source>Satchel knows %1: the settings below are its own.</source>
        <translation>Satchel kennt %1: Die Einstellungen unten sind in Satchel hinterlegt.</translation>
    </message>
    <message>
        <source>%1 cannot be used with Satchel.</source>
        <translation>%1 kann nicht mit Satchel verwendet werden.</translation>
    </message>
    <message>
        <source>Looking for the POP3 server of %1...</source>
        <translation>Der POP3-Server von %1 wird gesucht...</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Testanmeldung</translation>
    </message>
    <message>
        <source>Satchel logs in once to make sure everything works. Nothing is downloaded or deleted.</source>
        <translation>Satchel meldet sich einmal an, um sicherzustellen, dass alles funktioniert. Es wird nichts heruntergeladen oder gelöscht.</translation>
    </message>
    <message>
        <source>Test login status</source>
        <translation>Status der Testanmeldung</translation>
    </message>
    <message>
        <source>Testing the login</source>
        <translation>Anmeldung wird getestet</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the &amp;certificate...</source>
        <translation>&amp;Zertifikat anzeigen...</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>The login works.</source>
        <translation>Die Anmeldung funktioniert.</translation>
    </message>
    <message>
        <source>The login did not work.</source>
        <translation>Die Anmeldung hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation>Kopien auf dem Server</translation>
    </message>
    <message>
        <source>Every message is stored on this computer first; then it is removed from the server as you choose here.</source>
        <translation>Jede Nachricht wird zuerst auf diesem Computer gespeichert; danach wird sie so vom Server entfernt, wie Sie es hier festlegen.</translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation>Minuten zwischen den Abrufen neuer Nachrichten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>&amp;Abrufintervall für neue Nachrichten:</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 signs in through your web browser on a later page: you can leave the password empty.</source>
        <translation>%1 meldet sich auf einer späteren Seite über Ihren Webbrowser an: Sie können das Passwort leer lassen.</translation>
    </message>
    <message>
        <source>To log in with a password instead, use an app password. %1</source>
        <translation>Um sich stattdessen mit einem Passwort anzumelden, verwenden Sie ein App-Passwort. %1</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here. %2</source>
        <translation>%1 akzeptiert hier Ihr normales Passwort nicht. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The accounts Satchel gets mail from. Their passwords are kept in this computer's keychain, never in a file.</source>
        <translation>Die Konten, von denen Satchel Mail abruft. Ihre Passwörter liegen im Schlüsselbund dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation>Kopien auf dem Server</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Neue Mail</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Rebuild From the Mail Stored Here</source>
        <translation>Aus den hier gespeicherten Nachrichten &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Mark All on the Server as Downloaded…</source>
        <translation>Alles auf dem Server als heruntergeladen &amp;markieren…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you accepted it for this account. This can be a routine renewal, or someone between you and the server. Accept the new one only if you know why it changed.</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit Sie es für dieses Konto akzeptiert haben. Das kann eine routinemäßige Erneuerung sein oder jemand, der sich zwischen Sie und den Server geschaltet hat. Akzeptieren Sie das neue nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Accept it only if you know that this server uses a certificate of its own (a home or company server, say); a public provider never needs this.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden. Akzeptieren Sie es nur, wenn Sie wissen, dass dieser Server ein eigenes Zertifikat verwendet (etwa ein Server zu Hause oder in einer Firma); bei einem öffentlichen Anbieter ist das nie nötig.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>(the server sent no certificate)</source>
        <translation>(der Server hat kein Zertifikat gesendet)</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (sich selbst: selbstsigniert)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>Zuvor akzeptiert:</translation>
    </message>
    <message>
        <source>(no detail was given)</source>
        <translation>(keine Einzelheiten angegeben)</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Was fehlschlug:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Zertifikatskette:</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent by the server</source>
        <translation>
            <numerusform>%n Zertifikat vom Server gesendet</numerusform>
            <numerusform>%n Zertifikate vom Server gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept this certificate for this account</source>
        <translation>Dieses Zertifikat für dieses Konto &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>satchel::ui::FetchProblemBar</name>
    <message>
        <source>Problems getting mail</source>
        <translation>Probleme beim Abrufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Mail could not be fetched for %n account(s) (point here for why).</source>
        <translation>
            <numerusform>Für %n Konto konnte keine Mail abgerufen werden (hier zeigen für den Grund).</numerusform>
            <numerusform>Für %n Konten konnte keine Mail abgerufen werden (hier zeigen für die Gründe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation>Alle erneut versuchen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MailController</name>
    <message>
        <source>The account settings cannot be read: %1</source>
        <translation>Die Kontoeinstellungen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Adding the account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>The account could not be stored: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Satchel uses it until it quits and will ask for it again after that; it is never written to disk.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert (%1). Satchel verwendet es, bis es beendet wird, und fragt danach erneut; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Changing the account</source>
        <translation>Konto ändern</translation>
    </message>
    <message>
        <source>The settings could not be stored: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Das Konto %1 entfernen?</translation>
    </message>
    <message>
        <source>Satchel stops getting mail from it and forgets its password. The mail already here can stay in the archive, or go with the account. Nothing on the server is deleted.</source>
        <translation>Satchel ruft keine Mail mehr davon ab und vergisst sein Passwort. Die Mail, die schon hier ist, kann im Archiv bleiben oder mit dem Konto gehen. Auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Its Mail</source>
        <translation>Entfernen, Mail &amp;behalten</translation>
    </message>
    <message>
        <source>Remove With Its &amp;Mail</source>
        <translation>Mit seiner &amp;Mail entfernen</translation>
    </message>
    <message>
        <source>Removing the account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The password of %1 could not be removed from the keychain: %2</source>
        <translation>Das Passwort von %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so Satchel cannot keep passwords. It uses them until it quits and asks for them once in each session; they are never written to disk.</source>
        <translation>Auf diesem Computer antwortet kein Schlüsselbund, daher kann Satchel keine Passwörter aufbewahren. Es verwendet sie, bis es beendet wird, und fragt einmal pro Sitzung danach; sie werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be stored: %1</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gespeichert werden: %1</numerusform>
            <numerusform>%n Nachrichten konnten nicht gespeichert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>The server's certificate was not accepted, so Satchel did not connect.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert, daher hat sich Satchel nicht verbunden.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>There is no server named %1: check the server name in the account's settings.</source>
        <translation>Es gibt keinen Server namens %1: Prüfen Sie den Servernamen in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>the server could not be reached; Satchel tries again later.</source>
        <translation>der Server war nicht erreichbar; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>the mailbox is in use by another program; Satchel tries again later.</source>
        <translation>das Postfach wird von einem anderen Programm benutzt; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>the server wants a pause between logins; Satchel tries again later.</source>
        <translation>der Server verlangt eine Pause zwischen Anmeldungen; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>the server is busy for now; Satchel tries again later.</source>
        <translation>der Server ist gerade ausgelastet; Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try TLS on port 995 or STARTTLS on port 110 in the account's settings.</source>
        <translation>Der Server bietet auf diesem Port keine Verschlüsselung an: Versuchen Sie in den Kontoeinstellungen TLS auf Port 995 oder STARTTLS auf Port 110.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps the password safe on this connection: choose another security setting or login method.</source>
        <translation>Der Server bietet keine Anmeldung an, die das Passwort auf dieser Verbindung schützt: Wählen Sie eine andere Sicherheitseinstellung oder ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server refused access to the mailbox: %1</source>
        <translation>Der Server hat den Zugriff auf das Postfach verweigert: %1</translation>
    </message>
    <message>
        <source>the server asked Satchel to come back later; it tries again by itself.</source>
        <translation>der Server bat Satchel, später wiederzukommen; es versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Getting mail went wrong.</source>
        <translation>Beim Abrufen ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Getting mail went wrong: %1</source>
        <translation>Beim Abrufen ist etwas schiefgegangen: %1</translation>
    </message>
    <message>
        <source>Download the Rest</source>
        <translation>Rest herunterladen</translation>
    </message>
    <message>
        <source>Downloaded the rest of the message.</source>
        <translation>Der Rest der Nachricht wurde heruntergeladen.</translation>
    </message>
    <message>
        <source>The rest of the message could not be downloaded now: %1</source>
        <translation>Der Rest der Nachricht ließ sich jetzt nicht herunterladen: %1</translation>
    </message>
    <message>
        <source>This message is no longer on the server, so its rest cannot be downloaded. What Satchel has of it (the headers, or its beginning) stays here.</source>
        <translation>Diese Nachricht ist nicht mehr auf dem Server, ihr Rest lässt sich daher nicht herunterladen. Was Satchel davon hat (die Kopfzeilen oder ihr Anfang), bleibt hier.</translation>
    </message>
    <message>
        <source>No new messages</source>
        <translation>Keine neuen Nachrichten</translation>
    </message>
    <message>
        <source>Download History</source>
        <translation>Abrufverlauf</translation>
    </message>
    <message>
        <source>The download history of %1 could not be rebuilt: %2</source>
        <translation>Der Abrufverlauf von %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored here were added to the download history of %1; Satchel will not download them again.</source>
        <translation>
            <numerusform>%n hier gespeicherte Nachricht wurde in den Abrufverlauf von %1 aufgenommen; Satchel lädt sie nicht noch einmal herunter.</numerusform>
            <numerusform>%n hier gespeicherte Nachrichten wurden in den Abrufverlauf von %1 aufgenommen; Satchel lädt sie nicht noch einmal herunter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All as Downloaded</source>
        <translation>Alles als heruntergeladen markieren</translation>
    </message>
    <message>
        <source>Take every message on the server of %1 as downloaded?</source>
        <translation>Alle Nachrichten auf dem Server von %1 als heruntergeladen betrachten?</translation>
    </message>
    <message>
        <source>Satchel connects once and remembers every message the server has now, without downloading any of them. It will only get mail that arrives after this, and it never deletes those messages from the server: it has no copy of them.</source>
        <translation>Satchel verbindet sich einmal und merkt sich jede Nachricht, die jetzt auf dem Server liegt, ohne eine davon herunterzuladen. Danach holt es nur Nachrichten, die später ankommen, und löscht jene nie vom Server: Es hat keine Kopie davon.</translation>
    </message>
    <message>
        <source>&amp;Mark All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Satchel is getting mail for %1 right now. Try again when it is done.</source>
        <translation>Satchel ruft gerade Nachrichten für %1 ab. Versuchen Sie es danach noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the server of %1 now count as downloaded.</source>
        <translation>
            <numerusform>%n Nachricht auf dem Server von %1 gilt jetzt als heruntergeladen.</numerusform>
            <numerusform>%n Nachrichten auf dem Server von %1 gelten jetzt als heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the server of %1 was marked as downloaded: %2</source>
        <translation>Auf dem Server von %1 wurde nichts als heruntergeladen markiert: %2</translation>
    </message>
    <message>
        <source>The keychain did not store the sign-in of %1, so it lasts only until Satchel quits; after that Satchel asks you to sign in again. It is never written to disk.</source>
        <translation>Der Schlüsselbund hat die Anmeldung von %1 nicht gespeichert; sie gilt daher nur, bis Satchel beendet wird, danach bittet Satchel Sie, sich erneut anzumelden. Sie wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>To get mail for %1 (%2), sign in to %3 with your web browser.</source>
        <translation>Um Nachrichten für %1 (%2) abzurufen, melden Sie sich mit Ihrem Webbrowser bei %3 an.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Satchel's sign-in for %2 (%3). Sign in again with your web browser.</source>
        <translation>%1 akzeptiert die Anmeldung von Satchel für %2 (%3) nicht mehr. Melden Sie sich mit Ihrem Webbrowser erneut an.</translation>
    </message>
    <message>
        <source>Sign in to %1 for %2 (%3) with your web browser.</source>
        <translation>Melden Sie sich mit Ihrem Webbrowser bei %1 für %2 (%3) an.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Mit dem Browser anmelden</translation>
    </message>
    <message>
        <source>Satchel opens the sign-in page in your browser and waits for it to finish; you can close the browser tab afterwards.</source>
        <translation>Satchel öffnet die Anmeldeseite in Ihrem Browser und wartet, bis die Anmeldung abgeschlossen ist; danach können Sie den Browser-Tab schließen.</translation>
    </message>
    <message>
        <source>Open Browser</source>
        <translation>Browser öffnen</translation>
    </message>
    <message>
        <source>Satchel needs you to sign in with your browser.</source>
        <translation>Satchel benötigt Ihre Anmeldung mit dem Browser.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in although it is new; check that the provider allows POP for this mailbox.</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert, obwohl sie neu ist; prüfen Sie, ob der Anbieter POP für dieses Postfach erlaubt.</translation>
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
        <source>Messages</source>
        <translation>Nachrichten</translation>
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
    <message>
        <source>Reading the archive</source>
        <translation>Lesen des Archivs</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>Get &amp;All Mail</source>
        <translation>Alle &amp;Konten abrufen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb lee&amp;ren…</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation>&amp;Kennzeichnen / Kennzeichnung entfernen</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>&amp;Nächste Nachricht</translation>
    </message>
    <message>
        <source>Next &amp;Unread Message</source>
        <translation>Nächste &amp;ungelesene Nachricht</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>&amp;Vorherige Nachricht</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>&amp;Quelltext der Nachricht</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <source>Selected Messages as &amp;mbox…</source>
        <translation>Ausgewählte Nachrichten als &amp;mbox…</translation>
    </message>
    <message>
        <source>Selected Messages as .&amp;eml Files…</source>
        <translation>Ausgewählte Nachrichten als .&amp;eml-Dateien…</translation>
    </message>
    <message>
        <source>Folder as m&amp;box…</source>
        <translation>Ordner als m&amp;box…</translation>
    </message>
    <message>
        <source>Folder as .em&amp;l Files…</source>
        <translation>Ordner als .em&amp;l-Dateien…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Navi&amp;gation</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search all mail… (Ctrl+K)</source>
        <translation>Alle Nachrichten durchsuchen… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words, "phrases", from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</source>
        <translation>Wörter, "Wortgruppen", from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Fortschritt des Abrufs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel fetching mail</source>
        <translation>Abrufen der Nachrichten abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Satchel (%n unread)</source>
        <translation>
            <numerusform>Satchel (%n ungelesen)</numerusform>
            <numerusform>Satchel (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satchel: %n unread</source>
        <translation>
            <numerusform>Satchel: %n ungelesen</numerusform>
            <numerusform>Satchel: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>Marking as read</source>
        <translation>Markieren als gelesen</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message numerus="yes">
        <source>Search results: the newest %n messages that match</source>
        <translation>
            <numerusform>Suchergebnisse: die %n neueste passende Nachricht</numerusform>
            <numerusform>Suchergebnisse: die %n neuesten passenden Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search results: %n message(s)</source>
        <translation>
            <numerusform>Suchergebnisse: %n Nachricht</numerusform>
            <numerusform>Suchergebnisse: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking messages</source>
        <translation>Markieren der Nachrichten</translation>
    </message>
    <message>
        <source>Flagging messages</source>
        <translation>Kennzeichnen der Nachrichten</translation>
    </message>
    <message>
        <source>Deleting messages</source>
        <translation>Löschen der Nachrichten</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? They cannot be recovered. With the setting “leave on the server until deleted here”, the server's copy is deleted at the next fetch.</source>
        <translation>
            <numerusform>%n Nachricht endgültig löschen? Sie kann nicht wiederhergestellt werden. Bei der Einstellung „Auf dem Server belassen, bis ich sie hier lösche“ wird die Kopie auf dem Server beim nächsten Abruf gelöscht.</numerusform>
            <numerusform>%n Nachrichten endgültig löschen? Sie können nicht wiederhergestellt werden. Bei der Einstellung „Auf dem Server belassen, bis ich sie hier lösche“ werden die Kopien auf dem Server beim nächsten Abruf gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation>Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete the %n message(s) in the Trash? With the setting “leave on the server until deleted here”, their copies on the server will be deleted the next time mail is fetched.</source>
        <translation>
            <numerusform>Die %n Nachricht im Papierkorb endgültig löschen? Bei der Einstellung „Auf dem Server belassen, bis ich sie hier lösche“ wird ihre Kopie auf dem Server beim nächsten Abrufen gelöscht.</numerusform>
            <numerusform>Die %n Nachrichten im Papierkorb endgültig löschen? Bei der Einstellung „Auf dem Server belassen, bis ich sie hier lösche“ werden ihre Kopien auf dem Server beim nächsten Abrufen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving messages</source>
        <translation>Verschieben der Nachrichten</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <source>Renaming the folder</source>
        <translation>Umbenennen des Ordners</translation>
    </message>
    <message>
        <source>Deleting the folder</source>
        <translation>Löschen des Ordners</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and its subfolders? Their messages are moved to the Trash.</source>
        <translation>Den Ordner „%1“ und seine Unterordner löschen? Ihre Nachrichten werden in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as mbox</source>
        <translation>Als mbox exportieren</translation>
    </message>
    <message>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Mailbox-Dateien (*.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as .eml Files</source>
        <translation>Als .eml-Dateien exportieren</translation>
    </message>
    <message>
        <source>Getting mail for %1…</source>
        <translation>Nachrichten für %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The mail servers can be reached.</source>
        <translation>Die Mailserver sind erreichbar.</translation>
    </message>
    <message>
        <source>Working offline: everything here is stored on this computer.</source>
        <translation>Offline-Betrieb: Alles hier ist auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Satchel will use the new language from its next start.</source>
        <translation>Satchel verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>New &amp;Account…</source>
        <translation>Neues &amp;Konto…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>K&amp;onten…</translation>
    </message>
    <message>
        <source>Get Mail &amp;For</source>
        <translation>Mail abrufen &amp;für</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Show each conversation as one row that opens to its messages</source>
        <translation>Jede Unterhaltung als eine Zeile zeigen, die sich zu ihren Nachrichten öffnet</translation>
    </message>
    <message>
        <source>&amp;Expand All Threads</source>
        <translation>Alle Themen &amp;erweitern</translation>
    </message>
    <message>
        <source>&amp;Collapse All Threads</source>
        <translation>Alle Themen &amp;reduzieren</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n neue Nachricht für %1</numerusform>
            <numerusform>%n neue Nachrichten für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Von %1: %2</translation>
    </message>
    <message>
        <source>Newest from %1: %2</source>
        <translation>Neueste von %1: %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MessageView</name>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Remote content blocked to protect your privacy.</source>
        <translation>Externe Inhalte wurden blockiert, um Ihre Privatsphäre zu schützen.</translation>
    </message>
    <message>
        <source>Load for this message</source>
        <translation>Für diese Nachricht laden</translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded. The rest is still on the server.</source>
        <translation>Diese Nachricht wurde nur teilweise heruntergeladen. Der Rest befindet sich noch auf dem Server.</translation>
    </message>
    <message>
        <source>Download the rest</source>
        <translation>Rest herunterladen</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>&amp;Alle speichern…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show all header details</source>
        <translation>Alle Kopfzeilen anzeigen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>This message cannot be shown: %1</source>
        <translation>Diese Nachricht kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>The attachment could not be written to %1.</source>
        <translation>Der Anhang konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation>Der Anhang konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>%1 of %2 attachments could not be saved to %3.</source>
        <translation>%1 von %2 Anhängen konnten nicht unter %3 gespeichert werden.</translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation>Quelltext von „%1“</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
    <message>
        <source>Message: %1 (%2)</source>
        <translation>Nachricht: %1 (%2)</translation>
    </message>
    <message>
        <source>An attached message: Open shows it in a window</source>
        <translation>Eine angehängte Nachricht: Öffnen zeigt sie in einem eigenen Fenster</translation>
    </message>
    <message>
        <source>%1 (attached message)</source>
        <translation>%1 (angehängte Nachricht)</translation>
    </message>
    <message>
        <source>%1 (%2 where it was sent)</source>
        <translation>%1 (%2 beim Absender)</translation>
    </message>
    <message>
        <source>This message is very long: only its beginning is shown.</source>
        <translation>Diese Nachricht ist sehr lang: nur ihr Anfang wird angezeigt.</translation>
    </message>
    <message>
        <source>Show the Whole Message</source>
        <translation>Ganze Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Die Nachricht wird geladen …</translation>
    </message>
</context>
<context>
    <name>satchel::ui::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Satchel has no password for %1 yet. Enter it to get mail.</source>
        <translation>Satchel hat noch kein Passwort für %1. Geben Sie es ein, um Mail abzurufen.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel the password for %1 (it may be locked, or access was denied). Enter the password to get mail this time.</source>
        <translation>Der Schlüsselbund hat Satchel das Passwort für %1 nicht gegeben (er ist vielleicht gesperrt, oder der Zugriff wurde verweigert). Geben Sie das Passwort ein, um diesmal Mail abzurufen.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so Satchel cannot keep passwords: it asks for them once a session and never writes them to disk. Enter the password for %1.</source>
        <translation>Auf diesem Computer antwortet kein Schlüsselbund, daher kann Satchel keine Passwörter aufbewahren: Es fragt einmal pro Sitzung danach und schreibt sie nie auf die Festplatte. Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Enter the password for %1 (there is no keychain to keep it in).</source>
        <translation>Geben Sie das Passwort für %1 ein (es gibt keinen Schlüsselbund, um es aufzubewahren).</translation>
    </message>
    <message>
        <source>The server did not accept the password for %1. Enter it again (check the user name too; many providers want an app password for POP).</source>
        <translation>Der Server hat das Passwort für %1 nicht angenommen. Geben Sie es erneut ein (prüfen Sie auch den Benutzernamen; viele Anbieter verlangen für POP ein App-Passwort).</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Save it in the keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remember it until Satchel quits</source>
        <translation>Bis zum Beenden von Satchel &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>Mail &amp;abrufen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RetentionForm</name>
    <message>
        <source>&amp;Delete from the server once stored here</source>
        <translation>Vom Server &amp;löschen, sobald hier gespeichert</translation>
    </message>
    <message>
        <source>Leave on the server for</source>
        <translation>Auf dem Server lassen für</translation>
    </message>
    <message>
        <source>Days to leave messages on the server</source>
        <translation>Tage, die Nachrichten auf dem Server bleiben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Leave on the server &amp;until I delete it here</source>
        <translation>Auf dem Server lassen, &amp;bis ich sie hier lösche</translation>
    </message>
    <message>
        <source>Leave on the server &amp;forever</source>
        <translation>&amp;Für immer auf dem Server lassen</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens behalten:</translation>
    </message>
    <message>
        <source>Most messages kept on the server</source>
        <translation>Höchstzahl der Nachrichten auf dem Server</translation>
    </message>
    <message>
        <source> messages on the server</source>
        <translation> Nachrichten auf dem Server</translation>
    </message>
    <message>
        <source>Most megabytes kept on the server</source>
        <translation>Höchstzahl der Megabyte auf dem Server</translation>
    </message>
    <message>
        <source> MB on the server</source>
        <translation> MB auf dem Server</translation>
    </message>
    <message>
        <source>Download only the &amp;headers (the rest of a message when you ask for it)</source>
        <translation>Nur die &amp;Kopfzeilen herunterladen (den Rest einer Nachricht, wenn Sie ihn anfordern)</translation>
    </message>
    <message>
        <source>Only the headers on a &amp;metered connection (mobile data, a hotspot)</source>
        <translation>Nur die Kopfzeilen bei einer &amp;getakteten Verbindung (mobile Daten, Hotspot)</translation>
    </message>
    <message>
        <source>This computer does not say whether its connection is metered, so for now this never applies.</source>
        <translation>Dieser Computer meldet nicht, ob seine Verbindung getaktet ist; deshalb greift dies vorerst nie.</translation>
    </message>
    <message>
        <source>Only the headers of messages larger than</source>
        <translation>Nur die Kopfzeilen von Nachrichten größer als</translation>
    </message>
    <message>
        <source>Size limit in kilobytes</source>
        <translation>Größengrenze in Kilobyte</translation>
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
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (empfohlen)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>No encryption (password readable on the network)</source>
        <translation>Keine Verschlüsselung (Passwort im Netz lesbar)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation>Automatisch (das stärkste angebotene)</translation>
    </message>
    <message>
        <source>User name and password (USER/PASS)</source>
        <translation>Benutzername und Passwort (USER/PASS)</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password and your mail. Choose this only for a server on your own network.</source>
        <translation>Ohne Verschlüsselung kann jeder im Netzwerk zwischen Ihnen und dem Server Ihr Passwort und Ihre Nachrichten lesen. Wählen Sie dies nur für einen Server in Ihrem eigenen Netzwerk.</translation>
    </message>
    <message>
        <source>Enter the server's name.</source>
        <translation>Geben Sie den Namen des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Sign in with your browser</source>
        <translation>Mit dem Browser anmelden</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>For a browser on this computer that did not open by itself.</source>
        <translation>Für einen Browser auf diesem Computer, der sich nicht von selbst geöffnet hat.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Log in with a &amp;password instead</source>
        <translation>Stattdessen mit &amp;Passwort anmelden</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>&amp;Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>The one built into Satchel, if any</source>
        <translation>Die in Satchel eingebaute, falls vorhanden</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>%1 accepts only a sign-in through a web page (OAuth), and Satchel does not know where that page is for this server.</source>
        <translation>%1 akzeptiert nur eine Anmeldung über eine Webseite (OAuth), und Satchel weiß nicht, wo diese Seite für diesen Server ist.</translation>
    </message>
    <message>
        <source>Satchel could not open your browser. Copy the address and open it in a browser on this computer; Satchel keeps waiting.</source>
        <translation>Satchel konnte Ihren Browser nicht öffnen. Kopieren Sie die Adresse und öffnen Sie sie in einem Browser auf diesem Computer; Satchel wartet weiter.</translation>
    </message>
    <message>
        <source>%1 wants you to sign in on its own web page; Satchel never sees your password.</source>
        <translation>%1 möchte, dass Sie sich auf seiner eigenen Webseite anmelden; Satchel sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Satchel opens %1's sign-in page in your web browser. Sign in there and allow Satchel to read your mail; then come back here. Satchel keeps the sign-in in this computer's keychain.</source>
        <translation>Satchel öffnet die Anmeldeseite von %1 in Ihrem Webbrowser. Melden Sie sich dort an und erlauben Sie Satchel, Ihre Nachrichten zu lesen; kehren Sie dann hierher zurück. Satchel bewahrt die Anmeldung im Schlüsselbund dieses Computers auf.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>Mit dem Browser an&amp;melden</translation>
    </message>
    <message>
        <source>Instead of signing in, you can log in with an app password. %1</source>
        <translation>Statt sich über den Browser anzumelden, können Sie sich mit einem App-Passwort anmelden. %1</translation>
    </message>
    <message>
        <source>Ready: press the button to open your browser.</source>
        <translation>Bereit: Drücken Sie die Schaltfläche, um Ihren Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in to %1 in your browser...</source>
        <translation>Warten, bis Sie die Anmeldung bei %1 in Ihrem Browser abgeschlossen haben …</translation>
    </message>
    <message>
        <source>If no browser opened, copy the address and open it in a browser on this computer.</source>
        <translation>Wenn sich kein Browser geöffnet hat, kopieren Sie die Adresse und öffnen Sie sie in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Press Next to choose what stays on the server.</source>
        <translation>Drücken Sie „Weiter“, um festzulegen, was auf dem Server bleibt.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>Die Anmeldung hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>Satchel cannot sign in here.</source>
        <translation>Satchel kann sich hier nicht anmelden.</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1 is configured in this build of Satchel.</source>
        <translation>In diesem Build von Satchel ist keine OAuth-Client-ID für %1 eingerichtet.</translation>
    </message>
    <message>
        <source>Enter a client ID of your own under Advanced settings (the README says how to register one), or log in with a password.</source>
        <translation>Geben Sie unter „Erweiterte Einstellungen“ eine eigene Client-ID ein (die README erklärt, wie Sie eine registrieren), oder melden Sie sich mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Enter a client ID of your own under Advanced settings (the README says how to register one), or use an app password.</source>
        <translation>Geben Sie unter „Erweiterte Einstellungen“ eine eigene Client-ID ein (die README erklärt, wie Sie eine registrieren), oder verwenden Sie ein App-Passwort.</translation>
    </message>
</context>
</TS>