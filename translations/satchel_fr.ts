<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Archive</name>
    <message>
        <source>The archive is busy; committed mail could not be flushed to disk yet.</source>
        <translation>L’archive est occupée ; le courrier enregistré n’a pas encore pu être écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Try &apos;satchel --help&apos;.</source>
        <translation>Essayez « satchel --help ».</translation>
    </message>
    <message>
        <source>satchel: could not import %1: %2</source>
        <translation>satchel : impossible d’importer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>From: </source>
        <translation>De : </translation>
    </message>
    <message>
        <source>To: </source>
        <translation>À : </translation>
    </message>
    <message>
        <source>Cc: </source>
        <translation>Cc : </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Date : </translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation>Objet : </translation>
    </message>
    <message>
        <source>Folder: </source>
        <translation>Dossier : </translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3 bytes)</source>
        <translation>Pièce jointe : %1 (%2, %3 octets)</translation>
    </message>
    <message>
        <source>satchel: archive problem: %1</source>
        <translation>satchel : problème dans l’archive : %1</translation>
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
        <translation>Un lecteur de courrier hors ligne qui ne perd jamais un message.

Sans commande, Satchel ouvre sa fenêtre. Commandes :
  import CHEMIN... [--folder NOM]  fichiers .eml, dossiers de .eml, Maildir, mbox
  search REQUÊTE [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox FICHIER | --eml DOSSIER) [--folder NOM | --query REQUÊTE]
  check                            l’intégrité de l’archive

Recherche : mots, &quot;expressions&quot;, from: to: subject: has:attachment is:unread is:read
is:flagged folder:NOM before:AAAA-MM-JJ after:AAAA-MM-JJ, AND OR NOT - ( ).</translation>
    </message>
    <message>
        <source>The profile folder (default: %1).</source>
        <translation>Le dossier du profil (par défaut : %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>import: the folder to import into (default: Inbox); export: the folder to export.</source>
        <translation>import : le dossier de destination (par défaut : Boîte de réception) ; export : le dossier à exporter.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>search, show: JSON output.</source>
        <translation>search, show : sortie au format JSON.</translation>
    </message>
    <message>
        <source>search: at most N results, newest first (default 100; 0 for all).</source>
        <translation>search : au plus N résultats, les plus récents d’abord (100 par défaut ; 0 pour tous).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>show: the exact stored bytes.</source>
        <translation>show : les octets enregistrés, tels quels.</translation>
    </message>
    <message>
        <source>show: headers and text (default).</source>
        <translation>show : en-têtes et texte (par défaut).</translation>
    </message>
    <message>
        <source>export: to this mbox file (mboxrd).</source>
        <translation>export : vers ce fichier mbox (mboxrd).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>export: to this folder, one .eml file per message.</source>
        <translation>export : vers ce dossier, un fichier .eml par message.</translation>
    </message>
    <message>
        <source>export: the messages this search finds.</source>
        <translation>export : les messages que trouve cette recherche.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>import, search, show, export or check.</source>
        <translation>import, search, show, export ou check.</translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export or check</source>
        <translation>commande attendue : import, search, show, export ou check</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 ne s’applique pas à %2</translation>
    </message>
    <message>
        <source>import: expected at least one file or folder</source>
        <translation>import : au moins un fichier ou dossier attendu</translation>
    </message>
    <message>
        <source>search: expected a query</source>
        <translation>search : requête attendue</translation>
    </message>
    <message>
        <source>--limit expects a number of results, not &quot;%1&quot;</source>
        <translation>--limit attend un nombre de résultats, pas « %1 »</translation>
    </message>
    <message>
        <source>show: expected one message id</source>
        <translation>show : un identifiant de message attendu</translation>
    </message>
    <message>
        <source>show: &quot;%1&quot; is not a message id</source>
        <translation>show : « %1 » n’est pas un identifiant de message</translation>
    </message>
    <message>
        <source>show: choose one of --raw, --json and --text</source>
        <translation>show : choisissez une seule option parmi --raw, --json et --text</translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation>export : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>export: expected either --mbox FILE or --eml DIR</source>
        <translation>export : --mbox FICHIER ou --eml DOSSIER attendu</translation>
    </message>
    <message>
        <source>export: use --folder or --query, not both</source>
        <translation>export : utilisez --folder ou --query, pas les deux</translation>
    </message>
    <message>
        <source>check: unexpected argument &quot;%1&quot;</source>
        <translation>check : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>there is no archive at %1 yet: import some mail first</source>
        <translation>il n’y a pas encore d’archive dans %1 : importez d’abord du courrier</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n messages; %1 duplicates skipped; %2 could not be imported.</source>
        <translation>
            <numerusform>%n message importé ; %1 doublons ignorés ; %2 n’ont pas pu être importés.</numerusform>
            <numerusform>%n messages importés ; %1 doublons ignorés ; %2 n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n messages to %1.</source>
        <translation>
            <numerusform>%n message exporté vers %1.</numerusform>
            <numerusform>%n messages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive %1 is sound: %n messages.</source>
        <translation>
            <numerusform>L’archive %1 est intacte : %n message.</numerusform>
            <numerusform>L’archive %1 est intacte : %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImporterText</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1, message at byte %2</source>
        <translation>%1, message à l’octet %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a mail message (no header at the start)</source>
        <translation>pas un message électronique (aucun en-tête au début)</translation>
    </message>
</context>
<context>
    <name>MboxReader</name>
    <message>
        <source>not an mbox file: it does not start with &quot;From &quot;</source>
        <translation>pas un fichier mbox : il ne commence pas par « From  »</translation>
    </message>
</context>
<context>
    <name>RetentionPolicyText</name>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot leave copies on it without downloading them all again each time. Choose &quot;delete from the server after download&quot; for this account.</source>
        <translation>Ce serveur ne sait pas distinguer ses messages (il n’a pas de commande UIDL) : Satchel ne peut donc pas y laisser de copies sans tout retélécharger à chaque fois. Choisissez « Supprimer du serveur après le téléchargement » pour ce compte.</translation>
    </message>
    <message>
        <source>The server says it deletes messages once they are downloaded (EXPIRE 0): it will not keep copies, whatever this account asks.</source>
        <translation>Le serveur indique qu’il supprime les messages une fois téléchargés (EXPIRE 0) : il n’en gardera pas de copie, quoi que demande ce compte.</translation>
    </message>
</context>
<context>
    <name>SearchQueryText</name>
    <message>
        <source>a quote that is never closed: expected a closing &quot;</source>
        <translation>un guillemet n’est jamais fermé : &quot; fermant attendu</translation>
    </message>
    <message>
        <source>the query is empty: expected a word, a &quot;phrase&quot; or an operator such as from:</source>
        <translation>la requête est vide : un mot, une &quot;expression&quot; ou un opérateur comme from: attendu</translation>
    </message>
    <message>
        <source>a closing parenthesis without an opening one</source>
        <translation>une parenthèse fermante sans parenthèse ouvrante</translation>
    </message>
    <message>
        <source>expected the end of the query</source>
        <translation>fin de la requête attendue</translation>
    </message>
    <message>
        <source>the query ends after %1: expected a search term</source>
        <translation>la requête s’arrête après %1 : terme de recherche attendu</translation>
    </message>
    <message>
        <source>expected a search term after %1, not &quot;)&quot;</source>
        <translation>terme de recherche attendu après %1, pas &quot;)&quot;</translation>
    </message>
    <message>
        <source>expected a search term after %1, not %2</source>
        <translation>terme de recherche attendu après %1, pas %2</translation>
    </message>
    <message>
        <source>expected a search term after %1</source>
        <translation>terme de recherche attendu après %1</translation>
    </message>
    <message>
        <source>empty parentheses: expected a search term between &quot;(&quot; and &quot;)&quot;</source>
        <translation>parenthèses vides : terme de recherche attendu entre &quot;(&quot; et &quot;)&quot;</translation>
    </message>
    <message>
        <source>expected &quot;)&quot; to close the &quot;(&quot; at position %1</source>
        <translation>&quot;)&quot; attendue pour fermer la &quot;(&quot; de la position %1</translation>
    </message>
    <message>
        <source>expected a search term before %1</source>
        <translation>terme de recherche attendu avant %1</translation>
    </message>
    <message>
        <source>expected a search term</source>
        <translation>terme de recherche attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>&quot;%1&quot; ne contient ni lettre ni chiffre à rechercher</translation>
    </message>
    <message>
        <source>expected a value after %1:</source>
        <translation>valeur attendue après %1:</translation>
    </message>
    <message>
        <source>has: expects &quot;attachment&quot;</source>
        <translation>has: attend &quot;attachment&quot;</translation>
    </message>
    <message>
        <source>is: expects read, unread, flagged, unflagged or answered</source>
        <translation>is: attend read, unread, flagged, unflagged ou answered</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD after %1:, not &quot;%2&quot;</source>
        <translation>date au format AAAA-MM-JJ attendue après %1:, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown operator %1: (known: from, to, subject, has, is, before, after, folder; put the word in quotes to search for it as text)</source>
        <translation>opérateur inconnu %1: (connus : from, to, subject, has, is, before, after, folder ; mettez le mot entre guillemets pour le rechercher comme texte)</translation>
    </message>
    <message>
        <source>Search query, at character %1: %2</source>
        <translation>Requête de recherche, au caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline mail reader that never loses a message.</source>
        <translation>Un lecteur de courrier hors ligne qui ne perd jamais un message.</translation>
    </message>
    <message>
        <source>The language of the interface: de, en, es, fr (default: the system&apos;s).</source>
        <translation>La langue de l’interface : de, en, es, fr (par défaut : celle du système).</translation>
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
        <translation>Le nom d’utilisateur ou le mot de passe contient un saut de ligne ou un caractère NUL, qui ne peut pas être envoyé à un serveur POP3.</translation>
    </message>
    <message>
        <source>The server sent data before the connection was ready.</source>
        <translation>Le serveur a envoyé des données avant que la connexion soit prête.</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>Le serveur n’a pas respecté le protocole POP3 : %1</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2.</source>
        <translation>Le serveur %1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>A secure connection could not be established: %1</source>
        <translation>Impossible d’établir une connexion sécurisée : %1</translation>
    </message>
    <message>
        <source>The connection closed before the server confirmed QUIT; no message was deleted.</source>
        <translation>La connexion s’est fermée avant que le serveur confirme QUIT ; aucun message n’a été supprimé.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>connecting to the server</source>
        <translation>la connexion au serveur</translation>
    </message>
    <message>
        <source>the secure handshake</source>
        <translation>l’établissement de la connexion sécurisée</translation>
    </message>
    <message>
        <source>the server&apos;s answer</source>
        <translation>la réponse du serveur</translation>
    </message>
    <message>
        <source>Gave up waiting for %1.</source>
        <translation>Abandon après avoir trop attendu %1.</translation>
    </message>
    <message>
        <source>The server refused to start TLS (STLS).</source>
        <translation>Le serveur a refusé de démarrer TLS (STLS).</translation>
    </message>
    <message>
        <source>The server sent unexpected data before starting TLS.</source>
        <translation>Le serveur a envoyé des données inattendues avant de démarrer TLS.</translation>
    </message>
    <message>
        <source>The server sent a response nobody asked for.</source>
        <translation>Le serveur a envoyé une réponse que personne n’a demandée.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The server does not offer STLS, and this account requires it. Nothing was sent; check the security setting (perhaps TLS on port 995).</source>
        <translation>Le serveur ne propose pas STLS, que ce compte exige. Rien n’a été envoyé ; vérifiez le réglage de sécurité (peut-être TLS sur le port 995).</translation>
    </message>
    <message>
        <source>Logging in with %1 would send the password unencrypted, which this account does not allow.</source>
        <translation>Se connecter avec %1 enverrait le mot de passe en clair, ce que ce compte n’autorise pas.</translation>
    </message>
    <message>
        <source>Logging in with USER/PASS would send the password unencrypted, which this account does not allow.</source>
        <translation>Se connecter avec USER/PASS enverrait le mot de passe en clair, ce que ce compte n’autorise pas.</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>Le serveur ne prend pas en charge APOP (son message d’accueil n’a pas d’horodatage).</translation>
    </message>
    <message>
        <source>The server offers only ways of logging in that would send the password unencrypted, which this account does not allow.</source>
        <translation>Le serveur ne propose que des méthodes de connexion qui enverraient le mot de passe en clair, ce que ce compte n’autorise pas.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that Satchel supports.</source>
        <translation>Le serveur ne propose aucune méthode de connexion prise en charge par Satchel.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: %1</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe : %1</translation>
    </message>
    <message>
        <source>the server&apos;s challenge is not valid base64</source>
        <translation>le défi du serveur n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password; it may not be the server it claims to be.</source>
        <translation>Le serveur a accepté la connexion sans prouver qu’il connaît le mot de passe ; ce n’est peut-être pas le serveur qu’il prétend être.</translation>
    </message>
    <message>
        <source>Logging in with %1 failed: %2</source>
        <translation>La connexion avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server did not accept the login (%1): %2</source>
        <translation>Le serveur n’a pas accepté la connexion (%1) : %2</translation>
    </message>
    <message>
        <source>The server could not apply the deletions: %1</source>
        <translation>Le serveur n’a pas pu appliquer les suppressions : %1</translation>
    </message>
    <message>
        <source>The server refused the command: %1</source>
        <translation>Le serveur a refusé la commande : %1</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answer is malformed.</source>
        <translation>La réponse du serveur à %1 est mal formée.</translation>
    </message>
    <message>
        <source>Message %1 is larger than the limit of %2 MB and was skipped.</source>
        <translation>Le message %1 dépasse la limite de %2 Mo et a été ignoré.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another session; Satchel will try again later.</source>
        <translation>La boîte aux lettres est utilisée par une autre session ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server asks to wait longer between checks; Satchel will try again later.</source>
        <translation>Le serveur demande d’attendre plus longtemps entre deux relèves ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; Satchel will try again later.</source>
        <translation>Le serveur a un problème temporaire ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server reports a permanent problem with this mailbox: %1</source>
        <translation>Le serveur signale un problème permanent avec cette boîte aux lettres : %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation>Rien pour relever le courrier : pas de session ou pas d’archive.</translation>
    </message>
    <message>
        <source>The connection was closed before the fetch ended.</source>
        <translation>La connexion a été fermée avant la fin de la relève.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s list of message ids (UIDL) is malformed; nothing was downloaded or deleted.</source>
        <translation>La liste des identifiants de messages (UIDL) du serveur est mal formée ; rien n’a été téléchargé ni supprimé.</translation>
    </message>
    <message>
        <source>The server lists the message id %1 more than once; Satchel downloads it once and leaves it on the server.</source>
        <translation>Le serveur liste plusieurs fois l’identifiant de message %1 ; Satchel le télécharge une fois et le laisse sur le serveur.</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>Le message %1 n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>The server did not list its messages: %1</source>
        <translation>Le serveur n’a pas listé ses messages : %1</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded: %2</source>
        <translation>Le message %1 n’a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>The server did not delete message %1: %2</source>
        <translation>Le serveur n’a pas supprimé le message %1 : %2</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>À &amp;propos de Satchel</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Toutes les boîtes de réception</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No account yet. Add one to start reading offline.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un pour lire hors ligne.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>À propos de Satchel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline mail reader that never loses a message.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un lecteur de courrier hors ligne qui ne perd jamais un message.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
