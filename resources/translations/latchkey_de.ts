<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgeCheck</name>
    <message>
        <source>last updated %1 days ago, more than --max-age %2</source>
        <translation>zuletzt vor %1 Tagen aktualisiert, mehr als --max-age %2</translation>
    </message>
    <message>
        <source>Too old: %1: %2.</source>
        <translation>Zu alt: %1: %2.</translation>
    </message>
    <message>
        <source>Warning: %1: %2.</source>
        <translation>Warnung: %1: %2.</translation>
    </message>
    <message>
        <source>Give them a new value (latchkey-cli set KEY); --max-age DAYS makes stale secrets fail the check.</source>
        <translation>Geben Sie ihnen einen neuen Wert (latchkey-cli set KEY); mit --max-age DAYS lassen veraltete Geheimnisse die Prüfung scheitern.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>%1: command not found</source>
        <translation>%1: Befehl nicht gefunden</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: latchkey-cli [--vault NAME] [--timeout SECONDS] COMMAND [ARGS...]

Keeps the secrets of inf.yml apps in the OS keychain.

Commands:
</source>
        <translation>Aufruf: latchkey-cli [--vault NAME] [--timeout SECONDS] COMMAND [ARGS...]

Bewahrt die Geheimnisse von inf.yml-Apps im Schlüsselbund des Betriebssystems auf.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --vault NAME       use vault NAME instead of &quot;default&quot; (env LATCHKEY_VAULT)
  --timeout SECONDS  give up on the keychain after SECONDS, from 0.001 to 3600
                     (default 10, 120 for a team vault; env LATCHKEY_TIMEOUT)
  -h, --help         show this help; COMMAND --help shows a command&apos;s help
  -v, --version      show the version

Exit status: 0 success or ready, 1 not found (the keychain is unlocked and has no such item)
or not ready, 2 usage error or invalid input, 3 keychain locked, unavailable or not responding
(see `latchkey-cli status`), 4 other failure, named (e.g. the disk is full).
</source>
        <translation>
Optionen:
  --vault NAME       Tresor NAME statt „default“ verwenden (Umgebung LATCHKEY_VAULT)
  --timeout SECONDS  nach SECONDS nicht mehr auf den Schlüsselbund warten, 0.001 bis 3600
                     (Vorgabe 10, 120 für einen Team-Tresor; Umgebung LATCHKEY_TIMEOUT)
  -h, --help         diese Hilfe zeigen; COMMAND --help zeigt die Hilfe eines Befehls
  -v, --version      die Version zeigen

Exit-Status: 0 Erfolg oder bereit, 1 nicht gefunden (der Schlüsselbund ist entsperrt und hat keinen solchen Eintrag)
oder nicht bereit, 2 Aufruffehler oder ungültige Eingabe, 3 Schlüsselbund gesperrt, nicht verfügbar oder antwortet nicht
(siehe `latchkey-cli status`), 4 anderer, benannter Fehler (z. B. der Datenträger ist voll).
</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1</source>
        <translation>latchkey-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>The keychain gave no answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The vault gave no answer.</source>
        <translation>Der Tresor hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>latchkey-cli: %1</source>
        <translation>latchkey-cli: %1</translation>
    </message>
    <message>
        <source>latchkey-cli --help</source>
        <translation>latchkey-cli --help</translation>
    </message>
    <message>
        <source>latchkey-cli %1 --help</source>
        <translation>latchkey-cli %1 --help</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 (see %2)</source>
        <translation>latchkey-cli: %1 (siehe %2)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Usage: latchkey-cli [--vault NAME] %1 %2

%3
</source>
        <translation>Aufruf: latchkey-cli [--vault NAME] %1 %2

%3
</translation>
    </message>
    <message>
        <source>
Options:</source>
        <translation>
Optionen:</translation>
    </message>
    <message>
        <source>invalid vault name &quot;%1&quot;: %2</source>
        <translation>ungültiger Tresorname „%1“: %2</translation>
    </message>
    <message>
        <source>it is not a number</source>
        <translation>es ist keine Zahl</translation>
    </message>
    <message>
        <source>it is not a finite number</source>
        <translation>es ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>it must be more than 0 and at most 3600 seconds</source>
        <translation>er muss größer als 0 und höchstens 3600 Sekunden sein</translation>
    </message>
    <message>
        <source>it must be at least 0.001 seconds (1 ms)</source>
        <translation>er muss mindestens 0.001 Sekunden (1 ms) betragen</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: %3</source>
        <translation>ungültiger Wert für %1 „%2“: %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;: %2</source>
        <translation>ungültiger Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>latchkey-cli: warning: %1</source>
        <translation>latchkey-cli: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>KEY=VALUE erwartet</translation>
    </message>
    <message>
        <source>expected = after %1 (each line is KEY=VALUE, a # comment or blank)</source>
        <translation>= nach %1 erwartet (jede Zeile ist KEY=VALUE, ein #-Kommentar oder leer)</translation>
    </message>
    <message>
        <source>the double quote that starts the value of %1 is never closed</source>
        <translation>das doppelte Anführungszeichen am Anfang des Werts von %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>the single quote that starts the value of %1 is never closed</source>
        <translation>das einfache Anführungszeichen am Anfang des Werts von %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of %1&apos;s value (only a # comment may follow)</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen des Werts von %1 (nur ein #-Kommentar darf folgen)</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;: %2</source>
        <translation>ungültiger Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>the value of %1 cannot be stored: %2</source>
        <translation>der Wert von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is assigned again (first on line %2); the last value is used</source>
        <translation>%1 wird erneut zugewiesen (zuerst in Zeile %2); der letzte Wert gilt</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; env files are text</source>
        <translation>die Datei enthält ein NUL-Byte; Env-Dateien sind Text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text here</source>
        <translation>die Datei ist hier kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>expected a JSON object of &quot;KEY&quot;: &quot;value&quot; members</source>
        <translation>ein JSON-Objekt aus „KEY“: „Wert“-Einträgen erwartet</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected : after the key %1</source>
        <translation>: nach dem Schlüssel %1 erwartet</translation>
    </message>
    <message>
        <source>the value of %1 is not a string</source>
        <translation>der Wert von %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the value of %1 is not a string (write it in double quotes)</source>
        <translation>der Wert von %1 ist keine Zeichenkette (in doppelte Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>expected , or } after the value of %1</source>
        <translation>, oder } nach dem Wert von %1 erwartet</translation>
    </message>
    <message>
        <source>the JSON ends too early: %1</source>
        <translation>das JSON endet zu früh: %1</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>unerwarteter Text nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside a JSON string must be escaped</source>
        <translation>ein Steuerzeichen (etwa ein Zeilenumbruch) in einer JSON-Zeichenkette muss maskiert werden</translation>
    </message>
    <message>
        <source>invalid escape in a JSON string</source>
        <translation>ungültige Escape-Sequenz in einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>a \u escape of a character above U+FFFF needs its second half</source>
        <translation>eine \u-Escape-Sequenz eines Zeichens oberhalb von U+FFFF braucht ihre zweite Hälfte</translation>
    </message>
    <message>
        <source>a JSON string is never closed</source>
        <translation>eine JSON-Zeichenkette wird nie geschlossen</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected :</source>
        <translation>: erwartet</translation>
    </message>
    <message>
        <source>expected , or }</source>
        <translation>, oder } erwartet</translation>
    </message>
    <message>
        <source>expected , or ]</source>
        <translation>, oder ] erwartet</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>ein JSON-Wert erwartet</translation>
    </message>
</context>
<context>
    <name>EnvFileInput</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1: error: the value of %2 is not a valid reference: %3</source>
        <translation>%1: Fehler: der Wert von %2 ist kein gültiger Verweis: %3</translation>
    </message>
</context>
<context>
    <name>GitHook</name>
    <message>
        <source>the current folder is not inside a git repository (or git is not installed); run --install-hook inside the repository to protect</source>
        <translation>der aktuelle Ordner liegt in keinem git-Repository (oder git ist nicht installiert); führen Sie --install-hook im zu schützenden Repository aus</translation>
    </message>
    <message>
        <source>a pre-commit hook already exists at %1 and was left as it is; add the line `latchkey-cli scan --staged || exit 1` to it, or pass --force to replace it (it is then kept as pre-commit.before-latchkey)</source>
        <translation>unter %1 gibt es bereits einen pre-commit-Hook, er wurde belassen; fügen Sie ihm die Zeile `latchkey-cli scan --staged || exit 1` hinzu oder ersetzen Sie ihn mit --force (er wird dann als pre-commit.before-latchkey aufbewahrt)</translation>
    </message>
    <message>
        <source>%1 already exists; move it away before replacing the hook again</source>
        <translation>%1 existiert bereits; verschieben Sie es, bevor Sie den Hook erneut ersetzen</translation>
    </message>
    <message>
        <source>Cannot move the existing hook %1 aside.</source>
        <translation>Der vorhandene Hook %1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>the hooks folder</source>
        <translation>der Hooks-Ordner</translation>
    </message>
    <message>
        <source>the pre-commit hook</source>
        <translation>der pre-commit-Hook</translation>
    </message>
    <message>
        <source>Cannot make the hook %1 executable.</source>
        <translation>Der Hook %1 kann nicht ausführbar gemacht werden.</translation>
    </message>
    <message>
        <source>any vault</source>
        <translation>eines beliebigen Tresors</translation>
    </message>
    <message>
        <source>vault &quot;%1&quot;</source>
        <translation>des Tresors „%1“</translation>
    </message>
    <message>
        <source>Updated the pre-commit hook %1: commits whose staged files contain a value of %2 are refused.</source>
        <translation>pre-commit-Hook %1 aktualisiert: Commits, deren vorgemerkte Dateien einen Wert %2 enthalten, werden abgewiesen.</translation>
    </message>
    <message>
        <source>Installed a pre-commit hook at %1: commits whose staged files contain a value of %2 are refused.</source>
        <translation>pre-commit-Hook unter %1 installiert: Commits, deren vorgemerkte Dateien einen Wert %2 enthalten, werden abgewiesen.</translation>
    </message>
    <message>
        <source>The previous hook was moved to %1 and no longer runs.</source>
        <translation>Der bisherige Hook wurde nach %1 verschoben und läuft nicht mehr.</translation>
    </message>
    <message>
        <source>To commit anyway, once: git commit --no-verify</source>
        <translation>Um einmalig trotzdem zu committen: git commit --no-verify</translation>
    </message>
</context>
<context>
    <name>GitRepo</name>
    <message>
        <source>the git program could not be started; install git</source>
        <translation>das Programm git konnte nicht gestartet werden; installieren Sie git</translation>
    </message>
    <message>
        <source>git did not finish in time</source>
        <translation>git wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>GpgEngine</name>
    <message>
        <source>Team vaults cannot use GnuPG because Latchkey&apos;s module latchkey-gpg is not installed (%1).</source>
        <translation>Team-Tresore können GnuPG nicht verwenden, weil das Latchkey-Modul latchkey-gpg nicht installiert ist (%1).</translation>
    </message>
    <message>
        <source>GnuPG is not usable here (%1); install gnupg.</source>
        <translation>GnuPG ist hier nicht nutzbar (%1); installieren Sie gnupg.</translation>
    </message>
    <message>
        <source>%1 names no recipients, so nothing can be encrypted.</source>
        <translation>%1 nennt keine Empfänger, daher kann nichts verschlüsselt werden.</translation>
    </message>
    <message>
        <source>the key of %1 (%2) is revoked</source>
        <translation>der Schlüssel von %1 (%2) ist widerrufen</translation>
    </message>
    <message>
        <source>the key of %1 (%2) expired on %3</source>
        <translation>der Schlüssel von %1 (%2) ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>the key of %1 (%2) is disabled or invalid</source>
        <translation>der Schlüssel von %1 (%2) ist deaktiviert oder ungültig</translation>
    </message>
    <message>
        <source>the encryption key of %1 (%2) expired on %3</source>
        <translation>der Verschlüsselungsschlüssel von %1 (%2) ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>the key of %1 (%2) has no usable encryption subkey</source>
        <translation>der Schlüssel von %1 (%2) hat keinen nutzbaren Unterschlüssel zum Verschlüsseln</translation>
    </message>
    <message>
        <source>there is no public key for %1 in your keyring or in the store&apos;s .public-keys folder</source>
        <translation>für %1 gibt es keinen öffentlichen Schlüssel, weder in Ihrem Schlüsselring noch im Ordner .public-keys des Speichers</translation>
    </message>
    <message>
        <source>GnuPG could not be started.</source>
        <translation>GnuPG konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The key of recipient %1 (%2) is no longer in the keyring.</source>
        <translation>Der Schlüssel des Empfängers %1 (%2) ist nicht mehr im Schlüsselring.</translation>
    </message>
    <message>
        <source>GnuPG could not encrypt: %1.</source>
        <translation>GnuPG konnte nicht verschlüsseln: %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes and was not read.</source>
        <translation>%1 ist größer als %2 Bytes und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 uses an old cipher without integrity protection and was not read; re-encrypt it.</source>
        <translation>%1 verwendet eine alte Chiffre ohne Integritätsschutz und wurde nicht gelesen; verschlüsseln Sie es neu.</translation>
    </message>
    <message>
        <source>The passphrase prompt for %1 was dismissed.</source>
        <translation>Die Passphrasenabfrage für %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation>Falsche Passphrase für %1.</translation>
    </message>
    <message>
        <source>gpg-agent needs the passphrase of your key to read %1 and could not ask for it (no pinentry); unlock the key and try again.</source>
        <translation>gpg-agent braucht die Passphrase Ihres Schlüssels, um %1 zu lesen, und konnte nicht danach fragen (kein pinentry); entsperren Sie den Schlüssel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>gpg-agent is not reachable, so %1 cannot be read.</source>
        <translation>gpg-agent ist nicht erreichbar, daher kann %1 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not encrypted for any secret key you have.</source>
        <translation>%1 ist für keinen Ihrer geheimen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>GnuPG could not decrypt %1: %2.</source>
        <translation>GnuPG konnte %1 nicht entschlüsseln: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no OpenPGP public key.</source>
        <translation>Die Datei %1 enthält keinen öffentlichen OpenPGP-Schlüssel.</translation>
    </message>
    <message>
        <source>GnuPG could not export the key %1: %2.</source>
        <translation>GnuPG konnte den Schlüssel %1 nicht exportieren: %2.</translation>
    </message>
    <message>
        <source>There is no public key %1 in your keyring.</source>
        <translation>In Ihrem Schlüsselring gibt es keinen öffentlichen Schlüssel %1.</translation>
    </message>
    <message>
        <source>Cannot encrypt for recipient %1 listed in %2: %3.</source>
        <translation>Für den in %2 genannten Empfänger %1 kann nicht verschlüsselt werden: %3.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>%1 would be added, %2 updated, %3 skipped, %4 invalid</source>
        <translation>%1 würden hinzugefügt, %2 aktualisiert, %3 übersprungen, %4 ungültig</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped, %4 invalid</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 übersprungen, %4 ungültig</translation>
    </message>
    <message>
        <source>already in the vault</source>
        <translation>bereits im Tresor</translation>
    </message>
    <message>
        <source>the value is empty, and the keychain cannot hold an empty secret</source>
        <translation>der Wert ist leer, und der Schlüsselbund kann kein leeres Geheimnis speichern</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a regular file</source>
        <translation>es ist eine benannte Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>es ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>es ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, more than the %2 bytes allowed</source>
        <translation>die Datei ist %1 Bytes lang, mehr als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>KeyCatalog</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>starts with &quot;sk-&quot;</source>
        <translation>beginnt mit „sk-“</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>starts with &quot;sk-ant-&quot;</source>
        <translation>beginnt mit „sk-ant-“</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>starts with &quot;hf_&quot;</source>
        <translation>beginnt mit „hf_“</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>starts with &quot;r8_&quot;</source>
        <translation>beginnt mit „r8_“</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>is 20 characters starting with &quot;AKIA&quot; or &quot;ASIA&quot;</source>
        <translation>besteht aus 20 Zeichen und beginnt mit „AKIA“ oder „ASIA“</translation>
    </message>
    <message>
        <source>is 40 characters long</source>
        <translation>ist 40 Zeichen lang</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>starts with &quot;sk_live_&quot;, &quot;sk_test_&quot; or a restricted &quot;rk_&quot; prefix</source>
        <translation>beginnt mit „sk_live_“, „sk_test_“ oder dem eingeschränkten Präfix „rk_“</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>starts with &quot;ghp_&quot;, &quot;github_pat_&quot; or another &quot;gh…_&quot; prefix</source>
        <translation>beginnt mit „ghp_“, „github_pat_“ oder einem anderen Präfix „gh…_“</translation>
    </message>
    <message>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <source>starts with &quot;gsk_&quot;</source>
        <translation>beginnt mit „gsk_“</translation>
    </message>
    <message>
        <source>Google AI</source>
        <translation>Google AI</translation>
    </message>
    <message>
        <source>starts with &quot;AIza&quot;</source>
        <translation>beginnt mit „AIza“</translation>
    </message>
    <message>
        <source>Mistral AI</source>
        <translation>Mistral AI</translation>
    </message>
    <message>
        <source>is a long random string</source>
        <translation>ist eine lange Zufallszeichenkette</translation>
    </message>
    <message>
        <source>Cohere</source>
        <translation>Cohere</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>starts with &quot;xoxb-&quot;</source>
        <translation>beginnt mit „xoxb-“</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>starts with &quot;SG.&quot;</source>
        <translation>beginnt mit „SG.“</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>eine Datenbank</translation>
    </message>
    <message>
        <source>is a connection URL such as &quot;postgresql://…&quot;</source>
        <translation>ist eine Verbindungs-URL wie „postgresql://…“</translation>
    </message>
    <message>
        <source>%1 is used by %2; its value usually %3.</source>
        <translation>%1 wird von %2 verwendet; typisch: Der Wert %3.</translation>
    </message>
    <message>
        <source>The value starts or ends with spaces or line breaks; %1 values usually do not.</source>
        <translation>Der Wert beginnt oder endet mit Leerzeichen oder Zeilenumbrüchen; %1-Werte tun das üblicherweise nicht.</translation>
    </message>
    <message>
        <source>%1 is not a random value: it usually %2; store it with `latchkey-cli set %1`.</source>
        <translation>%1 ist kein Zufallswert: typisch: Der Wert %2; speichern Sie ihn mit `latchkey-cli set %1`.</translation>
    </message>
    <message>
        <source>%1 is issued by %2: create it there and store it with `latchkey-cli set %1`; Latchkey does not generate it.</source>
        <translation>%1 wird von %2 ausgestellt: legen Sie es dort an und speichern Sie es mit `latchkey-cli set %1`; Latchkey erzeugt es nicht.</translation>
    </message>
    <message>
        <source>%1 looks like a key a service issues; a generated value only works where you choose the value yourself.</source>
        <translation>%1 sieht nach einem Schlüssel aus, den ein Dienst ausstellt; ein erzeugter Wert taugt nur dort, wo Sie den Wert selbst wählen.</translation>
    </message>
    <message>
        <source>This value does not look like a value for %1 from %2: such a value usually %3. You can still save it.</source>
        <translation>Dieser Wert sieht nicht nach einem Wert für %1 von %2 aus (typisch: Der Wert %3). Sie können ihn trotzdem speichern.</translation>
    </message>
</context>
<context>
    <name>KeychainStatus</name>
    <message>
        <source>The keychain (%1) is locked; unlock it and try again.</source>
        <translation>Der Schlüsselbund (%1) ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) did not answer in time.</source>
        <translation>Der Schlüsselbund (%1) hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1).</source>
        <translation>Kein Schlüsselbund erreichbar (%1).</translation>
    </message>
    <message>
        <source>%1 through the %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>antwortet nicht</translation>
    </message>
</context>
<context>
    <name>Licenses</name>
    <message>
        <source>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Keeps app secrets in your keychain and checks they are ready.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Bewahrt App-Geheimnisse in Ihrem Schlüsselbund auf und prüft, ob sie bereitstehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; Copyright © 2026 The Latchkey developers. Latchkey is free software under the %1 licence: you may use, copy, modify and distribute it, provided the copyright notice and licence are kept. It comes without any warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; Copyright © 2026 Die Latchkey-Entwickler. Latchkey ist freie Software unter der %1-Lizenz: Sie dürfen es verwenden, kopieren, ändern und weitergeben, sofern Copyright-Vermerk und Lizenz erhalten bleiben. Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Latchkey uses:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Latchkey verwendet:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, under the %2 licence (&lt;a href=&quot;%3&quot;&gt;licence text&lt;/a&gt;)</source>
        <translation>%1, unter der %2-Lizenz (&lt;a href=&quot;%3&quot;&gt;Lizenztext&lt;/a&gt;)</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>history must be a number of earlier values from 0 (none) to %1, not &quot;%2&quot;.</source>
        <translation>history muss eine Anzahl früherer Werte von 0 (keine) bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>trash-days must be a number of days from 0 (delete for good at once) to %1, not &quot;%2&quot;.</source>
        <translation>trash-days muss eine Anzahl Tage von 0 (sofort endgültig löschen) bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>rotate-every must be a period such as 90d, 12w or never, not &quot;%1&quot;.</source>
        <translation>rotate-every muss ein Zeitraum wie 90d, 12w oder „never“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no setting named &quot;%1&quot;; the settings are %2.</source>
        <translation>Es gibt keine Einstellung namens „%1“; die Einstellungen sind %2.</translation>
    </message>
    <message>
        <source>The preferences file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>history takes exactly one KEY</source>
        <translation>history nimmt genau einen KEY</translation>
    </message>
    <message>
        <source>%1 has no earlier values in vault &quot;%2&quot;.</source>
        <translation>%1 hat im Tresor „%2“ keine früheren Werte.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>ERSETZT</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Bring back earlier value N (see history) instead of the copy in the trash; the current value becomes history.</source>
        <translation>Den früheren Wert N (siehe history) statt der Kopie im Papierkorb zurückholen; der aktuelle Wert wird zum Verlauf.</translation>
    </message>
    <message>
        <source>restore takes exactly one KEY</source>
        <translation>restore nimmt genau einen KEY</translation>
    </message>
    <message>
        <source>invalid --version &quot;%1&quot;: give a version number that history shows</source>
        <translation>ungültige --version „%1“: geben Sie eine Versionsnummer an, die history zeigt</translation>
    </message>
    <message>
        <source>Restored %1 from the trash of vault &quot;%2&quot;.</source>
        <translation>%1 aus dem Papierkorb des Tresors „%2“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>Remove every secret in the trash for good (their values are deleted from the keychain).</source>
        <translation>Jedes Geheimnis im Papierkorb endgültig entfernen (seine Werte werden aus dem Schlüsselbund gelöscht).</translation>
    </message>
    <message>
        <source>trash takes no arguments</source>
        <translation>trash nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--empty prints no listing; leave out --json</source>
        <translation>--empty gibt keine Liste aus; lassen Sie --json weg</translation>
    </message>
    <message>
        <source>Emptied the trash of vault &quot;%1&quot;.</source>
        <translation>Der Papierkorb des Tresors „%1“ wurde geleert.</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1</source>
        <translation>latchkey-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>The trash of vault &quot;%1&quot; is empty.</source>
        <translation>Der Papierkorb des Tresors „%1“ ist leer.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>GELÖSCHT</translation>
    </message>
    <message>
        <source>PURGED AFTER</source>
        <translation>ENDGÜLTIG WEG NACH</translation>
    </message>
    <message>
        <source>config takes at most a NAME and a VALUE</source>
        <translation>config nimmt höchstens einen NAME und einen VALUE</translation>
    </message>
    <message>
        <source>there is no setting named &quot;%1&quot;; the settings are %2</source>
        <translation>es gibt keine Einstellung namens „%1“; die Einstellungen sind %2</translation>
    </message>
    <message>
        <source>%1 = %2 for vault &quot;%3&quot;.</source>
        <translation>%1 = %2 für den Tresor „%3“.</translation>
    </message>
    <message>
        <source>List the earlier values of a secret, newest first, with the time each was replaced and its mask; never values.</source>
        <translation>Die früheren Werte eines Geheimnisses auflisten, die neuesten zuerst, mit dem Zeitpunkt ihrer Ersetzung und ihrer Maske; nie Werte.</translation>
    </message>
    <message>
        <source>Bring a deleted secret back from the trash, or with --version N make earlier value N current again (the current value becomes history).</source>
        <translation>Ein gelöschtes Geheimnis aus dem Papierkorb zurückholen oder mit --version N den früheren Wert N wieder aktuell machen (der aktuelle Wert wird zum Verlauf).</translation>
    </message>
    <message>
        <source>List the deleted secrets that can still be restored; --empty removes them for good.</source>
        <translation>Die gelöschten Geheimnisse auflisten, die sich noch wiederherstellen lassen; --empty entfernt sie endgültig.</translation>
    </message>
    <message>
        <source>The keychain did not give the earlier values of %1 to be masked; try again.</source>
        <translation>Der Schlüsselbund hat die früheren Werte von %1 nicht zum Maskieren herausgegeben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Restored version %1 of %2 in vault &quot;%3&quot;; any value it replaced is kept as history.</source>
        <translation>Version %1 von %2 im Tresor „%3“ wiederhergestellt; ein ersetzter Wert bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>No earlier value beyond it is left in the keychain.</source>
        <translation>Kein früherer Wert darüber hinaus ist mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Show or change the vault&apos;s lifecycle settings: history (earlier values kept, default 5, 0 for none; values beyond a new limit leave the keychain at once), trash-days (default 30, 0 deletes for good at once), rotate-every (default rotation period, e.g. 90d, or never).</source>
        <translation>Die Lebenszyklus-Einstellungen des Tresors zeigen oder ändern: history (aufbewahrte frühere Werte, Vorgabe 5, 0 für keine; Werte über einer neuen Grenze verlassen den Schlüsselbund sofort), trash-days (Vorgabe 30, 0 löscht sofort endgültig), rotate-every (Standard-Rotationsintervall, z. B. 90d, oder „never“).</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>expiring</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>needs rotation</source>
        <translation>muss rotiert werden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Only the secrets that need a new value: stale (past their expiry date or rotation period) or flagged as needing rotation.</source>
        <translation>Nur die Geheimnisse, die einen neuen Wert brauchen: veraltete (Ablaufdatum oder Rotationsintervall überschritten) oder zum Rotieren markierte.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1</source>
        <translation>latchkey-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>No secret of vault &quot;%1&quot; needs a new value.</source>
        <translation>Kein Geheimnis des Tresors „%1“ braucht einen neuen Wert.</translation>
    </message>
    <message>
        <source>No secrets in vault &quot;%1&quot;. Add one with: latchkey-cli set KEY</source>
        <translation>Keine Geheimnisse im Tresor „%1“. Fügen Sie eines hinzu mit: latchkey-cli set KEY</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1 changed here and on the remote; run `latchkey-cli --vault %2 sync` to see both versions and choose.</source>
        <translation>latchkey-cli: Hinweis: %1 wurde hier und im Remote geändert; führen Sie `latchkey-cli --vault %2 sync` aus, um beide Fassungen zu sehen und eine zu wählen.</translation>
    </message>
    <message>
        <source>List the secrets of the vault: names, descriptions, dates, age and status (ok, expiring within 14 days, stale, needs rotation); never values.</source>
        <translation>Die Geheimnisse des Tresors auflisten: Namen, Beschreibungen, Daten, Alter und Status (ok, läuft binnen 14 Tagen ab, veraltet, muss rotiert werden); nie Werte.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ManifestCommands</name>
    <message>
        <source>Set the missing secrets with:</source>
        <translation>Setzen Sie die fehlenden Geheimnisse mit:</translation>
    </message>
    <message>
        <source>This manifest declares no secrets.</source>
        <translation>Dieses Manifest deklariert keine Geheimnisse.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>ERFORDERLICH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Integrations (connected on the platform, not stored here):</source>
        <translation>Integrationen (auf der Plattform verbunden, nicht hier gespeichert):</translation>
    </message>
    <message>
        <source>Credentials (connected on the platform, not stored here):</source>
        <translation>Zugangsdaten (auf der Plattform verbunden, nicht hier gespeichert):</translation>
    </message>
    <message>
        <source>Connect the required ones on the platform before the app runs there; they do not change the verdict here.</source>
        <translation>Verbinden Sie die erforderlichen auf der Plattform, bevor die App dort läuft; am Ergebnis hier ändern sie nichts.</translation>
    </message>
    <message>
        <source>Invalid manifest</source>
        <translation>Ungültiges Manifest</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>check takes at most one PATH</source>
        <translation>check nimmt höchstens einen PATH</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 is not a valid manifest (1 error).</source>
        <translation>latchkey-cli: %1 ist kein gültiges Manifest (1 Fehler).</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 is not a valid manifest (%2 errors).</source>
        <translation>latchkey-cli: %1 ist kein gültiges Manifest (%2 Fehler).</translation>
    </message>
    <message>
        <source>%1 (%2, vault &quot;%3&quot;)</source>
        <translation>%1 (%2, Tresor „%3“)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs rotation: %2.</source>
        <translation>%1 muss rotiert werden: %2.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Startbereit.</translation>
    </message>
    <message>
        <source>Not ready: %1.</source>
        <translation>Nicht bereit: %1.</translation>
    </message>
    <message>
        <source>Would run nothing (no command given).</source>
        <translation>Würde nichts ausführen (kein Befehl angegeben).</translation>
    </message>
    <message>
        <source>Would run: %1</source>
        <translation>Würde ausführen: %1</translation>
    </message>
    <message>
        <source>With these variables added from the env files (vault &quot;%1&quot;):</source>
        <translation>Mit diesen Variablen aus den Env-Dateien (Tresor „%1“):</translation>
    </message>
    <message>
        <source>With these variables added from %1 (vault &quot;%2&quot;):</source>
        <translation>Mit diesen Variablen aus %1 (Tresor „%2“):</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>env, plain</source>
        <translation>env, Klartext</translation>
    </message>
    <message>
        <source>env file %1</source>
        <translation>Env-Datei %1</translation>
    </message>
    <message>
        <source>, overrides the inherited value</source>
        <translation>, überschreibt den geerbten Wert</translation>
    </message>
    <message>
        <source>, decides what runs: allowed by --allow-env-override</source>
        <translation>, bestimmt, was ausgeführt wird: erlaubt durch --allow-env-override</translation>
    </message>
    <message>
        <source>, decides what runs: refused without --allow-env-override</source>
        <translation>, bestimmt, was ausgeführt wird: ohne --allow-env-override abgelehnt</translation>
    </message>
    <message>
        <source>  %1 is not set (optional); the app may still read an inherited value.</source>
        <translation>  %1 ist nicht gesetzt (optional); die App liest eventuell einen geerbten Wert.</translation>
    </message>
    <message>
        <source>%1 (integration, optional)</source>
        <translation>%1 (Integration, optional)</translation>
    </message>
    <message>
        <source>%1 (integration, required)</source>
        <translation>%1 (Integration, erforderlich)</translation>
    </message>
    <message>
        <source>%1 (credential, optional)</source>
        <translation>%1 (Zugangsdaten, optional)</translation>
    </message>
    <message>
        <source>%1 (credential, required)</source>
        <translation>%1 (Zugangsdaten, erforderlich)</translation>
    </message>
    <message>
        <source>Not injected, connected on the platform: %1</source>
        <translation>Nicht übergeben, auf der Plattform verbunden: %1</translation>
    </message>
    <message>
        <source>The inf.yml to use (default ./inf.yml).</source>
        <translation>Die zu verwendende inf.yml (Vorgabe ./inf.yml).</translation>
    </message>
    <message>
        <source>Show what would be injected, masked, and run nothing.</source>
        <translation>Zeigen, was übergeben würde (maskiert), und nichts ausführen.</translation>
    </message>
    <message>
        <source>Let the manifest&apos;s env set PATH, LD_PRELOAD and the other variables that decide which program, library or interpreter code runs (refused by default).</source>
        <translation>Der env des Manifests erlauben, PATH, LD_PRELOAD und andere Variablen zu setzen, die bestimmen, welcher Programm-, Bibliotheks- oder Interpretercode läuft (standardmäßig abgelehnt).</translation>
    </message>
    <message>
        <source>Also add the variables of this .env or JSON file (repeatable); latchkey://[VAULT/]KEY values are replaced by the stored secret.</source>
        <translation>Auch die Variablen dieser .env- oder JSON-Datei hinzufügen (wiederholbar); Werte der Form latchkey://[VAULT/]KEY werden durch das gespeicherte Geheimnis ersetzt.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; before --</source>
        <translation>unerwartetes „%1“ vor --</translation>
    </message>
    <message>
        <source>run needs a COMMAND after --</source>
        <translation>run braucht einen COMMAND nach --</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>irgendetwas</translation>
    </message>
    <message>
        <source>latchkey-cli: not starting anything: %1 is not a valid manifest.</source>
        <translation>latchkey-cli: es wird nichts gestartet: %1 ist kein gültiges Manifest.</translation>
    </message>
    <message>
        <source>%1 sets %2 in its env</source>
        <translation>%1 setzt %2 in seiner env</translation>
    </message>
    <message>
        <source>the env file sets %1</source>
        <translation>die Env-Datei setzt %1</translation>
    </message>
    <message>
        <source>latchkey-cli: not starting %1: %2, which changes what program or library code runs; check it, then add --allow-env-override.</source>
        <translation>latchkey-cli: %1 wird nicht gestartet: %2, was ändert, welcher Programm- oder Bibliothekscode läuft; prüfen Sie das und geben Sie dann --allow-env-override an.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>latchkey-cli: not starting %1: %2.</source>
        <translation>latchkey-cli: %1 wird nicht gestartet: %2.</translation>
    </message>
    <message>
        <source>latchkey-cli: warning: optional secret %1 could not be read and is not passed on: %2</source>
        <translation>latchkey-cli: Warnung: das optionale Geheimnis %1 konnte nicht gelesen werden und wird nicht übergeben: %2</translation>
    </message>
    <message>
        <source>latchkey-cli: %1</source>
        <translation>latchkey-cli: %1</translation>
    </message>
    <message>
        <source>Run COMMAND with the manifest&apos;s env and declared secrets as environment variables; start nothing when a required secret is missing or when the manifest&apos;s env sets PATH, LD_PRELOAD or a similar variable (see --allow-env-override). Signals are passed on to COMMAND, which is killed if latchkey-cli is. --env-file adds a .env file&apos;s variables, resolving latchkey://[VAULT/]KEY references. Exits with COMMAND&apos;s status.</source>
        <translation>COMMAND mit der env des Manifests und den deklarierten Geheimnissen als Umgebungsvariablen ausführen; nichts starten, wenn ein erforderliches Geheimnis fehlt oder die env des Manifests PATH, LD_PRELOAD oder eine ähnliche Variable setzt (siehe --allow-env-override). Signale werden an COMMAND weitergereicht, der beendet wird, wenn latchkey-cli beendet wird. --env-file fügt die Variablen einer .env-Datei hinzu und löst latchkey://[VAULT/]KEY-Verweise auf. Endet mit dem Status von COMMAND.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Fail (exit 1) when a declared secret is stale, flagged for rotation, or was last updated more than DAYS days ago.</source>
        <translation>Scheitern (Exit 1), wenn ein deklariertes Geheimnis veraltet ist, zum Rotieren markiert ist oder zuletzt vor mehr als DAYS Tagen aktualisiert wurde.</translation>
    </message>
    <message>
        <source>invalid --max-age &quot;%1&quot;: give a number of days</source>
        <translation>ungültiges --max-age „%1“: geben Sie eine Anzahl Tage an</translation>
    </message>
    <message>
        <source>Ready to run, but some secrets are older than allowed (--max-age).</source>
        <translation>Startbereit, aber einige Geheimnisse sind älter als erlaubt (--max-age).</translation>
    </message>
    <message>
        <source>Check that the secrets an inf.yml declares are set (PATH defaults to ./inf.yml; a folder means its inf.yml); stale or expiring ones are warnings, failures with --max-age. Exit 0 ready, 1 not ready (or too old), 2 invalid manifest, 3 keychain unavailable.</source>
        <translation>Prüfen, ob die Geheimnisse gesetzt sind, die eine inf.yml deklariert (PATH ist standardmäßig ./inf.yml; ein Ordner steht für seine inf.yml); veraltete oder bald ablaufende sind Warnungen, mit --max-age Fehler. Exit 0 bereit, 1 nicht bereit (oder zu alt), 2 ungültiges Manifest, 3 Schlüsselbund nicht verfügbar.</translation>
    </message>
    <message>
        <source>Some secrets could not be read: %1</source>
        <translation>Einige Geheimnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>With these variables added from %1 and the env files (vault &quot;%2&quot;):</source>
        <translation>Mit diesen Variablen aus %1 und den env-Dateien (Tresor „%2“):</translation>
    </message>
</context>
<context>
    <name>ManifestParser</name>
    <message>
        <source>cannot read the manifest: no such file</source>
        <translation>das Manifest kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>this is a folder, not an inf.yml file</source>
        <translation>dies ist ein Ordner, keine inf.yml-Datei</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a regular file; a manifest must be a regular file</source>
        <translation>dies ist eine benannte Pipe (FIFO), keine reguläre Datei; ein Manifest muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>this is a device, not a regular file; a manifest must be a regular file</source>
        <translation>dies ist ein Gerät, keine reguläre Datei; ein Manifest muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>this is a socket, not a regular file; a manifest must be a regular file</source>
        <translation>dies ist ein Socket, keine reguläre Datei; ein Manifest muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>this is not a regular file; a manifest must be a regular file</source>
        <translation>dies ist keine reguläre Datei; ein Manifest muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)</source>
        <translation>die Datei ist %1 Bytes lang; ein Manifest darf höchstens %2 Bytes (1 MiB) groß sein</translation>
    </message>
    <message>
        <source>cannot read the manifest: %1</source>
        <translation>das Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 more problems are not shown (%2 of them errors); fix the ones above first</source>
        <translation>%1 weitere Probleme werden nicht gezeigt (davon %2 Fehler); beheben Sie zuerst die obigen</translation>
    </message>
    <message>
        <source>an unresolved alias</source>
        <translation>ein unaufgelöster Alias</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>ein Alias</translation>
    </message>
    <message>
        <source>the top level must be a mapping of fields such as `name:` and `secrets:`, got %1</source>
        <translation>die oberste Ebene muss ein Mapping aus Feldern wie `name:` und `secrets:` sein, gefunden: %1</translation>
    </message>
    <message>
        <source>`requirements` must be a mapping (with `secrets:`), got %1</source>
        <translation>`requirements` muss ein Mapping sein (mit `secrets:`), gefunden: %1</translation>
    </message>
    <message>
        <source>`%1` must be text, got %2</source>
        <translation>`%1` muss Text sein, gefunden: %2</translation>
    </message>
    <message>
        <source>`%1` must be a list of entries (&quot;- key: ...&quot;), got %2</source>
        <translation>`%1` muss eine Liste von Einträgen sein („- key: ...“), gefunden: %2</translation>
    </message>
    <message>
        <source>each entry of `%1` must be a mapping with `key:`, got %2</source>
        <translation>jeder Eintrag von `%1` muss ein Mapping mit `key:` sein, gefunden: %2</translation>
    </message>
    <message>
        <source>`key` must be a name like OPENAI_API_KEY, got %1</source>
        <translation>`key` muss ein Name wie OPENAI_API_KEY sein, gefunden: %1</translation>
    </message>
    <message>
        <source>`%1` is not a field of an entry in `%2` and is ignored (the fields are key, description and optional)</source>
        <translation>`%1` ist kein Feld eines Eintrags in `%2` und wird ignoriert (die Felder sind key, description und optional)</translation>
    </message>
    <message>
        <source>this entry of `%1` has no `key`</source>
        <translation>diesem Eintrag von `%1` fehlt `key`</translation>
    </message>
    <message>
        <source>`optional: %1` is read as %2 (a YAML 1.1 boolean); write %2 so that every YAML reader agrees</source>
        <translation>`optional: %1` wird als %2 gelesen (ein YAML-1.1-Wahrheitswert); schreiben Sie %2, damit jeder YAML-Leser dasselbe versteht</translation>
    </message>
    <message>
        <source>`optional` must be true or false without quotes, got &quot;%1&quot;</source>
        <translation>`optional` muss true oder false ohne Anführungszeichen sein, gefunden: „%1“</translation>
    </message>
    <message>
        <source>`optional` must be true or false, got %1</source>
        <translation>`optional` muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <source>`%1` is empty; this app declares no secrets</source>
        <translation>`%1` ist leer; diese App deklariert keine Geheimnisse</translation>
    </message>
    <message>
        <source>this manifest declares %1 secrets; at most %2 are allowed</source>
        <translation>dieses Manifest deklariert %1 Geheimnisse; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;: %2</source>
        <translation>ungültiger Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>`%1` is declared twice (first on line %2)</source>
        <translation>`%1` ist doppelt deklariert (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>this manifest declares %1 integrations and credentials; at most %2 are allowed</source>
        <translation>dieses Manifest deklariert %1 Integrationen und Zugangsdaten; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the `key` of this entry of `%1` is empty</source>
        <translation>der `key` dieses Eintrags von `%1` ist leer</translation>
    </message>
    <message>
        <source>`%1` is listed twice (first on line %2); the second is ignored</source>
        <translation>`%1` ist doppelt aufgeführt (zuerst in Zeile %2); der zweite Eintrag wird ignoriert</translation>
    </message>
    <message>
        <source>`env` must be a mapping of NAME: value, got %1</source>
        <translation>`env` muss ein Mapping aus NAME: Wert sein, gefunden: %1</translation>
    </message>
    <message>
        <source>`env` sets %1 variables; at most %2 are allowed</source>
        <translation>`env` setzt %1 Variablen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>invalid variable name &quot;%1&quot; in `env`: %2</source>
        <translation>ungültiger Variablenname „%1“ in `env`: %2</translation>
    </message>
    <message>
        <source>`%1` in `env` has no value; it is set to an empty string</source>
        <translation>`%1` in `env` hat keinen Wert; es wird auf eine leere Zeichenkette gesetzt</translation>
    </message>
    <message>
        <source>the value of `%1` in `env` must be text or a number, got %2</source>
        <translation>der Wert von `%1` in `env` muss Text oder eine Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; a manifest is text</source>
        <translation>die Datei enthält ein NUL-Byte; ein Manifest ist Text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 here; save it as UTF-8</source>
        <translation>die Datei ist hier kein gültiges UTF-8; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>a tab is used for indentation; YAML indents with spaces only</source>
        <translation>zum Einrücken wird ein Tabulator verwendet; YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>`%1` is a generic name; name the service too (e.g. OPENAI_API_KEY, not API_KEY) so it cannot be mixed up with another app&apos;s secret</source>
        <translation>`%1` ist ein allgemeiner Name; nennen Sie auch den Dienst (z. B. OPENAI_API_KEY statt API_KEY), damit er nicht mit dem Geheimnis einer anderen App verwechselt wird</translation>
    </message>
    <message>
        <source>`%1` contains lowercase letters; environment variables are upper case by convention (%2)</source>
        <translation>`%1` enthält Kleinbuchstaben; Umgebungsvariablen werden üblicherweise großgeschrieben (%2)</translation>
    </message>
    <message>
        <source>`%1` has no description; say what it is for and where to get it, users see it when they set it</source>
        <translation>`%1` hat keine Beschreibung; sagen Sie, wofür es dient und woher man es bekommt – Benutzer sehen das beim Setzen</translation>
    </message>
    <message>
        <source>`%1` is declared both in `env` and in `secrets`; the secret&apos;s value is the one the app gets</source>
        <translation>`%1` ist sowohl in `env` als auch in `secrets` deklariert; die App erhält den Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>each item merged with `&lt;&lt;` must be a mapping (such as *defaults)</source>
        <translation>jedes mit `&lt;&lt;` zusammengeführte Element muss ein Mapping sein (etwa *defaults)</translation>
    </message>
    <message>
        <source>`&lt;&lt;` merges a mapping or a list of mappings (`&lt;&lt;: *defaults` or `&lt;&lt;: [*a, *b]`)</source>
        <translation>`&lt;&lt;` führt ein Mapping oder eine Liste von Mappings zusammen (`&lt;&lt;: *defaults` oder `&lt;&lt;: [*a, *b]`)</translation>
    </message>
    <message>
        <source>the merge keys (`&lt;&lt;`) of this file add up to more than %1 fields; a manifest needs far fewer</source>
        <translation>die Merge-Schlüssel (`&lt;&lt;`) dieser Datei ergeben zusammen mehr als %1 Felder; ein Manifest braucht weit weniger</translation>
    </message>
    <message>
        <source>the YAML is nested more than %1 levels deep</source>
        <translation>das YAML ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>this line or flow collection ([…], {…}) holds more than %1 YAML items; write long lists in block style, one &quot;- &quot; entry per line</source>
        <translation>diese Zeile oder Flow-Sammlung ([…], {…}) enthält mehr als %1 YAML-Elemente; schreiben Sie lange Listen im Blockstil, ein „- “-Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>a &apos;:&apos; appears where YAML does not expect one (quote a value that contains &quot;: &quot;)</source>
        <translation>ein &apos;:&apos; steht dort, wo YAML keines erwartet (setzen Sie einen Wert, der „: “ enthält, in Anführungszeichen)</translation>
    </message>
    <message>
        <source>this line does not fit the indentation of the mapping above it</source>
        <translation>diese Zeile passt nicht zur Einrückung des Mappings darüber</translation>
    </message>
    <message>
        <source>this line does not fit the indentation of the list above it</source>
        <translation>diese Zeile passt nicht zur Einrückung der Liste darüber</translation>
    </message>
    <message>
        <source>the alias names an anchor that is not defined before it</source>
        <translation>der Alias nennt einen Anker, der vorher nicht definiert ist</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>dies ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the alias *%1 refers to a node that contains it</source>
        <translation>der Alias *%1 verweist auf einen Knoten, der ihn selbst enthält</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; a manifest is far smaller</source>
        <translation>die Datei hat mehr als %1 YAML-Knoten; ein Manifest ist weit kleiner</translation>
    </message>
    <message>
        <source>the file defines more than %1 anchors (&amp;name); a manifest needs a few</source>
        <translation>die Datei definiert mehr als %1 Anker (&amp;name); ein Manifest braucht nur wenige</translation>
    </message>
    <message>
        <source>`%1` appears twice in this mapping (first on line %2)</source>
        <translation>`%1` kommt in diesem Mapping doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>this quoted text is never closed; add the closing %1</source>
        <translation>dieser Text in Anführungszeichen wird nie geschlossen; ergänzen Sie das schließende %1</translation>
    </message>
    <message>
        <source>a second YAML document starts here; an inf.yml holds exactly one</source>
        <translation>hier beginnt ein zweites YAML-Dokument; eine inf.yml enthält genau eines</translation>
    </message>
    <message>
        <source>the file is too complex to read</source>
        <translation>die Datei ist zu komplex zum Lesen</translation>
    </message>
    <message>
        <source>the file is empty; a manifest usually declares `name:` and `secrets:`</source>
        <translation>die Datei ist leer; ein Manifest deklariert meist `name:` und `secrets:`</translation>
    </message>
</context>
<context>
    <name>MoveCommands</name>
    <message>
        <source>latchkey-cli: %1 is not a valid manifest.</source>
        <translation>latchkey-cli: %1 ist kein gültiges Manifest.</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>würde hinzufügen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>would update</source>
        <translation>würde aktualisieren</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Show what would be imported and store nothing.</source>
        <translation>Zeigen, was importiert würde, und nichts speichern.</translation>
    </message>
    <message>
        <source>Replace the values of keys the vault already has.</source>
        <translation>Die Werte von Schlüsseln ersetzen, die der Tresor schon hat.</translation>
    </message>
    <message>
        <source>Take descriptions from this inf.yml.</source>
        <translation>Beschreibungen aus dieser inf.yml übernehmen.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation>import nimmt genau ein FILE</translation>
    </message>
    <message>
        <source>latchkey-cli: nothing was imported from %1.</source>
        <translation>latchkey-cli: aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4; not imported</source>
        <translation>%1:%2:%3: Fehler: %4; nicht importiert</translation>
    </message>
    <message>
        <source>latchkey-cli: stopped at %1 (line %2); the keys listed above as added or updated are stored, the rest of the file is not.</source>
        <translation>latchkey-cli: angehalten bei %1 (Zeile %2); die oben als hinzugefügt oder aktualisiert aufgeführten Schlüssel sind gespeichert, der Rest der Datei nicht.</translation>
    </message>
    <message>
        <source>already in the vault; --overwrite replaces it</source>
        <translation>bereits im Tresor; --overwrite ersetzt ihn</translation>
    </message>
    <message>
        <source>Nothing was stored (--dry-run). From %1 into vault &quot;%2&quot;: %3.</source>
        <translation>Nichts wurde gespeichert (--dry-run). Aus %1 in den Tresor „%2“: %3.</translation>
    </message>
    <message>
        <source>Imported %1 into vault &quot;%2&quot;: %3.</source>
        <translation>%1 in den Tresor „%2“ importiert: %3.</translation>
    </message>
    <message>
        <source>The values are in the keychain now. Remove the plaintext file (and any copy in backups or git history): rm -- %1</source>
        <translation>Die Werte liegen jetzt im Schlüsselbund. Entfernen Sie die Klartextdatei (und jede Kopie in Backups oder der git-Historie): rm -- %1</translation>
    </message>
    <message>
        <source>latchkey-cli: 1 entry of %1 is invalid and was not imported; fix it and import again (keys already stored are skipped).</source>
        <translation>latchkey-cli: 1 Eintrag von %1 ist ungültig und wurde nicht importiert; beheben Sie ihn und importieren Sie erneut (bereits gespeicherte Schlüssel werden übersprungen).</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 entries of %2 are invalid and were not imported; fix them and import again (keys already stored are skipped).</source>
        <translation>latchkey-cli: %1 Einträge von %2 sind ungültig und wurden nicht importiert; beheben Sie sie und importieren Sie erneut (bereits gespeicherte Schlüssel werden übersprungen).</translation>
    </message>
    <message>
        <source>Export the secrets this inf.yml declares (default: every secret of the vault).</source>
        <translation>Die Geheimnisse exportieren, die diese inf.yml deklariert (Vorgabe: alle Geheimnisse des Tresors).</translation>
    </message>
    <message>
        <source>dotenv (default) or json.</source>
        <translation>dotenv (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>The new file to write (mode 0600), or - for standard output when it is not a terminal.</source>
        <translation>Die neue Datei, die geschrieben wird (Modus 0600), oder - für die Standardausgabe, wenn diese kein Terminal ist.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with --output</source>
        <translation>export nimmt keine Argumente; nennen Sie die Datei mit --output</translation>
    </message>
    <message>
        <source>export needs --output FILE (or --output - for a pipe)</source>
        <translation>export braucht --output FILE (oder --output - für eine Pipe)</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use dotenv or json</source>
        <translation>unbekanntes --format „%1“; verwenden Sie dotenv oder json</translation>
    </message>
    <message>
        <source>latchkey-cli: note: optional secret %1 is not set and is not exported.</source>
        <translation>latchkey-cli: Hinweis: das optionale Geheimnis %1 ist nicht gesetzt und wird nicht exportiert.</translation>
    </message>
    <message>
        <source>latchkey-cli: nothing was written: required secrets missing in vault &quot;%1&quot;: %2.</source>
        <translation>latchkey-cli: nichts wurde geschrieben: im Tresor „%1“ fehlen erforderliche Geheimnisse: %2.</translation>
    </message>
    <message>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>latchkey-cli: wrote %1 of vault &quot;%2&quot; to standard output.</source>
        <translation>latchkey-cli: %1 des Tresors „%2“ auf die Standardausgabe geschrieben.</translation>
    </message>
    <message>
        <source>latchkey-cli: wrote %1 of vault &quot;%2&quot; to %3 (mode 0600). It holds the values in plain text: delete it when you no longer need it.</source>
        <translation>latchkey-cli: %1 des Tresors „%2“ nach %3 geschrieben (Modus 0600). Die Datei enthält die Werte im Klartext: löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Store the secrets of a .env (dotenv) or JSON file: new keys are added, existing ones skipped unless --overwrite, empty values skipped, invalid keys reported with FILE:LINE:COLUMN. Prints a summary, never a value. Exit 2 when the file cannot be read (nothing stored) or some entries were invalid (the others stored).</source>
        <translation>Die Geheimnisse einer .env- (dotenv) oder JSON-Datei speichern: neue Schlüssel werden hinzugefügt, vorhandene ohne --overwrite übersprungen, leere Werte übersprungen, ungültige Schlüssel mit FILE:LINE:COLUMN gemeldet. Gibt eine Zusammenfassung aus, nie einen Wert. Exit 2, wenn die Datei nicht gelesen werden kann (nichts gespeichert) oder Einträge ungültig waren (die übrigen gespeichert).</translation>
    </message>
    <message>
        <source>Write the declared (with --manifest) or all secrets, values included, to a new file of mode 0600, or to standard output when it is not a terminal (e.g. for docker run --env-file).</source>
        <translation>Die deklarierten (mit --manifest) oder alle Geheimnisse samt Werten in eine neue Datei mit Modus 0600 schreiben, oder auf die Standardausgabe, wenn diese kein Terminal ist (z. B. für docker run --env-file).</translation>
    </message>
    <message>
        <source>%1  %2 (line %3)</source>
        <translation>%1  %2 (Zeile %3)</translation>
    </message>
</context>
<context>
    <name>PassStore</name>
    <message>
        <source>The recipients file</source>
        <translation>Die Empfängerdatei</translation>
    </message>
    <message>
        <source>%1 has no .gpg-id file, so it is not a pass store; create one with `pass init ID` or `latchkey-cli vault init`.</source>
        <translation>%1 hat keine .gpg-id-Datei und ist daher kein pass-Speicher; legen Sie eine mit `pass init ID` oder `latchkey-cli vault init` an.</translation>
    </message>
    <message>
        <source>The encrypted file of %1</source>
        <translation>Die verschlüsselte Datei von %1</translation>
    </message>
</context>
<context>
    <name>PrivateOutput</name>
    <message>
        <source>%1 prints secret values, so it does not write them to a terminal; redirect or pipe its output, or write a file with -o/--output</source>
        <translation>%1 gibt Geheimniswerte aus und schreibt sie daher nicht auf ein Terminal; leiten Sie die Ausgabe um oder in eine Pipe, oder schreiben Sie mit -o/--output eine Datei</translation>
    </message>
    <message>
        <source>%1 already exists; %2 writes a new file only (add --force to replace it)</source>
        <translation>%1 existiert bereits; %2 schreibt nur neue Dateien (mit --force wird sie ersetzt)</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>the output file</source>
        <translation>die Ausgabedatei</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 prints secret values, so it does not write them to a terminal; redirect or pipe its output</source>
        <translation>%1 gibt Geheimniswerte aus und schreibt sie daher nicht auf ein Terminal; leiten Sie die Ausgabe um oder in eine Pipe</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>Keeps the secrets your apps declare in inf.yml in the system keychain.</source>
        <translation>Bewahrt die Geheimnisse, die Ihre Apps in inf.yml deklarieren, im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Open vault NAME.</source>
        <translation>Tresor NAME öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show whether the given inf.yml files or folders are ready to run.</source>
        <translation>Zeigen, ob die angegebenen inf.yml-Dateien oder Ordner startbereit sind.</translation>
    </message>
    <message>
        <source>An app&apos;s inf.yml, or a folder that holds one.</source>
        <translation>Die inf.yml einer App oder ein Ordner, der eine enthält.</translation>
    </message>
    <message>
        <source>latchkey: invalid vault name &quot;%1&quot;: %2</source>
        <translation>latchkey: ungültiger Tresorname „%1“: %2</translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>the macOS Keychain could not be reached</source>
        <translation>der macOS-Schlüsselbund war nicht erreichbar</translation>
    </message>
    <message>
        <source>Windows Credential Manager could not be reached</source>
        <translation>die Windows-Anmeldeinformationsverwaltung war nicht erreichbar</translation>
    </message>
    <message>
        <source>no Secret Service is running in this session; start gnome-keyring, KWallet or KeePassXC&apos;s Secret Service integration, then try again</source>
        <translation>in dieser Sitzung läuft kein Secret Service; starten Sie gnome-keyring, KWallet oder die Secret-Service-Integration von KeePassXC und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (Schlüssel %1)</translation>
    </message>
    <message>
        <source>The keychain has no item%1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag%1.</translation>
    </message>
    <message>
        <source>The keychain refused access%1: it is locked or access was denied; unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert%1: er ist gesperrt oder der Zugriff wurde abgelehnt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain%1 was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund%1 wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1.</source>
        <translation>Kein Schlüsselbund erreichbar: %1.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time%1.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet%1.</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1 (%2).</source>
        <translation>Kein Schlüsselbund erreichbar: %1 (%2).</translation>
    </message>
    <message>
        <source>The keychain refused access%1: it is locked or access was denied (%2).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert%1: er ist gesperrt oder der Zugriff wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The keychain reported an error%1: %2</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet%1: %2</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds%2; it may be stuck or waiting for an unlock prompt.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet%2; er hängt vielleicht oder wartet auf eine Entsperrabfrage.</translation>
    </message>
    <message>
        <source>The QtKeychain store is not installed (%1).</source>
        <translation>Der QtKeychain-Speicher ist nicht installiert (%1).</translation>
    </message>
</context>
<context>
    <name>QuickCopyPlan</name>
    <message>
        <source>Unnamed app</source>
        <translation>Unbenannte App</translation>
    </message>
    <message>
        <source>%1 — ready</source>
        <translation>%1 — bereit</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n missing</source>
        <translation>
            <numerusform>%1 — %n fehlt</numerusform>
            <numerusform>%1 — %n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — gesperrt</translation>
    </message>
    <message>
        <source>%1 — cannot check</source>
        <translation>%1 — nicht prüfbar</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Other secrets</source>
        <translation>Andere Geheimnisse</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be stuck or waiting for an unlock prompt.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; er hängt vielleicht oder wartet auf eine Entsperrabfrage.</translation>
    </message>
    <message>
        <source>%1 exists but is not encrypted for your key; ask a member of the team vault to add you.</source>
        <translation>%1 existiert, ist aber nicht für Ihren Schlüssel verschlüsselt; bitten Sie ein Mitglied des Team-Tresors, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is in the keychain, which is locked; unlock it to use the secret.</source>
        <translation>%1 liegt im Schlüsselbund, der gesperrt ist; entsperren Sie ihn, um das Geheimnis zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is listed but the keychain did not return it; it may be locked.</source>
        <translation>%1 ist aufgeführt, aber der Schlüsselbund hat es nicht geliefert; vielleicht ist er gesperrt.</translation>
    </message>
    <message>
        <source>Ready to run</source>
        <translation>Startbereit</translation>
    </message>
    <message>
        <source>1 required secret missing</source>
        <translation>1 erforderliches Geheimnis fehlt</translation>
    </message>
    <message>
        <source>%1 required secrets missing</source>
        <translation>%1 erforderliche Geheimnisse fehlen</translation>
    </message>
    <message>
        <source>1 required secret unreadable</source>
        <translation>1 erforderliches Geheimnis nicht lesbar</translation>
    </message>
    <message>
        <source>%1 required secrets unreadable</source>
        <translation>%1 erforderliche Geheimnisse nicht lesbar</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReferenceCommands</name>
    <message>
        <source>The template to fill.</source>
        <translation>Die auszufüllende Vorlage.</translation>
    </message>
    <message>
        <source>The new file to write (mode 0600); default: standard output when it is not a terminal.</source>
        <translation>Die neue Datei, die geschrieben wird (Modus 0600); Vorgabe: die Standardausgabe, wenn diese kein Terminal ist.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>inject takes -i TEMPLATE and optionally -o OUT</source>
        <translation>inject nimmt -i TEMPLATE und optional -o OUT</translation>
    </message>
    <message>
        <source>cannot read the template %1: %2</source>
        <translation>die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>latchkey-cli: nothing was written.</source>
        <translation>latchkey-cli: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>1 placeholder</source>
        <translation>1 Platzhalter</translation>
    </message>
    <message>
        <source>%1 placeholders</source>
        <translation>%1 Platzhalter</translation>
    </message>
    <message>
        <source>latchkey-cli: filled %1 of %2.</source>
        <translation>latchkey-cli: %1 von %2 ausgefüllt.</translation>
    </message>
    <message>
        <source>latchkey-cli: filled %1 of %2 into %3 (mode 0600).</source>
        <translation>latchkey-cli: %1 von %2 ausgefüllt und nach %3 geschrieben (Modus 0600).</translation>
    </message>
    <message>
        <source>The inf.yml to use (default ./inf.yml).</source>
        <translation>Die zu verwendende inf.yml (Vorgabe ./inf.yml).</translation>
    </message>
    <message>
        <source>bash (default), zsh or fish: whose syntax to print.</source>
        <translation>bash (Vorgabe), zsh oder fish: in wessen Syntax ausgegeben wird.</translation>
    </message>
    <message>
        <source>Let the manifest&apos;s env set PATH, LD_PRELOAD and the other variables that decide which program or library code runs (refused by default).</source>
        <translation>Der env des Manifests erlauben, PATH, LD_PRELOAD und andere Variablen zu setzen, die bestimmen, welcher Programm- oder Bibliothekscode läuft (standardmäßig abgelehnt).</translation>
    </message>
    <message>
        <source>env takes no arguments</source>
        <translation>env nimmt keine Argumente</translation>
    </message>
    <message>
        <source>unknown --shell &quot;%1&quot;; use bash, zsh or fish</source>
        <translation>unbekannte --shell „%1“; verwenden Sie bash, zsh oder fish</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 is not a valid manifest.</source>
        <translation>latchkey-cli: %1 ist kein gültiges Manifest.</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 sets %2 in its env, which changes what program or library code your shell runs; check the manifest, then add --allow-env-override.</source>
        <translation>latchkey-cli: %1 setzt %2 in seiner env, was ändert, welcher Programm- oder Bibliothekscode in Ihrer Shell läuft; prüfen Sie das Manifest und geben Sie dann --allow-env-override an.</translation>
    </message>
    <message>
        <source>latchkey-cli: printing nothing: required secrets missing in vault &quot;%1&quot;: %2. Set them with latchkey-cli set KEY.</source>
        <translation>latchkey-cli: es wird nichts ausgegeben: im Tresor „%1“ fehlen erforderliche Geheimnisse: %2. Setzen Sie sie mit latchkey-cli set KEY.</translation>
    </message>
    <message>
        <source>Fill the {{ latchkey://[VAULT/]KEY }} placeholders of TEMPLATE with the stored secrets and write a new file OUT (mode 0600), or standard output when it is not a terminal. A reference to a secret that is not stored names TEMPLATE:LINE:COLUMN and nothing is written.</source>
        <translation>Die Platzhalter {{ latchkey://[VAULT/]KEY }} in TEMPLATE mit den gespeicherten Geheimnissen füllen und eine neue Datei OUT (Modus 0600) schreiben, oder auf die Standardausgabe, wenn diese kein Terminal ist. Ein Verweis auf ein nicht gespeichertes Geheimnis nennt TEMPLATE:LINE:COLUMN, und nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Print export statements for the manifest&apos;s env and declared secrets, for direnv: eval &quot;$(latchkey-cli env)&quot; in .envrc. The values then live in your shell&apos;s environment, and every program it starts inherits them; run gives them to one command only. Never prints to a terminal.</source>
        <translation>export-Anweisungen für die env des Manifests und die deklarierten Geheimnisse ausgeben, für direnv: eval &quot;$(latchkey-cli env)&quot; in .envrc. Die Werte stehen dann in der Umgebung Ihrer Shell, und jedes Programm, das sie startet, erbt sie; run gibt sie nur einem Befehl. Gibt nie auf ein Terminal aus.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Cannot %1 %2 %3: %4.</source>
        <translation>%2 %3 kann nicht %1 werden: %4.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link; Latchkey never follows links for its own files, so nothing was read or written (replace the link with the file itself).</source>
        <translation>%1 %2 ist ein symbolischer Link; Latchkey folgt für seine eigenen Dateien nie Links, daher wurde nichts gelesen oder geschrieben (ersetzen Sie den Link durch die Datei selbst).</translation>
    </message>
    <message>
        <source>the disk is full (no space left on the device)</source>
        <translation>der Datenträger ist voll (kein Platz mehr auf dem Gerät)</translation>
    </message>
    <message>
        <source>the disk quota is exhausted</source>
        <translation>das Speicherkontingent ist erschöpft</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is a symbolic link, which Latchkey does not follow</source>
        <translation>es ist ein symbolischer Link, dem Latchkey nicht folgt</translation>
    </message>
    <message>
        <source>an input/output error occurred</source>
        <translation>ein Ein-/Ausgabefehler ist aufgetreten</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>%1 %2 is not a folder.</source>
        <translation>%1 %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>Cannot create %1 %2.</source>
        <translation>%1 %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file.</source>
        <translation>%1 %2 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 %2 is larger than %3 MiB; it was left as it is.</source>
        <translation>%1 %2 ist größer als %3 MiB; nichts wurde daran geändert.</translation>
    </message>
    <message>
        <source>%1 %2 grew past its limit while being read.</source>
        <translation>%1 %2 ist beim Lesen über die Grenze gewachsen.</translation>
    </message>
    <message>
        <source>%1 %2 is too large; it was left as it is.</source>
        <translation>%1 %2 ist zu groß; nichts wurde daran geändert.</translation>
    </message>
    <message>
        <source>Cannot read %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>write</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1 %2: %3.</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>Nothing was prepared for %1 %2.</source>
        <translation>Für %1 %2 wurde nichts vorbereitet.</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>Cannot replace %1 %2.</source>
        <translation>%1 %2 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Cannot remove %1 %2.</source>
        <translation>%1 %2 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan what is staged for the next git commit.</source>
        <translation>Durchsuchen, was für den nächsten git-Commit vorgemerkt ist.</translation>
    </message>
    <message>
        <source>Look for the values of every vault.</source>
        <translation>Nach den Werten aller Tresore suchen.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Funde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Install a git pre-commit hook that runs scan --staged.</source>
        <translation>Einen git-pre-commit-Hook installieren, der scan --staged ausführt.</translation>
    </message>
    <message>
        <source>With --install-hook: replace an existing pre-commit hook (kept as pre-commit.before-latchkey).</source>
        <translation>Mit --install-hook: einen vorhandenen pre-commit-Hook ersetzen (als pre-commit.before-latchkey aufbewahrt).</translation>
    </message>
    <message>
        <source>--install-hook takes no PATH, --staged or --json</source>
        <translation>--install-hook nimmt keinen PATH, kein --staged und kein --json</translation>
    </message>
    <message>
        <source>--force only goes with --install-hook</source>
        <translation>--force gibt es nur zusammen mit --install-hook</translation>
    </message>
    <message>
        <source>vault &quot;%1&quot;</source>
        <translation>Tresor „%1“</translation>
    </message>
    <message>
        <source>vaults %1</source>
        <translation>Tresore %1</translation>
    </message>
    <message>
        <source>latchkey-cli: warning: not scanned: %1</source>
        <translation>latchkey-cli: Warnung: nicht durchsucht: %1</translation>
    </message>
    <message>
        <source>latchkey-cli: note: 1 value shorter than 8 characters was not looked for (it would match by chance).</source>
        <translation>latchkey-cli: Hinweis: 1 Wert mit weniger als 8 Zeichen wurde nicht gesucht (er würde zufällig passen).</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1 values shorter than 8 characters were not looked for (they would match by chance).</source>
        <translation>latchkey-cli: Hinweis: %1 Werte mit weniger als 8 Zeichen wurden nicht gesucht (sie würden zufällig passen).</translation>
    </message>
    <message>
        <source>Search files for stored values (of at least 8 characters) and print FILE:LINE:COLUMN: KEY (VAULT), never the value; exit 1 when one is found. A folder inside a git work tree is scanned as git sees it (.gitignore honoured); --staged scans what the next commit holds. --install-hook adds a pre-commit hook running scan --staged.</source>
        <translation>Dateien nach gespeicherten Werten (von mindestens 8 Zeichen) durchsuchen und FILE:LINE:COLUMN: KEY (VAULT) ausgeben, nie den Wert; Exit 1, wenn einer gefunden wird. Ein Ordner in einem git-Arbeitsverzeichnis wird so durchsucht, wie git ihn sieht (.gitignore wird beachtet); --staged durchsucht, was der nächste Commit enthält. --install-hook fügt einen pre-commit-Hook hinzu, der scan --staged ausführt.</translation>
    </message>
    <message numerus="yes">
        <source>latchkey-cli: no stored value found in %n staged file(s) (%1 values of %2 looked for).</source>
        <translation>
            <numerusform>latchkey-cli: kein gespeicherter Wert in %n vorgemerkten Datei gefunden (%1 Werte von %2 gesucht).</numerusform>
            <numerusform>latchkey-cli: kein gespeicherter Wert in %n vorgemerkten Dateien gefunden (%1 Werte von %2 gesucht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>latchkey-cli: no stored value found in %n file(s) (%1 values of %2 looked for).</source>
        <translation>
            <numerusform>latchkey-cli: kein gespeicherter Wert in %n Datei gefunden (%1 Werte von %2 gesucht).</numerusform>
            <numerusform>latchkey-cli: kein gespeicherter Wert in %n Dateien gefunden (%1 Werte von %2 gesucht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staged file(s)</source>
        <translation>
            <numerusform>%n vorgemerkten Datei</numerusform>
            <numerusform>%n vorgemerkten Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>latchkey-cli: found a stored value in 1 of %1 (the value is not shown). Remove it, and rotate the secret if the file was shared.</source>
        <translation>latchkey-cli: ein gespeicherter Wert in 1 von %1 gefunden (der Wert wird nicht gezeigt). Entfernen Sie ihn und rotieren Sie das Geheimnis, falls die Datei weitergegeben wurde.</translation>
    </message>
    <message>
        <source>latchkey-cli: found %1 stored values in %2 of %3 (values are not shown). Remove them, and rotate those secrets if the files were shared.</source>
        <translation>latchkey-cli: %1 gespeicherte Werte in %2 von %3 gefunden (Werte werden nicht gezeigt). Entfernen Sie sie und rotieren Sie diese Geheimnisse, falls die Dateien weitergegeben wurden.</translation>
    </message>
</context>
<context>
    <name>ScanSources</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>git could not list the files of %1: %2</source>
        <translation>git konnte die Dateien von %1 nicht auflisten: %2</translation>
    </message>
    <message>
        <source>git could not be started; --staged needs git.</source>
        <translation>git konnte nicht gestartet werden; --staged braucht git.</translation>
    </message>
    <message>
        <source>%1 is not inside a git work tree; --staged reads a repository&apos;s index.</source>
        <translation>%1 liegt in keinem git-Arbeitsverzeichnis; --staged liest den Index eines Repositorys.</translation>
    </message>
    <message>
        <source>git could not list the staged files: %1</source>
        <translation>git konnte die vorgemerkten Dateien nicht auflisten: %1</translation>
    </message>
    <message>
        <source>git could not read the index: %1</source>
        <translation>git konnte den Index nicht lesen: %1</translation>
    </message>
    <message>
        <source>git could not read the staged files: %1</source>
        <translation>git konnte die vorgemerkten Dateien nicht lesen: %1</translation>
    </message>
    <message>
        <source>git cat-file gave a short answer.</source>
        <translation>git cat-file hat eine zu kurze Antwort gegeben.</translation>
    </message>
    <message>
        <source>git could not read the staged version of %1.</source>
        <translation>git konnte die vorgemerkte Fassung von %1 nicht lesen.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>SecretAge</name>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>rotation was due on %1</source>
        <translation>Rotation war am %1 fällig</translation>
    </message>
    <message>
        <source>expires %1, on %2</source>
        <translation>läuft %1 ab, am %2</translation>
    </message>
    <message>
        <source>rotation is due %1, on %2</source>
        <translation>Rotation ist %1 fällig, am %2</translation>
    </message>
    <message>
        <source>needs rotation: %1</source>
        <translation>muss rotiert werden: %1</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>needs rotation</source>
        <translation>muss rotiert werden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>age in days, short</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1mo</source>
        <comment>age in months, short</comment>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1y</source>
        <comment>age in years, short</comment>
        <translation>%1 J</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>latchkey-cli: warning: %1</source>
        <translation>latchkey-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>latchkey-cli: warning: a value on the command line is visible to other processes and stays in your shell history; pipe it in or omit it to be prompted.</source>
        <translation>latchkey-cli: Warnung: ein Wert auf der Befehlszeile ist für andere Prozesse sichtbar und bleibt in Ihrer Shell-Historie; leiten Sie ihn per Pipe ein oder lassen Sie ihn weg, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Value for %1 (input hidden): </source>
        <translation>Wert für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>no value was entered for %1</source>
        <translation>für %1 wurde kein Wert eingegeben</translation>
    </message>
    <message>
        <source>cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Describe what the secret is for.</source>
        <translation>Beschreiben, wofür das Geheimnis dient.</translation>
    </message>
    <message>
        <source>set takes a KEY and optionally a VALUE</source>
        <translation>set nimmt einen KEY und optional einen VALUE</translation>
    </message>
    <message>
        <source>Saved %1 in vault &quot;%2&quot; (%3).</source>
        <translation>%1 im Tresor „%2“ gespeichert (%3).</translation>
    </message>
    <message>
        <source>Print the raw value and nothing else.</source>
        <translation>Den rohen Wert ausgeben und sonst nichts.</translation>
    </message>
    <message>
        <source>get takes exactly one KEY</source>
        <translation>get nimmt genau einen KEY</translation>
    </message>
    <message>
        <source>delete takes exactly one KEY</source>
        <translation>delete nimmt genau einen KEY</translation>
    </message>
    <message>
        <source>Deleted %1 from vault &quot;%2&quot;.</source>
        <translation>%1 aus dem Tresor „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>Show a secret masked; --reveal prints the raw value only.</source>
        <translation>Ein Geheimnis maskiert zeigen; --reveal gibt nur den rohen Wert aus.</translation>
    </message>
    <message>
        <source>invalid --expires &quot;%1&quot;: give a date as YYYY-MM-DD, or never</source>
        <translation>ungültiges --expires „%1“: geben Sie ein Datum als YYYY-MM-DD an, oder „never“</translation>
    </message>
    <message>
        <source>invalid --rotate-every &quot;%1&quot;: give a period such as 90d or 12w, never, or default</source>
        <translation>ungültiges --rotate-every „%1“: geben Sie einen Zeitraum wie 90d oder 12w an, „never“ oder „default“</translation>
    </message>
    <message>
        <source>it is not a number</source>
        <translation>es ist keine Zahl</translation>
    </message>
    <message>
        <source>invalid --length &quot;%1&quot;: %2</source>
        <translation>ungültige --length „%1“: %2</translation>
    </message>
    <message>
        <source>invalid --charset &quot;%1&quot;: choose one of %2</source>
        <translation>ungültiges --charset „%1“: wählen Sie eines von %2</translation>
    </message>
    <message>
        <source>The date the value expires (YYYY-MM-DD); it is stale from that day. &quot;never&quot; clears it.</source>
        <translation>Das Datum, an dem der Wert abläuft (YYYY-MM-DD); ab diesem Tag ist er veraltet. „never“ entfernt es.</translation>
    </message>
    <message>
        <source>Rotate the value every PERIOD (90d, 12w); it is stale once the period has passed since it was set. &quot;never&quot; or &quot;default&quot; (the vault&apos;s, see config).</source>
        <translation>Den Wert alle PERIOD rotieren (90d, 12w); er ist veraltet, sobald der Zeitraum seit dem Setzen vergangen ist. „never“ oder „default“ (der des Tresors, siehe config).</translation>
    </message>
    <message>
        <source>Store a new random value from the system&apos;s secure random generator; only its mask is printed. Not for keys a service issues (OPENAI_API_KEY and the like).</source>
        <translation>Einen neuen Zufallswert aus dem sicheren Zufallsgenerator des Systems speichern; nur seine Maske wird ausgegeben. Nicht für Schlüssel, die ein Dienst ausstellt (OPENAI_API_KEY und dergleichen).</translation>
    </message>
    <message>
        <source>With --generate: the number of characters, %1 to %2 (default %3).</source>
        <translation>Mit --generate: die Anzahl der Zeichen, %1 bis %2 (Vorgabe %3).</translation>
    </message>
    <message>
        <source>With --generate: alnum (default), hex, base64url or ascii (printable, no space).</source>
        <translation>Mit --generate: alnum (Vorgabe), hex, base64url oder ascii (druckbar, ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>With --generate: print the new value once, alone on standard output.</source>
        <translation>Mit --generate: den neuen Wert einmal ausgeben, allein auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>Change only the description, expiry or rotation period; the value stays.</source>
        <translation>Nur Beschreibung, Ablaufdatum oder Rotationsintervall ändern; der Wert bleibt.</translation>
    </message>
    <message>
        <source>--generate makes the value; give no VALUE or -</source>
        <translation>--generate erzeugt den Wert; geben Sie keinen VALUE und kein - an</translation>
    </message>
    <message>
        <source>--%1 only goes with --generate</source>
        <translation>--%1 gibt es nur zusammen mit --generate</translation>
    </message>
    <message>
        <source>--keep-value takes no VALUE and no --generate</source>
        <translation>--keep-value nimmt keinen VALUE und kein --generate</translation>
    </message>
    <message>
        <source>--keep-value needs -d, --expires or --rotate-every to change</source>
        <translation>--keep-value braucht -d, --expires oder --rotate-every zum Ändern</translation>
    </message>
    <message>
        <source>Updated %1 in vault &quot;%2&quot;; its value is unchanged.</source>
        <translation>%1 im Tresor „%2“ aktualisiert; sein Wert ist unverändert.</translation>
    </message>
    <message>
        <source>%1 It is a new %2-character %3 value: %4</source>
        <translation>%1 Es ist ein neuer %3-Wert mit %2 Zeichen: %4</translation>
    </message>
    <message>
        <source>Remove the secret for good at once: its value, its earlier values and any copy in the trash, with no way back. The right thing for a leaked key.</source>
        <translation>Das Geheimnis sofort endgültig entfernen: seinen Wert, seine früheren Werte und jede Kopie im Papierkorb, ohne Weg zurück. Das Richtige für einen offengelegten Schlüssel.</translation>
    </message>
    <message>
        <source>Deleted %1 from vault &quot;%2&quot; for good: its value, earlier values and trash copy are gone from the keychain.</source>
        <translation>%1 endgültig aus dem Tresor „%2“ gelöscht: sein Wert, frühere Werte und die Kopie im Papierkorb sind aus dem Schlüsselbund verschwunden.</translation>
    </message>
    <message>
        <source>Deleted %1 from vault &quot;%2&quot;; it stays in the trash for %3 days (`latchkey-cli restore %1` brings it back).</source>
        <translation>%1 aus dem Tresor „%2“ gelöscht; es bleibt %3 Tage im Papierkorb (`latchkey-cli restore %1` holt es zurück).</translation>
    </message>
    <message>
        <source>Create or update a secret; the value it replaces is kept as history. Without VALUE it is read from standard input, or prompted for without echo on a terminal (Ctrl-C there exits 130 and stores nothing). Stored byte for byte; only one trailing newline of piped input is dropped. --generate stores a random value and prints only its mask.</source>
        <translation>Ein Geheimnis anlegen oder ändern; der ersetzte Wert bleibt im Verlauf. Ohne VALUE wird der Wert von der Standardeingabe gelesen oder auf einem Terminal ohne Echo abgefragt (Strg-C beendet dort mit 130 und speichert nichts). Byte für Byte gespeichert; nur ein abschließender Zeilenumbruch einer Pipe-Eingabe entfällt. --generate speichert einen Zufallswert und gibt nur seine Maske aus.</translation>
    </message>
    <message>
        <source>Delete a secret: it stays in the vault&apos;s trash for 30 days (see config) and `restore KEY` brings it back. --purge removes it, its history and its trash copy at once, for good: the right thing for a leaked key.</source>
        <translation>Ein Geheimnis löschen: es bleibt 30 Tage im Papierkorb des Tresors (siehe config), und `restore KEY` holt es zurück. --purge entfernt es, seinen Verlauf und seine Kopie im Papierkorb sofort und endgültig: das Richtige für einen offengelegten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SecretGenerator</name>
    <message>
        <source>the length must be from %1 to %2 characters</source>
        <translation>die Länge muss %1 bis %2 Zeichen betragen</translation>
    </message>
</context>
<context>
    <name>SecretName</name>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>the key is %1 characters long; at most %2 are allowed</source>
        <translation>der Schlüssel ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the key starts with a digit; it must start with a letter or &apos;_&apos;</source>
        <translation>der Schlüssel beginnt mit einer Ziffer; er muss mit einem Buchstaben oder &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <source>the key starts with &apos;%1&apos;; it must start with a letter or &apos;_&apos;</source>
        <translation>der Schlüssel beginnt mit &apos;%1&apos;; er muss mit einem Buchstaben oder &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the key contains %1 at position %2; only letters, digits and &apos;_&apos; are allowed</source>
        <translation>der Schlüssel enthält %1 an Position %2; nur Buchstaben, Ziffern und &apos;_&apos; sind erlaubt</translation>
    </message>
    <message>
        <source>the vault name is empty</source>
        <translation>der Tresorname ist leer</translation>
    </message>
    <message>
        <source>the vault name is longer than 64 characters</source>
        <translation>der Tresorname ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>the vault name must not start with &apos;%1&apos;</source>
        <translation>der Tresorname darf nicht mit &apos;%1&apos; beginnen</translation>
    </message>
    <message>
        <source>the vault name may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>der Tresorname darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>SecretReference</name>
    <message>
        <source>a reference starts with latchkey://</source>
        <translation>ein Verweis beginnt mit latchkey://</translation>
    </message>
    <message>
        <source>invalid vault in reference: %1</source>
        <translation>ungültiger Tresor im Verweis: %1</translation>
    </message>
    <message>
        <source>invalid key in reference: %1</source>
        <translation>ungültiger Schlüssel im Verweis: %1</translation>
    </message>
</context>
<context>
    <name>SecretServiceStore</name>
    <message>
        <source>No keychain is reachable: %1, which served Latchkey last, is not running in this session (%2); start %1 again and try again.</source>
        <translation>Kein Schlüsselbund erreichbar: %1, das Latchkey zuletzt gedient hat, läuft in dieser Sitzung nicht (%2); starten Sie %1 wieder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is reachable: no Secret Service is running in this session (%1); start gnome-keyring, KeePassXC&apos;s Secret Service integration or KWallet, then try again.</source>
        <translation>Kein Schlüsselbund erreichbar: in dieser Sitzung läuft kein Secret Service (%1); starten Sie gnome-keyring, die Secret-Service-Integration von KeePassXC oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no item for %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1.</translation>
    </message>
    <message>
        <source>The keychain%1 is locked, so %2 cannot be reached; unlock it (latchkey-cli status shows the state) and try again.</source>
        <translation>Der Schlüsselbund%1 ist gesperrt, daher ist %2 nicht erreichbar; entsperren Sie ihn (latchkey-cli status zeigt den Zustand) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain%1 did not get the user&apos;s approval for %2 (%3).</source>
        <translation>Der Schlüsselbund%1 hat die Zustimmung des Benutzers für %2 nicht erhalten (%3).</translation>
    </message>
    <message>
        <source>The keychain%1 did not answer in time for %2.</source>
        <translation>Der Schlüsselbund%1 hat für %2 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The keychain%1 has no default keyring, so %2 cannot be stored; create one (for example in Passwords and Keys) and try again (%3).</source>
        <translation>Der Schlüsselbund%1 hat keinen Standard-Schlüsselring, daher kann %2 nicht gespeichert werden; legen Sie einen an (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut (%3).</translation>
    </message>
    <message>
        <source>The keychain (%1) is unavailable: it stopped or left the session, so %2 cannot be reached; start %1 again and try again (%3).</source>
        <translation>Der Schlüsselbund (%1) ist nicht verfügbar: er wurde beendet oder hat die Sitzung verlassen, daher ist %2 nicht erreichbar; starten Sie %1 wieder und versuchen Sie es erneut (%3).</translation>
    </message>
    <message>
        <source>The keychain%1 reported an error for %2: %3</source>
        <translation>Der Schlüsselbund%1 hat für %2 einen Fehler gemeldet: %3</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>The keychain (%1) is waiting for you to allow Latchkey access to %2 in its own dialog; nobody answered within %3 seconds. Allow it in %1 (or turn off its access confirmation for Latchkey) and try again.</source>
        <translation>Der Schlüsselbund (%1) wartet darauf, dass Sie Latchkey in seinem eigenen Dialog Zugriff auf %2 erlauben; innerhalb von %3 Sekunden hat niemand geantwortet. Erlauben Sie es in %1 (oder schalten Sie dort die Zugriffsbestätigung für Latchkey ab) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) is waiting for you to confirm the deletion of %2 in its own dialog; nobody answered within %3 seconds. Confirm it in %1 and try again.</source>
        <translation>Der Schlüsselbund (%1) wartet darauf, dass Sie das Löschen von %2 in seinem eigenen Dialog bestätigen; innerhalb von %3 Sekunden hat niemand geantwortet. Bestätigen Sie es in %1 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) is waiting for you to answer its prompt for %2; nobody answered within %3 seconds. Answer the prompt in %1 and try again.</source>
        <translation>Der Schlüsselbund (%1) wartet auf Ihre Antwort auf seine Abfrage für %2; innerhalb von %3 Sekunden hat niemand geantwortet. Beantworten Sie die Abfrage in %1 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) did not answer within %2 seconds for %3; it may be stuck or waiting for a prompt.</source>
        <translation>Der Schlüsselbund (%1) hat für %3 nicht innerhalb von %2 Sekunden geantwortet; er hängt vielleicht oder wartet auf eine Abfrage.</translation>
    </message>
    <message>
        <source>%1 (Latchkey, vault %2, deleted)</source>
        <translation>%1 (Latchkey, Tresor %2, gelöscht)</translation>
    </message>
    <message>
        <source>%1 (Latchkey, vault %2, earlier value %3)</source>
        <translation>%1 (Latchkey, Tresor %2, früherer Wert %3)</translation>
    </message>
    <message>
        <source>The keychain is locked, so %1 cannot be reached; unlock it (latchkey-cli status shows the state) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher ist %1 nicht erreichbar; entsperren Sie ihn (latchkey-cli status zeigt den Zustand) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SecretStateText</name>
    <message>
        <source>… Checking</source>
        <translation>… Wird geprüft</translation>
    </message>
    <message>
        <source>✔ Set</source>
        <translation>✔ Gesetzt</translation>
    </message>
    <message>
        <source>✘ Missing</source>
        <translation>✘ Fehlt</translation>
    </message>
    <message>
        <source>– Not set (optional)</source>
        <translation>– Nicht gesetzt (optional)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>⚠ Unreadable</source>
        <translation>⚠ Nicht lesbar</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This keychain cannot read values in bulk.</source>
        <translation>Dieser Schlüsselbund kann Werte nicht gesammelt lesen.</translation>
    </message>
    <message>
        <source>The %1 store keeps no earlier or deleted values; history, trash and restore need the Secret Service store (the default on Linux).</source>
        <translation>Der Speicher %1 bewahrt keine früheren oder gelöschten Werte auf; Verlauf, Papierkorb und Wiederherstellen brauchen den Secret-Service-Speicher (die Vorgabe unter Linux).</translation>
    </message>
</context>
<context>
    <name>SecretTemplate</name>
    <message>
        <source>the placeholder {{ latchkey:… is not closed with }} on the same line</source>
        <translation>der Platzhalter {{ latchkey:… wird nicht in derselben Zeile mit }} geschlossen</translation>
    </message>
    <message>
        <source>%1 is not a valid reference: %2</source>
        <translation>%1 ist kein gültiger Verweis: %2</translation>
    </message>
</context>
<context>
    <name>SecretValue</name>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>the value contains a NUL character, which an environment variable cannot hold</source>
        <translation>der Wert enthält ein NUL-Zeichen, das eine Umgebungsvariable nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>the value is not valid Unicode text</source>
        <translation>der Wert ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <source>the value is larger than 64 KiB</source>
        <translation>der Wert ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>the value contains a NUL byte, which an environment variable cannot hold</source>
        <translation>der Wert enthält ein NUL-Byte, das eine Umgebungsvariable nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>the value is not valid UTF-8 text</source>
        <translation>der Wert ist kein gültiger UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status nimmt keine Argumente</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1</source>
        <translation>latchkey-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>Keychain:  %1 — %2</source>
        <translation>Schlüsselbund: %1 — %2</translation>
    </message>
    <message>
        <source>Vault:     %1 (%2)</source>
        <translation>Tresor:        %1 (%2)</translation>
    </message>
    <message>
        <source>index unreadable</source>
        <translation>Index nicht lesbar</translation>
    </message>
    <message>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>Index:     %1</source>
        <translation>Index:         %1</translation>
    </message>
    <message>
        <source>Pending:   a change waits until the keychain can confirm it</source>
        <translation>Ausstehend:    eine Änderung wartet, bis der Schlüsselbund sie bestätigen kann</translation>
    </message>
    <message>
        <source>Show the keychain&apos;s state (available, locked, unavailable, not responding) and provider, and the vault&apos;s index and number of secrets.</source>
        <translation>Den Zustand (verfügbar, gesperrt, nicht verfügbar, antwortet nicht) und Anbieter des Schlüsselbunds sowie Index und Anzahl der Geheimnisse des Tresors zeigen.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>After a conflict, keep this clone&apos;s version of KEY.</source>
        <translation>Nach einem Konflikt die Fassung dieses Klons von KEY behalten.</translation>
    </message>
    <message>
        <source>After a conflict, keep the remote&apos;s version of KEY.</source>
        <translation>Nach einem Konflikt die Fassung des Remotes von KEY behalten.</translation>
    </message>
    <message>
        <source>After a conflict, keep this clone&apos;s version of everything.</source>
        <translation>Nach einem Konflikt von allem die Fassung dieses Klons behalten.</translation>
    </message>
    <message>
        <source>After a conflict, keep the remote&apos;s version of everything.</source>
        <translation>Nach einem Konflikt von allem die Fassung des Remotes behalten.</translation>
    </message>
    <message>
        <source>sync takes no arguments</source>
        <translation>sync nimmt keine Argumente</translation>
    </message>
    <message>
        <source>choose --all-mine or --all-theirs, not both</source>
        <translation>wählen Sie --all-mine oder --all-theirs, nicht beides</translation>
    </message>
    <message>
        <source>invalid key &quot;%1&quot;: %2</source>
        <translation>ungültiger Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>%1 is given both --mine and --theirs</source>
        <translation>für %1 sind sowohl --mine als auch --theirs angegeben</translation>
    </message>
    <message>
        <source>vault &quot;%1&quot; is a local vault; only team vaults sync (`latchkey-cli vault list`)</source>
        <translation>Tresor „%1“ ist ein lokaler Tresor; nur Team-Tresore werden synchronisiert (`latchkey-cli vault list`)</translation>
    </message>
    <message>
        <source>latchkey-cli: warning: %1</source>
        <translation>latchkey-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>The sync stopped: these secrets changed here and on the remote. Both versions are kept; choose one for each.</source>
        <translation>Die Synchronisierung wurde angehalten: diese Geheimnisse wurden hier und im Remote geändert. Beide Fassungen bleiben erhalten; wählen Sie für jedes eine.</translation>
    </message>
    <message>
        <source>    here:   %1</source>
        <translation>    hier:   %1</translation>
    </message>
    <message>
        <source>    remote: %1</source>
        <translation>    Remote: %1</translation>
    </message>
    <message>
        <source>    keep mine:   latchkey-cli --vault %1 sync --mine %2</source>
        <translation>    meine behalten:  latchkey-cli --vault %1 sync --mine %2</translation>
    </message>
    <message>
        <source>    keep theirs: latchkey-cli --vault %1 sync --theirs %2</source>
        <translation>    ihre behalten:   latchkey-cli --vault %1 sync --theirs %2</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 changed here and on the remote: keep mine or keep theirs (see above); nothing was lost.</source>
        <translation>latchkey-cli: %1 wurde hier und im Remote geändert: behalten Sie Ihre oder die andere Fassung (siehe oben); nichts ging verloren.</translation>
    </message>
    <message>
        <source>latchkey-cli: %1 changed here and on the remote; choose with --all-mine or --all-theirs.</source>
        <translation>latchkey-cli: %1 wurde hier und im Remote geändert; wählen Sie mit --all-mine oder --all-theirs.</translation>
    </message>
    <message>
        <source>Team vault &quot;%1&quot; has no remote; there is nothing to sync.</source>
        <translation>Team-Tresor „%1“ hat kein Remote; es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Team vault &quot;%1&quot; is in sync with %2%3.</source>
        <translation>Team-Tresor „%1“ ist synchron mit %2%3.</translation>
    </message>
    <message>
        <source> (local changes pushed)</source>
        <translation> (lokale Änderungen übertragen)</translation>
    </message>
    <message>
        <source>Team:      %1 (%2)</source>
        <translation>Team:          %1 (%2)</translation>
    </message>
    <message>
        <source>no remote</source>
        <translation>kein Remote</translation>
    </message>
    <message>
        <source>Problem:   %1</source>
        <translation>Problem:       %1</translation>
    </message>
    <message>
        <source>Sync:      %1</source>
        <translation>Sync:          %1</translation>
    </message>
    <message>
        <source>Remote:    unreachable (%1)</source>
        <translation>Remote:        nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>Members:   %1 (%2)</source>
        <translation>Mitglieder:    %1 (%2)</translation>
    </message>
    <message>
        <source>you are one</source>
        <translation>Sie sind eines</translation>
    </message>
    <message>
        <source>you are not one</source>
        <translation>Sie sind keines</translation>
    </message>
    <message>
        <source>GnuPG:     gpg-agent will ask for your passphrase to read values</source>
        <translation>GnuPG:         gpg-agent fragt nach Ihrer Passphrase, um Werte zu lesen</translation>
    </message>
    <message>
        <source>Team vaults: bring in the remote&apos;s changes (pull --rebase), then push this clone&apos;s. When a secret changed here and on the remote, stop with both versions kept (exit 1) until you choose one with --mine or --theirs.</source>
        <translation>Team-Tresore: die Änderungen des Remotes holen (pull --rebase), dann die dieses Klons übertragen. Wurde ein Geheimnis hier und im Remote geändert, mit beiden Fassungen anhalten (Exit 1), bis Sie mit --mine oder --theirs eine wählen.</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>%1 has changes that are not committed; commit or discard them with git first. Nothing was changed.</source>
        <translation>%1 hat nicht committete Änderungen; committen oder verwerfen Sie sie zuerst mit git. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the recipients file</source>
        <translation>die Empfängerdatei</translation>
    </message>
    <message>
        <source>%1 cannot be re-encrypted, so the members were not changed: %2</source>
        <translation>%1 kann nicht neu verschlüsselt werden, daher wurden die Mitglieder nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 could read it and was removed on %2</source>
        <translation>%1 konnte es lesen und wurde am %2 entfernt</translation>
    </message>
    <message>
        <source>the encrypted file of %1</source>
        <translation>die verschlüsselte Datei von %1</translation>
    </message>
    <message>
        <source>the metadata of %1</source>
        <translation>die Metadaten von %1</translation>
    </message>
    <message>
        <source>The file %1 holds %2 keys; give a file with one member&apos;s key.</source>
        <translation>Die Datei %1 enthält %2 Schlüssel; geben Sie eine Datei mit dem Schlüssel eines einzigen Mitglieds an.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2. Nothing was changed.</source>
        <translation>%1 kann nicht hinzugefügt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the member&apos;s public key</source>
        <translation>der öffentliche Schlüssel des Mitglieds</translation>
    </message>
    <message>
        <source>%1 is not a member of team vault &quot;%2&quot;; `latchkey-cli vault members %2` lists them.</source>
        <translation>%1 ist kein Mitglied des Team-Tresors „%2“; `latchkey-cli vault members %2` listet sie auf.</translation>
    </message>
    <message>
        <source>%1 is the last member of team vault &quot;%2&quot; and cannot be removed.</source>
        <translation>%1 ist das letzte Mitglied des Team-Tresors „%2“ und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 changed here and on the remote; choose which version to keep with `latchkey-cli --vault %2 sync` first, then change the members. Nothing was changed.</source>
        <translation>%1 wurde hier und im Remote geändert; wählen Sie zuerst mit `latchkey-cli --vault %2 sync`, welche Fassung bleibt, und ändern Sie dann die Mitglieder. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The remote&apos;s changes could not be brought in first, so the members were not changed: %1</source>
        <translation>Die Änderungen des Remotes konnten nicht zuerst geholt werden, daher wurden die Mitglieder nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 was encrypted for the members this clone knew before the sync and cannot be encrypted for the current ones, so it was not pushed: %2</source>
        <translation>%1 war für die Mitglieder verschlüsselt, die dieser Klon vor der Synchronisierung kannte, und kann nicht für die jetzigen verschlüsselt werden; es wurde daher nicht übertragen: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>The remote could not be reached (%1); the change is committed here and `latchkey-cli --vault %2 sync` will push it.</source>
        <translation>Das Remote war nicht erreichbar (%1); die Änderung ist hier committet, und `latchkey-cli --vault %2 sync` wird sie übertragen.</translation>
    </message>
    <message>
        <source>The remote has changes this clone does not have yet, so the change was not pushed; run `latchkey-cli --vault %1 sync`.</source>
        <translation>Das Remote hat Änderungen, die dieser Klon noch nicht hat, daher wurde die Änderung nicht übertragen; führen Sie `latchkey-cli --vault %1 sync` aus.</translation>
    </message>
    <message>
        <source>The change is committed here but the push failed (%1); run `latchkey-cli --vault %2 sync` to try again.</source>
        <translation>Die Änderung ist hier committet, aber das Übertragen ist fehlgeschlagen (%1); führen Sie `latchkey-cli --vault %2 sync` aus, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The folder of team vault &quot;%1&quot;, %2, does not exist; add the vault again with `latchkey-cli vault add %1 --git URL`.</source>
        <translation>Der Ordner des Team-Tresors „%1“, %2, existiert nicht; fügen Sie den Tresor erneut hinzu mit `latchkey-cli vault add %1 --git URL`.</translation>
    </message>
    <message>
        <source>The folder %1 of team vault &quot;%2&quot; is not inside a git working tree (%3).</source>
        <translation>Der Ordner %1 des Team-Tresors „%2“ liegt in keinem git-Arbeitsverzeichnis (%3).</translation>
    </message>
    <message>
        <source>git could not stage the change: %1.</source>
        <translation>git konnte die Änderung nicht vormerken: %1.</translation>
    </message>
    <message>
        <source>git could not commit the change: %1.</source>
        <translation>git konnte die Änderung nicht committen: %1.</translation>
    </message>
</context>
<context>
    <name>TeamSecrets</name>
    <message>
        <source>There is no secret named %1 in team vault &quot;%2&quot;.</source>
        <translation>Im Team-Tresor „%2“ gibt es kein Geheimnis namens %1.</translation>
    </message>
    <message>
        <source>%1: the team store is busy (%2).</source>
        <translation>%1: der Team-Speicher ist beschäftigt (%2).</translation>
    </message>
    <message>
        <source>%1 of team vault &quot;%2&quot;</source>
        <translation>%1 des Team-Tresors „%2“</translation>
    </message>
    <message>
        <source>%1 is not encrypted for your key; ask a member to run `latchkey-cli vault members %2 add %3`.</source>
        <translation>%1 ist nicht für Ihren Schlüssel verschlüsselt; bitten Sie ein Mitglied, `latchkey-cli vault members %2 add %3` auszuführen.</translation>
    </message>
    <message>
        <source>YOUR-KEY</source>
        <translation>IHR-SCHLÜSSEL</translation>
    </message>
    <message>
        <source>%1 cannot be used as a value: %2.</source>
        <translation>%1 kann nicht als Wert verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot store the value: %1.</source>
        <translation>Der Wert kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>the encrypted file of %1</source>
        <translation>die verschlüsselte Datei von %1</translation>
    </message>
    <message>
        <source>the metadata of %1</source>
        <translation>die Metadaten von %1</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>team store %1 (pass format, git)</source>
        <translation>Team-Speicher %1 (pass-Format, git)</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>The folder of team stores</source>
        <translation>Der Ordner der Team-Speicher</translation>
    </message>
    <message>
        <source>git could not clone %1: %2.</source>
        <translation>git konnte %1 nicht klonen: %2.</translation>
    </message>
    <message>
        <source>Invalid vault name &quot;%1&quot;: %2.</source>
        <translation>Ungültiger Tresorname „%1“: %2.</translation>
    </message>
    <message>
        <source>There is already a team vault named &quot;%1&quot; (%2).</source>
        <translation>Es gibt bereits einen Team-Tresor namens „%1“ (%2).</translation>
    </message>
    <message>
        <source>There is already a local vault named &quot;%1&quot; with %2 secrets; choose another name for the team vault.</source>
        <translation>Es gibt bereits einen lokalen Tresor namens „%1“ mit %2 Geheimnissen; wählen Sie einen anderen Namen für den Team-Tresor.</translation>
    </message>
    <message>
        <source>The folder %1 already exists; move it away or choose another name.</source>
        <translation>Der Ordner %1 existiert bereits; verschieben Sie ihn oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A team vault needs at least one recipient (--recipient ID).</source>
        <translation>Ein Team-Tresor braucht mindestens einen Empfänger (--recipient ID).</translation>
    </message>
    <message>
        <source>%1 is not empty; to use the team store it holds, run `latchkey-cli vault add %2 --git %1`.</source>
        <translation>%1 ist nicht leer; um den darin enthaltenen Team-Speicher zu verwenden, führen Sie `latchkey-cli vault add %2 --git %1` aus.</translation>
    </message>
    <message>
        <source>a member&apos;s public key</source>
        <translation>der öffentliche Schlüssel eines Mitglieds</translation>
    </message>
    <message>
        <source>the recipients file</source>
        <translation>die Empfängerdatei</translation>
    </message>
    <message>
        <source>The new team store could not be pushed to %1 (%2); nothing was kept.</source>
        <translation>Der neue Team-Speicher konnte nicht nach %1 übertragen werden (%2); es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>%1 holds no team store (no .gpg-id with recipients); start one with `latchkey-cli vault init %2 --git %1 --recipient ID`.</source>
        <translation>%1 enthält keinen Team-Speicher (keine .gpg-id mit Empfängern); legen Sie einen an mit `latchkey-cli vault init %2 --git %1 --recipient ID`.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>%1 is not inside a git working tree; run `git init` (or `pass git init`) there first.</source>
        <translation>%1 liegt in keinem git-Arbeitsverzeichnis; führen Sie dort zuerst `git init` (oder `pass git init`) aus.</translation>
    </message>
    <message>
        <source>%1 names no recipients.</source>
        <translation>%1 nennt keine Empfänger.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>local only (no remote)</source>
        <translation>nur lokal (kein Remote)</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 to push</source>
        <translation>%1 zu übertragen</translation>
    </message>
    <message>
        <source>%1 to pull</source>
        <translation>%1 zu holen</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>git could not bring the remote&apos;s changes together with the local ones (%1); nothing was changed.</source>
        <translation>git konnte die Änderungen des Remotes nicht mit den lokalen zusammenführen (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>git could not merge the remote&apos;s changes: %1.</source>
        <translation>git konnte die Änderungen des Remotes nicht zusammenführen: %1.</translation>
    </message>
    <message>
        <source>The remote&apos;s changes could not be merged (%1); nothing was changed.</source>
        <translation>Die Änderungen des Remotes konnten nicht zusammengeführt werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>git failed</source>
        <translation>git ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>git could not commit the merge: %1.</source>
        <translation>git konnte den Merge nicht committen: %1.</translation>
    </message>
    <message>
        <source>The members changed.</source>
        <translation>Die Mitglieder haben sich geändert.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>ein Mitglied</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 was added by %2.</source>
        <translation>%1 wurde von %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was re-encrypted for the new members.</source>
        <translation>%1 wurde für die neuen Mitglieder neu verschlüsselt.</translation>
    </message>
    <message>
        <source>%1 was changed by %2.</source>
        <translation>%1 wurde von %2 geändert.</translation>
    </message>
    <message>
        <source>The description of %1 changed.</source>
        <translation>Die Beschreibung von %1 hat sich geändert.</translation>
    </message>
    <message>
        <source>git is in the middle of a merge or rebase in %1; finish or abort it (e.g. git merge --abort) and sync again.</source>
        <translation>git ist in %1 mitten in einem Merge oder Rebase; schließen Sie ihn ab oder brechen Sie ihn ab (z. B. git merge --abort) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 has changes that are not committed; commit or discard them with git, then sync again.</source>
        <translation>%1 hat nicht committete Änderungen; committen oder verwerfen Sie sie mit git und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The remote of team vault &quot;%1&quot; could not be reached (%2); the local changes stay here until it can.</source>
        <translation>Das Remote des Team-Tresors „%1“ war nicht erreichbar (%2); die lokalen Änderungen bleiben hier, bis es erreichbar ist.</translation>
    </message>
    <message>
        <source>git could not bring in the remote&apos;s changes: %1.</source>
        <translation>git konnte die Änderungen des Remotes nicht holen: %1.</translation>
    </message>
    <message>
        <source>The changes could not be pushed (%1); they stay here until the next sync.</source>
        <translation>Die Änderungen konnten nicht übertragen werden (%1); sie bleiben hier bis zur nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>There is no secret named %1 in vault &quot;%2&quot;.</source>
        <translation>Im Tresor „%2“ gibt es kein Geheimnis namens %1.</translation>
    </message>
    <message>
        <source>Invalid key &quot;%1&quot;: %2.</source>
        <translation>Ungültiger Schlüssel „%1“: %2.</translation>
    </message>
    <message>
        <source>the rotation period must be from 1 to 36500 days, or never</source>
        <translation>das Rotationsintervall muss 1 bis 36500 Tage betragen, oder „never“</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>latchkey-cli: warning: %1</source>
        <translation>latchkey-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>vault list takes no arguments</source>
        <translation>vault list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>, not a member</source>
        <translation>, kein Mitglied</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>SECRETS</source>
        <translation>GEHEIMNISSE</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>The empty git repository to use.</source>
        <translation>Das zu verwendende leere git-Repository.</translation>
    </message>
    <message>
        <source>A member&apos;s key: fingerprint, key id or e-mail (repeat for each member).</source>
        <translation>Der Schlüssel eines Mitglieds: Fingerabdruck, Schlüssel-ID oder E-Mail (für jedes Mitglied wiederholen).</translation>
    </message>
    <message>
        <source>vault init takes NAME --git URL --recipient ID [--recipient ID ...]</source>
        <translation>vault init nimmt NAME --git URL --recipient ID [--recipient ID ...]</translation>
    </message>
    <message>
        <source>Clone the team store at URL.</source>
        <translation>Den Team-Speicher unter URL klonen.</translation>
    </message>
    <message>
        <source>Use the pass store in DIR (inside a git working tree).</source>
        <translation>Den pass-Speicher in DIR verwenden (in einem git-Arbeitsverzeichnis).</translation>
    </message>
    <message>
        <source>vault add takes NAME and either --git URL or --store DIR</source>
        <translation>vault add nimmt NAME und entweder --git URL oder --store DIR</translation>
    </message>
    <message>
        <source>Added team vault &quot;%1&quot; (%2): %3.</source>
        <translation>Team-Tresor „%1“ hinzugefügt (%2): %3.</translation>
    </message>
    <message>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>You are not a member yet: ask a member to run
  latchkey-cli vault members %1 add %2</source>
        <translation>Sie sind noch kein Mitglied: bitten Sie ein Mitglied, Folgendes auszuführen:
  latchkey-cli vault members %1 add %2</translation>
    </message>
    <message>
        <source>vault members takes NAME [add ID | remove ID]</source>
        <translation>vault members nimmt NAME [add ID | remove ID]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team vault (`latchkey-cli vault list` shows them)</source>
        <translation>„%1“ ist kein Team-Tresor (`latchkey-cli vault list` zeigt sie)</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>Members of team vault &quot;%1&quot;:</source>
        <translation>Mitglieder des Team-Tresors „%1“:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <source>%1 is already a member of team vault &quot;%2&quot;; nothing was changed.</source>
        <translation>%1 ist bereits Mitglied des Team-Tresors „%2“; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>latchkey-cli: note: %1</source>
        <translation>latchkey-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>vault needs list, init, add or members</source>
        <translation>vault braucht list, init, add oder members</translation>
    </message>
    <message>
        <source>unknown vault command &quot;%1&quot;</source>
        <translation>unbekannter vault-Befehl „%1“</translation>
    </message>
    <message>
        <source>Local and team vaults: list them with their state; start a team vault (a pass store in git, encrypted to every recipient); join one; add or remove a member (every secret is re-encrypted; removing one marks what they could read as needing rotation).</source>
        <translation>Lokale und Team-Tresore: mit ihrem Zustand auflisten; einen Team-Tresor anlegen (ein pass-Speicher in git, für jeden Empfänger verschlüsselt); einem beitreten; ein Mitglied hinzufügen oder entfernen (jedes Geheimnis wird neu verschlüsselt; beim Entfernen wird markiert, was es lesen konnte und daher rotiert werden muss).</translation>
    </message>
    <message numerus="yes">
        <source>Started team vault &quot;%1&quot; with %n member(s) in %2, pushed to %3.</source>
        <translation>
            <numerusform>Team-Tresor „%1“ mit %n Mitglied in %2 angelegt und nach %3 übertragen.</numerusform>
            <numerusform>Team-Tresor „%1“ mit %n Mitgliedern in %2 angelegt und nach %3 übertragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2) to team vault &quot;%3&quot;; re-encrypted %n secret(s).</source>
        <translation>
            <numerusform>%1 (%2) zum Team-Tresor „%3“ hinzugefügt; %n Geheimnis neu verschlüsselt.</numerusform>
            <numerusform>%1 (%2) zum Team-Tresor „%3“ hinzugefügt; %n Geheimnisse neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 from team vault &quot;%2&quot;; re-encrypted %n secret(s).</source>
        <translation>
            <numerusform>%1 aus dem Team-Tresor „%2“ entfernt; %n Geheimnis neu verschlüsselt.</numerusform>
            <numerusform>%1 aus dem Team-Tresor „%2“ entfernt; %n Geheimnisse neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) need rotation: %1 could read them and may have kept copies, and their old files stay in git&apos;s history. Set new values with `latchkey-cli --vault %2 set KEY`: %3</source>
        <translation>
            <numerusform>%n Geheimnis muss rotiert werden: %1 konnte es lesen und hat vielleicht eine Kopie behalten, und seine alte Datei bleibt in der git-Historie. Setzen Sie einen neuen Wert mit `latchkey-cli --vault %2 set KEY`: %3</numerusform>
            <numerusform>%n Geheimnisse müssen rotiert werden: %1 konnte sie lesen und hat vielleicht Kopien behalten, und ihre alten Dateien bleiben in der git-Historie. Setzen Sie neue Werte mit `latchkey-cli --vault %2 set KEY`: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultIndex</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no valid schema version</source>
        <translation>es hat keine gültige Schemaversion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>%1 %2 was written by a newer version of Latchkey (schema %3, this one reads up to %4); it was left untouched. Update Latchkey to use this vault.</source>
        <translation>%1 %2 wurde von einer neueren Latchkey-Version geschrieben (Schema %3, diese liest bis %4); es wurde nicht angerührt. Aktualisieren Sie Latchkey, um diesen Tresor zu verwenden.</translation>
    </message>
    <message>
        <source>the description is longer than %1 bytes</source>
        <translation>die Beschreibung ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>Invalid vault name &quot;%1&quot;: %2.</source>
        <translation>Ungültiger Tresorname „%1“: %2.</translation>
    </message>
    <message>
        <source>The vault index</source>
        <translation>Der Tresorindex</translation>
    </message>
    <message>
        <source>an entry has no key</source>
        <translation>ein Eintrag hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>The vault index %1 lists %2 entries whose names are not valid keys; they were ignored.</source>
        <translation>Der Tresorindex %1 führt %2 Einträge, deren Namen keine gültigen Schlüssel sind; sie wurden ignoriert.</translation>
    </message>
    <message>
        <source>The vault index %1 is corrupt: %2.</source>
        <translation>Der Tresorindex %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>The vault index %1 is corrupt (%2) and could not be moved aside.</source>
        <translation>Der Tresorindex %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The vault index %1 was corrupt (%2); it was moved to %3 and a new, empty index was started. Values in the keychain are untouched.</source>
        <translation>Der Tresorindex %1 war beschädigt (%2); er wurde nach %3 verschoben und ein neuer, leerer Index angelegt. Die Werte im Schlüsselbund sind unberührt.</translation>
    </message>
    <message>
        <source>The vault folder</source>
        <translation>Der Tresorordner</translation>
    </message>
    <message>
        <source>The vault journal</source>
        <translation>Das Tresorjournal</translation>
    </message>
    <message>
        <source>the vault journal</source>
        <translation>das Tresorjournal</translation>
    </message>
    <message>
        <source>the vault index</source>
        <translation>der Tresorindex</translation>
    </message>
    <message>
        <source>&quot;trash&quot; is not a list</source>
        <translation>„trash“ ist keine Liste</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>Another Latchkey process has been changing this vault for over %1 seconds (lock file %2); nothing was changed, try again when it has finished.</source>
        <translation>Ein anderer Latchkey-Prozess ändert diesen Tresor seit über %1 Sekunden (Sperrdatei %2); es wurde nichts geändert, versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Cannot lock the vault (lock file %1): %2; nothing was changed.</source>
        <translation>Der Tresor kann nicht gesperrt werden (Sperrdatei %1): %2; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>VaultReader</name>
    <message>
        <source>latchkey-cli: warning: %1</source>
        <translation>latchkey-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>The keychain gave no answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1: error: %2 names no stored secret: there is no %3 in vault &quot;%4&quot;.</source>
        <translation>%1: Fehler: %2 nennt kein gespeichertes Geheimnis: im Tresor „%4“ gibt es kein %3.</translation>
    </message>
    <message>
        <source>%1: error: %2 could not be read: %3</source>
        <translation>%1: Fehler: %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>VaultReconcile</name>
    <message>
        <source>The interrupted change of %1 was completed.</source>
        <translation>Die unterbrochene Änderung von %1 wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is in the keychain but was not listed; it is listed again.</source>
        <translation>%1 liegt im Schlüsselbund, war aber nicht aufgeführt; es wird wieder aufgeführt.</translation>
    </message>
    <message>
        <source>%1 was listed but its value is no longer in the keychain; it was removed from the list.</source>
        <translation>%1 war aufgeführt, aber sein Wert ist nicht mehr im Schlüsselbund; es wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>The interrupted delete of %1 was completed.</source>
        <translation>Das unterbrochene Löschen von %1 wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The interrupted restore of %1 was completed.</source>
        <translation>Das unterbrochene Wiederherstellen von %1 wurde abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>VaultRegistry</name>
    <message>
        <source>The list of team vaults %1 is corrupt; fix or remove it.</source>
        <translation>Die Liste der Team-Tresore %1 ist beschädigt; reparieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The list of team vaults %1 was written by a newer Latchkey; update Latchkey to use it.</source>
        <translation>Die Liste der Team-Tresore %1 wurde von einem neueren Latchkey geschrieben; aktualisieren Sie Latchkey, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The list of team vaults</source>
        <translation>Die Liste der Team-Tresore</translation>
    </message>
    <message>
        <source>The Latchkey data folder</source>
        <translation>Der Latchkey-Datenordner</translation>
    </message>
    <message>
        <source>There is already a team vault named &quot;%1&quot; (%2).</source>
        <translation>Es gibt bereits einen Team-Tresor namens „%1“ (%2).</translation>
    </message>
    <message>
        <source>the list of team vaults</source>
        <translation>die Liste der Team-Tresore</translation>
    </message>
</context>
<context>
    <name>VaultValues</name>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be stuck or waiting for an unlock prompt.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; er hängt vielleicht oder wartet auf eine Entsperrabfrage.</translation>
    </message>
    <message>
        <source>The vault was closed.</source>
        <translation>Der Tresor wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>latchkey::AboutDialog</name>
    <message>
        <source>About Latchkey</source>
        <translation>Über Latchkey</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Latchkey %1&lt;/h2&gt;&lt;p&gt;Keeps the secrets your apps declare in inf.yml in the system keychain, and tells you whether an app is ready to run.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keychain:&lt;/b&gt; %2 (backend: %3)&lt;br&gt;&lt;b&gt;Vault:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %5&lt;/p&gt;%6&lt;p&gt;&lt;a href=&quot;https://latchkey.dev&quot;&gt;latchkey.dev&lt;/a&gt; &amp;mdash; the command line: &lt;code&gt;latchkey-cli --help&lt;/code&gt;, &lt;code&gt;man latchkey-cli&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Latchkey %1&lt;/h2&gt;&lt;p&gt;Bewahrt die Geheimnisse, die Ihre Apps in inf.yml deklarieren, im Schlüsselbund des Systems auf und sagt Ihnen, ob eine App startbereit ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schlüsselbund:&lt;/b&gt; %2 (Backend: %3)&lt;br&gt;&lt;b&gt;Tresor:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Qt:&lt;/b&gt; %5&lt;/p&gt;%6&lt;p&gt;&lt;a href=&quot;https://latchkey.dev&quot;&gt;latchkey.dev&lt;/a&gt; &amp;mdash; die Befehlszeile: &lt;code&gt;latchkey-cli --help&lt;/code&gt;, &lt;code&gt;man latchkey-cli&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>latchkey::ConflictDialog</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Changed on Both Sides — %1</source>
        <translation>Auf beiden Seiten geändert — %1</translation>
    </message>
    <message>
        <source>These secrets were changed in this copy of vault &quot;%1&quot; and on the remote. Both versions are kept until you choose one for each; nothing is lost.</source>
        <translation>Diese Geheimnisse wurden in dieser Kopie des Tresors „%1“ und im Remote geändert. Beide Fassungen bleiben erhalten, bis Sie für jedes eine wählen; nichts geht verloren.</translation>
    </message>
    <message>
        <source>%1 changed here and on the remote</source>
        <translation>%1 wurde hier und im Remote geändert</translation>
    </message>
    <message>
        <source>Keep &amp;mine: %1</source>
        <translation>&amp;Meine behalten: %1</translation>
    </message>
    <message>
        <source>Keep &amp;theirs: %1</source>
        <translation>&amp;Ihre behalten: %1</translation>
    </message>
    <message>
        <source>Keep the Chosen Versions</source>
        <translation>Gewählte Fassungen behalten</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryReminder</name>
    <message>
        <source>%1 in vault “%2”: %3. Set a new value.</source>
        <translation>%1 im Tresor „%2“: %3. Setzen Sie einen neuen Wert.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 secrets in vault “%2” are stale, expiring or need rotation: %3.</source>
        <translation>%1 Geheimnisse im Tresor „%2“ sind veraltet, laufen ab oder müssen rotiert werden: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Secrets due for a new value</source>
        <translation>Geheimnisse, die einen neuen Wert brauchen</translation>
    </message>
</context>
<context>
    <name>latchkey::GeneratorRow</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Fill in a random value from the system&apos;s secure random generator, of the length and characters chosen beside</source>
        <translation>Einen Zufallswert aus dem sicheren Zufallsgenerator des Systems einsetzen, mit der daneben gewählten Länge und den gewählten Zeichen</translation>
    </message>
</context>
<context>
    <name>latchkey::HiddenValueBox</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>latchkey::HistorySection</name>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Earlier values of this secret, kept when it was overwritten</source>
        <translation>Frühere Werte dieses Geheimnisses, aufbewahrt beim Überschreiben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Make the selected earlier value the current one; the current value is kept as the newest earlier value</source>
        <translation>Den gewählten früheren Wert zum aktuellen machen; der aktuelle Wert bleibt als neuester früherer Wert erhalten</translation>
    </message>
    <message>
        <source>Reading earlier values…</source>
        <translation>Frühere Werte werden gelesen…</translation>
    </message>
    <message>
        <source>Earlier values cannot be read: %1</source>
        <translation>Frühere Werte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(cannot be read now)</source>
        <translation>(gerade nicht lesbar)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>No earlier values.</source>
        <translation>Keine früheren Werte.</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>Version %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation>Version %1 wurde nicht wiederhergestellt: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::ImportDialog</name>
    <message>
        <source>Import Secrets</source>
        <translation>Geheimnisse importieren</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Wert (maskiert)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Import Ticked</source>
        <translation>Angehakte &amp;importieren</translation>
    </message>
    <message>
        <source>From %1 into vault &quot;%2&quot;</source>
        <translation>Aus %1 in den Tresor „%2“</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was stored.
%1</source>
        <translation>Diese Datei kann nicht importiert werden; es wurde nichts gespeichert.
%1</translation>
    </message>
    <message>
        <source>Checking which keys the vault already has…</source>
        <translation>Es wird geprüft, welche Schlüssel der Tresor schon hat…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Store the secrets of a .env or JSON file in this vault</source>
        <translation>Die Geheimnisse einer .env- oder JSON-Datei in diesem Tresor speichern</translation>
    </message>
    <message>
        <source>Env files (.env *.env .env.* *.json);;All files (*)</source>
        <translation>Env-Dateien (.env *.env .env.* *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>already in the vault; tick to replace its value</source>
        <translation>bereits im Tresor; anhaken, um seinen Wert zu ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read. Tick the keys to store.</source>
        <translation>
            <numerusform>%n Eintrag gelesen. Haken Sie die zu speichernden Schlüssel an.</numerusform>
            <numerusform>%n Einträge gelesen. Haken Sie die zu speichernden Schlüssel an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored %1 new and %2 replaced secrets. The values are in the keychain now: delete %3 (and any copy of it).</source>
        <translation>%1 neue und %2 ersetzte Geheimnisse gespeichert. Die Werte liegen jetzt im Schlüsselbund: löschen Sie %3 (und jede Kopie davon).</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 was not stored: %2 (%3 new and %4 replaced secrets were stored before it).</source>
        <translation>%1 wurde nicht gespeichert: %2 (davor wurden %3 neue und %4 ersetzte Geheimnisse gespeichert).</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainBanner</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Warte auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>Unlocking did not succeed: %1</source>
        <translation>Entsperren ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain (%1) is locked.&lt;/b&gt; Secrets cannot be read or saved until it is unlocked: press Unlock, or unlock it in your keyring manager.</source>
        <translation>&lt;b&gt;Der Schlüsselbund (%1) ist gesperrt.&lt;/b&gt; Geheimnisse können erst gelesen oder gespeichert werden, wenn er entsperrt ist: klicken Sie auf „Entsperren“ oder entsperren Sie ihn in Ihrer Schlüsselverwaltung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain (%1) is not answering.&lt;/b&gt; Nothing can be saved right now. It may be waiting for a prompt; otherwise restart the keyring service, then press Retry. %2</source>
        <translation>&lt;b&gt;Der Schlüsselbund (%1) antwortet nicht.&lt;/b&gt; Im Moment kann nichts gespeichert werden. Vielleicht wartet er auf eine Abfrage; andernfalls starten Sie den Schlüsselbunddienst neu und klicken dann auf „Erneut versuchen“. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available (%1).&lt;/b&gt; Secrets cannot be saved or read, and nothing will be stored until one is. %2</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar (%1).&lt;/b&gt; Geheimnisse können weder gespeichert noch gelesen werden, und nichts wird gespeichert, bis einer verfügbar ist. %2</translation>
    </message>
    <message>
        <source>Keychain: none</source>
        <translation>Schlüsselbund: keiner</translation>
    </message>
    <message>
        <source>Keychain: %1 (checking…)</source>
        <translation>Schlüsselbund: %1 (wird geprüft…)</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Keychain: %1 — %2</source>
        <translation>Schlüsselbund: %1 — %2</translation>
    </message>
</context>
<context>
    <name>latchkey::MainWindow</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Value on the clipboard; clearing in %n s</source>
        <translation>
            <numerusform>Wert in der Zwischenablage; wird in %n s geleert</numerusform>
            <numerusform>Wert in der Zwischenablage; wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>Open App Manifest</source>
        <translation>App-Manifest öffnen</translation>
    </message>
    <message>
        <source>App manifests (inf.yml *.yml *.yaml);;All files (*)</source>
        <translation>App-Manifeste (inf.yml *.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>latchkey::ManifestView</name>
    <message>
        <source>Set &amp;Missing…</source>
        <translation>&amp;Fehlende setzen…</translation>
    </message>
    <message>
        <source>Enter every missing required secret, one after another</source>
        <translation>Jedes fehlende erforderliche Geheimnis nacheinander eingeben</translation>
    </message>
    <message>
        <source>Integrations and credentials — managed by the platform</source>
        <translation>Integrationen und Zugangsdaten — von der Plattform verwaltet</translation>
    </message>
    <message>
        <source>Problems in the manifest</source>
        <translation>Probleme im Manifest</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>• %1 %2 (%3)</source>
        <translation>• %1 %2 (%3)</translation>
    </message>
    <message>
        <source>• %1 %2 (%3) — %4</source>
        <translation>• %1 %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Connect the required ones on the platform before the app runs there. Latchkey stores nothing for them, and they do not change the verdict here.</source>
        <translation>Verbinden Sie die erforderlichen auf der Plattform, bevor die App dort läuft. Latchkey speichert für sie nichts, und am Ergebnis hier ändern sie nichts.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Ganze Datei</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>latchkey::MembersDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>From Key &amp;File…</source>
        <translation>Aus Schlüssel&amp;datei…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Members — %1</source>
        <translation>Mitglieder — %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key id, fingerprint or e-mail of a key in your keyring</source>
        <translation>Schlüssel-ID, Fingerabdruck oder E-Mail eines Schlüssels in Ihrem Schlüsselring</translation>
    </message>
    <message>
        <source>Every secret of this vault is encrypted for each member. Adding or removing one encrypts them all again and commits the change.</source>
        <translation>Jedes Geheimnis dieses Tresors ist für jedes Mitglied verschlüsselt. Wer ein Mitglied hinzufügt oder entfernt, verschlüsselt alle neu und committet die Änderung.</translation>
    </message>
    <message>
        <source>Encrypting every secret for the new members…</source>
        <translation>Jedes Geheimnis wird für die neuen Mitglieder verschlüsselt…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source> — you</source>
        <translation> — Sie</translation>
    </message>
    <message>
        <source>%1 is already a member; nothing was changed.</source>
        <translation>%1 ist bereits Mitglied; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1; %n secret(s) encrypted for them.</source>
        <translation>
            <numerusform>%1 hinzugefügt; %n Geheimnis für das Mitglied verschlüsselt.</numerusform>
            <numerusform>%1 hinzugefügt; %n Geheimnisse für das Mitglied verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1. %n secret(s) they could read now need new values: set them again.</source>
        <translation>
            <numerusform>%1 entfernt. %n Geheimnis, das es lesen konnte, braucht jetzt einen neuen Wert: setzen Sie es erneut.</numerusform>
            <numerusform>%1 entfernt. %n Geheimnisse, die es lesen konnte, brauchen jetzt neue Werte: setzen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Member&apos;s Public Key</source>
        <translation>Öffentlicher Schlüssel eines Mitglieds</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pub *.key);;All files (*)</source>
        <translation>OpenPGP-Schlüssel (*.asc *.gpg *.pub *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this vault?

They will not be able to read new values. They may have kept the current ones, and the old files stay in git&apos;s history: every secret they could read will be marked as needing rotation until you set a new value.</source>
        <translation>%1 aus diesem Tresor entfernen?

Das Mitglied kann dann keine neuen Werte mehr lesen. Die aktuellen hat es vielleicht behalten, und die alten Dateien bleiben in der git-Historie: jedes Geheimnis, das es lesen konnte, wird als „muss rotiert werden“ markiert, bis Sie einen neuen Wert setzen.</translation>
    </message>
</context>
<context>
    <name>latchkey::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>latchkey::OpenManifest</name>
    <message numerus="yes">
        <source>This manifest has %n error(s); fix the file to see what the app needs</source>
        <translation>
            <numerusform>Dieses Manifest hat %n Fehler; beheben Sie die Datei, um zu sehen, was die App braucht</numerusform>
            <numerusform>Dieses Manifest hat %n Fehler; beheben Sie die Datei, um zu sehen, was die App braucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Der Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Ready to run</source>
        <translation>Startbereit</translation>
    </message>
    <message>
        <source>1 required secret missing</source>
        <translation>1 erforderliches Geheimnis fehlt</translation>
    </message>
    <message>
        <source>%1 required secrets missing</source>
        <translation>%1 erforderliche Geheimnisse fehlen</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it to check the required secrets</source>
        <translation>Der Schlüsselbund ist gesperrt: entsperren Sie ihn, um die erforderlichen Geheimnisse zu prüfen</translation>
    </message>
    <message>
        <source>Cannot check: no keychain is reachable</source>
        <translation>Prüfen nicht möglich: kein Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>Cannot check: the keychain is not answering</source>
        <translation>Prüfen nicht möglich: der Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <source>the keychain did not give back every required secret</source>
        <translation>der Schlüsselbund hat nicht jedes erforderliche Geheimnis geliefert</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Prüfen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Ready to run, but 1 declared secret is stale, expiring or needs rotation</source>
        <translation>Startbereit, aber 1 deklariertes Geheimnis ist veraltet, läuft ab oder muss rotiert werden</translation>
    </message>
    <message>
        <source>Ready to run, but %1 declared secrets are stale, expiring or need rotation</source>
        <translation>Startbereit, aber %1 deklarierte Geheimnisse sind veraltet, laufen ab oder müssen rotiert werden</translation>
    </message>
</context>
<context>
    <name>latchkey::PreferencesDialog</name>
    <message>
        <source>&amp;Close to the system tray</source>
        <translation>In den System&amp;abschnitt der Kontrollleiste schließen</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>Start Latchkey when I &amp;log in</source>
        <translation>Latchkey beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never (only on quit)</source>
        <translation>Nie (nur beim Beenden)</translation>
    </message>
    <message>
        <source>A copied value is removed from the clipboard after this delay, unless you have copied something else since.</source>
        <translation>Ein kopierter Wert wird nach dieser Zeit aus der Zwischenablage entfernt, sofern Sie seitdem nichts anderes kopiert haben.</translation>
    </message>
    <message>
        <source>How long a revealed value stays visible before it is hidden again.</source>
        <translation>Wie lange ein aufgedeckter Wert sichtbar bleibt, bevor er wieder verborgen wird.</translation>
    </message>
    <message>
        <source>Closing the window keeps Latchkey running in the tray, when the desktop has one.</source>
        <translation>Beim Schließen des Fensters läuft Latchkey im Systemabschnitt der Kontrollleiste weiter, wenn die Arbeitsumgebung einen hat.</translation>
    </message>
    <message>
        <source>Adds Latchkey to your desktop&apos;s autostart programs (%1).</source>
        <translation>Fügt Latchkey zu den Autostart-Programmen Ihrer Arbeitsumgebung hinzu (%1).</translation>
    </message>
    <message>
        <source>Clear the clipboard after:</source>
        <translation>Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source>Hide a revealed value after:</source>
        <translation>Aufgedeckten Wert verbergen nach:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>How many earlier values of each secret the keychain keeps, so that a value replaced by mistake can be restored.</source>
        <translation>Wie viele frühere Werte jedes Geheimnisses der Schlüsselbund aufbewahrt, damit sich ein versehentlich ersetzter Wert wiederherstellen lässt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Delete at once</source>
        <translation>Sofort löschen</translation>
    </message>
    <message>
        <source>A deleted secret stays in the vault&apos;s trash this long and can be restored; then it is removed for good.</source>
        <translation>Ein gelöschtes Geheimnis bleibt so lange im Papierkorb des Tresors und lässt sich wiederherstellen; danach wird es endgültig entfernt.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>A secret without a rotation period of its own is stale once its value is this old.</source>
        <translation>Ein Geheimnis ohne eigenes Rotationsintervall ist veraltet, sobald sein Wert so alt ist.</translation>
    </message>
    <message>
        <source>Vault “%1”</source>
        <translation>Tresor „%1“</translation>
    </message>
    <message>
        <source>Keep earlier &amp;values:</source>
        <translation>Frühere &amp;Werte aufbewahren:</translation>
    </message>
    <message>
        <source>Keep deleted secrets for:</source>
        <translation>Gelöschte Geheimnisse aufbewahren:</translation>
    </message>
    <message>
        <source>&amp;Rotate secrets every:</source>
        <translation>Geheimnisse &amp;rotieren alle:</translation>
    </message>
</context>
<context>
    <name>latchkey::QtKeychainStore</name>
    <message>
        <source>Cannot store the value: %1.</source>
        <translation>Der Wert kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The keychain store was closed.</source>
        <translation>Der Schlüsselbund-Speicher wurde geschlossen.</translation>
    </message>
    <message>
        <source>The keychain still holds %1 after deleting it.</source>
        <translation>Der Schlüsselbund enthält %1 nach dem Löschen noch.</translation>
    </message>
    <message>
        <source>QtKeychain cannot list the items of a vault.</source>
        <translation>QtKeychain kann die Einträge eines Tresors nicht auflisten.</translation>
    </message>
    <message>
        <source>QtKeychain cannot ask the keychain to unlock; unlock it in your keyring manager and try again.</source>
        <translation>QtKeychain kann den Schlüsselbund nicht zum Entsperren auffordern; entsperren Sie ihn in Ihrer Schlüsselverwaltung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>libsecret file store (SECRET_BACKEND=file) through QtKeychain</source>
        <translation>libsecret-Dateispeicher (SECRET_BACKEND=file) über QtKeychain</translation>
    </message>
    <message>
        <source>libsecret file store (sandbox) through QtKeychain</source>
        <translation>libsecret-Dateispeicher (Sandbox) über QtKeychain</translation>
    </message>
    <message>
        <source>Secret Service through QtKeychain</source>
        <translation>Secret Service über QtKeychain</translation>
    </message>
</context>
<context>
    <name>latchkey::QuickSearchPopup</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy a secret — Latchkey</source>
        <translation>Geheimnis kopieren — Latchkey</translation>
    </message>
    <message>
        <source>Type to search keys and descriptions</source>
        <translation>Tippen, um Schlüssel und Beschreibungen zu durchsuchen</translation>
    </message>
    <message>
        <source>Enter copies the selected secret; Esc closes.</source>
        <translation>Eingabe kopiert das gewählte Geheimnis; Esc schließt.</translation>
    </message>
</context>
<context>
    <name>latchkey::ReadinessModel</name>
    <message>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>%1 is in the keychain, which is locked: unlock it to use the secret.</source>
        <translation>%1 liegt im Schlüsselbund, der gesperrt ist: entsperren Sie ihn, um das Geheimnis zu verwenden.</translation>
    </message>
    <message>
        <source>The keychain cannot be asked right now.</source>
        <translation>Der Schlüsselbund kann gerade nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to set %1.</source>
        <translation>Doppelklicken oder Eingabe drücken, um %1 zu setzen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Last set 1 day ago.</source>
        <translation>Zuletzt vor 1 Tag gesetzt.</translation>
    </message>
    <message>
        <source>Last set %1 days ago.</source>
        <translation>Zuletzt vor %1 Tagen gesetzt.</translation>
    </message>
    <message>
        <source>%1: %2. Set a new value.</source>
        <translation>%1: %2. Setzen Sie einen neuen Wert.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>latchkey::RevealPopup</name>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message numerus="yes">
        <source>Hidden again in %n s</source>
        <translation>
            <numerusform>In %n s wieder verborgen</numerusform>
            <numerusform>In %n s wieder verborgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ScanDialog</name>
    <message>
        <source>Stored Values in %1</source>
        <translation>Gespeicherte Werte in %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Looking in %1 (as git sees it when it is a git work tree: .gitignore is honoured) for the values of vault &quot;%2&quot;.</source>
        <translation>Suche in %1 (so, wie git es sieht, wenn es ein git-Arbeitsverzeichnis ist: .gitignore wird beachtet) nach den Werten des Tresors „%2“.</translation>
    </message>
    <message>
        <source>Scan This App&apos;s &amp;Folder…</source>
        <translation>&amp;Ordner dieser App durchsuchen…</translation>
    </message>
    <message>
        <source>Look for stored secret values in the app&apos;s files (never shows them)</source>
        <translation>In den Dateien der App nach gespeicherten Geheimniswerten suchen (zeigt sie nie an)</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>Kein Tresor ist geöffnet.</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s values…</source>
        <translation>Die Werte des Tresors werden gelesen…</translation>
    </message>
    <message>
        <source>The scan could not run: %1</source>
        <translation>Die Suche konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>No stored value found in %n file(s).</source>
        <translation>
            <numerusform>Kein gespeicherter Wert in %n Datei gefunden.</numerusform>
            <numerusform>Kein gespeicherter Wert in %n Dateien gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n stored value(s) in %1 of %2 files. The values are not shown; remove them from the files, and rotate those secrets if the files were shared.</source>
        <translation>
            <numerusform>%n gespeicherter Wert in %1 von %2 Dateien gefunden. Der Wert wird nicht gezeigt; entfernen Sie ihn aus den Dateien und rotieren Sie das Geheimnis, falls die Dateien weitergegeben wurden.</numerusform>
            <numerusform>%n gespeicherte Werte in %1 von %2 Dateien gefunden. Die Werte werden nicht gezeigt; entfernen Sie sie aus den Dateien und rotieren Sie diese Geheimnisse, falls die Dateien weitergegeben wurden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::SecretActions</name>
    <message>
        <source>&amp;Add Secret…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add a secret to this vault (Ctrl+N)</source>
        <translation>Diesem Tresor ein Geheimnis hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected secret, or set it when it is missing (Enter)</source>
        <translation>Das gewählte Geheimnis ändern oder setzen, wenn es fehlt (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected secret (Delete)</source>
        <translation>Das gewählte Geheimnis löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected secret&apos;s value; the clipboard is cleared again shortly (Ctrl+C)</source>
        <translation>Den Wert des gewählten Geheimnisses kopieren; die Zwischenablage wird kurz darauf wieder geleert (Strg+C)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <source>Show the selected value for a few seconds (Ctrl+R)</source>
        <translation>Den gewählten Wert einige Sekunden lang zeigen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Set Value…</source>
        <translation>Wert &amp;setzen…</translation>
    </message>
    <message>
        <source>Saved %1 in the keychain.</source>
        <translation>%1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1 may be in the keychain already, which cannot be read now; unlock it before setting %1.</source>
        <translation>%1 liegt vielleicht schon im Schlüsselbund, der gerade nicht lesbar ist; entsperren Sie ihn, bevor Sie %1 setzen.</translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Delete %1 from vault &quot;%2&quot;?</source>
        <translation>%1 aus dem Tresor „%2“ löschen?</translation>
    </message>
    <message>
        <source>Its value is removed from the keychain. This cannot be undone.</source>
        <translation>Sein Wert wird aus dem Schlüsselbund entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 requires %2 and will not be ready to run without it.</source>
        <translation>%1 braucht %2 und ist ohne es nicht startbereit.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared when Latchkey quits.</source>
        <translation>%1 kopiert; die Zwischenablage wird beim Beenden von Latchkey geleert.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>It moves to the vault&apos;s trash for %n day(s) and can be restored.</source>
        <translation>
            <numerusform>Es kommt für %n Tag in den Papierkorb des Tresors und lässt sich wiederherstellen.</numerusform>
            <numerusform>Es kommt für %n Tage in den Papierkorb des Tresors und lässt sich wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 (moved to the trash).</source>
        <translation>%1 gelöscht (in den Papierkorb verschoben).</translation>
    </message>
    <message>
        <source>Bring %1 back from the trash</source>
        <translation>%1 aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored version %1 of %2: it is the current value now, and the value it replaced is the newest earlier one.</source>
        <translation>Version %1 von %2 wiederhergestellt: sie ist jetzt der aktuelle Wert, und der ersetzte Wert ist der neueste frühere.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>latchkey::SecretEditor</name>
    <message>
        <source>Edit Secret</source>
        <translation>Geheimnis bearbeiten</translation>
    </message>
    <message>
        <source>Add Secret</source>
        <translation>Geheimnis hinzufügen</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation>Leer lassen, um den aktuellen Wert zu behalten</translation>
    </message>
    <message>
        <source>The secret value</source>
        <translation>Der Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>Paste a multi-line value, e.g. a PEM private key</source>
        <translation>Einen mehrzeiligen Wert einfügen, z. B. einen privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Show or hide the value as you type it</source>
        <translation>Den Wert beim Tippen zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Multi-line</source>
        <translation>Mehrzeilig</translation>
    </message>
    <message>
        <source>Allow line breaks, for values such as PEM keys</source>
        <translation>Zeilenumbrüche erlauben, für Werte wie PEM-Schlüssel</translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation>Wofür es dient (optional)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hidden. Paste (Ctrl+V) a new value to replace the current one, or press Show to type it.</source>
        <translation>Verborgen. Fügen Sie einen neuen Wert ein (Strg+V), um den aktuellen zu ersetzen, oder klicken Sie auf „Zeigen“, um ihn zu tippen.</translation>
    </message>
    <message>
        <source>Hidden. Paste (Ctrl+V) the value here, or press Show to type it.</source>
        <translation>Verborgen. Fügen Sie den Wert hier ein (Strg+V) oder klicken Sie auf „Zeigen“, um ihn zu tippen.</translation>
    </message>
    <message>
        <source>Multi-line value, hidden (lines: %1). Paste to replace it, Delete to clear it, Show to see it.</source>
        <translation>Mehrzeiliger Wert, verborgen (Zeilen: %1). Einfügen ersetzt ihn, Entf leert ihn, „Zeigen“ zeigt ihn.</translation>
    </message>
    <message>
        <source>Invalid key: %1.</source>
        <translation>Ungültiger Schlüssel: %1.</translation>
    </message>
    <message>
        <source>A secret named %1 already exists; saving replaces its value.</source>
        <translation>Ein Geheimnis namens %1 existiert bereits; Speichern ersetzt seinen Wert.</translation>
    </message>
    <message>
        <source>%1 is in the vault now; it is not changed from here.</source>
        <translation>%1 ist jetzt im Tresor; es wird von hier aus nicht geändert.</translation>
    </message>
    <message>
        <source>This value cannot be stored: %1.</source>
        <translation>Dieser Wert kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::SecretServiceStore</name>
    <message>
        <source>%1 (Latchkey, vault %2)</source>
        <translation>%1 (Latchkey, Tresor %2)</translation>
    </message>
    <message>
        <source>Secret Service (private demo keyring: secrets vanish on exit)</source>
        <translation>Secret Service (privater Demo-Schlüsselbund: Geheimnisse verschwinden beim Beenden)</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>den Wert von %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s value for %1 is not UTF-8 text, which Latchkey cannot handle.</source>
        <translation>Der Wert von %1 im Schlüsselbund ist kein UTF-8-Text, den Latchkey verarbeiten kann.</translation>
    </message>
    <message>
        <source>Cannot store the value: %1.</source>
        <translation>Der Wert kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>the secrets of vault &quot;%1&quot;</source>
        <translation>die Geheimnisse des Tresors „%1“</translation>
    </message>
    <message>
        <source>the values of vault &quot;%1&quot;</source>
        <translation>die Werte des Tresors „%1“</translation>
    </message>
    <message>
        <source>The keychain (%1) did not answer within %2 seconds; it may be stuck or waiting for a prompt.</source>
        <translation>Der Schlüsselbund (%1) hat nicht innerhalb von %2 Sekunden geantwortet; er hängt vielleicht oder wartet auf eine Abfrage.</translation>
    </message>
    <message>
        <source>The keychain (%1) is locked; unlock it (the Unlock button, or your keyring manager) and try again.</source>
        <translation>Der Schlüsselbund (%1) ist gesperrt; entsperren Sie ihn (mit „Entsperren“ oder in Ihrer Schlüsselverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) is locked; unlock it and try again.</source>
        <translation>Der Schlüsselbund (%1) ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) did not answer in time; it may be stuck or waiting for a prompt.</source>
        <translation>Der Schlüsselbund (%1) hat nicht rechtzeitig geantwortet; er hängt vielleicht oder wartet auf eine Abfrage.</translation>
    </message>
    <message>
        <source>The keychain (%1) has no default keyring yet; create one (for example in Passwords and Keys), or save a secret and accept the keychain&apos;s prompt to create it.</source>
        <translation>Der Schlüsselbund (%1) hat noch keinen Standard-Schlüsselring; legen Sie einen an (zum Beispiel in „Passwörter und Verschlüsselung“) oder speichern Sie ein Geheimnis und bestätigen Sie die Abfrage des Schlüsselbunds, ihn anzulegen.</translation>
    </message>
    <message>
        <source>The keychain (%1) is unavailable: it stopped or left the session; start %1 again and try again (%2).</source>
        <translation>Der Schlüsselbund (%1) ist nicht verfügbar: er wurde beendet oder hat die Sitzung verlassen; starten Sie %1 wieder und versuchen Sie es erneut (%2).</translation>
    </message>
    <message>
        <source>the unlock request</source>
        <translation>die Entsperranfrage</translation>
    </message>
    <message>
        <source>the earlier values of %1</source>
        <translation>die früheren Werte von %1</translation>
    </message>
    <message>
        <source>the trash of vault &quot;%1&quot;</source>
        <translation>den Papierkorb des Tresors „%1“</translation>
    </message>
    <message>
        <source>the deleted value of %1</source>
        <translation>den gelöschten Wert von %1</translation>
    </message>
    <message>
        <source>earlier value %1 of %2</source>
        <translation>früheren Wert %1 von %2</translation>
    </message>
    <message>
        <source>The keychain&apos;s copy of %1 is not UTF-8 text.</source>
        <translation>Die Kopie von %1 im Schlüsselbund ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>the current value of %1</source>
        <translation>den aktuellen Wert von %1</translation>
    </message>
    <message>
        <source>The keychain has no item for %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1.</translation>
    </message>
    <message>
        <source>%1 already has a current value in the keychain.</source>
        <translation>%1 hat im Schlüsselbund bereits einen aktuellen Wert.</translation>
    </message>
    <message>
        <source>the earlier values of vault &quot;%1&quot;</source>
        <translation>die früheren Werte des Tresors „%1“</translation>
    </message>
    <message>
        <source>the earlier and deleted values in vault &quot;%1&quot;</source>
        <translation>die früheren und gelöschten Werte im Tresor „%1“</translation>
    </message>
</context>
<context>
    <name>latchkey::SecretsPage</name>
    <message>
        <source>Search keys and descriptions (Ctrl+F)</source>
        <translation>Schlüssel und Beschreibungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>No secrets yet — add one, or open an app&apos;s inf.yml to see what it needs.</source>
        <translation>Noch keine Geheimnisse — fügen Sie eines hinzu oder öffnen Sie die inf.yml einer App, um zu sehen, was sie braucht.</translation>
    </message>
    <message>
        <source>Add a Secret…</source>
        <translation>Geheimnis hinzufügen…</translation>
    </message>
    <message>
        <source>Open an inf.yml…</source>
        <translation>inf.yml öffnen…</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>Kein Geheimnis passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>latchkey::Session</name>
    <message>
        <source>&quot;%1&quot; cannot be a vault name: %2.</source>
        <translation>„%1“ kann kein Tresorname sein: %2.</translation>
    </message>
    <message>
        <source>Earlier values beyond the new limit were removed from the keychain.</source>
        <translation>Frühere Werte über der neuen Grenze wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>latchkey::TeamBanner</name>
    <message>
        <source>&amp;Unlock Key…</source>
        <translation>Schlüssel &amp;entsperren…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ync…</translation>
    </message>
    <message>
        <source>Let gpg-agent ask for your key&apos;s passphrase now (its own prompt)</source>
        <translation>gpg-agent jetzt nach der Passphrase Ihres Schlüssels fragen lassen (eigene Abfrage)</translation>
    </message>
    <message>
        <source>Nothing can be saved in this vault until every member&apos;s key is present and valid: import it, or ask them to share a renewed key in .public-keys.</source>
        <translation>In diesem Tresor kann nichts gespeichert werden, bis der Schlüssel jedes Mitglieds vorhanden und gültig ist: importieren Sie ihn oder bitten Sie das Mitglied, einen verlängerten Schlüssel in .public-keys bereitzustellen.</translation>
    </message>
    <message>
        <source>%1 changed here and on the remote. Both versions are kept; sync to choose which to keep.</source>
        <translation>%1 wurde hier und im Remote geändert. Beide Fassungen bleiben erhalten; synchronisieren Sie, um zu wählen, welche bleibt.</translation>
    </message>
    <message>
        <source>You are not a member of this team vault yet, so its values cannot be read here. Ask a member to add your key%1.</source>
        <translation>Sie sind noch kein Mitglied dieses Team-Tresors, daher können seine Werte hier nicht gelesen werden. Bitten Sie ein Mitglied, Ihren Schlüssel hinzuzufügen%1.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>gpg-agent will ask for the passphrase of your key to read values.</source>
        <translation>gpg-agent fragt nach der Passphrase Ihres Schlüssels, um Werte zu lesen.</translation>
    </message>
    <message>
        <source>The remote cannot be reached (%1); changes stay here until the next sync.</source>
        <translation>Das Remote ist nicht erreichbar (%1); Änderungen bleiben hier bis zur nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>latchkey::TeamControls</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Bring in the team&apos;s changes, then share yours (team vaults)</source>
        <translation>Die Änderungen des Teams holen und dann Ihre teilen (Team-Tresore)</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Mitglieder…</translation>
    </message>
    <message>
        <source>Who can read this team vault; add or remove a member</source>
        <translation>Wer diesen Team-Tresor lesen kann; ein Mitglied hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>%1 — team, %2</source>
        <translation>%1 — Team, %2</translation>
    </message>
    <message>
        <source>%1 — team</source>
        <translation>%1 — Team</translation>
    </message>
    <message>
        <source>Syncing vault %1…</source>
        <translation>Tresor %1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Some secrets changed here and on the remote; choose which versions to keep.</source>
        <translation>Einige Geheimnisse wurden hier und im Remote geändert; wählen Sie, welche Fassungen bleiben.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Vault %1 is in sync.</source>
        <translation>Tresor %1 ist synchron.</translation>
    </message>
</context>
<context>
    <name>latchkey::TeamStore</name>
    <message>
        <source>team store %1</source>
        <translation>Team-Speicher %1</translation>
    </message>
    <message>
        <source>The team store did not finish %1 within %2 seconds; gpg-agent may be waiting for a passphrase or git for the network.</source>
        <translation>Der Team-Speicher hat %1 nicht innerhalb von %2 Sekunden abgeschlossen; vielleicht wartet gpg-agent auf eine Passphrase oder git auf das Netzwerk.</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <source>Recipient %1: %2.</source>
        <translation>Empfänger %1: %2.</translation>
    </message>
</context>
<context>
    <name>latchkey::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Bring the selected secret back, with its value and description</source>
        <translation>Das gewählte Geheimnis mit Wert und Beschreibung zurückholen</translation>
    </message>
    <message>
        <source>Remove the selected secret and its earlier values from the keychain for good</source>
        <translation>Das gewählte Geheimnis und seine früheren Werte endgültig aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Remove every secret in the trash from the keychain for good</source>
        <translation>Jedes Geheimnis im Papierkorb endgültig aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Trash of %1</source>
        <translation>Papierkorb von %1</translation>
    </message>
    <message>
        <source>This vault keeps no trash: a deleted secret is gone at once.</source>
        <translation>Dieser Tresor hat keinen Papierkorb: ein gelöschtes Geheimnis ist sofort weg.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Days a deleted secret stays here before it is removed for good: %1.</source>
        <translation>Tage, die ein gelöschtes Geheimnis hier bleibt, bevor es endgültig entfernt wird: %1.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored %1 from the trash.</source>
        <translation>%1 aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Its value and its earlier values are removed from the keychain. This cannot be undone.</source>
        <translation>Sein Wert und seine früheren Werte werden aus dem Schlüsselbund entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete for &amp;Good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Deleting %1 for good…</source>
        <translation>%1 wird endgültig gelöscht…</translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation>%1 endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete every secret in the trash for good?</source>
        <translation>Jedes Geheimnis im Papierkorb endgültig löschen?</translation>
    </message>
    <message>
        <source>Secrets in the trash: %1. Their values are removed from the keychain. This cannot be undone.</source>
        <translation>Geheimnisse im Papierkorb: %1. Ihre Werte werden aus dem Schlüsselbund entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>Papierkorb &amp;leeren</translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>Der Papierkorb wird geleert…</translation>
    </message>
    <message>
        <source>Emptied the trash.</source>
        <translation>Der Papierkorb wurde geleert.</translation>
    </message>
</context>
<context>
    <name>latchkey::TrashModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Removed for good after %1</source>
        <translation>Endgültig entfernt nach %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation>Verbleibende Tage</translation>
    </message>
</context>
<context>
    <name>latchkey::TrayIcon</name>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>Hide Latchkey</source>
        <translation>Latchkey verbergen</translation>
    </message>
    <message>
        <source>Show Latchkey</source>
        <translation>Latchkey zeigen</translation>
    </message>
    <message>
        <source>%1 (not set)</source>
        <translation>%1 (nicht gesetzt)</translation>
    </message>
    <message>
        <source>No secrets yet</source>
        <translation>Noch keine Geheimnisse</translation>
    </message>
    <message numerus="yes">
        <source>Search… (%n more)</source>
        <translation>
            <numerusform>Suchen… (%n weiteres)</numerusform>
            <numerusform>Suchen… (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Open Manifest…</source>
        <translation>Manifest öffnen…</translation>
    </message>
    <message>
        <source>Could not copy %1</source>
        <translation>%1 konnte nicht kopiert werden</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard will be cleared when Latchkey quits.</source>
        <translation>Die Zwischenablage wird beim Beenden von Latchkey geleert.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>latchkey::Vault</name>
    <message>
        <source>Invalid key &quot;%1&quot;: %2.</source>
        <translation>Ungültiger Schlüssel „%1“: %2.</translation>
    </message>
    <message>
        <source>%1 is listed in vault &quot;%2&quot; but the keychain did not return its value; the keychain may be locked. The entry was kept.</source>
        <translation>%1 ist im Tresor „%2“ aufgeführt, aber der Schlüsselbund hat seinen Wert nicht geliefert; vielleicht ist er gesperrt. Der Eintrag wurde behalten.</translation>
    </message>
    <message>
        <source>%1 is listed in vault &quot;%2&quot; but its value is no longer in the keychain (another program removed it); `latchkey-cli list` will drop the entry.</source>
        <translation>%1 ist im Tresor „%2“ aufgeführt, aber sein Wert ist nicht mehr im Schlüsselbund (ein anderes Programm hat ihn entfernt); `latchkey-cli list` entfernt den Eintrag.</translation>
    </message>
    <message>
        <source>There is no secret named %1 in vault &quot;%2&quot;.</source>
        <translation>Im Tresor „%2“ gibt es kein Geheimnis namens %1.</translation>
    </message>
    <message>
        <source>The keychain (%1) is locked, so Latchkey cannot tell which of these secrets are in it; unlock it (latchkey-cli status shows the state) and try again.</source>
        <translation>Der Schlüsselbund (%1) ist gesperrt, daher kann Latchkey nicht sagen, welche dieser Geheimnisse darin liegen; entsperren Sie ihn (latchkey-cli status zeigt den Zustand) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain (%1) is locked, so Latchkey cannot tell whether %2 is in it; unlock it (latchkey-cli status shows the state) and try again.</source>
        <translation>Der Schlüsselbund (%1) ist gesperrt, daher kann Latchkey nicht sagen, ob %2 darin liegt; entsperren Sie ihn (latchkey-cli status zeigt den Zustand) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault index could not be brought up to date, so this list comes from the keychain: %1</source>
        <translation>Der Tresorindex konnte nicht aktualisiert werden, daher stammt diese Liste aus dem Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Invalid vault name &quot;%1&quot;: %2.</source>
        <translation>Ungültiger Tresorname „%1“: %2.</translation>
    </message>
    <message>
        <source>The vault folder</source>
        <translation>Der Tresorordner</translation>
    </message>
    <message>
        <source>An earlier removal of %1 from vault &quot;%2&quot; is not finished because the keychain could not be reached; unlock it (latchkey-cli status shows the state) and try again.</source>
        <translation>Ein früheres Entfernen von %1 aus dem Tresor „%2“ ist nicht abgeschlossen, weil der Schlüsselbund nicht erreichbar war; entsperren Sie ihn (latchkey-cli status zeigt den Zustand) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The version must be a positive number, as `latchkey-cli history %1` lists them.</source>
        <translation>Die Version muss eine positive Zahl sein, wie `latchkey-cli history %1` sie auflistet.</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>%1 wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>%1 is in the keychain behind a lock; unlock the keychain and try again. Nothing was restored.</source>
        <translation>%1 liegt im Schlüsselbund hinter einer Sperre; entsperren Sie den Schlüsselbund und versuchen Sie es erneut. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 has no earlier value %2 in vault &quot;%3&quot;; `latchkey-cli history %1` lists them.</source>
        <translation>%1 hat im Tresor „%3“ keinen früheren Wert %2; `latchkey-cli history %1` listet sie auf.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 was not deleted, and nothing was changed: %2</source>
        <translation>%1 wurde nicht gelöscht, und nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>%1 %2 may be partly deleted; the next command will check the keychain and settle it.</source>
        <translation>%1 %2 ist vielleicht teilweise gelöscht; der nächste Befehl prüft den Schlüsselbund und klärt es.</translation>
    </message>
    <message>
        <source>%1 %2 was not deleted.</source>
        <translation>%1 %2 wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 was moved to the trash in the keychain, but the index could not be updated (%2); the next command will complete the entry.</source>
        <translation>%1 wurde im Schlüsselbund in den Papierkorb verschoben, aber der Index konnte nicht aktualisiert werden (%2); der nächste Befehl vervollständigt den Eintrag.</translation>
    </message>
    <message>
        <source>%1 Part of %2 is still in the keychain; the next command will finish removing it.</source>
        <translation>%1 Ein Teil von %2 liegt noch im Schlüsselbund; der nächste Befehl entfernt ihn vollständig.</translation>
    </message>
    <message>
        <source>%1 was removed from the keychain, but the index could not be updated (%2); the next command will remove the entry.</source>
        <translation>%1 wurde aus dem Schlüsselbund entfernt, aber der Index konnte nicht aktualisiert werden (%2); der nächste Befehl entfernt den Eintrag.</translation>
    </message>
    <message>
        <source>%1 is in the keychain behind a lock; unlock the keychain and try again. Nothing was deleted.</source>
        <translation>%1 liegt im Schlüsselbund hinter einer Sperre; entsperren Sie den Schlüsselbund und versuchen Sie es erneut. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>%1 is not in the trash of vault &quot;%2&quot;; `latchkey-cli trash` lists what is.</source>
        <translation>%1 liegt nicht im Papierkorb des Tresors „%2“; `latchkey-cli trash` listet auf, was dort liegt.</translation>
    </message>
    <message>
        <source>%1 was not restored, and nothing was changed: %2</source>
        <translation>%1 wurde nicht wiederhergestellt, und nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>%1 %2 may be partly restored; the next command will check the keychain and settle it.</source>
        <translation>%1 %2 ist vielleicht teilweise wiederhergestellt; der nächste Befehl prüft den Schlüsselbund und klärt es.</translation>
    </message>
    <message>
        <source>%1 %2 was not restored.</source>
        <translation>%1 %2 wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 was restored in the keychain, but the index could not be updated (%2); the next command will complete the entry.</source>
        <translation>%1 wurde im Schlüsselbund wiederhergestellt, aber der Index konnte nicht aktualisiert werden (%2); der nächste Befehl vervollständigt den Eintrag.</translation>
    </message>
    <message>
        <source>The trash was not emptied%1: %2</source>
        <translation>Der Papierkorb wurde nicht geleert%1: %2</translation>
    </message>
    <message>
        <source>The trash was not emptied: %1</source>
        <translation>Der Papierkorb wurde nicht geleert: %1</translation>
    </message>
    <message>
        <source>The trash was partly emptied (%1); the next command will finish.</source>
        <translation>Der Papierkorb wurde teilweise geleert (%1); der nächste Befehl macht es fertig.</translation>
    </message>
    <message>
        <source>The trash could not be emptied of what stayed longer than %1 days: %2</source>
        <translation>Was länger als %1 Tage im Papierkorb lag, konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 was in the trash for more than %2 days and was deleted for good.</source>
        <translation>%1 lag mehr als %2 Tage im Papierkorb und wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Cannot store %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: it is in the keychain behind a lock; unlock the keychain and try again.</source>
        <translation>%1 wurde nicht gespeichert: es liegt im Schlüsselbund hinter einer Sperre; entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was not saved, and nothing was changed: %2</source>
        <translation>%1 wurde nicht gespeichert, und nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>%1: whether the value was saved is not known yet; the next command will check the keychain and complete or undo the entry.</source>
        <translation>%1: ob der Wert gespeichert wurde, ist noch unbekannt; der nächste Befehl prüft den Schlüsselbund und vervollständigt den Eintrag oder macht ihn rückgängig.</translation>
    </message>
    <message>
        <source>%1 %2 was not changed.</source>
        <translation>%1 %2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was saved in the keychain, but the index could not be updated (%2); the next command will complete the entry.</source>
        <translation>%1 wurde im Schlüsselbund gespeichert, aber der Index konnte nicht aktualisiert werden (%2); der nächste Befehl vervollständigt den Eintrag.</translation>
    </message>
    <message>
        <source> Nothing was deleted.</source>
        <translation> Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>%1: whether %2 was deleted is not known yet; the next command will check the keychain.</source>
        <translation>%1: ob %2 gelöscht wurde, ist noch unbekannt; der nächste Befehl prüft den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain did not return %1, and it may be locked; nothing was deleted. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat %1 nicht geliefert und ist vielleicht gesperrt; es wurde nichts gelöscht. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was deleted from the keychain, but the index could not be updated (%2); the next command will remove the entry.</source>
        <translation>%1 wurde aus dem Schlüsselbund gelöscht, aber der Index konnte nicht aktualisiert werden (%2); der nächste Befehl entfernt den Eintrag.</translation>
    </message>
    <message>
        <source>Cannot describe %1: %2.</source>
        <translation>%1 kann nicht beschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Cannot flag %1: %2.</source>
        <translation>%1 kann nicht markiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 was not flagged: %2</source>
        <translation>%1 wurde nicht markiert: %2</translation>
    </message>
    <message>
        <source>%1 has no value in the keychain any more (it was removed outside Latchkey), so nothing was changed.</source>
        <translation>%1 hat keinen Wert mehr im Schlüsselbund (er wurde außerhalb von Latchkey entfernt), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 still has earlier values in the keychain: `latchkey-cli history %1` lists them, `latchkey-cli restore %1 --version N` brings one back, and `latchkey-cli delete --purge %1` removes them.</source>
        <translation>%1 hat noch frühere Werte im Schlüsselbund: `latchkey-cli history %1` listet sie auf, `latchkey-cli restore %1 --version N` holt einen zurück, und `latchkey-cli delete --purge %1` entfernt sie.</translation>
    </message>
    <message>
        <source>The earlier values beyond the limit were not removed%1: %2</source>
        <translation>Die früheren Werte über der Grenze wurden nicht entfernt%1: %2</translation>
    </message>
    <message>
        <source>The earlier values beyond the limit were not removed: %1</source>
        <translation>Die früheren Werte über der Grenze wurden nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The earlier values of %1 beyond the limit were not removed: %2</source>
        <translation>Die früheren Werte von %1 über der Grenze wurden nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::VaultModel</name>
    <message>
        <source>The keychain is locked: unlock it to copy or reveal this value.</source>
        <translation>Der Schlüsselbund ist gesperrt: entsperren Sie ihn, um diesen Wert zu kopieren oder aufzudecken.</translation>
    </message>
    <message>
        <source>No keychain is reachable, so this value cannot be read.</source>
        <translation>Kein Schlüsselbund erreichbar, daher kann dieser Wert nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The keychain is not answering, so this value cannot be read.</source>
        <translation>Der Schlüsselbund antwortet nicht, daher kann dieser Wert nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The index lists this secret but the keychain did not return its value. The entry is kept.</source>
        <translation>Der Index führt dieses Geheimnis, aber der Schlüsselbund hat seinen Wert nicht geliefert. Der Eintrag bleibt erhalten.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>%1 · needs rotation</source>
        <translation>%1 · muss rotiert werden</translation>
    </message>
    <message>
        <source>Hidden. Reveal or copy it from the Secret menu.</source>
        <translation>Verborgen. Decken Sie ihn über das Menü „Geheimnis“ auf oder kopieren Sie ihn.</translation>
    </message>
    <message>
        <source>Needs rotation: %1. Set a new value.</source>
        <translation>Muss rotiert werden: %1. Setzen Sie einen neuen Wert.</translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>Angelegt %1, aktualisiert %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>verborgener Wert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Last set %n day(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag gesetzt</numerusform>
            <numerusform>Zuletzt vor %n Tagen gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>latchkey::VaultSwitcher</name>
    <message>
        <source>Vault: a separate set of secrets, e.g. for staging or production</source>
        <translation>Tresor: ein eigener Satz Geheimnisse, z. B. für Staging oder Produktion</translation>
    </message>
    <message>
        <source>New Vault…</source>
        <translation>Neuer Tresor…</translation>
    </message>
    <message>
        <source>New Vault</source>
        <translation>Neuer Tresor</translation>
    </message>
    <message>
        <source>Name of the new vault (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;):</source>
        <translation>Name des neuen Tresors (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;):</translation>
    </message>
</context>
<context>
    <name>latchkey::WindowActions</name>
    <message>
        <source>&amp;Open Manifest…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Manifest</source>
        <translation>Manifest s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation>Ü&amp;ber Latchkey</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open an app&apos;s inf.yml to see which secrets it needs (Ctrl+O)</source>
        <translation>Die inf.yml einer App öffnen, um zu sehen, welche Geheimnisse sie braucht (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Vault: </source>
        <translation>Tresor: </translation>
    </message>
    <message>
        <source>No recent manifests</source>
        <translation>Keine zuletzt geöffneten Manifeste</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Show &amp;Trash…</source>
        <translation>&amp;Papierkorb anzeigen…</translation>
    </message>
    <message>
        <source>The vault&apos;s deleted secrets: restore them or delete them for good</source>
        <translation>Die gelöschten Geheimnisse des Tresors: wiederherstellen oder endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
</TS>
