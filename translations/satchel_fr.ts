<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AccountCommandsText</name>
    <message>
        <source>Try 'satchel --help'.</source>
        <translation>Essayez « satchel --help ».</translation>
    </message>
    <message>
        <source>account add: "%1" cannot be an account name</source>
        <translation>account add : « %1 » ne peut pas être un nom de compte</translation>
    </message>
    <message>
        <source>account add: --host is required</source>
        <translation>account add : --host est obligatoire</translation>
    </message>
    <message>
        <source>account add: --user is required</source>
        <translation>account add : --user est obligatoire</translation>
    </message>
    <message>
        <source>account add: --security is required (tls, starttls or none)</source>
        <translation>account add : --security est obligatoire (tls, starttls ou none)</translation>
    </message>
    <message>
        <source>--security expects tls, starttls or none, not "%1"</source>
        <translation>--security attend tls, starttls ou none, pas « %1 »</translation>
    </message>
    <message>
        <source>--port expects a port number, not "%1"</source>
        <translation>--port attend un numéro de port, pas « %1 »</translation>
    </message>
    <message>
        <source>--leave-on-server expects no, forever, days:N or until-deleted, not "%1"</source>
        <translation>--leave-on-server attend no, forever, days:N ou until-deleted, pas « %1 »</translation>
    </message>
    <message>
        <source>--keep-max-messages expects a number</source>
        <translation>--keep-max-messages attend un nombre</translation>
    </message>
    <message>
        <source>--keep-max-mb expects a number of megabytes</source>
        <translation>--keep-max-mb attend un nombre de mégaoctets</translation>
    </message>
    <message>
        <source>--max-size expects a size in KB</source>
        <translation>--max-size attend une taille en Ko</translation>
    </message>
    <message>
        <source>--trust-fingerprint expects a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--trust-fingerprint attend une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation>il existe déjà un compte nommé %1</translation>
    </message>
    <message>
        <source>Added account %1: %2@%3:%4 (%5), %6.</source>
        <translation>Compte %1 ajouté : %2@%3:%4 (%5), %6.</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>headers only</source>
        <translation>en-têtes uniquement</translation>
    </message>
    <message>
        <source>max %1 KB</source>
        <translation>%1 Ko au maximum</translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation>certificat épinglé %1</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>fichier d’autorité de certification %1</translation>
    </message>
    <message>
        <source>Removed account %1 and its mail.</source>
        <translation>Compte %1 supprimé, ainsi que son courrier.</translation>
    </message>
    <message>
        <source>Removed account %1; its mail stays in the archive.</source>
        <translation>Compte %1 supprimé ; son courrier reste dans l’archive.</translation>
    </message>
    <message>
        <source>there is no account named %1</source>
        <translation>il n’existe aucun compte nommé %1</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>réessayez plus tard</translation>
    </message>
    <message>
        <source>check the user name and password (give it again with --password-stdin)</source>
        <translation>vérifiez le nom d’utilisateur et le mot de passe (redonnez le mot de passe avec --password-stdin)</translation>
    </message>
    <message>
        <source>the server's certificate could not be verified; if you trust it, add the account again with --trust-fingerprint or --ca-file</source>
        <translation>le certificat du serveur n’a pas pu être vérifié ; si vous lui faites confiance, ajoutez de nouveau le compte avec --trust-fingerprint ou --ca-file</translation>
    </message>
    <message>
        <source>account add: accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>account add : accepter le certificat du serveur qui a cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>account remove: delete the account's mail too.</source>
        <translation>account remove : supprimer aussi le courrier du compte.</translation>
    </message>
    <message>
        <source>account %1: expected one account name</source>
        <translation>account %1 : un nom de compte attendu</translation>
    </message>
    <message>
        <source>account list: unexpected argument "%1"</source>
        <translation>account list : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--%1 does not apply to account %2</source>
        <translation>--%1 ne s’applique pas à account %2</translation>
    </message>
    <message>
        <source>--delete-mail does not apply to account %1</source>
        <translation>--delete-mail ne s’applique pas à account %1</translation>
    </message>
    <message>
        <source>there are no accounts yet: add one with 'satchel account add'</source>
        <translation>il n’y a encore aucun compte : ajoutez-en un avec « satchel account add »</translation>
    </message>
    <message>
        <source>fetch --password-stdin: expected one password line, or one per account (%1)</source>
        <translation>fetch --password-stdin : une ligne de mot de passe attendue, ou une par compte (%1)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 partial, %4 deleted on the server, %5 left on the server, %6 errors</source>
        <translation>%1 : %2 nouveaux, %3 partiels, %4 supprimés du serveur, %5 laissés sur le serveur, %6 erreurs</translation>
    </message>
    <message>
        <source>; %1 new messages were stored before it stopped</source>
        <translation>; %1 nouveaux messages ont été enregistrés avant l’arrêt</translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation>satchel : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) added to the download history from the messages stored here.</source>
        <translation>
            <numerusform>%1 : %n message ajouté à l’historique des téléchargements à partir des messages enregistrés ici.</numerusform>
            <numerusform>%1 : %n messages ajoutés à l’historique des téléchargements à partir des messages enregistrés ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch: download nothing; remember every message now on the server as already downloaded (it is never deleted from the server by Satchel).</source>
        <translation>fetch : ne rien télécharger ; retenir chaque message présent sur le serveur comme déjà téléchargé (Satchel ne le supprime jamais du serveur).</translation>
    </message>
    <message>
        <source>%1: %2 marked as already downloaded, %3 deleted on the server, %4 left on the server, %5 errors</source>
        <translation>%1 : %2 marqués comme déjà téléchargés, %3 supprimés du serveur, %4 laissés sur le serveur, %5 erreurs</translation>
    </message>
    <message>
        <source>--auth expects USER, APOP or a SASL mechanism such as SCRAM-SHA-256, not "%1"</source>
        <translation>--auth attend USER, APOP ou un mécanisme SASL comme SCRAM-SHA-256, pas « %1 »</translation>
    </message>
    <message>
        <source>--oauth-client-id and --oauth-client-secret go with --oauth PROVIDER</source>
        <translation>--oauth-client-id et --oauth-client-secret vont avec --oauth PROVIDER</translation>
    </message>
    <message>
        <source>--host expects the name of the POP3 server</source>
        <translation>--host attend le nom du serveur POP3</translation>
    </message>
    <message>
        <source>--user expects a user name</source>
        <translation>--user attend un nom d’utilisateur</translation>
    </message>
    <message>
        <source>--unset expects one of %1, not "%2"</source>
        <translation>--unset attend l’un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--%1 and --unset %1 cannot go together</source>
        <translation>--%1 et --unset %1 ne peuvent pas aller ensemble</translation>
    </message>
    <message>
        <source>satchel: give it to 'satchel fetch' with --password-stdin when you fetch.</source>
        <translation>satchel : donnez-le à 'satchel fetch' avec --password-stdin lors de la relève.</translation>
    </message>
    <message>
        <source>Changed account %1: %2@%3:%4 (%5), %6.</source>
        <translation>Compte %1 modifié : %2@%3:%4 (%5), %6.</translation>
    </message>
    <message>
        <source>satchel: %1 now fetches from %2@%3 instead of %4@%5; its mail and its download history stay. If this is another mailbox, not the same one under a new name, messages already in that history are not downloaded from it: add it as an account of its own instead.</source>
        <translation>satchel : %1 relève désormais %2@%3 au lieu de %4@%5 ; ses messages et son historique de téléchargement restent. S’il s’agit d’une autre boîte aux lettres et non de la même sous un nouveau nom, les messages déjà présents dans cet historique n’en seront pas téléchargés : ajoutez-la plutôt comme un compte à part.</translation>
    </message>
    <message>
        <source>account add, edit: the POP3 server.</source>
        <translation>account add, edit : le serveur POP3.</translation>
    </message>
    <message>
        <source>account add, edit: its port (default 995 with tls, 110 otherwise).</source>
        <translation>account add, edit : son port (par défaut 995 avec tls, sinon 110).</translation>
    </message>
    <message>
        <source>account add, edit: tls (implicit, port 995), starttls or none.</source>
        <translation>account add, edit : tls (implicite, port 995), starttls ou none.</translation>
    </message>
    <message>
        <source>account add, edit: the user name.</source>
        <translation>account add, edit : le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>account add, edit: USER, APOP or a SASL mechanism (default: the strongest offered).</source>
        <translation>account add, edit : USER, APOP ou un mécanisme SASL (par défaut : le plus fort proposé).</translation>
    </message>
    <message>
        <source>account add, edit: no (delete after download), forever (default), days:N or until-deleted.</source>
        <translation>account add, edit : no (supprimer après téléchargement), forever (par défaut), days:N ou until-deleted.</translation>
    </message>
    <message>
        <source>account add, edit: keep at most M messages on the server.</source>
        <translation>account add, edit : garder au plus M messages sur le serveur.</translation>
    </message>
    <message>
        <source>account add, edit: keep at most M MB on the server.</source>
        <translation>account add, edit : garder au plus M Mo sur le serveur.</translation>
    </message>
    <message>
        <source>account add, edit: download only the headers.</source>
        <translation>account add, edit : ne télécharger que les en-têtes.</translation>
    </message>
    <message>
        <source>account add, edit: download bigger messages partially.</source>
        <translation>account add, edit : télécharger partiellement les messages plus grands.</translation>
    </message>
    <message>
        <source>account add, edit: trust the certificates in this PEM file too.</source>
        <translation>account add, edit : faire aussi confiance aux certificats de ce fichier PEM.</translation>
    </message>
    <message>
        <source>account add, edit, fetch: read the password from standard input (one line; for fetch one per account, or one for all) and store it in the keychain.</source>
        <translation>account add, edit, fetch : lire le mot de passe sur l’entrée standard (une ligne ; pour fetch une par compte, ou une pour tous) et l’enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>account edit: back to what account add sets without --OPTION (port, auth, leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, trust-fingerprint, ca-file); may be repeated.</source>
        <translation>account edit : revenir à ce que account add règle sans --OPTION (port, auth, leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, trust-fingerprint, ca-file) ; peut être répété.</translation>
    </message>
    <message>
        <source>account add, edit: sign in with the browser at this provider (microsoft, google, fastmail) instead of a password; its server is the default.</source>
        <translation>account add, edit : se connecter avec le navigateur auprès de ce fournisseur (microsoft, google, fastmail) au lieu d’un mot de passe ; son serveur est celui par défaut.</translation>
    </message>
    <message>
        <source>account add, edit: the OAuth client ID you registered with the provider (see the README).</source>
        <translation>account add, edit : l’ID client OAuth que vous avez enregistré auprès du fournisseur (voir le README).</translation>
    </message>
    <message>
        <source>account add, edit: the client secret Google gives a desktop client along with its ID.</source>
        <translation>account add, edit : le secret client que Google fournit à un client de bureau avec son ID.</translation>
    </message>
    <message>
        <source>account login: only print the sign-in address; open it in a browser yourself.</source>
        <translation>account login : afficher seulement l’adresse de connexion ; ouvrez-la vous-même dans un navigateur.</translation>
    </message>
    <message>
        <source>account: expected add, edit, list, remove, rebuild-ledger or login</source>
        <translation>account : add, edit, list, remove, rebuild-ledger ou login attendu</translation>
    </message>
    <message>
        <source>account: expected add, edit, list, remove, rebuild-ledger or login, not "%1"</source>
        <translation>account : add, edit, list, remove, rebuild-ledger ou login attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>account edit: expected an option to change, such as --host or --leave-on-server</source>
        <translation>account edit : une option à modifier était attendue, comme --host ou --leave-on-server</translation>
    </message>
    <message>
        <source>--unset does not apply to account %1</source>
        <translation>--unset ne s’applique pas à account %1</translation>
    </message>
    <message>
        <source>--no-browser does not apply to account %1</source>
        <translation>--no-browser ne s’applique pas à account %1</translation>
    </message>
    <message>
        <source>--json does not apply to account %1</source>
        <translation>--json ne s’applique pas à account %1</translation>
    </message>
</context>
<context>
    <name>AccountSettingsText</name>
    <message>
        <source>The settings of account %1 are damaged: %2</source>
        <translation>Les paramètres du compte %1 sont endommagés : %2</translation>
    </message>
    <message>
        <source>The settings of account %1 were written by a newer Satchel.</source>
        <translation>Les paramètres du compte %1 ont été écrits par une version plus récente de Satchel.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d’autorité de certification %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’autorité de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The settings of account %1 name an unknown way of logging in: "%2".</source>
        <translation>Les réglages du compte %1 indiquent une méthode de connexion inconnue : « %2 ».</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The archive is busy; committed mail could not be flushed to disk yet.</source>
        <translation>L’archive est occupée ; le courrier enregistré n’a pas encore pu être écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>CommandLinePrompterText</name>
    <message>
        <source>no password is stored for this account; give it with --password-stdin</source>
        <translation>aucun mot de passe n’est enregistré pour ce compte ; donnez-le avec --password-stdin</translation>
    </message>
    <message>
        <source>no keychain answers; give the password with --password-stdin</source>
        <translation>aucun trousseau ne répond ; donnez le mot de passe avec --password-stdin</translation>
    </message>
    <message>
        <source>%1; give the password with --password-stdin</source>
        <translation>%1 ; donnez le mot de passe avec --password-stdin</translation>
    </message>
    <message>
        <source>satchel: the password for %1 could not be stored in the keychain (%2); it is used for this run only and never written to disk.</source>
        <translation>satchel : le mot de passe de %1 n’a pas pu être enregistré dans le trousseau (%2) ; il ne sert que pour cette exécution et n’est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>satchel: the password of %1 could not be removed from the keychain: %2</source>
        <translation>satchel : le mot de passe de %1 n’a pas pu être supprimé du trousseau : %2</translation>
    </message>
    <message>
        <source>satchel: the sign-in for %1 could not be stored in the keychain (%2); it lasts for this run only and is never written to disk.</source>
        <translation>satchel : la connexion de %1 n’a pas pu être enregistrée dans le trousseau (%2) ; elle ne vaut que pour cette exécution et n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the sign-in (%2); sign in again with 'satchel account login %3'</source>
        <translation>%1 n’accepte plus la connexion (%2) ; reconnectez-vous avec 'satchel account login %3'</translation>
    </message>
    <message>
        <source>this account is not signed in; sign in with 'satchel account login %1'</source>
        <translation>ce compte n’est pas connecté ; connectez-vous avec 'satchel account login %1'</translation>
    </message>
    <message>
        <source>To sign in to %1 for %2, open this address in your web browser:</source>
        <translation>Pour connecter le compte %2 à %1, ouvrez cette adresse dans votre navigateur web :</translation>
    </message>
    <message>
        <source>(A browser was asked to open it.)</source>
        <translation>(Un navigateur a été invité à l’ouvrir.)</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to Satchel on this computer (Ctrl+C stops)...</source>
        <translation>En attente du retour du navigateur vers Satchel sur cet ordinateur (Ctrl+C pour arrêter)...</translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message>
        <source>Try 'satchel --help'.</source>
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
        <source>--limit expects a number of results, not "%1"</source>
        <translation>--limit attend un nombre de résultats, pas « %1 »</translation>
    </message>
    <message>
        <source>show: expected one message id</source>
        <translation>show : un identifiant de message attendu</translation>
    </message>
    <message>
        <source>show: "%1" is not a message id</source>
        <translation>show : « %1 » n’est pas un identifiant de message</translation>
    </message>
    <message>
        <source>show: choose one of --raw, --json and --text</source>
        <translation>show : choisissez une seule option parmi --raw, --json et --text</translation>
    </message>
    <message>
        <source>export: unexpected argument "%1"</source>
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
        <source>check: unexpected argument "%1"</source>
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
    <message>
        <source>import, search, show, export, check, account or fetch.</source>
        <translation>import, search, show, export, check, account ou fetch.</translation>
    </message>
    <message>
        <source>expected a command: import, search, show, export, check, account or fetch</source>
        <translation>commande attendue : import, search, show, export, check, account ou fetch</translation>
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
        <translation>Un lecteur de courrier hors ligne qui ne perd jamais un message.

Sans commande, Satchel ouvre sa fenêtre. Commandes :
  import CHEMIN... [--folder NOM]    fichiers .eml, dossiers qui en contiennent, Maildir, mbox
  search REQUÊTE [--json] [--limit N]
  show ID [--raw | --json | --text]
  export (--mbox FICHIER | --eml DOSSIER) [--folder NOM | --query REQUÊTE]
  check                              vérifie l’intégrité de l’archive
  account add NOM --host H --security tls|starttls|none --user U [--port P]
      [--auth MÉCANISME] [--leave-on-server no|forever|days:N|until-deleted]
      [--keep-max-messages M] [--keep-max-mb M] [--headers-only] [--max-size Ko]
      [--trust-fingerprint SHA256] [--ca-file PEM] [--password-stdin]
  account list
  account remove NOM [--delete-mail]
  account rebuild-ledger NOM       l’historique des téléchargements, d’après les messages enregistrés
  fetch [NOM...] [--password-stdin] [--mark-all-downloaded]
                                   codes de sortie : 75 réessayer plus tard, 3 mot de passe, 4 certificat

Recherche : mots, "expressions", from: to: subject: has:attachment is:unread is:read
is:flagged folder:NOM before:AAAA-MM-JJ after:AAAA-MM-JJ, AND OR NOT - ( ). {256]?} {75 ?} {3 ?} {4 ?}</translation>
    </message>
    <message>
        <source>"%1" is not a command; the commands are import, search, show, export, check, account and fetch</source>
        <translation>« %1 » n’est pas une commande ; les commandes sont import, search, show, export, check, account et fetch</translation>
    </message>
    <message>
        <source>"%1" is not a command; did you mean "%2"?</source>
        <translation>« %1 » n’est pas une commande ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>More account commands:
  account edit NAME [any option of account add] [--unset OPTION]
                                   mail and download history stay
  account list --json              one JSON object per account and line</source>
        <translation>Autres commandes de compte :
  account edit NAME [toute option de account add] [--unset OPTION]
                                   le courrier et l’historique de téléchargement restent
  account list --json              un objet JSON par compte et par ligne</translation>
    </message>
    <message>
        <source>

Accounts that sign in with the browser (OAuth2):
  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]
      [--oauth-client-secret S] [the options of account add but --password-stdin]
  account login NAME [--no-browser]  sign in; fetch exits 6 until it is done</source>
        <translation>

Comptes qui se connectent avec le navigateur (OAuth2) :
  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]
      [--oauth-client-secret S] [les options de account add sauf --password-stdin]
  account login NAME [--no-browser]  se connecter ; d’ici là, fetch se termine avec le code 6</translation>
    </message>
    <message>
        <source>search, show, account list: JSON output.</source>
        <translation>search, show, account list : sortie en JSON.</translation>
    </message>
</context>
<context>
    <name>HeadlessDemoText</name>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile nécessite un dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n messages fetched into %1</source>
        <translation>
            <numerusform>Démo : %n message relevé dans %1</numerusform>
            <numerusform>Démo : %n messages relevés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo failed: %1</source>
        <translation>Échec de la démo : %1</translation>
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
        <source>not an mbox file: it does not start with "From "</source>
        <translation>pas un fichier mbox : il ne commence pas par « From  »</translation>
    </message>
</context>
<context>
    <name>OAuthCommandsText</name>
    <message>
        <source>--oauth expects one of %1, not "%2"</source>
        <translation>--oauth attend l’un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--password-stdin does not go with --oauth: the account signs in with a browser ('satchel account login')</source>
        <translation>--password-stdin ne va pas avec --oauth : le compte se connecte avec un navigateur ('satchel account login')</translation>
    </message>
    <message>
        <source>--oauth-client-secret goes with --oauth-client-id</source>
        <translation>--oauth-client-secret va avec --oauth-client-id</translation>
    </message>
    <message>
        <source>Sign in with your browser next: satchel account login %1</source>
        <translation>Connectez-vous maintenant avec votre navigateur : satchel account login %1</translation>
    </message>
    <message>
        <source>satchel: there is no account named %1</source>
        <translation>satchel : il n’existe aucun compte nommé %1</translation>
    </message>
    <message>
        <source>satchel: %1 logs in with a password, not with a browser (an account added with --oauth does)</source>
        <translation>satchel : %1 se connecte avec un mot de passe, pas avec un navigateur (c’est le cas d’un compte ajouté avec --oauth)</translation>
    </message>
    <message>
        <source>satchel: %1: %2</source>
        <translation>satchel : %1 : %2</translation>
    </message>
    <message>
        <source>Signed in: %1 can get mail now.</source>
        <translation>Connecté : %1 peut maintenant relever le courrier.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicyText</name>
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot leave copies on it without downloading them all again each time. Choose "delete from the server after download" for this account.</source>
        <translation>Ce serveur ne sait pas distinguer ses messages (il n’a pas de commande UIDL) : Satchel ne peut donc pas y laisser de copies sans tout retélécharger à chaque fois. Choisissez « Supprimer du serveur après le téléchargement » pour ce compte.</translation>
    </message>
    <message>
        <source>The server says it deletes messages once they are downloaded (EXPIRE 0): it will not keep copies, whatever this account asks.</source>
        <translation>Le serveur indique qu’il supprime les messages une fois téléchargés (EXPIRE 0) : il n’en gardera pas de copie, quoi que demande ce compte.</translation>
    </message>
    <message>
        <source>delete after download</source>
        <translation>supprimer après le téléchargement</translation>
    </message>
    <message>
        <source>leave %1 days</source>
        <translation>laisser %1 jours sur le serveur</translation>
    </message>
    <message>
        <source>leave until deleted here</source>
        <translation>laisser sur le serveur jusqu’à la suppression ici</translation>
    </message>
    <message>
        <source>leave forever</source>
        <translation>laisser sur le serveur indéfiniment</translation>
    </message>
    <message>
        <source>at most %1 messages</source>
        <translation>au plus %1 messages</translation>
    </message>
    <message>
        <source>at most %1 MB</source>
        <translation>au plus %1 Mo</translation>
    </message>
</context>
<context>
    <name>SearchQueryText</name>
    <message>
        <source>a quote that is never closed: expected a closing "</source>
        <translation>un guillemet n’est jamais fermé : " fermant attendu</translation>
    </message>
    <message>
        <source>the query is empty: expected a word, a "phrase" or an operator such as from:</source>
        <translation>la requête est vide : un mot, une "expression" ou un opérateur comme from: attendu</translation>
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
        <source>expected a search term after %1, not ")"</source>
        <translation>terme de recherche attendu après %1, pas ")"</translation>
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
        <source>empty parentheses: expected a search term between "(" and ")"</source>
        <translation>parenthèses vides : terme de recherche attendu entre "(" et ")"</translation>
    </message>
    <message>
        <source>expected ")" to close the "(" at position %1</source>
        <translation>")" attendue pour fermer la "(" de la position %1</translation>
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
        <source>"%1" has no letters or digits to search for</source>
        <translation>"%1" ne contient ni lettre ni chiffre à rechercher</translation>
    </message>
    <message>
        <source>expected a value after %1:</source>
        <translation>valeur attendue après %1:</translation>
    </message>
    <message>
        <source>has: expects "attachment"</source>
        <translation>has: attend "attachment"</translation>
    </message>
    <message>
        <source>is: expects read, unread, flagged, unflagged or answered</source>
        <translation>is: attend read, unread, flagged, unflagged ou answered</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD after %1:, not "%2"</source>
        <translation>date au format AAAA-MM-JJ attendue après %1:, pas "%2"</translation>
    </message>
    <message>
        <source>unknown operator %1: (known: from, to, subject, has, is, before, after, folder; put the word in quotes to search for it as text)</source>
        <translation>opérateur inconnu %1: (connus : from, to, subject, has, is, before, after, folder ; mettez le mot entre guillemets pour le rechercher comme texte)</translation>
    </message>
    <message>
        <source>Search query, at character %1: %2</source>
        <translation>Requête de recherche, au caractère %1 : %2</translation>
    </message>
    <message>
        <source>parentheses and NOT are nested more than %1 deep here</source>
        <translation>les parenthèses et NOT sont imbriqués ici sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no password for this account.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour ce compte.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Aucun trousseau n’est disponible : %1</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Le trousseau a refusé l’accès.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Aucun mot de passe n’est enregistré.</translation>
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
        <translation>sans chiffrement</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificateText</name>
    <message>
        <source>Could not make the demo server's certificate (%1): %2</source>
        <translation>Impossible de créer le certificat du serveur de démonstration (%1) : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline mail reader that never loses a message.</source>
        <translation>Un lecteur de courrier hors ligne qui ne perd jamais un message.</translation>
    </message>
    <message>
        <source>The language of the interface: de, en, es, fr (default: the system's).</source>
        <translation>La langue de l’interface : de, en, es, fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
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
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir l’archive %1 : %2</translation>
    </message>
    <message>
        <source>Satchel cannot open its window: %1 (%2). Please reinstall Satchel.</source>
        <translation>Satchel ne peut pas ouvrir sa fenêtre : %1 (%2). Veuillez réinstaller Satchel.</translation>
    </message>
    <message>
        <source>Show Satchel on a demo mailbox (a throwaway profile and a local server; no network needed).</source>
        <translation>Présenter Satchel avec une boîte aux lettres de démonstration (un profil jetable et un serveur local ; aucun réseau nécessaire).</translation>
    </message>
    <message>
        <source>Satchel — demo mailbox</source>
        <translation>Satchel — boîte aux lettres de démonstration</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoServer</name>
    <message>
        <source>The demo needs TLS, and Qt found no TLS library on this system.</source>
        <translation>La démonstration nécessite TLS, et Qt n’a trouvé aucune bibliothèque TLS sur ce système.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1: %1</source>
        <translation>Le serveur de démonstration n’a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoSession</name>
    <message>
        <source>Preparing the demo profile…</source>
        <translation>Préparation du profil de démonstration…</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the demo: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la démonstration : %1</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo.</source>
        <translation>Impossible de créer le dossier %1 pour la démonstration.</translation>
    </message>
    <message>
        <source>Could not open the demo archive: %1</source>
        <translation>Impossible d’ouvrir l’archive de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Could not create the demo account: %1</source>
        <translation>Impossible de créer le compte de démonstration : %1</translation>
    </message>
    <message>
        <source>Starting the demo mail server…</source>
        <translation>Démarrage du serveur de courrier de démonstration…</translation>
    </message>
    <message>
        <source>Fetching the demo mail…</source>
        <translation>Relève du courrier de démonstration…</translation>
    </message>
    <message>
        <source>No new mail on the demo server.</source>
        <translation>Aucun nouveau message sur le serveur de démonstration.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages fetched from the demo server.</source>
        <translation>
            <numerusform>%n nouveau message relevé sur le serveur de démonstration.</numerusform>
            <numerusform>%n nouveaux messages relevés sur le serveur de démonstration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the demo mail was cancelled.</source>
        <translation>La relève du courrier de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>The demo could not fetch its mail: %1</source>
        <translation>La démonstration n’a pas pu relever son courrier : %1</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::Explanations</name>
    <message>
        <source>Satchel logged in and the server is ready.</source>
        <translation>Satchel s’est connecté et le serveur est prêt.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe : vérifiez les deux (beaucoup de fournisseurs exigent un mot de passe d’application et l’activation de POP dans leurs paramètres web), puis refaites le test.</translation>
    </message>
    <message>
        <source>Satchel could not reach the server: check the server name and port and that this computer is online, then test again.</source>
        <translation>Satchel n’a pas pu joindre le serveur : vérifiez le nom du serveur, le port et que cet ordinateur est bien en ligne, puis refaites le test.</translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try the other security setting (TLS on port 995, or STARTTLS on port 110), or ask your provider.</source>
        <translation>Le serveur ne propose aucun chiffrement sur ce port : essayez l’autre réglage de sécurité (TLS sur le port 995, ou STARTTLS sur le port 110), ou renseignez-vous auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: look at it, and accept it only if you know this server uses a certificate of its own (a home or company server); otherwise do not go on.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié : examinez-le, et ne l’acceptez que si vous savez que ce serveur utilise son propre certificat (un serveur domestique ou d’entreprise) ; sinon, n’allez pas plus loin.</translation>
    </message>
    <message>
        <source>The server cannot tell its messages apart (it has no UIDL), so Satchel cannot leave copies on it: mail will be removed from the server once it is safely stored here.</source>
        <translation>Le serveur ne sait pas distinguer ses messages (il n’a pas d’UIDL), donc Satchel ne peut pas y laisser de copies : le courrier sera supprimé du serveur dès qu’il sera enregistré en sécurité ici.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps your password safe on this connection: choose an encrypted connection or another login method.</source>
        <translation>Le serveur ne propose aucune méthode de connexion qui protège votre mot de passe sur cette connexion : choisissez une connexion chiffrée ou une autre méthode de connexion.</translation>
    </message>
    <message>
        <source>The server asked Satchel to come back later (the mailbox may be open in another program): wait a few minutes, then test again.</source>
        <translation>Le serveur a demandé à Satchel de revenir plus tard (la boîte aux lettres est peut-être ouverte dans un autre programme) : attendez quelques minutes, puis refaites le test.</translation>
    </message>
    <message>
        <source>Talking to the server went wrong: check the settings and the details below, then test again.</source>
        <translation>La communication avec le serveur a échoué : vérifiez les paramètres et les détails ci-dessous, puis refaites le test.</translation>
    </message>
    <message>
        <source>Satchel logged in. Messages on the server now: %1.</source>
        <translation>Satchel s’est connecté. Messages actuellement sur le serveur : %1.</translation>
    </message>
    <message>
        <source>Found a POP3 server at %1, but its certificate could not be verified; the test login will show it to you.</source>
        <translation>Un serveur POP3 a été trouvé à l’adresse %1, mais son certificat n’a pas pu être vérifié ; la connexion de test vous le montrera.</translation>
    </message>
    <message>
        <source>Found a POP3 server at %1 (%2). Check the settings below and go on.</source>
        <translation>Un serveur POP3 a été trouvé à l’adresse %1 (%2). Vérifiez les paramètres ci-dessous et continuez.</translation>
    </message>
    <message>
        <source>The only POP3 server found for %1 offers no encryption: ask your provider for secure settings, or enter them below.</source>
        <translation>Le seul serveur POP3 trouvé pour %1 ne propose aucun chiffrement : demandez des paramètres sécurisés à votre fournisseur, ou saisissez-les ci-dessous.</translation>
    </message>
    <message>
        <source>No POP3 server was found for %1: enter the server your provider gives in its help pages below.</source>
        <translation>Aucun serveur POP3 n’a été trouvé pour %1 : saisissez ci-dessous le serveur que votre fournisseur indique dans ses pages d’aide.</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1 : fonctionne</translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify</source>
        <translation>%1 : répond, mais son certificat n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>%1: answers, but its certificate did not verify (%2)</source>
        <translation>%1 : répond, mais son certificat n’a pas pu être vérifié (%2)</translation>
    </message>
    <message>
        <source>%1: answers, but offers no encryption</source>
        <translation>%1 : répond, mais ne propose aucun chiffrement</translation>
    </message>
    <message>
        <source>%1: no such server</source>
        <translation>%1 : serveur inexistant</translation>
    </message>
    <message>
        <source>%1: refused the connection</source>
        <translation>%1 : connexion refusée</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1 : aucune réponse</translation>
    </message>
    <message>
        <source>%1: secure connection failed</source>
        <translation>%1 : échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>%1: not a POP3 server</source>
        <translation>%1 : ce n’est pas un serveur POP3</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1 : échec de la connexion</translation>
    </message>
    <message>
        <source>This server removes mail once it has been downloaded, whatever Satchel asks: leaving copies on the server will not work.</source>
        <translation>Ce serveur supprime le courrier dès qu’il a été téléchargé, quoi que demande Satchel : laisser des copies sur le serveur ne fonctionnera pas.</translation>
    </message>
    <message numerus="yes">
        <source>This server deletes downloaded mail on its own after %n day(s).</source>
        <translation>
            <numerusform>Ce serveur supprime de lui-même le courrier téléchargé au bout de %n jour.</numerusform>
            <numerusform>Ce serveur supprime de lui-même le courrier téléchargé au bout de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server refuses logins less than %1 seconds apart; Satchel will not check more often.</source>
        <translation>Ce serveur refuse les connexions espacées de moins de %1 secondes ; Satchel ne relèvera pas le courrier plus souvent.</translation>
    </message>
    <message>
        <source>The server refused %1 as the user name but accepted %2, which this account will use.</source>
        <translation>Le serveur a refusé %1 comme nom d’utilisateur mais a accepté %2, que ce compte utilisera.</translation>
    </message>
    <message>
        <source>The server refused %1 for this account; logging in with %2 worked, and Satchel will use that.</source>
        <translation>Le serveur a refusé %1 pour ce compte ; la connexion avec %2 a fonctionné, et Satchel utilisera cette méthode.</translation>
    </message>
    <message>
        <source>The server refused the login with %1, but it also offers %2: choose another login method in the server settings, or check the user name and password, then test again.</source>
        <translation>Le serveur a refusé la connexion avec %1, mais il propose aussi %2 : choisissez une autre méthode de connexion dans les paramètres du serveur ou vérifiez le nom d’utilisateur et le mot de passe, puis refaites le test.</translation>
    </message>
    <message>
        <source>The server accepted neither %1 nor %2 as the user name with this password: check both (many providers want an app password and POP switched on in their web settings), then test again.</source>
        <translation>Le serveur n’a accepté ni %1 ni %2 comme nom d’utilisateur avec ce mot de passe : vérifiez les deux (beaucoup de fournisseurs exigent un mot de passe d’application et l’activation de POP dans leurs paramètres web), puis refaites le test.</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::LoginCheck</name>
    <message>
        <source>Logged in; counting the messages on the server...</source>
        <translation>Connecté ; comptage des messages sur le serveur...</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>The server refused the user name %1; trying %2...</source>
        <translation>Le serveur a refusé le nom d’utilisateur %1 ; essai avec %2...</translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::ProviderPresets</name>
    <message>
        <source>POP access is switched off until you switch it on in %1's web settings; do that first.</source>
        <translation>L’accès POP reste désactivé tant que vous ne l’activez pas dans les paramètres web de %1 ; faites-le d’abord.</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here: create an app password in your %1 account's security settings and enter that instead.</source>
        <translation>%1 n’accepte pas votre mot de passe habituel ici : créez un mot de passe d’application dans les paramètres de sécurité de votre compte %1 et saisissez-le à la place.</translation>
    </message>
    <message>
        <source>If your %1 account uses two-step verification, enter an app password made for Satchel instead of your normal password.</source>
        <translation>Si votre compte %1 utilise la validation en deux étapes, saisissez un mot de passe d’application créé pour Satchel au lieu de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>%1 does not offer POP3 at all, only IMAP, so Satchel cannot download this mail. If you have another server for this address, enter it below.</source>
        <translation>%1 ne propose pas du tout POP3, seulement IMAP : Satchel ne peut donc pas télécharger ce courrier. Si vous avez un autre serveur pour cette adresse, saisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Gmail gives each message to POP only once. If another device already downloaded your mail, put "recent:" before the user name (recent:you@gmail.com) to get the last 30 days again.</source>
        <translation>Gmail ne transmet chaque message par POP qu’une seule fois. Si un autre appareil a déjà téléchargé votre courrier, ajoutez « recent: » devant le nom d’utilisateur (recent:vous@gmail.com) pour récupérer à nouveau les 30 derniers jours.</translation>
    </message>
    <message>
        <source>Gmail decides itself what happens to a message after POP downloaded it (keep, archive or delete, in its web settings); Satchel's choice of how long to leave copies on the server has no effect there.</source>
        <translation>Gmail décide lui-même du sort d’un message une fois qu’il a été téléchargé par POP (le conserver, l’archiver ou le supprimer, selon ses paramètres web) ; la durée de conservation des copies sur le serveur choisie dans Satchel n’a aucun effet chez Gmail.</translation>
    </message>
    <message>
        <source>Accounts kept in Zoho's other regions use their own server (pop.zoho.eu, pop.zoho.in, ...), and accounts with your own domain use poppro.zoho.com; change the server below if yours is one of them.</source>
        <translation>Les comptes hébergés dans les autres régions de Zoho utilisent leur propre serveur (pop.zoho.eu, pop.zoho.in, ...), et les comptes avec votre propre domaine utilisent poppro.zoho.com ; modifiez le serveur ci-dessous si votre compte est dans l’un de ces cas.</translation>
    </message>
    <message>
        <source>Telekom wants its separate e-mail password here (set in the Telekom E-Mail Center), not the password you use to log in to your Telekom account.</source>
        <translation>Telekom demande ici son mot de passe de messagerie distinct (défini dans le Telekom E-Mail Center), et non le mot de passe qui vous sert à vous connecter à votre compte Telekom.</translation>
    </message>
    <message>
        <source>Create an app password for Satchel at %1: %2.</source>
        <translation>Créez un mot de passe d’application pour Satchel chez %1 : %2.</translation>
    </message>
    <message>
        <source>%1 The page is %2</source>
        <translation>%1 La page se trouve à l’adresse %2</translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs: sign in through its web page (OAuth) instead; logging in with a password will probably fail.</source>
        <translation>%1 n’accepte plus les mots de passe des logiciels de messagerie : connectez-vous plutôt par sa page web (OAuth) ; la connexion avec un mot de passe échouera probablement.</translation>
    </message>
</context>
<context>
    <name>satchel::mime</name>
    <message>
        <source>Satchel cannot read mail: its MIME module is missing or broken. Please reinstall Satchel.</source>
        <translation>Satchel ne peut pas lire le courrier : son module MIME est manquant ou endommagé. Veuillez réinstaller Satchel.</translation>
    </message>
</context>
<context>
    <name>satchel::model::FolderModel</name>
    <message>
        <source>All Inboxes</source>
        <translation>Toutes les boîtes de réception</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::model::MessageListModel</name>
    <message>
        <source>No archive is open</source>
        <translation>Aucune archive n’est ouverte</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Contient des pièces jointes</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded</source>
        <translation>Seule une partie de ce message a été téléchargée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Only partly downloaded</source>
        <translation>Téléchargé partiellement</translation>
    </message>
    <message>
        <source>%1 (%2, %3 unread)</source>
        <translation>%1 (%2, %3 non lus)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(%1, %2 unread)</source>
        <translation>(%1, %2 non lus)</translation>
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
        <translation>Aucun ID client OAuth n’est configuré pour %1.</translation>
    </message>
    <message>
        <source>The sign-in addresses of %1 are missing.</source>
        <translation>Les adresses de connexion de %1 sont manquantes.</translation>
    </message>
    <message>
        <source>Satchel could not listen on the loopback address for the sign-in's answer.</source>
        <translation>Satchel n’a pas pu écouter sur l’adresse de bouclage pour recevoir la réponse de la connexion.</translation>
    </message>
    <message>
        <source>Satchel has received your sign-in. You can close this page and go back to Satchel.</source>
        <translation>Satchel a bien reçu votre connexion. Vous pouvez fermer cette page et revenir à Satchel.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1.</source>
        <translation>La connexion n’a pas abouti : %1.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>La connexion n’a pas abouti : %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in server's answer held no access token.</source>
        <translation>La réponse du serveur de connexion ne contenait aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>Satchel could not build the sign-in address for %1.</source>
        <translation>Satchel n’a pas pu construire l’adresse de connexion pour %1.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::ProviderLookup</name>
    <message>
        <source>Satchel knows no OAuth sign-in called "%1" (it knows: %2).</source>
        <translation>Satchel ne connaît aucune connexion OAuth nommée « %1 » (il connaît : %2).</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1 is configured in this build of Satchel. Register a desktop app with %1 (the README says how) and give its client ID to the account (--oauth-client-id).</source>
        <translation>Aucun ID client OAuth pour %1 n’est configuré dans cette version de Satchel. Enregistrez une application de bureau auprès de %1 (le README explique comment) et indiquez son ID client pour le compte (--oauth-client-id).</translation>
    </message>
    <message>
        <source>Or log in with an app password instead of signing in: %1</source>
        <translation>Ou connectez-vous avec un mot de passe d’application plutôt qu’avec le navigateur : %1</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenBroker</name>
    <message>
        <source>No keychain answers, so the sign-in is kept only until Satchel quits; sign in again.</source>
        <translation>Aucun trousseau ne répond : la connexion n’est donc conservée que jusqu’à la fermeture de Satchel ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>This account has not been signed in yet.</source>
        <translation>Ce compte n’est pas encore connecté.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenEndpoint</name>
    <message>
        <source>The sign-in server refused: %1.</source>
        <translation>Le serveur de connexion a refusé : %1.</translation>
    </message>
    <message>
        <source>The sign-in server refused: %1 (%2).</source>
        <translation>Le serveur de connexion a refusé : %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP status %1.</source>
        <translation>Le serveur de connexion a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1.</source>
        <translation>Le serveur de connexion est injoignable : %1.</translation>
    </message>
</context>
<context>
    <name>satchel::oauth::TokenRefresh</name>
    <message>
        <source>The sign-in server's answer held no access token.</source>
        <translation>La réponse du serveur de connexion ne contenait aucun jeton d’accès.</translation>
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
        <source>The server's certificate could not be verified: %1</source>
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
        <source>the server's answer</source>
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
        <source>the server's challenge is not valid base64</source>
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
        <source>The server's %1 answer is malformed.</source>
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
    <message>
        <source>The server did not accept the login.</source>
        <translation>Le serveur n’a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>%1 (Satchel tried %2.)</source>
        <translation>%1 (Satchel a essayé %2.)</translation>
    </message>
    <message>
        <source>The server also offers %1, which Satchel did not try: another login method may work.</source>
        <translation>Le serveur propose aussi %1, que Satchel n’a pas essayé : une autre méthode de connexion pourrait fonctionner.</translation>
    </message>
    <message>
        <source>The server also offers %1, which would send the password unencrypted; Satchel does not fall back to that on its own.</source>
        <translation>Le serveur propose aussi %1, qui enverrait le mot de passe en clair ; Satchel n’y recourt pas de lui-même.</translation>
    </message>
</context>
<context>
    <name>satchel::smtp::SmtpSession</name>
    <message>
        <source>The message has no recipients, or an address or the credentials contain a line break, which cannot be sent to an SMTP server.</source>
        <translation>Le message n’a aucun destinataire, ou une adresse ou les identifiants contiennent un saut de ligne, qui ne peut pas être envoyé à un serveur SMTP.</translation>
    </message>
    <message>
        <source>Sending mail without encryption is not allowed.</source>
        <translation>L’envoi de courrier sans chiffrement n’est pas autorisé.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>L’envoi a été annulé.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>Le serveur a envoyé quelque chose qui n’est pas une réponse SMTP.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified: %1</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>La connexion sécurisée au serveur a échoué : %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>La connexion au serveur a été perdue : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation>Le serveur a refusé de démarrer le chiffrement (STARTTLS).</translation>
    </message>
    <message>
        <source>The server sent data before the secure connection began.</source>
        <translation>Le serveur a envoyé des données avant le début de la connexion sécurisée.</translation>
    </message>
    <message>
        <source>The server refused EHLO; it cannot be used to send mail.</source>
        <translation>Le serveur a refusé EHLO ; il ne peut pas servir à envoyer du courrier.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS); the message was not sent over an unencrypted connection.</source>
        <translation>Le serveur ne propose pas de chiffrement (STARTTLS) ; le message n’a pas été envoyé sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>The server offers only ways of logging in that would send the password unencrypted.</source>
        <translation>Le serveur ne propose que des méthodes de connexion qui enverraient le mot de passe en clair.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that Satchel speaks.</source>
        <translation>Le serveur ne propose aucune méthode de connexion que Satchel connaisse.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password.</source>
        <translation>Le serveur a accepté la connexion sans prouver qu’il connaît le mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the login with %1.</source>
        <translation>Le serveur a refusé la connexion avec %1.</translation>
    </message>
    <message>
        <source>The server cannot take addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>Le serveur ne peut pas accepter d’adresses avec des caractères non ASCII (pas de SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message contains 8-bit data, which the server cannot take (no 8BITMIME).</source>
        <translation>Le message contient des données 8 bits, que le serveur ne peut pas accepter (pas de 8BITMIME).</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server accepts (%2 bytes).</source>
        <translation>Le message (%1 octets) est plus grand que ce qu’accepte le serveur (%2 octets).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server refused the sender address.</source>
        <translation>Le serveur a refusé l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1; the message was sent to nobody.</source>
        <translation>Le serveur a refusé le destinataire %1 ; le message n’a été envoyé à personne.</translation>
    </message>
    <message>
        <source>The server cannot take the recipient %1 now; the message was sent to nobody.</source>
        <translation>Le serveur ne peut pas accepter le destinataire %1 pour le moment ; le message n’a été envoyé à personne.</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>Le serveur a refusé de prendre le message.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Le serveur a refusé le message.</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>Le message a été envoyé.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>The link was lost after the whole message had gone out, so the server may have accepted it: check before sending it again.</source>
        <translation>La connexion a été perdue après l’envoi du message entier, le serveur l’a donc peut-être accepté : vérifiez avant de le renvoyer.</translation>
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
        <source>The server's list of message ids (UIDL) is malformed; nothing was downloaded or deleted.</source>
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
    <message>
        <source>This server cannot tell its messages apart (it has no UIDL command), so Satchel cannot remember them as already downloaded. Nothing was marked.</source>
        <translation>Ce serveur ne sait pas distinguer ses messages (il n’a pas de commande UIDL) : Satchel ne peut donc pas retenir lesquels ont déjà été téléchargés. Aucun message n’a été marqué.</translation>
    </message>
    <message numerus="yes">
        <source>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n message(s) that would be downloaded headers only were left on the server.</source>
        <translation>
            <numerusform>Ce serveur n’a pas d’UIDL : Satchel ne pourrait donc pas revenir chercher la suite d’un message. %n message qui aurait été téléchargé en en-têtes seuls a été laissé sur le serveur.</numerusform>
            <numerusform>Ce serveur n’a pas d’UIDL : Satchel ne pourrait donc pas revenir chercher la suite d’un message. %n messages qui auraient été téléchargés en en-têtes seuls ont été laissés sur le serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchRestJob</name>
    <message>
        <source>Nothing to fetch with: no session or no archive.</source>
        <translation>Rien pour relever le courrier : pas de session ou pas d’archive.</translation>
    </message>
    <message>
        <source>This message is complete already; there is nothing more to download.</source>
        <translation>Ce message est déjà complet ; il n’y a plus rien à télécharger.</translation>
    </message>
    <message>
        <source>Satchel does not know which message on the server this one is (it has no UIDL), so the rest of it cannot be downloaded.</source>
        <translation>Satchel ne sait pas à quel message du serveur celui-ci correspond (le serveur n’a pas d’UIDL) : la suite ne peut donc pas être téléchargée.</translation>
    </message>
    <message>
        <source>The connection was closed before the download ended.</source>
        <translation>La connexion a été fermée avant la fin du téléchargement.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The rest of this message cannot be downloaded: it is no longer on the server. Only its header is kept here.</source>
        <translation>La suite de ce message ne peut pas être téléchargée : il n’est plus sur le serveur. Seul son en-tête est conservé ici.</translation>
    </message>
    <message>
        <source>The server lists this message's id more than once, so Satchel cannot tell which one to download.</source>
        <translation>Le serveur liste plusieurs fois l’identifiant de ce message : Satchel ne peut donc pas savoir lequel télécharger.</translation>
    </message>
    <message>
        <source>The server did not list its message ids: %1</source>
        <translation>Le serveur n’a pas listé les identifiants de ses messages : %1</translation>
    </message>
    <message>
        <source>The rest of this message could not be downloaded: %1</source>
        <translation>La suite de ce message n’a pas pu être téléchargée : %1</translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>satchel::sync::MailService</name>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>Satchel needs the password to get mail.</source>
        <translation>Satchel a besoin du mot de passe pour relever le courrier.</translation>
    </message>
    <message>
        <source>headers only (metered connection)</source>
        <translation>en-têtes seulement (connexion limitée)</translation>
    </message>
    <message>
        <source>Satchel is already downloading the rest of a message.</source>
        <translation>Satchel télécharge déjà la suite d'un message.</translation>
    </message>
    <message>
        <source>The account this message came from no longer gets mail, so the rest of the message cannot be downloaded.</source>
        <translation>Le compte d'où vient ce message ne relève plus de courrier : la suite du message ne peut donc pas être téléchargée.</translation>
    </message>
    <message>
        <source>Satchel needs the password to download the rest of the message.</source>
        <translation>Satchel a besoin du mot de passe pour télécharger le reste du message.</translation>
    </message>
    <message>
        <source>This account does not sign in with a browser.</source>
        <translation>Ce compte ne se connecte pas avec un navigateur.</translation>
    </message>
    <message>
        <source>%1 needs you to sign in with your browser.</source>
        <translation>Pour %1, vous devez vous connecter avec votre navigateur.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountEditDialog</name>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresse e-mail :</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Trust only certificates that verify normally again.</source>
        <translation>Ne faire de nouveau confiance qu'aux certificats qui se vérifient normalement.</translation>
    </message>
    <message>
        <source>Accepted certificate:</source>
        <translation>Certificat accepté :</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement quand je le demande</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>Relever le courrier &amp;toutes les :</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Téléchargement</translation>
    </message>
    <message>
        <source>None: only certificates that verify</source>
        <translation>Aucun : seulement les certificats qui se vérifient</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountWizard</name>
    <message>
        <source>Your mail account</source>
        <translation>Votre compte de messagerie</translation>
    </message>
    <message>
        <source>Satchel will find the server settings for most addresses.</source>
        <translation>Satchel trouvera les paramètres du serveur pour la plupart des adresses.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>As others should see it</source>
        <translation>Tel que les autres le verront</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresse électronique :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>The password is kept in this computer's keychain, never in a file.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Serveur de courrier entrant</translation>
    </message>
    <message>
        <source>Check what was found; change anything your provider tells you otherwise.</source>
        <translation>Vérifiez ce qui a été trouvé ; corrigez tout ce qui diffère des indications de votre fournisseur.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Looking for the server</source>
        <translation>Recherche du serveur</translation>
    </message>
    <message>
        <source>Notes about this provider</source>
        <translation>Remarques sur ce fournisseur</translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation>Serveurs essayés</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Look for the server again</source>
        <translation>Rechercher à nouveau le serveur</translation>
    </message>
    <message>
        <source>Satchel knows %1: the settings below are its own.</source>
        <translation>Satchel connaît %1 : les paramètres ci-dessous sont ceux de ce fournisseur.</translation>
    </message>
    <message>
        <source>%1 cannot be used with Satchel.</source>
        <translation>%1 ne peut pas être utilisé avec Satchel.</translation>
    </message>
    <message>
        <source>Looking for the POP3 server of %1...</source>
        <translation>Recherche du serveur POP3 de %1...</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Connexion de test</translation>
    </message>
    <message>
        <source>Satchel logs in once to make sure everything works. Nothing is downloaded or deleted.</source>
        <translation>Satchel se connecte une fois pour vérifier que tout fonctionne. Rien n’est téléchargé ni supprimé.</translation>
    </message>
    <message>
        <source>Test login status</source>
        <translation>État de la connexion de test</translation>
    </message>
    <message>
        <source>Testing the login</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the &amp;certificate...</source>
        <translation>Afficher le &amp;certificat...</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>Refaire le &amp;test</translation>
    </message>
    <message>
        <source>The login works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The login did not work.</source>
        <translation>La connexion n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation>Copies sur le serveur</translation>
    </message>
    <message>
        <source>Every message is stored on this computer first; then it is removed from the server as you choose here.</source>
        <translation>Chaque message est d’abord enregistré sur cet ordinateur ; il est ensuite supprimé du serveur selon ce que vous choisissez ici.</translation>
    </message>
    <message>
        <source>Minutes between checks for new mail</source>
        <translation>Minutes entre deux vérifications des nouveaux messages</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>&amp;Vérifier les nouveaux messages toutes les :</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Ajouter un compte de messagerie</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>%1 signs in through your web browser on a later page: you can leave the password empty.</source>
        <translation>%1 se connecte par votre navigateur web sur une page suivante : vous pouvez laisser le mot de passe vide.</translation>
    </message>
    <message>
        <source>To log in with a password instead, use an app password. %1</source>
        <translation>Pour vous connecter plutôt avec un mot de passe, utilisez un mot de passe d’application. %1</translation>
    </message>
    <message>
        <source>%1 does not accept your normal password here. %2</source>
        <translation>%1 n’accepte pas ici votre mot de passe habituel. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>The accounts Satchel gets mail from. Their passwords are kept in this computer's keychain, never in a file.</source>
        <translation>Les comptes dont Satchel relève le courrier. Leurs mots de passe sont gardés dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Copies on the server</source>
        <translation>Copies sur le serveur</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>chaque minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>when asked</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Rebuild From the Mail Stored Here</source>
        <translation>&amp;Reconstruire à partir du courrier enregistré ici</translation>
    </message>
    <message>
        <source>&amp;Mark All on the Server as Downloaded…</source>
        <translation>&amp;Marquer tout le serveur comme téléchargé…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you accepted it for this account. This can be a routine renewal, or someone between you and the server. Accept the new one only if you know why it changed.</source>
        <translation>Le certificat de %1 a changé depuis que vous l’avez accepté pour ce compte. Il peut s’agir d’un simple renouvellement, ou de quelqu’un qui s’interpose entre vous et le serveur. N’acceptez le nouveau que si vous savez pourquoi il a changé.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Accept it only if you know that this server uses a certificate of its own (a home or company server, say); a public provider never needs this.</source>
        <translation>Le certificat de %1 n’a pas pu être vérifié. Ne l’acceptez que si vous savez que ce serveur utilise son propre certificat (un serveur domestique ou d’entreprise, par exemple) ; un fournisseur public n’en a jamais besoin.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>(the server sent no certificate)</source>
        <translation>(le serveur n’a envoyé aucun certificat)</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (lui-même : auto-signé)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Accepted before:</source>
        <translation>Accepté précédemment :</translation>
    </message>
    <message>
        <source>(no detail was given)</source>
        <translation>(aucun détail n’a été fourni)</translation>
    </message>
    <message>
        <source>What failed:</source>
        <translation>Ce qui a échoué :</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chaîne :</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent by the server</source>
        <translation>
            <numerusform>%n certificat envoyé par le serveur</numerusform>
            <numerusform>%n certificats envoyés par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept this certificate for this account</source>
        <translation>&amp;Accepter ce certificat pour ce compte</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation>&amp;Ne pas se connecter</translation>
    </message>
</context>
<context>
    <name>satchel::ui::FetchProblemBar</name>
    <message>
        <source>Problems getting mail</source>
        <translation>Problèmes de relève du courrier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Mail could not be fetched for %n account(s) (point here for why).</source>
        <translation>
            <numerusform>Le courrier n'a pas pu être relevé pour %n compte (pointez ici pour savoir pourquoi).</numerusform>
            <numerusform>Le courrier n'a pas pu être relevé pour %n comptes (pointez ici pour savoir pourquoi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation>Tout réessayer</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MailController</name>
    <message>
        <source>The account settings cannot be read: %1</source>
        <translation>Les réglages des comptes ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Adding the account</source>
        <translation>Ajout du compte</translation>
    </message>
    <message>
        <source>The account could not be stored: %1</source>
        <translation>Le compte n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The keychain did not store the password (%1). Satchel uses it until it quits and will ask for it again after that; it is never written to disk.</source>
        <translation>Le trousseau n'a pas enregistré le mot de passe (%1). Satchel l'utilise jusqu'à sa fermeture puis le redemandera ; il n'est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>Changing the account</source>
        <translation>Modification du compte</translation>
    </message>
    <message>
        <source>The settings could not be stored: %1</source>
        <translation>Les réglages n'ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Supprimer le compte %1 ?</translation>
    </message>
    <message>
        <source>Satchel stops getting mail from it and forgets its password. The mail already here can stay in the archive, or go with the account. Nothing on the server is deleted.</source>
        <translation>Satchel cesse d'en relever le courrier et oublie son mot de passe. Le courrier déjà ici peut rester dans l'archive ou partir avec le compte. Rien n'est supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Its Mail</source>
        <translation>Supprimer, &amp;garder son courrier</translation>
    </message>
    <message>
        <source>Remove With Its &amp;Mail</source>
        <translation>Supprimer avec son &amp;courrier</translation>
    </message>
    <message>
        <source>Removing the account</source>
        <translation>Suppression du compte</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Le compte n'a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The password of %1 could not be removed from the keychain: %2</source>
        <translation>Le mot de passe de %1 n'a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so Satchel cannot keep passwords. It uses them until it quits and asks for them once in each session; they are never written to disk.</source>
        <translation>Aucun trousseau ne répond sur cet ordinateur : Satchel ne peut donc pas garder les mots de passe. Il les utilise jusqu'à sa fermeture et les demande une fois par session ; ils ne sont jamais écrits sur le disque.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be stored: %1</source>
        <translation>
            <numerusform>%n message n'a pas pu être enregistré : %1</numerusform>
            <numerusform>%n messages n'ont pas pu être enregistrés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The server's certificate was not accepted, so Satchel did not connect.</source>
        <translation>Le certificat du serveur n'a pas été accepté : Satchel ne s'est donc pas connecté.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>There is no server named %1: check the server name in the account's settings.</source>
        <translation>Il n'existe aucun serveur nommé %1 : vérifiez le nom du serveur dans les réglages du compte.</translation>
    </message>
    <message>
        <source>the server could not be reached; Satchel tries again later.</source>
        <translation>le serveur n'a pas pu être joint ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>the mailbox is in use by another program; Satchel tries again later.</source>
        <translation>la boîte aux lettres est utilisée par un autre programme ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>the server wants a pause between logins; Satchel tries again later.</source>
        <translation>le serveur exige une pause entre deux connexions ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>the server is busy for now; Satchel tries again later.</source>
        <translation>le serveur est occupé pour l'instant ; Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n'a pas accepté le nom d'utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified.</source>
        <translation>Le certificat du serveur n'a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The server offers no encryption on this port: try TLS on port 995 or STARTTLS on port 110 in the account's settings.</source>
        <translation>Le serveur ne propose aucun chiffrement sur ce port : essayez TLS sur le port 995 ou STARTTLS sur le port 110 dans les réglages du compte.</translation>
    </message>
    <message>
        <source>The server offers no way of logging in that keeps the password safe on this connection: choose another security setting or login method.</source>
        <translation>Le serveur ne propose aucune connexion qui protège le mot de passe sur cette liaison : choisissez un autre réglage de sécurité ou une autre méthode de connexion.</translation>
    </message>
    <message>
        <source>The server refused access to the mailbox: %1</source>
        <translation>Le serveur a refusé l'accès à la boîte aux lettres : %1</translation>
    </message>
    <message>
        <source>the server asked Satchel to come back later; it tries again by itself.</source>
        <translation>le serveur a demandé à Satchel de revenir plus tard ; il réessaiera de lui-même.</translation>
    </message>
    <message>
        <source>Getting mail went wrong.</source>
        <translation>La relève du courrier a échoué.</translation>
    </message>
    <message>
        <source>Getting mail went wrong: %1</source>
        <translation>La relève du courrier a échoué : %1</translation>
    </message>
    <message>
        <source>Download the Rest</source>
        <translation>Télécharger la suite</translation>
    </message>
    <message>
        <source>Downloaded the rest of the message.</source>
        <translation>La suite du message a été téléchargée.</translation>
    </message>
    <message>
        <source>The rest of the message could not be downloaded now: %1</source>
        <translation>La suite du message n'a pas pu être téléchargée pour l'instant : %1</translation>
    </message>
    <message>
        <source>This message is no longer on the server, so its rest cannot be downloaded. What Satchel has of it (the headers, or its beginning) stays here.</source>
        <translation>Ce message n'est plus sur le serveur : sa suite ne peut donc pas être téléchargée. Ce que Satchel en a (les en-têtes ou son début) reste ici.</translation>
    </message>
    <message>
        <source>No new messages</source>
        <translation>Aucun nouveau message</translation>
    </message>
    <message>
        <source>Download History</source>
        <translation>Historique des téléchargements</translation>
    </message>
    <message>
        <source>The download history of %1 could not be rebuilt: %2</source>
        <translation>L’historique des téléchargements de %1 n’a pas pu être reconstruit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored here were added to the download history of %1; Satchel will not download them again.</source>
        <translation>
            <numerusform>%n message enregistré ici a été ajouté à l’historique des téléchargements de %1 ; Satchel ne le téléchargera plus.</numerusform>
            <numerusform>%n messages enregistrés ici ont été ajoutés à l’historique des téléchargements de %1 ; Satchel ne les téléchargera plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All as Downloaded</source>
        <translation>Tout marquer comme téléchargé</translation>
    </message>
    <message>
        <source>Take every message on the server of %1 as downloaded?</source>
        <translation>Considérer tous les messages du serveur de %1 comme téléchargés ?</translation>
    </message>
    <message>
        <source>Satchel connects once and remembers every message the server has now, without downloading any of them. It will only get mail that arrives after this, and it never deletes those messages from the server: it has no copy of them.</source>
        <translation>Satchel se connecte une fois et retient chaque message présent sur le serveur, sans en télécharger aucun. Il ne récupérera que le courrier arrivé ensuite, et ne supprime jamais ces messages du serveur : il n’en a pas de copie.</translation>
    </message>
    <message>
        <source>&amp;Mark All</source>
        <translation>&amp;Tout marquer</translation>
    </message>
    <message>
        <source>Satchel is getting mail for %1 right now. Try again when it is done.</source>
        <translation>Satchel relève le courrier de %1 en ce moment. Réessayez quand ce sera fini.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the server of %1 now count as downloaded.</source>
        <translation>
            <numerusform>%n message du serveur de %1 compte désormais comme téléchargé.</numerusform>
            <numerusform>%n messages du serveur de %1 comptent désormais comme téléchargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the server of %1 was marked as downloaded: %2</source>
        <translation>Rien n’a été marqué comme téléchargé sur le serveur de %1 : %2</translation>
    </message>
    <message>
        <source>The keychain did not store the sign-in of %1, so it lasts only until Satchel quits; after that Satchel asks you to sign in again. It is never written to disk.</source>
        <translation>Le trousseau n’a pas enregistré la connexion de %1 : elle ne dure donc que jusqu’à la fermeture de Satchel, qui vous demandera ensuite de vous reconnecter. Elle n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>To get mail for %1 (%2), sign in to %3 with your web browser.</source>
        <translation>Pour relever le courrier de %1 (%2), connectez-vous à %3 avec votre navigateur web.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Satchel's sign-in for %2 (%3). Sign in again with your web browser.</source>
        <translation>%1 n’accepte plus la connexion de Satchel pour %2 (%3). Reconnectez-vous avec votre navigateur web.</translation>
    </message>
    <message>
        <source>Sign in to %1 for %2 (%3) with your web browser.</source>
        <translation>Connectez-vous à %1 pour %2 (%3) avec votre navigateur web.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Satchel opens the sign-in page in your browser and waits for it to finish; you can close the browser tab afterwards.</source>
        <translation>Satchel ouvre la page de connexion dans votre navigateur et attend qu’elle se termine ; vous pourrez ensuite fermer l’onglet du navigateur.</translation>
    </message>
    <message>
        <source>Open Browser</source>
        <translation>Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Satchel needs you to sign in with your browser.</source>
        <translation>Satchel a besoin que vous vous connectiez avec votre navigateur.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in although it is new; check that the provider allows POP for this mailbox.</source>
        <translation>Le serveur n’a pas accepté la connexion bien qu’elle soit récente ; vérifiez que le fournisseur autorise POP pour cette boîte aux lettres.</translation>
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
        <source>Messages</source>
        <translation>Messages</translation>
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
    <message>
        <source>Reading the archive</source>
        <translation>Lecture de l’archive</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Relever le courrier</translation>
    </message>
    <message>
        <source>Get &amp;All Mail</source>
        <translation>Relever &amp;tout le courrier</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation>S&amp;uivre / Ne plus suivre</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>Message &amp;suivant</translation>
    </message>
    <message>
        <source>Next &amp;Unread Message</source>
        <translation>Message &amp;non lu suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>Message &amp;précédent</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>Sour&amp;ce du message</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Reno&amp;mmer le dossier…</translation>
    </message>
    <message>
        <source>De&amp;lete Folder…</source>
        <translation>Supprimer &amp;le dossier…</translation>
    </message>
    <message>
        <source>Selected Messages as &amp;mbox…</source>
        <translation>Messages sélectionnés au format &amp;mbox…</translation>
    </message>
    <message>
        <source>Selected Messages as .&amp;eml Files…</source>
        <translation>Messages sélectionnés en fichiers .&amp;eml…</translation>
    </message>
    <message>
        <source>Folder as m&amp;box…</source>
        <translation>Dossier au format m&amp;box…</translation>
    </message>
    <message>
        <source>Folder as .em&amp;l Files…</source>
        <translation>Dossier en fichiers .em&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Search all mail</source>
        <translation>Rechercher dans tout le courrier</translation>
    </message>
    <message>
        <source>Search all mail… (Ctrl+K)</source>
        <translation>Rechercher dans tout le courrier… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words, "phrases", from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</source>
        <translation>Mots, "expressions", from: to: subject: has:attachment is:unread is:flagged folder: before: after:, OR, NOT</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Progression de la relève</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel fetching mail</source>
        <translation>Annuler la relève du courrier</translation>
    </message>
    <message numerus="yes">
        <source>Satchel (%n unread)</source>
        <translation>
            <numerusform>Satchel (%n non lu)</numerusform>
            <numerusform>Satchel (%n non lus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satchel: %n unread</source>
        <translation>
            <numerusform>Satchel : %n non lu</numerusform>
            <numerusform>Satchel : %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Aucun message sélectionné.</translation>
    </message>
    <message>
        <source>Marking as read</source>
        <translation>Marquage comme lu</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message numerus="yes">
        <source>Search results: the newest %n messages that match</source>
        <translation>
            <numerusform>Résultats de la recherche : le message correspondant le plus récent (%n)</numerusform>
            <numerusform>Résultats de la recherche : les %n messages correspondants les plus récents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search results: %n message(s)</source>
        <translation>
            <numerusform>Résultats de la recherche : %n message</numerusform>
            <numerusform>Résultats de la recherche : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking messages</source>
        <translation>Marquage des messages</translation>
    </message>
    <message>
        <source>Flagging messages</source>
        <translation>Modification du suivi des messages</translation>
    </message>
    <message>
        <source>Deleting messages</source>
        <translation>Suppression des messages</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? They cannot be recovered. With the setting “leave on the server until deleted here”, the server's copy is deleted at the next fetch.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message ? Il ne pourra pas être récupéré. Avec le réglage « Laisser sur le serveur jusqu’à ce que je le supprime ici », la copie du serveur sera supprimée à la prochaine relève.</numerusform>
            <numerusform>Supprimer définitivement %n messages ? Ils ne pourront pas être récupérés. Avec le réglage « Laisser sur le serveur jusqu’à ce que je le supprime ici », les copies du serveur seront supprimées à la prochaine relève.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the Trash</source>
        <translation>Vidage de la corbeille</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete the %n message(s) in the Trash? With the setting “leave on the server until deleted here”, their copies on the server will be deleted the next time mail is fetched.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message de la corbeille ? Avec le réglage « Laisser sur le serveur jusqu’à ce que je le supprime ici », sa copie sur le serveur sera supprimée à la prochaine relève du courrier.</numerusform>
            <numerusform>Supprimer définitivement les %n messages de la corbeille ? Avec le réglage « Laisser sur le serveur jusqu’à ce que je le supprime ici », leurs copies sur le serveur seront supprimées à la prochaine relève du courrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving messages</source>
        <translation>Déplacement des messages</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Création du dossier</translation>
    </message>
    <message>
        <source>Renaming the folder</source>
        <translation>Renommage du dossier</translation>
    </message>
    <message>
        <source>Deleting the folder</source>
        <translation>Suppression du dossier</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and its subfolders? Their messages are moved to the Trash.</source>
        <translation>Supprimer le dossier « %1 » et ses sous-dossiers ? Leurs messages seront déplacés dans la corbeille.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>%n message exporté vers %1</numerusform>
            <numerusform>%n messages exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as mbox</source>
        <translation>Exporter au format mbox</translation>
    </message>
    <message>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Fichiers mbox (*.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as .eml Files</source>
        <translation>Exporter en fichiers .eml</translation>
    </message>
    <message>
        <source>Getting mail for %1…</source>
        <translation>Relève du courrier de %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>The mail servers can be reached.</source>
        <translation>Les serveurs de courrier sont joignables.</translation>
    </message>
    <message>
        <source>Working offline: everything here is stored on this computer.</source>
        <translation>Travail hors ligne : tout ce qui se trouve ici est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 impossible : %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Satchel will use the new language from its next start.</source>
        <translation>Satchel utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>New &amp;Account…</source>
        <translation>Nouveau &amp;compte…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>C&amp;omptes…</translation>
    </message>
    <message>
        <source>Get Mail &amp;For</source>
        <translation>Relever le courrier &amp;pour</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Fils de discussion</translation>
    </message>
    <message>
        <source>Show each conversation as one row that opens to its messages</source>
        <translation>Afficher chaque conversation sur une ligne qui s’ouvre sur ses messages</translation>
    </message>
    <message>
        <source>&amp;Expand All Threads</source>
        <translation>&amp;Développer tous les fils</translation>
    </message>
    <message>
        <source>&amp;Collapse All Threads</source>
        <translation>&amp;Réduire tous les fils</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n nouveau message pour %1</numerusform>
            <numerusform>%n nouveaux messages pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1 : %2</translation>
    </message>
    <message>
        <source>Newest from %1: %2</source>
        <translation>Le plus récent de %1 : %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MessageView</name>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Remote content blocked to protect your privacy.</source>
        <translation>Contenu distant bloqué pour protéger votre vie privée.</translation>
    </message>
    <message>
        <source>Load for this message</source>
        <translation>Charger pour ce message</translation>
    </message>
    <message>
        <source>Only part of this message has been downloaded. The rest is still on the server.</source>
        <translation>Seule une partie de ce message a été téléchargée. Le reste se trouve encore sur le serveur.</translation>
    </message>
    <message>
        <source>Download the rest</source>
        <translation>Télécharger le reste</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>&amp;Tout enregistrer…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show all header details</source>
        <translation>Afficher tous les détails des en-têtes</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Aucun message sélectionné.</translation>
    </message>
    <message>
        <source>This message cannot be shown: %1</source>
        <translation>Impossible d’afficher ce message : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment could not be written to %1.</source>
        <translation>La pièce jointe n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation>La pièce jointe n’a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>%1 of %2 attachments could not be saved to %3.</source>
        <translation>Impossible d’enregistrer %1 des %2 pièces jointes dans %3.</translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation>Source de « %1 »</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Source du message</translation>
    </message>
    <message>
        <source>Message: %1 (%2)</source>
        <translation>Message : %1 (%2)</translation>
    </message>
    <message>
        <source>An attached message: Open shows it in a window</source>
        <translation>Un message joint : Ouvrir l’affiche dans une fenêtre</translation>
    </message>
    <message>
        <source>%1 (attached message)</source>
        <translation>%1 (message joint)</translation>
    </message>
    <message>
        <source>%1 (%2 where it was sent)</source>
        <translation>%1 (%2 chez l’expéditeur)</translation>
    </message>
    <message>
        <source>This message is very long: only its beginning is shown.</source>
        <translation>Ce message est très long : seul son début est affiché.</translation>
    </message>
    <message>
        <source>Show the Whole Message</source>
        <translation>Afficher le message entier</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Chargement du message…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Satchel has no password for %1 yet. Enter it to get mail.</source>
        <translation>Satchel n'a pas encore de mot de passe pour %1. Saisissez-le pour relever le courrier.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel the password for %1 (it may be locked, or access was denied). Enter the password to get mail this time.</source>
        <translation>Le trousseau n'a pas donné à Satchel le mot de passe de %1 (il est peut-être verrouillé, ou l'accès a été refusé). Saisissez le mot de passe pour relever le courrier cette fois-ci.</translation>
    </message>
    <message>
        <source>No keychain answers on this computer, so Satchel cannot keep passwords: it asks for them once a session and never writes them to disk. Enter the password for %1.</source>
        <translation>Aucun trousseau ne répond sur cet ordinateur : Satchel ne peut donc pas garder les mots de passe ; il les demande une fois par session et ne les écrit jamais sur le disque. Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Enter the password for %1 (there is no keychain to keep it in).</source>
        <translation>Saisissez le mot de passe de %1 (il n'y a pas de trousseau pour le garder).</translation>
    </message>
    <message>
        <source>The server did not accept the password for %1. Enter it again (check the user name too; many providers want an app password for POP).</source>
        <translation>Le serveur n'a pas accepté le mot de passe de %1. Saisissez-le de nouveau (vérifiez aussi le nom d'utilisateur ; beaucoup de fournisseurs exigent un mot de passe d'application pour POP).</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Save it in the keychain</source>
        <translation>L'&amp;enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Remember it until Satchel quits</source>
        <translation>S'en &amp;souvenir jusqu'à la fermeture de Satchel</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Relever le courrier</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RetentionForm</name>
    <message>
        <source>&amp;Delete from the server once stored here</source>
        <translation>&amp;Supprimer du serveur une fois enregistré ici</translation>
    </message>
    <message>
        <source>Leave on the server for</source>
        <translation>Laisser sur le serveur pendant</translation>
    </message>
    <message>
        <source>Days to leave messages on the server</source>
        <translation>Nombre de jours pendant lesquels laisser les messages sur le serveur</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Leave on the server &amp;until I delete it here</source>
        <translation>Laisser sur le serveur &amp;jusqu'à ce que je le supprime ici</translation>
    </message>
    <message>
        <source>Leave on the server &amp;forever</source>
        <translation>Laisser sur le serveur &amp;indéfiniment</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Garder au plus</translation>
    </message>
    <message>
        <source>Most messages kept on the server</source>
        <translation>Nombre maximal de messages gardés sur le serveur</translation>
    </message>
    <message>
        <source> messages on the server</source>
        <translation> messages sur le serveur</translation>
    </message>
    <message>
        <source>Most megabytes kept on the server</source>
        <translation>Nombre maximal de mégaoctets gardés sur le serveur</translation>
    </message>
    <message>
        <source> MB on the server</source>
        <translation> Mo sur le serveur</translation>
    </message>
    <message>
        <source>Download only the &amp;headers (the rest of a message when you ask for it)</source>
        <translation>Ne télécharger que les &amp;en-têtes (le reste d’un message quand vous le demandez)</translation>
    </message>
    <message>
        <source>Only the headers on a &amp;metered connection (mobile data, a hotspot)</source>
        <translation>Seulement les en-têtes sur une connexion &amp;limitée (données mobiles, point d’accès)</translation>
    </message>
    <message>
        <source>This computer does not say whether its connection is metered, so for now this never applies.</source>
        <translation>Cet ordinateur n’indique pas si sa connexion est limitée ; pour l’instant, ceci ne s’applique donc jamais.</translation>
    </message>
    <message>
        <source>Only the headers of messages larger than</source>
        <translation>Seulement les en-têtes des messages de plus de</translation>
    </message>
    <message>
        <source>Size limit in kilobytes</source>
        <translation>Taille limite en kilo-octets</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ServerForm</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recommandé)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>No encryption (password readable on the network)</source>
        <translation>Aucun chiffrement (mot de passe lisible sur le réseau)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation>Automatique (la plus sûre proposée)</translation>
    </message>
    <message>
        <source>User name and password (USER/PASS)</source>
        <translation>Nom d'utilisateur et mot de passe (USER/PASS)</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>Méthode de &amp;connexion :</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network between you and the server can read your password and your mail. Choose this only for a server on your own network.</source>
        <translation>Sans chiffrement, n’importe qui sur le réseau entre vous et le serveur peut lire votre mot de passe et votre courrier. Ne choisissez cette option que pour un serveur de votre propre réseau.</translation>
    </message>
    <message>
        <source>Enter the server's name.</source>
        <translation>Saisissez le nom du serveur.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d'utilisateur.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copier l’adresse</translation>
    </message>
    <message>
        <source>For a browser on this computer that did not open by itself.</source>
        <translation>Pour un navigateur de cet ordinateur qui ne s’est pas ouvert de lui-même.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>Log in with a &amp;password instead</source>
        <translation>Se connecter plutôt avec un mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>The one built into Satchel, if any</source>
        <translation>Celui intégré à Satchel, s’il y en a un</translation>
    </message>
    <message>
        <source>OAuth &amp;client ID:</source>
        <translation>&amp;ID client OAuth :</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>%1 accepts only a sign-in through a web page (OAuth), and Satchel does not know where that page is for this server.</source>
        <translation>%1 n’accepte qu’une connexion par une page web (OAuth), et Satchel ne sait pas où se trouve cette page pour ce serveur.</translation>
    </message>
    <message>
        <source>Satchel could not open your browser. Copy the address and open it in a browser on this computer; Satchel keeps waiting.</source>
        <translation>Satchel n’a pas pu ouvrir votre navigateur. Copiez l’adresse et ouvrez-la dans un navigateur de cet ordinateur ; Satchel continue d’attendre.</translation>
    </message>
    <message>
        <source>%1 wants you to sign in on its own web page; Satchel never sees your password.</source>
        <translation>%1 vous demande de vous connecter sur sa propre page web ; Satchel ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Satchel opens %1's sign-in page in your web browser. Sign in there and allow Satchel to read your mail; then come back here. Satchel keeps the sign-in in this computer's keychain.</source>
        <translation>Satchel ouvre la page de connexion de %1 dans votre navigateur web. Connectez-vous-y et autorisez Satchel à lire votre courrier ; revenez ensuite ici. Satchel conserve la connexion dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>Instead of signing in, you can log in with an app password. %1</source>
        <translation>Au lieu de vous connecter par le navigateur, vous pouvez utiliser un mot de passe d’application. %1</translation>
    </message>
    <message>
        <source>Ready: press the button to open your browser.</source>
        <translation>Prêt : appuyez sur le bouton pour ouvrir votre navigateur.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in to %1 in your browser...</source>
        <translation>En attente de la fin de votre connexion à %1 dans votre navigateur…</translation>
    </message>
    <message>
        <source>If no browser opened, copy the address and open it in a browser on this computer.</source>
        <translation>Si aucun navigateur ne s’est ouvert, copiez l’adresse et ouvrez-la dans un navigateur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Press Next to choose what stays on the server.</source>
        <translation>Appuyez sur « Suivant » pour choisir ce qui reste sur le serveur.</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>La connexion n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>Satchel cannot sign in here.</source>
        <translation>Satchel ne peut pas se connecter ici.</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1 is configured in this build of Satchel.</source>
        <translation>Aucun ID client OAuth pour %1 n’est configuré dans cette version de Satchel.</translation>
    </message>
    <message>
        <source>Enter a client ID of your own under Advanced settings (the README says how to register one), or log in with a password.</source>
        <translation>Saisissez votre propre ID client dans « Paramètres avancés » (le README explique comment en enregistrer un), ou connectez-vous avec un mot de passe.</translation>
    </message>
    <message>
        <source>Enter a client ID of your own under Advanced settings (the README says how to register one), or use an app password.</source>
        <translation>Saisissez votre propre ID client dans « Paramètres avancés » (le README explique comment en enregistrer un), ou utilisez un mot de passe d’application.</translation>
    </message>
</context>
</TS>