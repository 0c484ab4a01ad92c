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
</context>
</TS>
