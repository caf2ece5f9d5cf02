<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCommandsText</name>
    <message numerus="yes">
        <source>%1: %n message(s) added to the download history from the messages stored here.</source>
        <translation>
            <numerusform>%1: %n message added to the download history from the messages stored here.</numerusform>
            <numerusform>%1: %n messages added to the download history from the messages stored here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineText</name>
    <message numerus="yes">
        <source>Imported %n messages; %1 duplicates skipped; %2 could not be imported.</source>
        <translation>
            <numerusform>Imported %n message; %1 duplicates skipped; %2 could not be imported.</numerusform>
            <numerusform>Imported %n messages; %1 duplicates skipped; %2 could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n messages to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive %1 is sound: %n messages.</source>
        <translation>
            <numerusform>The archive %1 is sound: %n message.</numerusform>
            <numerusform>The archive %1 is sound: %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessDemoText</name>
    <message numerus="yes">
        <source>Demo: %n messages fetched into %1</source>
        <translation>
            <numerusform>Demo: %n message fetched into %1</numerusform>
            <numerusform>Demo: %n messages fetched into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoSession</name>
    <message numerus="yes">
        <source>%n new messages fetched from the demo server.</source>
        <translation>
            <numerusform>%n new message fetched from the demo server.</numerusform>
            <numerusform>%n new messages fetched from the demo server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::autoconfig::Explanations</name>
    <message numerus="yes">
        <source>This server deletes downloaded mail on its own after %n day(s).</source>
        <translation>
            <numerusform>This server deletes downloaded mail on its own after %n day.</numerusform>
            <numerusform>This server deletes downloaded mail on its own after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::model::FolderModel</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::sync::FetchJob</name>
    <message numerus="yes">
        <source>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n message(s) that would be downloaded headers only were left on the server.</source>
        <translation>
            <numerusform>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n message that would be downloaded headers only was left on the server.</numerusform>
            <numerusform>This server has no UIDL, so Satchel cannot come back for the rest of a message: %n messages that would be downloaded headers only were left on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::AccountsDialog</name>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::CertificateDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) sent by the server</source>
        <translation>
            <numerusform>%n certificate sent by the server</numerusform>
            <numerusform>%n certificates sent by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::FetchProblemBar</name>
    <message numerus="yes">
        <source>Mail could not be fetched for %n account(s) (point here for why).</source>
        <translation>
            <numerusform>Mail could not be fetched for %n account (point here for why).</numerusform>
            <numerusform>Mail could not be fetched for %n accounts (point here for why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::MailController</name>
    <message numerus="yes">
        <source>%n message(s) could not be stored: %1</source>
        <translation>
            <numerusform>%n message could not be stored: %1</numerusform>
            <numerusform>%n messages could not be stored: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored here were added to the download history of %1; Satchel will not download them again.</source>
        <translation>
            <numerusform>%n message stored here was added to the download history of %1; Satchel will not download it again.</numerusform>
            <numerusform>%n messages stored here were added to the download history of %1; Satchel will not download them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the server of %1 now count as downloaded.</source>
        <translation>
            <numerusform>%n message on the server of %1 now counts as downloaded.</numerusform>
            <numerusform>%n messages on the server of %1 now count as downloaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::MainWindow</name>
    <message numerus="yes">
        <source>Satchel (%n unread)</source>
        <translation>
            <numerusform>Satchel (%n unread)</numerusform>
            <numerusform>Satchel (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satchel: %n unread</source>
        <translation>
            <numerusform>Satchel: %n unread</numerusform>
            <numerusform>Satchel: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search results: the newest %n messages that match</source>
        <translation>
            <numerusform>Search results: the newest %n message that matches</numerusform>
            <numerusform>Search results: the newest %n messages that match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search results: %n message(s)</source>
        <translation>
            <numerusform>Search results: %n message</numerusform>
            <numerusform>Search results: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? They cannot be recovered. With the setting “leave on the server until deleted here”, the server&apos;s copy is deleted at the next fetch.</source>
        <translation>
            <numerusform>Delete %n message permanently? It cannot be recovered. With the setting “leave on the server until deleted here”, the server&apos;s copy is deleted at the next fetch.</numerusform>
            <numerusform>Delete %n messages permanently? They cannot be recovered. With the setting “leave on the server until deleted here”, the server&apos;s copies are deleted at the next fetch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Permanently delete the %n message(s) in the Trash? With the setting “leave on the server until deleted here”, their copies on the server will be deleted the next time mail is fetched.</source>
        <translation>
            <numerusform>Permanently delete the %n message in the Trash? With the setting “leave on the server until deleted here”, its copy on the server will be deleted the next time mail is fetched.</numerusform>
            <numerusform>Permanently delete the %n messages in the Trash? With the setting “leave on the server until deleted here”, their copies on the server will be deleted the next time mail is fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Exported %n message to %1</numerusform>
            <numerusform>Exported %n messages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n new message for %1</numerusform>
            <numerusform>%n new messages for %1</numerusform>
        </translation>
    </message>
</context>
</TS>
