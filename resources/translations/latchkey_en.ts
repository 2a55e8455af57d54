<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QuickCopyPlan</name>
    <message numerus="yes">
        <source>%1 — %n missing</source>
        <translation>
            <numerusform>%1 — %n missing</numerusform>
            <numerusform>%1 — %n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message numerus="yes">
        <source>latchkey-cli: no stored value found in %n staged file(s) (%1 values of %2 looked for).</source>
        <translation>
            <numerusform>latchkey-cli: no stored value found in %n staged file (%1 values of %2 looked for).</numerusform>
            <numerusform>latchkey-cli: no stored value found in %n staged files (%1 values of %2 looked for).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>latchkey-cli: no stored value found in %n file(s) (%1 values of %2 looked for).</source>
        <translation>
            <numerusform>latchkey-cli: no stored value found in %n file (%1 values of %2 looked for).</numerusform>
            <numerusform>latchkey-cli: no stored value found in %n files (%1 values of %2 looked for).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staged file(s)</source>
        <translation>
            <numerusform>%n staged file</numerusform>
            <numerusform>%n staged files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message numerus="yes">
        <source>Started team vault &quot;%1&quot; with %n member(s) in %2, pushed to %3.</source>
        <translation>
            <numerusform>Started team vault &quot;%1&quot; with %n member in %2, pushed to %3.</numerusform>
            <numerusform>Started team vault &quot;%1&quot; with %n members in %2, pushed to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2) to team vault &quot;%3&quot;; re-encrypted %n secret(s).</source>
        <translation>
            <numerusform>Added %1 (%2) to team vault &quot;%3&quot;; re-encrypted %n secret.</numerusform>
            <numerusform>Added %1 (%2) to team vault &quot;%3&quot;; re-encrypted %n secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 from team vault &quot;%2&quot;; re-encrypted %n secret(s).</source>
        <translation>
            <numerusform>Removed %1 from team vault &quot;%2&quot;; re-encrypted %n secret.</numerusform>
            <numerusform>Removed %1 from team vault &quot;%2&quot;; re-encrypted %n secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) need rotation: %1 could read them and may have kept copies, and their old files stay in git&apos;s history. Set new values with `latchkey-cli --vault %2 set KEY`: %3</source>
        <translation>
            <numerusform>%n secret needs rotation: %1 could read it and may have kept a copy, and its old file stays in git&apos;s history. Set a new value with `latchkey-cli --vault %2 set KEY`: %3</numerusform>
            <numerusform>%n secrets need rotation: %1 could read them and may have kept copies, and their old files stay in git&apos;s history. Set new values with `latchkey-cli --vault %2 set KEY`: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ImportDialog</name>
    <message numerus="yes">
        <source>%n entries read. Tick the keys to store.</source>
        <translation>
            <numerusform>%n entry read. Tick the key to store.</numerusform>
            <numerusform>%n entries read. Tick the keys to store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::MainWindow</name>
    <message numerus="yes">
        <source>Value on the clipboard; clearing in %n s</source>
        <translation>
            <numerusform>Value on the clipboard; clearing in %n s</numerusform>
            <numerusform>Value on the clipboard; clearing in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::MembersDialog</name>
    <message numerus="yes">
        <source>Added %1; %n secret(s) encrypted for them.</source>
        <translation>
            <numerusform>Added %1; %n secret encrypted for them.</numerusform>
            <numerusform>Added %1; %n secrets encrypted for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1. %n secret(s) they could read now need new values: set them again.</source>
        <translation>
            <numerusform>Removed %1. %n secret they could read now needs a new value: set it again.</numerusform>
            <numerusform>Removed %1. %n secrets they could read now need new values: set them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::OpenManifest</name>
    <message numerus="yes">
        <source>This manifest has %n error(s); fix the file to see what the app needs</source>
        <translation>
            <numerusform>This manifest has %n error; fix the file to see what the app needs</numerusform>
            <numerusform>This manifest has %n errors; fix the file to see what the app needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::RevealPopup</name>
    <message numerus="yes">
        <source>Hidden again in %n s</source>
        <translation>
            <numerusform>Hidden again in %n s</numerusform>
            <numerusform>Hidden again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ScanDialog</name>
    <message numerus="yes">
        <source>No stored value found in %n file(s).</source>
        <translation>
            <numerusform>No stored value found in %n file.</numerusform>
            <numerusform>No stored value found in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n stored value(s) in %1 of %2 files. The values are not shown; remove them from the files, and rotate those secrets if the files were shared.</source>
        <translation>
            <numerusform>Found %n stored value in %1 of %2 files. The value is not shown; remove it from the files, and rotate that secret if the files were shared.</numerusform>
            <numerusform>Found %n stored values in %1 of %2 files. The values are not shown; remove them from the files, and rotate those secrets if the files were shared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::SecretActions</name>
    <message numerus="yes">
        <source>It moves to the vault&apos;s trash for %n day(s) and can be restored.</source>
        <translation>
            <numerusform>It moves to the vault&apos;s trash for %n day and can be restored.</numerusform>
            <numerusform>It moves to the vault&apos;s trash for %n days and can be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TrayIcon</name>
    <message numerus="yes">
        <source>Search… (%n more)</source>
        <translation>
            <numerusform>Search… (%n more)</numerusform>
            <numerusform>Search… (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>The clipboard will be cleared in %n second.</numerusform>
            <numerusform>The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::VaultModel</name>
    <message numerus="yes">
        <source>Last set %n day(s) ago</source>
        <translation>
            <numerusform>Last set %n day ago</numerusform>
            <numerusform>Last set %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
