<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
