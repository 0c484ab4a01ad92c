<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditExport</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>Akteur-ID</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up a running desk, with a manifest of every table</source>
        <translation>Einen laufenden Helpdesk sichern, mit einem Manifest aller Tabellen</translation>
    </message>
    <message>
        <source>Back up a running desk: SQLite through its online backup API, PostgreSQL with pg_dump -Fc. Writes &lt;file&gt; and &lt;file&gt;.manifest.json (schema version, rows and checksum per table), which restore verifies.</source>
        <translation>Einen laufenden Helpdesk sichern: SQLite über seine Online-Backup-API, PostgreSQL mit pg_dump -Fc. Schreibt &lt;file&gt; und &lt;file&gt;.manifest.json (Schemaversion, Zeilen und Prüfsumme je Tabelle), die restore prüft.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Replace an existing backup file.</source>
        <translation>Eine vorhandene Sicherungsdatei ersetzen.</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>Ungültige --database: %1</translation>
    </message>
    <message>
        <source>%1 exists; choose another file or add --force</source>
        <translation>%1 existiert; wählen Sie eine andere Datei oder geben Sie --force an</translation>
    </message>
    <message>
        <source>Backup written to %1 (manifest %2) in %3 s</source>
        <translation>Sicherung nach %1 geschrieben (Manifest %2) in %3 s</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>Keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>pg_dump failed (%1); is postgresql-client installed?</source>
        <translation>pg_dump fehlgeschlagen (%1); ist postgresql-client installiert?</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>FRONTLINE_ADMIN_PASSWORD must be at least %1 characters</source>
        <translation>FRONTLINE_ADMIN_PASSWORD muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>cannot create the administrator: %1</source>
        <translation>Der Administrator kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>ticket without its &apos;created&apos; event</source>
        <translation>Ticket ohne sein &apos;created&apos;-Ereignis</translation>
    </message>
    <message>
        <source>ticket with more than one &apos;created&apos; event</source>
        <translation>Ticket mit mehr als einem &apos;created&apos;-Ereignis</translation>
    </message>
    <message>
        <source>ticket whose first event is not its &apos;created&apos; event</source>
        <translation>Ticket, dessen erstes Ereignis nicht sein &apos;created&apos;-Ereignis ist</translation>
    </message>
    <message>
        <source>comment without its &apos;comment&apos; event</source>
        <translation>Kommentar ohne sein &apos;comment&apos;-Ereignis</translation>
    </message>
    <message>
        <source>&apos;comment&apos; event of another ticket&apos;s comment (event id)</source>
        <translation>&apos;comment&apos;-Ereignis zum Kommentar eines anderen Tickets (Ereignis-ID)</translation>
    </message>
    <message>
        <source>ticket whose time spent is not the sum of its time entries</source>
        <translation>Ticket, dessen aufgewendete Zeit nicht die Summe seiner Zeiteinträge ist</translation>
    </message>
    <message>
        <source>article whose version is not its newest stored version</source>
        <translation>Artikel, dessen Version nicht seine neueste gespeicherte Version ist</translation>
    </message>
    <message>
        <source>article whose helpful/unhelpful counts are not its votes</source>
        <translation>Artikel, dessen Hilfreich-/Nicht-hilfreich-Zähler nicht seinen Bewertungen entsprechen</translation>
    </message>
    <message>
        <source>Check the database and the event log; exit 1 on findings</source>
        <translation>Datenbank und Ereignisprotokoll prüfen; Exit-Code 1 bei Befunden</translation>
    </message>
    <message>
        <source>Check a desk&apos;s database: SQLite&apos;s integrity check and foreign keys, then what the schema promises about the event log (every ticket has its created event first, every comment its event) and the counters beside it. Exit code 1 on any finding.</source>
        <translation>Die Datenbank eines Helpdesks prüfen: Integritätsprüfung und Fremdschlüssel von SQLite, dann was das Schema über das Ereignisprotokoll zusagt (jedes Ticket hat zuerst sein created-Ereignis, jeder Kommentar sein Ereignis) und die Zähler daneben. Exit-Code 1 bei jedem Befund.</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>Ungültige --database: %1</translation>
    </message>
    <message>
        <source>FAIL cannot open the database: %1</source>
        <translation>FEHLER Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>foreign key check could not run: %1</source>
        <translation>Fremdschlüsselprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>%1 rows refer to rows that do not exist (tables: %2)</source>
        <translation>%1 Zeilen verweisen auf nicht vorhandene Zeilen (Tabellen: %2)</translation>
    </message>
    <message>
        <source>ok   integrity check and foreign keys</source>
        <translation>ok   Integritätsprüfung und Fremdschlüssel</translation>
    </message>
    <message>
        <source>schema version %1, this tool knows %2</source>
        <translation>Schemaversion %1, dieses Werkzeug kennt %2</translation>
    </message>
    <message>
        <source>ok   schema version %1</source>
        <translation>ok   Schemaversion %1</translation>
    </message>
    <message>
        <source>%1: the check could not run: %2</source>
        <translation>%1: Die Prüfung konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>ok   no %1</source>
        <translation>ok   nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Try: frontline-admin %1 --help</source>
        <translation>Versuchen Sie: frontline-admin %1 --help</translation>
    </message>
    <message>
        <source>no database given</source>
        <translation>keine Datenbank angegeben</translation>
    </message>
    <message>
        <source>The desk&apos;s database: a SQLite file (or sqlite:&lt;file&gt;) or a postgresql:// URL, as the server&apos;s --db.</source>
        <translation>Die Datenbank des Helpdesks: eine SQLite-Datei (oder sqlite:&lt;file&gt;) oder eine postgresql://-URL, wie bei --db des Servers.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <source>The server&apos;s configuration file, whose db is used without --database.</source>
        <translation>Die Konfigurationsdatei des Servers, deren db ohne --database verwendet wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>--database is required</source>
        <translation>--database ist erforderlich</translation>
    </message>
    <message>
        <source>%1 names no db; give --database</source>
        <translation>%1 nennt keine db; geben Sie --database an</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
    <message>
        <source>Never mind, it works again after a restart.</source>
        <translation>Hat sich erledigt, nach einem Neustart funktioniert es wieder.</translation>
    </message>
    <message>
        <source>Escalating: first-line checks done, needs specialist analysis.</source>
        <translation>Eskalation: Prüfungen im First Level erledigt, braucht eine Analyse durch Spezialisten.</translation>
    </message>
    <message>
        <source>Unfortunately it is happening again since this morning.</source>
        <translation>Leider tritt es seit heute Morgen wieder auf.</translation>
    </message>
    <message>
        <source>Found a second cause and fixed it as well. %1</source>
        <translation>Eine zweite Ursache gefunden und ebenfalls behoben. %1</translation>
    </message>
    <message>
        <source>FRONTLINE_DEMO_PASSWORD must be at least 12 characters</source>
        <translation>FRONTLINE_DEMO_PASSWORD muss mindestens 12 Zeichen lang sein</translation>
    </message>
    <message>
        <source>demo data could not be written: %1</source>
        <translation>Die Demodaten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>demo data generation failed: %1</source>
        <translation>Die Erzeugung der Demodaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Demo data: %1 tickets. Log in as &quot;agent&quot; (L1 agent), &quot;manager&quot; or &quot;requester&quot; with the password %2</source>
        <translation>Demodaten: %1 Tickets. Anmeldung als „agent“ (L1-Agent), „manager“ oder „requester“ mit dem Passwort %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import users or organisations from CSV</source>
        <translation>Benutzer oder Organisationen aus CSV importieren</translation>
    </message>
    <message>
        <source>Import users or organisations from CSV with the server&apos;s own import (user.import, org.import): every row is checked first, and nothing is written unless every row is valid. --dry-run only reports.</source>
        <translation>Benutzer oder Organisationen aus CSV mit dem Import des Servers selbst importieren (user.import, org.import): Jede Zeile wird zuerst geprüft, und nichts wird geschrieben, solange nicht jede Zeile gültig ist. --dry-run meldet nur.</translation>
    </message>
    <message>
        <source>users or orgs</source>
        <translation>users oder orgs</translation>
    </message>
    <message>
        <source>A SQLite file (or sqlite:&lt;file&gt;) or a postgresql:// URL.</source>
        <translation>Eine SQLite-Datei (oder sqlite:&lt;file&gt;) oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header line first).</source>
        <translation>Die CSV-Datei (UTF-8, Kopfzeile zuerst).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Check and report every row, write nothing.</source>
        <translation>Jede Zeile prüfen und melden, nichts schreiben.</translation>
    </message>
    <message>
        <source>The administrator the import is recorded as.</source>
        <translation>Der Administrator, unter dem der Import protokolliert wird.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>benutzername</translation>
    </message>
    <message>
        <source>Say what to import: frontline-admin import users|orgs --csv &lt;file&gt;</source>
        <translation>Geben Sie an, was importiert werden soll: frontline-admin import users|orgs --csv &lt;file&gt;</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>Ungültige --database: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an active administrator (--as)</source>
        <translation>%1 ist kein aktiver Administrator (--as)</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>Abgelehnt: %1 %2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Move a SQLite desk to PostgreSQL, every table compared</source>
        <translation>Einen SQLite-Helpdesk nach PostgreSQL umziehen, jede Tabelle verglichen</translation>
    </message>
    <message>
        <source>Move a SQLite desk to an empty PostgreSQL database: creates the schema with the server&apos;s migrations, copies every table in dependency order, fixes the sequences, then compares rows and checksum per table. Stop the server first.</source>
        <translation>Einen SQLite-Helpdesk in eine leere PostgreSQL-Datenbank umziehen: legt das Schema mit den Migrationen des Servers an, kopiert jede Tabelle in Abhängigkeitsreihenfolge, korrigiert die Sequenzen und vergleicht dann Zeilen und Prüfsumme je Tabelle. Halten Sie zuerst den Server an.</translation>
    </message>
    <message>
        <source>The SQLite desk: sqlite:&lt;file&gt; or a file.</source>
        <translation>Der SQLite-Helpdesk: sqlite:&lt;file&gt; oder eine Datei.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database: postgresql://...</source>
        <translation>Die leere PostgreSQL-Datenbank: postgresql://...</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation>Zeilen je Transaktion.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>zeilen</translation>
    </message>
    <message>
        <source>Invalid database: %1</source>
        <translation>Ungültige Datenbank: %1</translation>
    </message>
    <message>
        <source>migrate moves a SQLite desk (--from) to PostgreSQL (--to)</source>
        <translation>migrate zieht einen SQLite-Helpdesk (--from) nach PostgreSQL (--to) um</translation>
    </message>
    <message>
        <source>The SQLite desk has schema version %1; this tool knows %2. Start the matching frontline-server on it once (it migrates), or use the matching frontline-admin.</source>
        <translation>Der SQLite-Helpdesk hat Schemaversion %1; dieses Werkzeug kennt %2. Starten Sie einmal den passenden frontline-server darauf (er migriert) oder verwenden Sie das passende frontline-admin.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables); migrate needs an empty database</source>
        <translation>%1 ist nicht leer (%2 Tabellen); migrate braucht eine leere Datenbank</translation>
    </message>
    <message>
        <source>Cannot create the schema: %1</source>
        <translation>Das Schema kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1: only in PostgreSQL, left as the migrations made it</source>
        <translation>%1: nur in PostgreSQL, so belassen, wie die Migrationen sie angelegt haben</translation>
    </message>
    <message>
        <source>%1: SQLite only (the server rebuilds it), not copied</source>
        <translation>%1: nur SQLite (der Server baut sie neu auf), nicht kopiert</translation>
    </message>
    <message>
        <source>%1: %2 rows copied in %3 s</source>
        <translation>%1: %2 Zeilen kopiert in %3 s</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>Das Kopieren ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied in %3 s, compared in %4 s</source>
        <translation>%1 Zeilen in %2 Tabellen kopiert in %3 s, verglichen in %4 s</translation>
    </message>
    <message>
        <source>PostgreSQL differs from the SQLite desk:</source>
        <translation>PostgreSQL weicht vom SQLite-Helpdesk ab:</translation>
    </message>
    <message>
        <source>Every table matches. Start frontline-server with the --to URL as its --db (db in server.conf).</source>
        <translation>Jede Tabelle stimmt überein. Starten Sie frontline-server mit der --to-URL als --db (db in server.conf).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Net flow</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Backlog at the start</source>
        <translation>Rückstand zu Beginn</translation>
    </message>
    <message>
        <source>Backlog at the end</source>
        <translation>Rückstand am Ende</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Erste Antworten</translation>
    </message>
    <message>
        <source>First response, mean hours</source>
        <translation>Erste Antwort, Mittel in Stunden</translation>
    </message>
    <message>
        <source>First response, median hours</source>
        <translation>Erste Antwort, Median in Stunden</translation>
    </message>
    <message>
        <source>First response, 90th percentile hours</source>
        <translation>Erste Antwort, 90. Perzentil in Stunden</translation>
    </message>
    <message>
        <source>First response, mean business hours</source>
        <translation>Erste Antwort, Mittel in Geschäftsstunden</translation>
    </message>
    <message>
        <source>First response, median business hours</source>
        <translation>Erste Antwort, Median in Geschäftsstunden</translation>
    </message>
    <message>
        <source>Resolution, mean hours</source>
        <translation>Lösung, Mittel in Stunden</translation>
    </message>
    <message>
        <source>Resolution, median hours</source>
        <translation>Lösung, Median in Stunden</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile hours</source>
        <translation>Lösung, 90. Perzentil in Stunden</translation>
    </message>
    <message>
        <source>Resolution, mean business hours</source>
        <translation>Lösung, Mittel in Geschäftsstunden</translation>
    </message>
    <message>
        <source>Resolution, median business hours</source>
        <translation>Lösung, Median in Geschäftsstunden</translation>
    </message>
    <message>
        <source>Response SLA compliance</source>
        <translation>Einhaltung des Antwort-SLA</translation>
    </message>
    <message>
        <source>Resolution SLA compliance</source>
        <translation>Einhaltung des Lösungs-SLA</translation>
    </message>
    <message>
        <source>First-contact resolution rate</source>
        <translation>Quote der Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Wiedereröffnungsquote</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Eskalationsquote</translation>
    </message>
    <message>
        <source>Satisfaction average</source>
        <translation>Mittlere Zufriedenheit</translation>
    </message>
    <message>
        <source>Satisfaction response rate</source>
        <translation>Antwortquote der Umfrage</translation>
    </message>
    <message>
        <source>Frontline KPI report</source>
        <translation>Frontline-KPI-Bericht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation>Offene Tickets nach Alter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Mean resolution hours</source>
        <translation>Mittlere Lösungszeit in Stunden</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Created in the previous period</source>
        <translation>Im vorherigen Zeitraum erstellt</translation>
    </message>
    <message>
        <source>Top affected items</source>
        <translation>Häufigste Themen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Tickets in the previous period</source>
        <translation>Tickets im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Zufriedenheit pro Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Frontline tickets: %1, %2 to %3</source>
        <translation>Frontline-Tickets: %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Period %1 to %2 (%3 days)</source>
        <translation>Zeitraum %1 bis %2 (%3 Tage)</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>in business hours</source>
        <translation>in Geschäftszeit</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Erste Antwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Lösung, Median</translation>
    </message>
    <message>
        <source>Resolution, mean</source>
        <translation>Lösung, Mittel</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Volume: created and resolved per day</source>
        <translation>Volumen: erstellt und gelöst pro Tag</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 Tag</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 Tage</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 Tage</translation>
    </message>
    <message>
        <source>7-30 days</source>
        <translation>7-30 Tage</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 Tage</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Mean resolution</source>
        <translation>Mittlere Lösungszeit</translation>
    </message>
    <message>
        <source>Frontline tickets</source>
        <translation>Frontline-Tickets</translation>
    </message>
    <message>
        <source>Frontline tickets: %1</source>
        <translation>Frontline-Tickets: %1</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a backup and verify it against its manifest</source>
        <translation>Eine Sicherung wiederherstellen und mit ihrem Manifest abgleichen</translation>
    </message>
    <message>
        <source>Restore a backup made by frontline-admin backup into a database (stop the server first), then verify every table&apos;s rows and checksum against the backup&apos;s manifest.</source>
        <translation>Eine mit frontline-admin backup erstellte Sicherung in eine Datenbank wiederherstellen (halten Sie zuerst den Server an) und dann Zeilen und Prüfsumme jeder Tabelle mit dem Manifest der Sicherung abgleichen.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Where to restore: a SQLite file (or sqlite:&lt;file&gt;) or a postgresql:// URL.</source>
        <translation>Wohin wiederhergestellt wird: eine SQLite-Datei (oder sqlite:&lt;file&gt;) oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message>
        <source>Replace a database that is not empty.</source>
        <translation>Eine nicht leere Datenbank ersetzen.</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>Ungültige --database: %1</translation>
    </message>
    <message>
        <source>%1 is a %2 backup; it restores into the same kind of database (to move a SQLite desk to PostgreSQL, use frontline-admin migrate)</source>
        <translation>%1 ist eine %2-Sicherung; sie lässt sich nur in dieselbe Art von Datenbank wiederherstellen (um einen SQLite-Helpdesk nach PostgreSQL umzuziehen, verwenden Sie frontline-admin migrate)</translation>
    </message>
    <message>
        <source>Restored %1 tables from %2 (backup of %3) in %4 s, verified in %5 s</source>
        <translation>%1 Tabellen aus %2 wiederhergestellt (Sicherung von %3) in %4 s, geprüft in %5 s</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables); add --force to replace it</source>
        <translation>%1 ist nicht leer (%2 Tabellen); geben Sie --force an, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Cannot empty the database: %1</source>
        <translation>Die Datenbank kann nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>pg_restore failed (%1); is postgresql-client installed?</source>
        <translation>pg_restore fehlgeschlagen (%1); ist postgresql-client installiert?</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>schema version %1, the backup has %2</source>
        <translation>Schemaversion %1, die Sicherung hat %2</translation>
    </message>
    <message>
        <source>The restored database differs from the backup&apos;s manifest:</source>
        <translation>Die wiederhergestellte Datenbank weicht vom Manifest der Sicherung ab:</translation>
    </message>
</context>
<context>
    <name>ServerConfigFile</name>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: expected key = value</source>
        <translation>%1: Schlüssel = Wert erwartet</translation>
    </message>
    <message>
        <source>%1: no key before &apos;=&apos;</source>
        <translation>%1: kein Schlüssel vor &apos;=&apos;</translation>
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation>%1: %2 ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Frontline help desk server: tickets, workflow and push events over JSON-RPC 2.0.</source>
        <translation>Frontline-Helpdesk-Server: Tickets, Workflow und Push-Ereignisse über JSON-RPC 2.0.</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user:password@host:port/database.</source>
        <translation>SQLite-Datenbankdatei oder postgresql://benutzer:passwort@host:port/datenbank.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>pfad-oder-url</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Adresse und Port, auf denen der Server lauscht.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>TLS certificate (PEM); required to listen beyond loopback.</source>
        <translation>TLS-Zertifikat (PEM); nötig, um außerhalb von Loopback zu lauschen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>TLS private key (PEM) for --tls-cert.</source>
        <translation>Privater TLS-Schlüssel (PEM) zu --tls-cert.</translation>
    </message>
    <message>
        <source>Listen beyond loopback without TLS (passwords and tickets travel in clear text).</source>
        <translation>Ohne TLS außerhalb von Loopback lauschen (Passwörter und Tickets gehen im Klartext über das Netz).</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data.</source>
        <translation>Eine leere Datenbank mit realistischen Demodaten füllen.</translation>
    </message>
    <message>
        <source>Number of demo tickets.</source>
        <translation>Anzahl der Demo-Tickets.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <source>Threads serving reads.</source>
        <translation>Threads, die Lesezugriffe bedienen.</translation>
    </message>
    <message>
        <source>Argon2id cost: interactive, moderate, or minimal (tests only).</source>
        <translation>Argon2id-Aufwand: interactive, moderate oder minimal (nur für Tests).</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>aufwand</translation>
    </message>
    <message>
        <source>Largest accepted JSON-RPC message in bytes.</source>
        <translation>Größte angenommene JSON-RPC-Nachricht in Bytes.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Most connections in total.</source>
        <translation>Höchstzahl der Verbindungen insgesamt.</translation>
    </message>
    <message>
        <source>Most connections from one address.</source>
        <translation>Höchstzahl der Verbindungen von einer Adresse.</translation>
    </message>
    <message>
        <source>Most connections not yet logged in from one address.</source>
        <translation>Höchstzahl noch nicht angemeldeter Verbindungen von einer Adresse.</translation>
    </message>
    <message>
        <source>Milliseconds a client may take to finish a message.</source>
        <translation>Millisekunden, die ein Client für eine Nachricht brauchen darf.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds a client may take for the TLS handshake.</source>
        <translation>Millisekunden, die ein Client für den TLS-Handshake brauchen darf.</translation>
    </message>
    <message>
        <source>Seconds of silence before a logged-in connection is closed.</source>
        <translation>Sekunden Stille, nach denen eine angemeldete Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Seconds of silence allowed before logging in.</source>
        <translation>Erlaubte Sekunden Stille vor der Anmeldung.</translation>
    </message>
    <message>
        <source>Seconds a connection has to log in, from connecting, whatever it sends.</source>
        <translation>Sekunden, die eine Verbindung zum Anmelden hat, ab dem Verbindungsaufbau, was immer sie sendet.</translation>
    </message>
    <message>
        <source>Days a login token stays valid.</source>
        <translation>Tage, die ein Anmelde-Token gültig bleibt.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>tage</translation>
    </message>
    <message>
        <source>Failed logins allowed per account and hour.</source>
        <translation>Erlaubte fehlgeschlagene Anmeldungen je Konto und Stunde.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>refusing to listen on %1 without TLS: give --tls-cert and --tls-key, or --allow-insecure-remote if the network is trusted</source>
        <translation>Lauschen auf %1 ohne TLS verweigert: --tls-cert und --tls-key angeben, oder --allow-insecure-remote, wenn das Netz vertrauenswürdig ist</translation>
    </message>
    <message>
        <source>Largest accepted attachment in bytes.</source>
        <translation>Größter angenommener Anhang in Bytes.</translation>
    </message>
    <message>
        <source>Events or rows per step when the KPI rollups or the search index are rebuilt in the background.</source>
        <translation>Ereignisse oder Zeilen pro Schritt, wenn die KPI-Summen oder der Suchindex im Hintergrund neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>Milliseconds to pause between the steps of a background rebuild (gentler on a busy database).</source>
        <translation>Millisekunden Pause zwischen den Schritten eines Neuaufbaus im Hintergrund (schont eine ausgelastete Datenbank).</translation>
    </message>
    <message>
        <source>Bytes of attachments one requester may store in all (staff have no quota).</source>
        <translation>Bytes an Anhängen, die ein Anfragender insgesamt speichern darf (Mitarbeiter haben kein Kontingent).</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 in %2 must be true or false</source>
        <translation>%1 in %2 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1: unknown key %2</source>
        <translation>%1: unbekannter Schlüssel %2</translation>
    </message>
    <message>
        <source>Configuration file: key = value lines, the keys being these options without --; the command line wins. Default: %1 when it exists.</source>
        <translation>Konfigurationsdatei: Zeilen „Schlüssel = Wert“, die Schlüssel sind diese Optionen ohne --; die Befehlszeile hat Vorrang. Standard: %1, falls vorhanden.</translation>
    </message>
    <message>
        <source>Least severe messages logged: error, warning, info or debug.</source>
        <translation>Niedrigste protokollierte Stufe: error, warning, info oder debug.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be host:port, e.g. 127.0.0.1:7415 or [::1]:7415</source>
        <translation>%1 muss Host:Port sein, z. B. 127.0.0.1:7415 oder [::1]:7415</translation>
    </message>
    <message>
        <source>%1: %2 is not an IP address</source>
        <translation>%1: %2 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 must be interactive, moderate or minimal</source>
        <translation>%1 muss interactive, moderate oder minimal sein</translation>
    </message>
    <message>
        <source>%1 must be error, warning, info or debug</source>
        <translation>%1 muss error, warning, info oder debug sein</translation>
    </message>
    <message>
        <source>Key that seals the passwords of the mailboxes and the mail relay (created, mode 0600, when missing; default: frontline-mail.key beside the SQLite database, or in the data folder).</source>
        <translation>Schlüssel, der die Passwörter der Postfächer und des Mail-Relays versiegelt (wird mit Modus 0600 angelegt, falls er fehlt; Standard: frontline-mail.key neben der SQLite-Datenbank oder im Datenordner).</translation>
    </message>
    <message>
        <source>Also serve HTTP on this port of the --listen address: JSON-RPC as POST /rpc with a bearer API token, the WebSocket at /ws, /metrics, /healthz and /readyz (TLS with --tls-cert). Off when not given; 0 picks a free port.</source>
        <translation>Zusätzlich HTTP auf diesem Port der --listen-Adresse bereitstellen: JSON-RPC als POST /rpc mit einem Bearer-API-Token, den WebSocket unter /ws, /metrics, /healthz und /readyz (TLS mit --tls-cert). Aus, wenn nicht angegeben; 0 wählt einen freien Port.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Seconds a webhook receiver may take to answer; a delivery not answered by then is sent again later (with the same delivery id).</source>
        <translation>Sekunden, die ein Webhook-Empfänger für die Antwort haben darf; eine bis dahin nicht beantwortete Zustellung wird später erneut gesendet (mit derselben Zustellungs-ID).</translation>
    </message>
</context>
<context>
    <name>frontline-admin</name>
    <message>
        <source>Usage: frontline-admin &lt;command&gt; [options]</source>
        <translation>Aufruf: frontline-admin &lt;command&gt; [optionen]</translation>
    </message>
    <message>
        <source>frontline-admin &lt;command&gt; --help tells more.</source>
        <translation>frontline-admin &lt;command&gt; --help zeigt mehr.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>frontline::server::ServerApp</name>
    <message>
        <source>Created the administrator account &quot;admin&quot; with the password %1 (shown only this once; change it after logging in).</source>
        <translation>Administratorkonto „admin“ mit dem Passwort %1 angelegt (wird nur dieses eine Mal angezeigt; nach der Anmeldung ändern).</translation>
    </message>
    <message>
        <source>libsodium cannot be initialised</source>
        <translation>libsodium kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate %1</source>
        <translation>Das TLS-Zertifikat %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key</source>
        <translation>%1 enthält keinen privaten RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>cannot read the search index: %1</source>
        <translation>Der Suchindex kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot listen for the other servers&apos; events: %1</source>
        <translation>Ereignisse der anderen Server können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>cannot serve HTTP on %1:%2</source>
        <translation>HTTP kann auf %1:%2 nicht bereitgestellt werden</translation>
    </message>
</context>
</TS>
