<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArticleDraft</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Describe the steps that solved it.</source>
        <translation>Beschreiben Sie die Schritte, die es gelöst haben.</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>Assign #%1</source>
        <translation>#%1 zuweisen</translation>
    </message>
    <message>
        <source>Unassign #%1</source>
        <translation>Zuweisung von #%1 aufheben</translation>
    </message>
    <message>
        <source>Priority of #%1</source>
        <translation>Priorität von #%1</translation>
    </message>
    <message>
        <source>#%1 to %2</source>
        <translation>#%1 nach %2</translation>
    </message>
</context>
<context>
    <name>CalendarForm</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Headset</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
</context>
<context>
    <name>ChangeConflict</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>change #%1 %2</source>
        <translation>Change #%1 %2</translation>
    </message>
    <message>
        <source>overlaps %1 (%2)</source>
        <translation>überschneidet sich mit %1 (%2)</translation>
    </message>
    <message>
        <source>overlaps %1 on %2 (%3)</source>
        <translation>überschneidet sich bei %2 mit %1 (%3)</translation>
    </message>
    <message>
        <source>falls in the freeze “%1” (%2)</source>
        <translation>fällt in die Sperrzeit „%1“ (%2)</translation>
    </message>
    <message>
        <source>falls in the freeze “%1” on %2 (%3)</source>
        <translation>fällt bei %2 in die Sperrzeit „%1“ (%3)</translation>
    </message>
    <message>
        <source>is outside every maintenance window (%1)</source>
        <translation>liegt außerhalb aller Wartungsfenster (%1)</translation>
    </message>
    <message>
        <source>is outside the maintenance window “%1” (%2)</source>
        <translation>liegt außerhalb des Wartungsfensters „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source> and more (the analysis stopped at its limit)</source>
        <translation> und mehr (die Analyse hat an ihrer Grenze angehalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRisk</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
</context>
<context>
    <name>CiAttributes</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Frontline help desk: the agent and manager client.</source>
        <translation>Frontline Helpdesk: der Client für Agenten und Manager.</translation>
    </message>
    <message>
        <source>Connect with TLS.</source>
        <translation>Mit TLS verbinden.</translation>
    </message>
    <message>
        <source>Keep settings in this file (default: per user).</source>
        <translation>Einstellungen in dieser Datei speichern (Standard: pro Benutzer).</translation>
    </message>
    <message>
        <source>Do not keep the login in the keychain (log in at every start).</source>
        <translation>Anmeldung nicht im Schlüsselbund speichern (Anmeldung bei jedem Start).</translation>
    </message>
    <message>
        <source>--server: expected host:port, got %1</source>
        <translation>--server: Host:Port erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>Log in as this user; with FRONTLINE_PASSWORD set, without asking.</source>
        <translation>Als dieser Benutzer anmelden; mit gesetztem FRONTLINE_PASSWORD ohne Nachfrage.</translation>
    </message>
    <message>
        <source>The server, host:port, or the servers of one desk in the order to try, host:port,host:port (default: the last used).</source>
        <translation>Der Server als Host:Port oder die Server eines Helpdesks in der Reihenfolge der Versuche, Host:Port,Host:Port (Standard: der zuletzt verwendete).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Volume: created and resolved per day</source>
        <translation>Volumen: erstellt und gelöst pro Tag</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Backlog by age (open now)</source>
        <translation>Rückstand nach Alter (jetzt offen)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Created by category</source>
        <translation>Erstellt nach Kategorie</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>Mittlere Bewertung (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Zufriedenheit pro Woche</translation>
    </message>
    <message>
        <source>0–1 d</source>
        <translation>0–1 T</translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation>1–3 T</translation>
    </message>
    <message>
        <source>3–7 d</source>
        <translation>3–7 T</translation>
    </message>
    <message>
        <source>7–30 d</source>
        <translation>7–30 T</translation>
    </message>
    <message>
        <source>30+ d</source>
        <translation>30+ T</translation>
    </message>
    <message>
        <source>%1: %2 created (previous period: %3)</source>
        <translation>%1: %2 erstellt (Vorperiode: %3)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>is too short (at least %1 characters)</source>
        <translation>ist zu kurz (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>contains characters that are not allowed</source>
        <translation>enthält unzulässige Zeichen</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is not a known category</source>
        <translation>ist keine bekannte Kategorie</translation>
    </message>
    <message>
        <source>is not a member of the ticket&apos;s group</source>
        <translation>ist kein Mitglied der Gruppe des Tickets</translation>
    </message>
    <message>
        <source>is not correct</source>
        <translation>ist nicht korrekt</translation>
    </message>
    <message>
        <source>is not expected here</source>
        <translation>ist hier nicht vorgesehen</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Benutzername oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>You may not change %1 here.</source>
        <translation>Sie dürfen %1 hier nicht ändern.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>Es existiert nicht mehr, oder Sie dürfen es nicht sehen.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket in the meantime. Reload it and try again.</source>
        <translation>Jemand anderes hat dieses Ticket inzwischen geändert. Laden Sie es neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This name is taken already.</source>
        <translation>Dieser Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>Der letzte Administrator kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This conflicts with the current state.</source>
        <translation>Das widerspricht dem aktuellen Stand.</translation>
    </message>
    <message>
        <source>This step needs a note.</source>
        <translation>Dieser Schritt braucht eine Notiz.</translation>
    </message>
    <message>
        <source>Assign the ticket first.</source>
        <translation>Weisen Sie das Ticket zuerst zu.</translation>
    </message>
    <message>
        <source>The ticket cannot go to this status from where it is.</source>
        <translation>Das Ticket kann von seinem Status aus nicht in diesen Status wechseln.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Bitte warten Sie %n Sekunde.</numerusform>
            <numerusform>Zu viele Versuche. Bitte warten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your attachments have used all the space the server keeps for you.</source>
        <translation>Ihre Anhänge belegen bereits den ganzen Platz, den der Server für Sie bereithält.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Das ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>The server cannot save changes right now. Please tell your administrator.</source>
        <translation>Der Server kann gerade keine Änderungen speichern. Bitte informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>There is no connection to the server.</source>
        <translation>Es besteht keine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Something went wrong on the server (%1).</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>The server is still counting the ticket history for the reports. Please try again when the dashboard shows its figures.</source>
        <translation>Der Server zählt noch die Ticket-Historie für die Berichte. Bitte versuchen Sie es erneut, sobald das Dashboard seine Kennzahlen zeigt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>is not the app&apos;s current code</source>
        <translation>ist nicht der aktuelle Code der App</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The code is not correct or was already used. Wait for the next code, or use a recovery code.</source>
        <translation>Der Code ist nicht korrekt oder wurde bereits verwendet. Warten Sie auf den nächsten Code oder verwenden Sie einen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Too many failed attempts. You can try again at %1, or ask an administrator to unlock your account.</source>
        <translation>Zu viele fehlgeschlagene Versuche. Sie können es um %1 erneut versuchen oder einen Administrator bitten, Ihr Konto zu entsperren.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>is required to reject</source>
        <translation>ist für eine Ablehnung erforderlich</translation>
    </message>
    <message>
        <source>This approval was decided already.</source>
        <translation>Über diese Genehmigung wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>is taken already</source>
        <translation>ist bereits vergeben</translation>
    </message>
</context>
<context>
    <name>LifecycleForm</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>erfordert</translation>
    </message>
    <message>
        <source>automatic on</source>
        <translation>automatisch bei</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Transition %1</source>
        <translation>Übergang %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Anfangsstatus</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ticket created</source>
        <translation>Ticket erstellt</translation>
    </message>
    <message>
        <source>Ticket changed</source>
        <translation>Ticket geändert</translation>
    </message>
    <message>
        <source>Ticket commented</source>
        <translation>Ticket kommentiert</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is not a field a rule can test</source>
        <translation>ist kein Feld, das eine Regel prüfen kann</translation>
    </message>
    <message>
        <source>is not an operator for this field</source>
        <translation>ist kein Operator für dieses Feld</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be 1 to 10 actions</source>
        <translation>muss 1 bis 10 Aktionen umfassen</translation>
    </message>
    <message>
        <source>is not an action</source>
        <translation>ist keine Aktion</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <source>%1 free of %2 on %3</source>
        <translation>%1 frei von %2 auf %3</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computername</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Anwendungsversion</translation>
    </message>
</context>
<context>
    <name>TicketDraft</name>
    <message>
        <source>Raised from #%1: %2</source>
        <translation>Erstellt aus #%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is %2; files may be at most %3.</source>
        <translation>%1 ist %2 groß; Dateien dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Title is required: say in one line what is wrong.</source>
        <translation>Ein Titel ist nötig: Beschreiben Sie in einer Zeile, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Caller: pick a person from the list that appears while typing.</source>
        <translation>Anrufer: Wählen Sie eine Person aus der Liste, die beim Tippen erscheint.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Voraussichtlich erledigt bis %1</translation>
    </message>
    <message>
        <source>Was expected by %1</source>
        <translation>War bis %1 erwartet</translation>
    </message>
</context>
<context>
    <name>TrayCommandLine</name>
    <message>
        <source>Frontline help desk: report a problem, follow your tickets, read the announcements.</source>
        <translation>Frontline-Helpdesk: ein Problem melden, Ihre Tickets verfolgen, die Ankündigungen lesen.</translation>
    </message>
    <message>
        <source>Connect with TLS.</source>
        <translation>Mit TLS verbinden.</translation>
    </message>
    <message>
        <source>Log in as this user; with FRONTLINE_PASSWORD set, without asking.</source>
        <translation>Als dieser Benutzer anmelden; mit gesetztem FRONTLINE_PASSWORD ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Keep settings in this file (default: per user).</source>
        <translation>Einstellungen in dieser Datei speichern (Standard: pro Benutzer).</translation>
    </message>
    <message>
        <source>Do not keep the login in the keychain.</source>
        <translation>Die Anmeldung nicht im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Show a small window instead of a tray icon.</source>
        <translation>Ein kleines Fenster statt eines Symbols im Infobereich zeigen.</translation>
    </message>
    <message>
        <source>The single-instance name (default: one applet per user).</source>
        <translation>Der Name der Einzelinstanz (Standard: ein Applet pro Benutzer).</translation>
    </message>
    <message>
        <source>Frontline is already running; it was asked to show itself.</source>
        <translation>Frontline läuft bereits; es wurde gebeten, sich zu zeigen.</translation>
    </message>
    <message>
        <source>--server: expected host:port, got %1</source>
        <translation>--server: Host:Port erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>The server, host:port, or the servers of one desk in the order to try, host:port,host:port (default: the last used).</source>
        <translation>Der Server als Host:Port oder die Server eines Helpdesks in der Reihenfolge der Versuche, Host:Port,Host:Port (Standard: der zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Open this window: new-ticket, my-tickets, request, knowledge-base, announcements, outbox or settings (also in the applet already running).</source>
        <translation>Dieses Fenster öffnen: new-ticket, my-tickets, request, knowledge-base, announcements, outbox oder settings (auch im bereits laufenden Applet).</translation>
    </message>
</context>
<context>
    <name>WorkflowInfo</name>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>frontline::client::AnnouncementBoard</name>
    <message>
        <source>from %1 until further notice</source>
        <translation>ab %1 bis auf Weiteres</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>frontline::client::ApprovalInbox</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>frontline::client::AuditAdmin</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was refused.</source>
        <translation>Der Export wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::AuditModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>API token %1</source>
        <translation>API-Token %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>frontline::client::BulkImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; import it in parts.</source>
        <translation>Die Datei ist größer als %1 MB; importieren Sie sie in Teilen.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused</source>
        <translation>%1 neu anzulegen, %2 zu aktualisieren, %3 unverändert, %4 abgelehnt</translation>
    </message>
</context>
<context>
    <name>frontline::client::CatalogBrowser</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::CiEditor</name>
    <message>
        <source>The file is empty: it needs a header line and rows.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile und Datenzeilen.</translation>
    </message>
</context>
<context>
    <name>frontline::client::CiListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>abhängig von</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>läuft auf</translation>
    </message>
    <message>
        <source>connected to</source>
        <translation>verbunden mit</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>verwendet von</translation>
    </message>
</context>
<context>
    <name>frontline::client::ConversationModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 opened the ticket</source>
        <translation>%1 hat das Ticket eröffnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>Verknüpfte Tickets</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mailed to %1</source>
        <translation>Per Mail an %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Caused by change</source>
        <translation>Verursacht durch Änderung</translation>
    </message>
    <message>
        <source>Incident caused</source>
        <translation>Verursachte Störung</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Change approval</source>
        <translation>Genehmigung der Änderung</translation>
    </message>
    <message>
        <source>Post-implementation review</source>
        <translation>Nachbetrachtung der Umsetzung</translation>
    </message>
</context>
<context>
    <name>frontline::client::DashboardReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::FieldCatalogue</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Required: please fill this in.</source>
        <translation>Pflichtfeld: Bitte ausfüllen.</translation>
    </message>
    <message>
        <source>This field no longer exists; reopen the form.</source>
        <translation>Dieses Feld gibt es nicht mehr; öffnen Sie das Formular erneut.</translation>
    </message>
    <message>
        <source>This field does not apply to the ticket&apos;s type or category.</source>
        <translation>Dieses Feld gilt nicht für den Typ oder die Kategorie des Tickets.</translation>
    </message>
    <message>
        <source>Must be a text.</source>
        <translation>Muss ein Text sein.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be one line.</source>
        <translation>Muss einzeilig sein.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>Must be a date.</source>
        <translation>Muss ein Datum sein.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Wählen Sie eine der angebotenen Optionen.</translation>
    </message>
    <message>
        <source>%1 is not one of the options offered.</source>
        <translation>%1 gehört nicht zu den angebotenen Optionen.</translation>
    </message>
    <message>
        <source>Pick a person from the list that appears while typing.</source>
        <translation>Wählen Sie eine Person aus der Liste, die beim Tippen erscheint.</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>Wählen Sie eine Organisation.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Organisation #%1</source>
        <translation>Organisation #%1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ImportPreviewModel</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>frontline::client::LdapAdmin</name>
    <message numerus="yes">
        <source>Connected and signed in; the filter matches %n user(s).</source>
        <translation>
            <numerusform>Verbunden und angemeldet; der Filter trifft auf %n Benutzer zu.</numerusform>
            <numerusform>Verbunden und angemeldet; der Filter trifft auf %n Benutzer zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory&apos;s host name could not be resolved</source>
        <translation>Der Hostname des Verzeichnisses konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>No connection to the directory&apos;s port</source>
        <translation>Keine Verbindung zum Port des Verzeichnisses</translation>
    </message>
    <message>
        <source>TLS failed (certificate or handshake)</source>
        <translation>TLS ist fehlgeschlagen (Zertifikat oder Handshake)</translation>
    </message>
    <message>
        <source>The service account&apos;s DN or password was refused</source>
        <translation>DN oder Passwort des Dienstkontos wurde abgelehnt</translation>
    </message>
    <message>
        <source>The base DN does not exist</source>
        <translation>Der Basis-DN existiert nicht</translation>
    </message>
    <message>
        <source>The filter matches no user</source>
        <translation>Der Filter trifft auf keinen Benutzer zu</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Created %1, updated %2, disabled %3, unchanged %4.</source>
        <translation>Angelegt: %1, aktualisiert: %2, deaktiviert: %3, unverändert: %4.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::MailOutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>frontline::client::MailPreferences</name>
    <message>
        <source>My ticket was received</source>
        <translation>Mein Ticket ist eingegangen</translation>
    </message>
    <message>
        <source>Someone answered my ticket</source>
        <translation>Jemand hat auf mein Ticket geantwortet</translation>
    </message>
    <message>
        <source>The desk waits for my answer</source>
        <translation>Der Helpdesk wartet auf meine Antwort</translation>
    </message>
    <message>
        <source>My ticket was resolved (with the survey)</source>
        <translation>Mein Ticket wurde gelöst (mit der Umfrage)</translation>
    </message>
    <message>
        <source>My ticket was closed</source>
        <translation>Mein Ticket wurde geschlossen</translation>
    </message>
    <message>
        <source>A ticket was assigned to me</source>
        <translation>Mir wurde ein Ticket zugewiesen</translation>
    </message>
    <message>
        <source>A new ticket arrived in my group</source>
        <translation>In meiner Gruppe ist ein neues Ticket eingegangen</translation>
    </message>
    <message>
        <source>A ticket&apos;s SLA is at risk</source>
        <translation>Das SLA eines Tickets ist gefährdet</translation>
    </message>
    <message>
        <source>A ticket&apos;s SLA was breached</source>
        <translation>Das SLA eines Tickets wurde verletzt</translation>
    </message>
    <message>
        <source>A ticket was escalated</source>
        <translation>Ein Ticket wurde eskaliert</translation>
    </message>
    <message>
        <source>My approval is requested</source>
        <translation>Meine Genehmigung wird angefordert</translation>
    </message>
    <message>
        <source>An approval still waits for me (reminder)</source>
        <translation>Eine Genehmigung wartet noch auf mich (Erinnerung)</translation>
    </message>
</context>
<context>
    <name>frontline::client::MailboxAdmin</name>
    <message>
        <source>The connection works; the server offers IDLE, so new mail arrives at once.</source>
        <translation>Die Verbindung funktioniert; der Server bietet IDLE, neue Mails kommen also sofort an.</translation>
    </message>
    <message>
        <source>The connection works; the server offers no IDLE, so the mailbox is checked every minute.</source>
        <translation>Die Verbindung funktioniert; der Server bietet kein IDLE, das Postfach wird also jede Minute abgefragt.</translation>
    </message>
    <message>
        <source>Looking up the host name failed</source>
        <translation>Das Auflösen des Hostnamens ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connecting to the host and port failed</source>
        <translation>Die Verbindung zu Host und Port ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Logging in failed</source>
        <translation>Die Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opening the folder failed</source>
        <translation>Das Öffnen des Ordners ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The test failed at step &quot;%1&quot;</source>
        <translation>Der Test ist beim Schritt „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::NewTicketController</name>
    <message>
        <source>Incident (something is broken)</source>
        <translation>Störung (etwas ist kaputt)</translation>
    </message>
    <message>
        <source>Service request (something is wanted)</source>
        <translation>Serviceanfrage (etwas wird gewünscht)</translation>
    </message>
    <message>
        <source>Problem (the cause behind incidents)</source>
        <translation>Problem (die Ursache hinter Störungen)</translation>
    </message>
    <message>
        <source>Change (a planned change to a service)</source>
        <translation>Change (eine geplante Änderung an einem Dienst)</translation>
    </message>
    <message>
        <source>New ticket: %1</source>
        <translation>Neues Ticket: %1</translation>
    </message>
    <message>
        <source>Task (a step of a service request)</source>
        <translation>Aufgabe (ein Schritt einer Serviceanfrage)</translation>
    </message>
</context>
<context>
    <name>frontline::client::OrgTickets</name>
    <message>
        <source>#%1 %2
%3 · %4</source>
        <translation>#%1 %2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>frontline::client::Outbox</name>
    <message>
        <source>New ticket: %1</source>
        <translation>Neues Ticket: %1</translation>
    </message>
    <message>
        <source>Link #%1 and #%2</source>
        <translation>#%1 und #%2 verknüpfen</translation>
    </message>
</context>
<context>
    <name>frontline::client::OutboxModel</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Alles wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting, %1 refused by the server.</source>
        <translation>
            <numerusform>%n Änderung wartet, %1 vom Server abgelehnt.</numerusform>
            <numerusform>%n Änderungen warten, %1 vom Server abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>frontline::client::ProblemCandidatesModel</name>
    <message>
        <source>Suggested problem</source>
        <translation>Vorgeschlagenes Problem</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ProblemDesk</name>
    <message>
        <source>A known error needs a workaround: it is what agents are offered.</source>
        <translation>Ein bekannter Fehler braucht einen Workaround: Er wird den Agenten angeboten.</translation>
    </message>
</context>
<context>
    <name>frontline::client::SearchResults</name>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>frontline::client::Session</name>
    <message>
        <source>The server cannot be reached (%1). Trying again…</source>
        <translation>Der Server ist nicht erreichbar (%1). Neuer Versuch…</translation>
    </message>
    <message>
        <source>Your session was ended on the server (%1).</source>
        <translation>Ihre Sitzung wurde auf dem Server beendet (%1).</translation>
    </message>
</context>
<context>
    <name>frontline::client::TicketCis</name>
    <message>
        <source>affects 1 service</source>
        <translation>betrifft 1 Dienst</translation>
    </message>
    <message>
        <source>affects %1 services</source>
        <translation>betrifft %1 Dienste</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 Organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <source>(or more: the walk was cut short)</source>
        <translation>(oder mehr: die Suche wurde vorzeitig abgebrochen)</translation>
    </message>
</context>
<context>
    <name>frontline::client::TicketDetail</name>
    <message>
        <source>Internal note on #%1</source>
        <translation>Interne Notiz zu #%1</translation>
    </message>
    <message>
        <source>Reply on #%1</source>
        <translation>Antwort zu #%1</translation>
    </message>
    <message>
        <source>#%1 to %2</source>
        <translation>#%1 nach %2</translation>
    </message>
    <message>
        <source>Assign #%1</source>
        <translation>#%1 zuweisen</translation>
    </message>
    <message>
        <source>Unassign #%1</source>
        <translation>Zuweisung von #%1 aufheben</translation>
    </message>
    <message>
        <source>Move #%1 to another group</source>
        <translation>#%1 in eine andere Gruppe verschieben</translation>
    </message>
    <message>
        <source>Priority of #%1</source>
        <translation>Priorität von #%1</translation>
    </message>
    <message>
        <source>Escalate #%1</source>
        <translation>#%1 eskalieren</translation>
    </message>
    <message>
        <source>Link #%1 and #%2</source>
        <translation>#%1 und #%2 verknüpfen</translation>
    </message>
    <message>
        <source>Merge #%1 into #%2</source>
        <translation>#%1 in #%2 zusammenführen</translation>
    </message>
    <message>
        <source>Time on #%1</source>
        <translation>Zeit auf #%1</translation>
    </message>
    <message>
        <source>Fields of #%1</source>
        <translation>Felder von #%1</translation>
    </message>
</context>
<context>
    <name>frontline::client::TicketListModel</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>%1 (typing)</source>
        <translation>%1 (tippt)</translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation>Geöffnet von %1</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>Nobody else has it open</source>
        <translation>Niemand sonst hat es geöffnet</translation>
    </message>
    <message>
        <source>No SLA clock running</source>
        <translation>Keine SLA-Uhr läuft</translation>
    </message>
    <message>
        <source>%1, SLA breached</source>
        <translation>%1, SLA verletzt</translation>
    </message>
    <message>
        <source>%1, SLA at risk</source>
        <translation>%1, SLA gefährdet</translation>
    </message>
    <message>
        <source>%1, SLA on track</source>
        <translation>%1, SLA im Plan</translation>
    </message>
    <message>
        <source>SLA paused</source>
        <translation>SLA pausiert</translation>
    </message>
</context>
<context>
    <name>frontline::client::WebhookDeliveryModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::AnnouncementsWindow</name>
    <message>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>Nothing announced. All systems are expected to work as usual.</source>
        <translation>Nichts angekündigt. Alle Systeme sollten wie gewohnt funktionieren.</translation>
    </message>
    <message>
        <source>Now, %1</source>
        <translation>Jetzt, %1</translation>
    </message>
    <message>
        <source>Planned, %1</source>
        <translation>Geplant, %1</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>betrifft %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::FallbackWindow</name>
    <message>
        <source>Frontline help desk</source>
        <translation>Frontline-Helpdesk</translation>
    </message>
    <message>
        <source>Something not working? Tell the help desk.</source>
        <translation>Funktioniert etwas nicht? Sagen Sie es dem Helpdesk.</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Wissensdatenbank…</translation>
    </message>
    <message>
        <source>&amp;Announcements</source>
        <translation>&amp;Ankündigungen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;My tickets (%n unread)</source>
        <translation>
            <numerusform>&amp;Meine Tickets (%n ungelesen)</numerusform>
            <numerusform>&amp;Meine Tickets (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;My tickets</source>
        <translation>&amp;Meine Tickets</translation>
    </message>
    <message>
        <source>&amp;Request something…</source>
        <translation>Etwas an&amp;fragen…</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::KnowledgeBasePanel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Search the answers: printer, VPN, password…</source>
        <translation>Antworten durchsuchen: Drucker, VPN, Passwort…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) found</source>
        <translation>
            <numerusform>%n Antwort gefunden</numerusform>
            <numerusform>%n Antworten gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::MyTicketsWindow</name>
    <message>
        <source> · please confirm</source>
        <translation> · bitte bestätigen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Meine Tickets</translation>
    </message>
    <message>
        <source>Write to the desk… (Ctrl+Enter sends)</source>
        <translation>An den Helpdesk schreiben… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>You have no tickets yet.</source>
        <translation>Sie haben noch keine Tickets.</translation>
    </message>
    <message>
        <source>Choose a ticket on the left.</source>
        <translation>Wählen Sie links ein Ticket.</translation>
    </message>
    <message>
        <source>%1 is on it</source>
        <translation>%1 kümmert sich darum</translation>
    </message>
    <message>
        <source>not yet taken by anyone</source>
        <translation>noch von niemandem übernommen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Is the problem solved? Confirm it, or reopen the ticket.</source>
        <translation>Ist das Problem gelöst? Bestätigen Sie es oder öffnen Sie das Ticket erneut.</translation>
    </message>
    <message>
        <source>Tell the desk why:</source>
        <translation>Sagen Sie dem Helpdesk, warum:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>My organisation (%1)</source>
        <translation>Meine Organisation (%1)</translation>
    </message>
    <message>
        <source>%1 · raised by %2 · read only</source>
        <translation>%1 · erstellt von %2 · nur lesen</translation>
    </message>
    <message>
        <source>Conversation with the desk</source>
        <translation>Konversation mit dem Helpdesk</translation>
    </message>
    <message>
        <source>Message to the desk</source>
        <translation>Nachricht an den Helpdesk</translation>
    </message>
    <message>
        <source>My organisation&apos;s tickets</source>
        <translation>Tickets meiner Organisation</translation>
    </message>
    <message>
        <source>Your answer on the chosen ticket. Ctrl+Enter sends it.</source>
        <translation>Ihre Antwort zum ausgewählten Ticket. Strg+Eingabe sendet sie.</translation>
    </message>
    <message>
        <source>Show &amp;progress</source>
        <translation>&amp;Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>The request&apos;s approvals and tasks, live</source>
        <translation>Die Genehmigungen und Aufgaben der Anfrage, laufend aktualisiert</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::NewTicketWindow</name>
    <message>
        <source>Take a screensho&amp;t</source>
        <translation>Bildschirm&amp;foto aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Remove screenshot</source>
        <translation>Bildschirmfoto &amp;entfernen</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>What is wrong, in one line</source>
        <translation>Was ist los, in einer Zeile</translation>
    </message>
    <message>
        <source>What happens, since when, what you already tried, any error message</source>
        <translation>Was passiert, seit wann, was Sie schon versucht haben, Fehlermeldungen</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <source>I can work, but it&apos;s a nuisance</source>
        <translation>Ich kann arbeiten, aber es stört</translation>
    </message>
    <message>
        <source>My work is slowed down</source>
        <translation>Meine Arbeit ist verlangsamt</translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation>Ich kann nicht arbeiten</translation>
    </message>
    <message>
        <source>&amp;What is wrong?</source>
        <translation>&amp;Was ist los?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;How urgent?</source>
        <translation>&amp;Wie dringend?</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) may solve this already — double-click to read</source>
        <translation>
            <numerusform>%n Antwort könnte das schon lösen — Doppelklick zum Lesen</numerusform>
            <numerusform>%n Antworten könnten das schon lösen — Doppelklick zum Lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No screenshot</source>
        <translation>Kein Bildschirmfoto</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Screenshot and files</source>
        <translation>Bildschirmfoto und Dateien</translation>
    </message>
    <message>
        <source>Sent with the ticket: this computer&apos;s details</source>
        <translation>Wird mit dem Ticket gesendet: die Angaben zu diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, sent as a PNG image</source>
        <translation>%1 × %2 Pixel, als PNG-Bild gesendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Anzuhängende Dateien</translation>
    </message>
    <message>
        <source>This computer&apos;s details</source>
        <translation>Angaben zu diesem Computer</translation>
    </message>
    <message>
        <source>What happened, what you expected, and any error message; a screenshot and your computer&apos;s details can be added below.</source>
        <translation>Was passiert ist, was Sie erwartet haben, und etwaige Fehlermeldungen; ein Bildschirmfoto und die Angaben zu Ihrem Computer können Sie unten hinzufügen.</translation>
    </message>
    <message>
        <source>What it is about, if you know; it helps the right people see it first.</source>
        <translation>Worum es geht, falls Sie es wissen; so sehen es zuerst die richtigen Personen.</translation>
    </message>
    <message>
        <source>How much it stops your work; it decides how soon the desk answers.</source>
        <translation>Wie stark es Ihre Arbeit behindert; davon hängt ab, wie schnell der Helpdesk antwortet.</translation>
    </message>
    <message>
        <source>Please check the fields marked below.</source>
        <translation>Bitte prüfen Sie die unten markierten Felder.</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::RequestWindow</name>
    <message>
        <source>Your manager</source>
        <translation>Ihre Führungskraft</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>An approver</source>
        <translation>Eine genehmigende Person</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Request something</source>
        <translation>Etwas anfragen</translation>
    </message>
    <message>
        <source>&amp;Search the catalog:</source>
        <translation>Katalog &amp;durchsuchen:</translation>
    </message>
    <message>
        <source>What do you need? e.g. laptop, access, software</source>
        <translation>Was brauchen Sie? z. B. Laptop, Zugang, Software</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Shows the items whose name or description contains what you type</source>
        <translation>Zeigt die Einträge, deren Name oder Beschreibung Ihre Eingabe enthält</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Katalogeinträge</translation>
    </message>
    <message>
        <source>What you can request; press Enter to choose one</source>
        <translation>Was Sie anfragen können; mit Eingabe wählen Sie einen Eintrag aus</translation>
    </message>
    <message>
        <source>Loads the next items of the catalog</source>
        <translation>Lädt die nächsten Einträge des Katalogs</translation>
    </message>
    <message>
        <source>Opens the form of the item chosen</source>
        <translation>Öffnet das Formular des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Anything the desk should know (optional)</source>
        <translation>Was der Helpdesk wissen sollte (optional)</translation>
    </message>
    <message>
        <source>Your words to the desk</source>
        <translation>Ihre Nachricht an den Helpdesk</translation>
    </message>
    <message>
        <source>Optional: anything the desk should know about this request</source>
        <translation>Optional: was der Helpdesk zu dieser Anfrage wissen sollte</translation>
    </message>
    <message>
        <source>&amp;Back to the catalog</source>
        <translation>&amp;Zurück zum Katalog</translation>
    </message>
    <message>
        <source>Leaves this form without sending it</source>
        <translation>Verlässt dieses Formular, ohne es zu senden</translation>
    </message>
    <message>
        <source>Sends the request to the desk</source>
        <translation>Sendet die Anfrage an den Helpdesk</translation>
    </message>
    <message>
        <source>&amp;Anything else:</source>
        <translation>Sonst &amp;noch etwas:</translation>
    </message>
    <message>
        <source>Progress of the request</source>
        <translation>Fortschritt der Anfrage</translation>
    </message>
    <message>
        <source>The approvals, then the fulfilment tasks in stages, each with its state</source>
        <translation>Die Genehmigungen, dann die Umsetzungsaufgaben in Phasen, jeweils mit ihrem Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the request stands</source>
        <translation>Stand der Anfrage</translation>
    </message>
    <message>
        <source>Request &amp;something else</source>
        <translation>&amp;Etwas anderes anfragen</translation>
    </message>
    <message>
        <source>Back to the catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>There is nothing you can request here yet.</source>
        <translation>Hier gibt es noch nichts, was Sie anfragen können.</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Ihre Anfrage</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Anfrage wird geladen…</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your request is done (%1).</source>
        <translation>Ihre Anfrage ist erledigt (%1).</translation>
    </message>
    <message>
        <source>Your request was not approved.</source>
        <translation>Ihre Anfrage wurde nicht genehmigt.</translation>
    </message>
    <message>
        <source>Waiting for approval.</source>
        <translation>Wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Your request is with the desk (%1).</source>
        <translation>Ihre Anfrage liegt beim Helpdesk (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Being fulfilled: %1 of %n task(s) done.</source>
        <translation>
            <numerusform>In Umsetzung: %1 von %n Aufgabe erledigt.</numerusform>
            <numerusform>In Umsetzung: %1 von %n Aufgaben erledigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::SurveyPanel</name>
    <message>
        <source>How did we do? Your answer helps the desk improve.</source>
        <translation>Wie waren wir? Ihre Antwort hilft dem Helpdesk, besser zu werden.</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Bewertung senden</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>Ein Kommentar (optional)</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Sehr unzufrieden</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Sehr zufrieden</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <translation>%1 von 5: %2</translation>
    </message>
    <message>
        <source>You rated this %1 of 5. Thank you! You can change your answer.</source>
        <translation>Sie haben %1 von 5 vergeben. Danke! Sie können Ihre Antwort ändern.</translation>
    </message>
    <message>
        <source>Your comment on the answer</source>
        <translation>Ihr Kommentar zur Antwort</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::TrayAnnouncements</name>
    <message>
        <source>The connection to the help desk is lost. Trying again; what you write is kept and sent later.</source>
        <translation>Die Verbindung zum Helpdesk ist unterbrochen. Neuer Versuch läuft; was Sie schreiben, wird aufbewahrt und später gesendet.</translation>
    </message>
    <message>
        <source>The connection to the help desk is back.</source>
        <translation>Die Verbindung zum Helpdesk besteht wieder.</translation>
    </message>
    <message>
        <source>New reply from %1 on your ticket #%2.</source>
        <translation>Neue Antwort von %1 zu Ihrem Ticket #%2.</translation>
    </message>
    <message>
        <source>Your ticket #%1 is resolved. Please confirm that it is solved, or reopen it, and tell us how we did.</source>
        <translation>Ihr Ticket #%1 ist gelöst. Bitte bestätigen Sie, dass es erledigt ist, oder öffnen Sie es erneut, und sagen Sie uns, wie zufrieden Sie waren.</translation>
    </message>
    <message>
        <source>Announcement, %1: %2. %3</source>
        <translation>Ankündigung, %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::TrayApp</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;My tickets</source>
        <translation>&amp;Meine Tickets</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Wissensdatenbank…</translation>
    </message>
    <message>
        <source>&amp;Announcements</source>
        <translation>&amp;Ankündigungen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Frontline help desk</source>
        <translation>Frontline-Helpdesk</translation>
    </message>
    <message>
        <source>You were logged out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <source>%1 replied on #%2</source>
        <translation>%1 hat auf #%2 geantwortet</translation>
    </message>
    <message>
        <source>#%1 is now %2</source>
        <translation>#%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Please confirm that it is solved, or reopen it, and tell us how we did.</source>
        <translation>Bitte bestätigen Sie, dass es gelöst ist, oder öffnen Sie es erneut, und sagen Sie uns, wie wir waren.</translation>
    </message>
    <message>
        <source>Ticket #%1 sent</source>
        <translation>Ticket #%1 gesendet</translation>
    </message>
    <message>
        <source>“%1” is with the help desk. You will be told when someone answers.</source>
        <translation>„%1“ ist beim Helpdesk. Sie erfahren es, wenn jemand antwortet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Frontline — log in to the help desk</source>
        <translation>Frontline — beim Helpdesk anmelden</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The help desk is out of reach; trying again…</source>
        <translation>Der Helpdesk ist nicht erreichbar; neuer Versuch…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread reply(s)</source>
        <translation>
            <numerusform>%n ungelesene Antwort</numerusform>
            <numerusform>%n ungelesene Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;My tickets (%n unread)</source>
        <translation>
            <numerusform>&amp;Meine Tickets (%n ungelesen)</numerusform>
            <numerusform>&amp;Meine Tickets (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ticket is waiting</source>
        <translation>Ihr Ticket wartet</translation>
    </message>
    <message>
        <source>“%1” will be sent as soon as the help desk is reachable again.</source>
        <translation>„%1“ wird gesendet, sobald der Helpdesk wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Glad it is solved</source>
        <translation>Schön, dass es gelöst ist</translation>
    </message>
    <message>
        <source>No ticket was needed. Thank you for checking!</source>
        <translation>Es war kein Ticket nötig. Danke fürs Nachsehen!</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent…</source>
        <translation>&amp;Wartet auf Versand…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Nachricht wartet auf Versand</numerusform>
            <numerusform>%n Nachrichten warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not accepted by the help desk</source>
        <translation>
            <numerusform>%n Nachricht vom Helpdesk nicht angenommen</numerusform>
            <numerusform>%n Nachrichten vom Helpdesk nicht angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Frontline — waiting to be sent</source>
        <translation>Frontline — wartet auf Versand</translation>
    </message>
    <message>
        <source>S&amp;ecurity…</source>
        <translation>S&amp;icherheit…</translation>
    </message>
    <message>
        <source>&amp;Request something…</source>
        <translation>Etwas an&amp;fragen…</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::TraySettingsDialog</name>
    <message>
        <source>&amp;Start Frontline when I log in</source>
        <translation>Frontline beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications for replies and announcements</source>
        <translation>&amp;Desktop-Benachrichtigungen für Antworten und Ankündigungen zeigen</translation>
    </message>
    <message>
        <source>Frontline settings</source>
        <translation>Frontline-Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>The start with the session could not be changed (%1).</source>
        <translation>Der Start mit der Sitzung konnte nicht geändert werden (%1).</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::Actions</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>N&amp;ext ticket</source>
        <translation>Nä&amp;chstes Ticket</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Vorheriges Ticket</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>&amp;Find a ticket</source>
        <translation>Ticket &amp;finden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Link to another ticket…</source>
        <translation>Mit anderem Ticket &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Merge into another ticket…</source>
        <translation>In anderes Ticket &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Log &amp;time…</source>
        <translation>&amp;Zeit erfassen…</translation>
    </message>
    <message>
        <source>Save this &amp;view…</source>
        <translation>Diese &amp;Ansicht speichern…</translation>
    </message>
    <message>
        <source>&amp;Waiting changes…</source>
        <translation>&amp;Wartende Änderungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Benutzer und Rollen…</translation>
    </message>
    <message>
        <source>&amp;Groups and tiers…</source>
        <translation>&amp;Gruppen und Stufen…</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Kategorien…</translation>
    </message>
    <message>
        <source>Canned &amp;responses…</source>
        <translation>&amp;Textbausteine…</translation>
    </message>
    <message>
        <source>Business &amp;hours…</source>
        <translation>&amp;Geschäftszeiten…</translation>
    </message>
    <message>
        <source>&amp;SLA policies…</source>
        <translation>&amp;SLA-Richtlinien…</translation>
    </message>
    <message>
        <source>Automation &amp;rules…</source>
        <translation>Automatisierungs&amp;regeln…</translation>
    </message>
    <message>
        <source>&amp;Away (no new tickets for me)</source>
        <translation>&amp;Abwesend (keine neuen Tickets für mich)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;Wissensdatenbank…</translation>
    </message>
    <message>
        <source>Write an &amp;article from this ticket…</source>
        <translation>&amp;Artikel aus diesem Ticket schreiben…</translation>
    </message>
    <message>
        <source>Insert a link to an a&amp;rticle…</source>
        <translation>Link auf einen A&amp;rtikel einfügen…</translation>
    </message>
    <message>
        <source>&amp;Announcements…</source>
        <translation>&amp;Ankündigungen…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>Raise a &amp;problem from this ticket…</source>
        <translation>&amp;Problem aus diesem Ticket erstellen…</translation>
    </message>
    <message>
        <source>Raise a c&amp;hange…</source>
        <translation>C&amp;hange erstellen…</translation>
    </message>
    <message>
        <source>API &amp;tokens…</source>
        <translation>API-&amp;Token…</translation>
    </message>
    <message>
        <source>Signed-in &amp;devices…</source>
        <translation>Angemeldete &amp;Geräte…</translation>
    </message>
    <message>
        <source>Appr&amp;ovals…</source>
        <translation>&amp;Genehmigungen…</translation>
    </message>
    <message>
        <source>New p&amp;roblem…</source>
        <translation>Neues P&amp;roblem…</translation>
    </message>
    <message>
        <source>Candidate pro&amp;blems…</source>
        <translation>Pro&amp;blemkandidaten…</translation>
    </message>
    <message>
        <source>Service re&amp;quest for a caller…</source>
        <translation>Serviceanfrage &amp;für eine anrufende Person…</translation>
    </message>
    <message>
        <source>Confi&amp;guration items…</source>
        <translation>Konfigurations&amp;elemente…</translation>
    </message>
    <message>
        <source>New chan&amp;ge…</source>
        <translation>Neuer Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Change &amp;calendar…</source>
        <translation>Change-Ka&amp;lender…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Benutzer und Rollen</translation>
    </message>
    <message>
        <source>&amp;Groups and tiers</source>
        <translation>&amp;Gruppen und Stufen</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>Canned &amp;responses</source>
        <translation>&amp;Textbausteine</translation>
    </message>
    <message>
        <source>Business &amp;hours</source>
        <translation>G&amp;eschäftszeiten</translation>
    </message>
    <message>
        <source>&amp;SLA policies</source>
        <translation>&amp;SLA-Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Lifecycles</source>
        <translation>&amp;Lebenszyklen</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Postfächer</translation>
    </message>
    <message>
        <source>&amp;Outgoing mail</source>
        <translation>&amp;Ausgehende Mails</translation>
    </message>
    <message>
        <source>Mail &amp;templates</source>
        <translation>Mail-&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Mail out&amp;box</source>
        <translation>Mail-Postausga&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation>Ver&amp;zeichnisse</translation>
    </message>
    <message>
        <source>Automat&amp;ion rules</source>
        <translation>Automatisierungs&amp;regeln</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sic&amp;herheit</translation>
    </message>
    <message>
        <source>Orga&amp;nisations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>A&amp;udit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Catalo&amp;g</source>
        <translation>Ser&amp;vicekatalog</translation>
    </message>
    <message>
        <source>CI class&amp;es</source>
        <translation>&amp;CI-Klassen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes on %1 are not saved. Close the window and discard them?</source>
        <translation>Nicht gespeicherte Änderungen: %1. Das Fenster schließen und sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AdminPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Choose one to edit it in the form beside</source>
        <translation>Wählen Sie einen aus, um ihn im Formular daneben zu bearbeiten</translation>
    </message>
    <message>
        <source>The changes in the form are not saved. Discard them?</source>
        <translation>Die Änderungen im Formular sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AnnouncementDialog</name>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Requesters (the tray applets)</source>
        <translation>Anfragende (die Infobereich-Applets)</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Nur Mitarbeitende</translation>
    </message>
    <message>
        <source>Mail server maintenance tonight</source>
        <translation>Wartung des Mailservers heute Nacht</translation>
    </message>
    <message>
        <source>What happens, what people should do, whom to call</source>
        <translation>Was passiert, was man tun soll, wen man anrufen kann</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginnt</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>[%1] %2: %3 — %4, by %5</source>
        <translation>[%1] %2: %3 — %4, von %5</translation>
    </message>
    <message>
        <source>Give the announcement a title.</source>
        <translation>Geben Sie der Ankündigung einen Titel.</translation>
    </message>
    <message>
        <source>Current announcements</source>
        <translation>Aktuelle Ankündigungen</translation>
    </message>
    <message>
        <source>What sort of news this is: it decides the icon and how urgent it looks</source>
        <translation>Art der Meldung: bestimmt das Symbol und wie dringend sie wirkt</translation>
    </message>
    <message>
        <source>The announcement itself, in plain text</source>
        <translation>Der Text der Ankündigung, als reiner Text</translation>
    </message>
    <message>
        <source>Who sees the announcement</source>
        <translation>Wer die Ankündigung sieht</translation>
    </message>
    <message>
        <source>When the announcement starts to show</source>
        <translation>Ab wann die Ankündigung angezeigt wird</translation>
    </message>
    <message>
        <source>Whether the announcement disappears by itself at the time beside it</source>
        <translation>Ob die Ankündigung zum nebenstehenden Zeitpunkt von selbst verschwindet</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>When the announcement stops showing</source>
        <translation>Bis wann die Ankündigung angezeigt wird</translation>
    </message>
    <message>
        <source>Users of the affected services</source>
        <translation>Benutzer der betroffenen Dienste</translation>
    </message>
    <message>
        <source>The users of the services that depend on these CIs, and the members of their organisations, see the announcement</source>
        <translation>Die Benutzer der Dienste, die von diesen CIs abhängen, und die Mitglieder ihrer Organisationen sehen die Ankündigung</translation>
    </message>
    <message>
        <source>Affected &amp;CIs</source>
        <translation>Betroffene &amp;CIs</translation>
    </message>
    <message>
        <source>%1 is unavailable</source>
        <translation>%1 ist nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source> — users of %1: %n people reached</source>
        <translation>
            <numerusform> — Benutzer von %1: %n Person erreicht</numerusform>
            <numerusform> — Benutzer von %1: %n Personen erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the CIs whose services are affected.</source>
        <translation>Wählen Sie die CIs, deren Dienste betroffen sind.</translation>
    </message>
    <message>
        <source>Worked out from the relationships of the chosen CIs, as publishing will</source>
        <translation>Aus den Beziehungen der gewählten CIs ermittelt, so wie beim Veröffentlichen</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Choose the CIs: the users of the services that depend on them are reached.</source>
        <translation>Wählen Sie die CIs: erreicht werden die Nutzer der Dienste, die von ihnen abhängen.</translation>
    </message>
    <message>
        <source>Looking for the services that depend on them…</source>
        <translation>Die Dienste, die von ihnen abhängen, werden gesucht…</translation>
    </message>
    <message>
        <source>No service depends on these CIs and nobody uses them: nobody would be reached.</source>
        <translation>Kein Dienst hängt von diesen CIs ab und niemand nutzt sie: niemand würde erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>No service depends on these CIs; their users: %n people.</source>
        <translation>
            <numerusform>Kein Dienst hängt von diesen CIs ab; ihre Nutzer: %n Person.</numerusform>
            <numerusform>Kein Dienst hängt von diesen CIs ab; ihre Nutzer: %n Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services affected: %1 — %n people reached.</source>
        <translation>
            <numerusform>Betroffene Dienste: %1 — %n Person erreicht.</numerusform>
            <numerusform>Betroffene Dienste: %1 — %n Personen erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The search stopped at its bound: there may be more.)</source>
        <translation>(Die Suche hat an ihrer Grenze angehalten: es können mehr sein.)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ApiTokensDialog</name>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>Token &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>e.g. ticket. or agent</source>
        <translation>z. B. ticket. oder agent</translation>
    </message>
    <message>
        <source>Role names (requester, agent, manager, admin) and method prefixes such as ticket., separated by commas</source>
        <translation>Rollennamen (requester, agent, manager, admin) und Methodenpräfixe wie ticket., durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>Das Geheimnis ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; created. Copy its secret now: it is not shown again.</source>
        <translation>Token „%1“ angelegt. Kopieren Sie jetzt sein Geheimnis: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>The token is revoked.</source>
        <translation>Das Token ist widerrufen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Scripts using it stop working at once.</source>
        <translation>„%1“ widerrufen? Skripte, die es verwenden, funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>A name that says what the token is for, such as the script using it</source>
        <translation>Ein Name, der den Zweck des Tokens angibt, etwa das Skript, das ihn verwendet</translation>
    </message>
    <message>
        <source>Whether the token stops working at the date and time beside it</source>
        <translation>Ob der Token zum nebenstehenden Datum und zur nebenstehenden Uhrzeit ungültig wird</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>When the token stops working</source>
        <translation>Wann der Token ungültig wird</translation>
    </message>
    <message>
        <source>The new token&apos;s secret: copy it now, it is not shown again</source>
        <translation>Das Geheimnis des neuen Tokens: Kopieren Sie es jetzt, es wird nicht erneut angezeigt</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AppController</name>
    <message>
        <source>You were logged out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <source>The server does not answer (%1). Trying again…</source>
        <translation>Der Server antwortet nicht (%1). Neuer Versuch…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>The server %1 presents a different certificate than the one trusted before.

Trusted: %2
Now: %3

This happens when the server&apos;s certificate was renewed, or when someone is intercepting the connection. Ask your administrator before accepting.</source>
        <translation>Der Server %1 legt ein anderes Zertifikat vor als das bisher vertraute.

Vertraut: %2
Jetzt: %3

Das geschieht, wenn das Zertifikat des Servers erneuert wurde – oder wenn jemand die Verbindung abfängt. Fragen Sie Ihren Administrator, bevor Sie es annehmen.</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Dem neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The connection was refused: the server&apos;s certificate is not the trusted one.</source>
        <translation>Die Verbindung wurde abgelehnt: Das Zertifikat des Servers ist nicht das vertraute.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ApprovalChainEditor</name>
    <message>
        <source>Add a&amp;pproval step</source>
        <translation>&amp;Genehmigungsschritt hinzufügen</translation>
    </message>
    <message>
        <source>Adds a step after the last: the request waits for it in turn</source>
        <translation>Fügt nach dem letzten Schritt einen weiteren hinzu: Die Anfrage wartet der Reihe nach auf jeden</translation>
    </message>
    <message>
        <source>No approval: the request goes straight to fulfilment.</source>
        <translation>Keine Genehmigung: Die Anfrage geht direkt in die Umsetzung.</translation>
    </message>
    <message>
        <source>The requester&apos;s manager</source>
        <translation>Die Führungskraft der anfragenden Person</translation>
    </message>
    <message>
        <source>A named person</source>
        <translation>Eine bestimmte Person</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Mitglieder einer Gruppe</translation>
    </message>
    <message>
        <source>Who approves at this step</source>
        <translation>Wer in diesem Schritt genehmigt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>any one of them</source>
        <translation>ein beliebiges Mitglied</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>alle Mitglieder</translation>
    </message>
    <message>
        <source>n of them</source>
        <translation>n Mitglieder</translation>
    </message>
    <message>
        <source>How many of the group&apos;s members must approve</source>
        <translation>Wie viele Mitglieder der Gruppe genehmigen müssen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Erforderliche Genehmigungen</translation>
    </message>
    <message>
        <source>How many members must approve (n of m)</source>
        <translation>Wie viele Mitglieder genehmigen müssen (n von m)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Takes this step out of the chain</source>
        <translation>Nimmt diesen Schritt aus der Kette</translation>
    </message>
    <message>
        <source>#%1 (unknown)</source>
        <translation>#%1 (unbekannt)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The group whose members approve</source>
        <translation>Die Gruppe, deren Mitglieder genehmigen</translation>
    </message>
    <message>
        <source>Type a name, username or e-mail</source>
        <translation>Name, Benutzername oder E-Mail eingeben</translation>
    </message>
    <message>
        <source>The person who approves: type part of their name, username or e-mail and choose</source>
        <translation>Die Person, die genehmigt: Teil des Namens, Benutzernamens oder der E-Mail eingeben und auswählen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ApprovalsWindow</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Ticket ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Approvals waiting on me</source>
        <translation>Genehmigungen, die auf mich warten</translation>
    </message>
    <message>
        <source>Selected approval</source>
        <translation>Ausgewählte Genehmigung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>Kommentar (für eine Ablehnung erforderlich)</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Genehmigt.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing waits on your approval.</source>
        <translation>Nichts wartet auf Ihre Genehmigung.</translation>
    </message>
    <message>
        <source>Ticket #%1 &quot;%2&quot;, requested by %3. Step %4 of %5.</source>
        <translation>Ticket #%1 „%2“, angefragt von %3. Schritt %4 von %5.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Handed to you while its approver is away.</source>
        <translation>Ihnen übergeben, solange die genehmigende Person abwesend ist.</translation>
    </message>
    <message>
        <source>Why you approve or reject: the requester reads it; required to reject</source>
        <translation>Begründung für Genehmigen oder Ablehnen: der Anfragende liest sie; zum Ablehnen erforderlich</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticleEditor</name>
    <message>
        <source>Edit article KB-%1</source>
        <translation>Artikel KB-%1 bearbeiten</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Internal — agents only</source>
        <translation>Intern — nur Bearbeiter</translation>
    </message>
    <message>
        <source>Public — requesters too, once published</source>
        <translation>Öffentlich — nach Veröffentlichung auch für Anfragende</translation>
    </message>
    <message>
        <source>e.g. vpn, macos</source>
        <translation>z. B. vpn, macos</translation>
    </message>
    <message>
        <source>Markdown: ## headings, 1. steps, **bold**, `code`</source>
        <translation>Markdown: ## Überschriften, 1. Schritte, **fett**, `Code`</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>&amp;Sichtbar für:</translation>
    </message>
    <message>
        <source>A colleague saved a newer version of this article meanwhile. Your text is still here: copy it, close this editor and edit the newest version.</source>
        <translation>Eine Kollegin oder ein Kollege hat inzwischen eine neuere Version dieses Artikels gespeichert. Ihr Text ist noch hier: kopieren Sie ihn, schließen Sie den Editor und bearbeiten Sie die neueste Version.</translation>
    </message>
    <message>
        <source>The article&apos;s title, as it shows in the list and in searches</source>
        <translation>Der Titel des Artikels, wie er in der Liste und in Suchergebnissen erscheint</translation>
    </message>
    <message>
        <source>The ticket category the article belongs to, if any</source>
        <translation>Die Ticketkategorie, zu der der Artikel gehört, falls vorhanden</translation>
    </message>
    <message>
        <source>Words to find the article by, separated by commas</source>
        <translation>Suchbegriffe für den Artikel, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Whether only agents or also requesters may read the article</source>
        <translation>Ob nur Agenten oder auch Anfragende den Artikel lesen dürfen</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>The article in Markdown; the preview beside it shows how it reads</source>
        <translation>Der Artikel in Markdown; die Vorschau daneben zeigt, wie er aussieht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticleHistoryDialog</name>
    <message>
        <source>History of KB-%1</source>
        <translation>Verlauf von KB-%1</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 ago</source>
        <translation>Version %1 — %2, vor %3</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>This change is too large to show in full.</source>
        <translation>Diese Änderung ist zu groß, um sie vollständig zu zeigen.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticlePickerDialog</name>
    <message>
        <source>Insert a link to an article</source>
        <translation>Link auf einen Artikel einfügen</translation>
    </message>
    <message>
        <source>Words from the article&apos;s title or text…</source>
        <translation>Wörter aus Titel oder Text des Artikels…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticleViewer</name>
    <message>
        <source>Article KB-%1</source>
        <translation>Artikel KB-%1</translation>
    </message>
    <message>
        <source>This solved my problem</source>
        <translation>Das hat mein Problem gelöst</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AttachmentList</name>
    <message>
        <source>Computer details</source>
        <translation>Computerangaben</translation>
    </message>
    <message>
        <source>📎 %1 (%2, %3)</source>
        <translation>📎 %1 (%2, %3)</translation>
    </message>
    <message>
        <source>From %1. Double-click to %2.</source>
        <translation>Von %1. Doppelklick: %2.</translation>
    </message>
    <message>
        <source>view it</source>
        <translation>ansehen</translation>
    </message>
    <message>
        <source>save it</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>Reporter&apos;s computer: %1 · %2</source>
        <translation>Computer der meldenden Person: %1 · %2</translation>
    </message>
    <message>
        <source>Reporter&apos;s computer</source>
        <translation>Computer der meldenden Person</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>Automatisierungsregeln</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation>Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Name, action or value</source>
        <translation>Name, Aktion oder Wert</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 by %2 from %3</source>
        <translation>%1 von %2 aus %3</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Audit-Protokolls</translation>
    </message>
    <message>
        <source>Changed fields of the chosen entry</source>
        <translation>Geänderte Felder des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Which kind of change the log shows: all, or one kind (logins, users, configuration…).</source>
        <translation>Welche Art von Änderungen das Protokoll zeigt: alle oder eine Art (Anmeldungen, Benutzer, Konfiguration…).</translation>
    </message>
    <message>
        <source>The last day shown, year-month-day; &quot;any&quot;: up to today.</source>
        <translation>Der letzte angezeigte Tag, Jahr-Monat-Tag; „beliebig“: bis heute.</translation>
    </message>
    <message>
        <source>The first day shown, year-month-day; &quot;any&quot;: from the beginning.</source>
        <translation>Der erste angezeigte Tag, Jahr-Monat-Tag; „beliebig“: von Anfang an.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CalendarView</name>
    <message>
        <source>Change calendar</source>
        <translation>Change-Kalender</translation>
    </message>
    <message>
        <source>Changes by day, coloured by risk; a double-click opens one</source>
        <translation>Changes nach Tag, nach Risiko eingefärbt; ein Doppelklick öffnet einen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Sperrzeit: %1</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Wartungsfenster: %1</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>%1 (%2, %3 – %4)</source>
        <translation>%1 (%2, %3 – %4)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CalendarsPage</name>
    <message>
        <source>One date per line, e.g. 2026-12-25</source>
        <translation>Ein Datum pro Zeile, z. B. 2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>closed, or e.g. 08:00-12:00, 13:00-17:00</source>
        <translation>geschlossen, oder z. B. 08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Feiertage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n open ticket(s) re-planned.</source>
        <translation>
            <numerusform>Gespeichert; %n offenes Ticket neu geplant.</numerusform>
            <numerusform>Gespeichert; %n offene Tickets neu geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, interval %2</source>
        <translation>%1, Zeitraum %2</translation>
    </message>
    <message>
        <source>Holidays, line %1</source>
        <translation>Feiertage, Zeile %1</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The time zone the opening hours below are in.</source>
        <translation>Die Zeitzone der Öffnungszeiten unten.</translation>
    </message>
    <message>
        <source>The calendar&apos;s name, chosen on SLA policies.</source>
        <translation>Der Name des Kalenders, der in SLA-Richtlinien gewählt wird.</translation>
    </message>
    <message>
        <source>Days the desk is closed and SLA clocks stop: one date per line, year-month-day (2026-12-25).</source>
        <translation>Tage, an denen der Helpdesk geschlossen ist und die SLA-Uhren anhalten: ein Datum pro Zeile, Jahr-Monat-Tag (2026-12-25).</translation>
    </message>
    <message>
        <source>Another manager changed this calendar while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Eine andere Führungskraft hat diesen Kalender geändert, während Sie ihn bearbeitet haben. Beim Speichern ersetzen Ihre Änderungen die der anderen Person.</translation>
    </message>
    <message>
        <source>Another manager deleted this calendar. Saving creates it again.</source>
        <translation>Eine andere Führungskraft hat diesen Kalender gelöscht. Beim Speichern wird er neu angelegt.</translation>
    </message>
    <message>
        <source>&amp;Delete calendar</source>
        <translation>Kalender &amp;löschen</translation>
    </message>
    <message>
        <source>Calendar deleted.</source>
        <translation>Kalender gelöscht.</translation>
    </message>
    <message>
        <source>Delete the calendar “%1”? A calendar an SLA policy counts in cannot be deleted; choose another calendar on the policy first.</source>
        <translation>Den Kalender „%1“ löschen? Ein Kalender, nach dem eine SLA-Richtlinie rechnet, kann nicht gelöscht werden; wählen Sie zuerst einen anderen Kalender in der Richtlinie.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CallerRequestDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>&amp;File request</source>
        <translation>Anfrage &amp;stellen</translation>
    </message>
    <message>
        <source>Service request for a caller</source>
        <translation>Serviceanfrage für eine anrufende Person</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name or address</source>
        <translation>Namen oder Adresse der anrufenden Person eingeben</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufende Person</translation>
    </message>
    <message>
        <source>The person the request is for: it is filed as theirs, and the catalog shows what they may request</source>
        <translation>Die Person, für die die Anfrage ist: Sie wird in ihrem Namen gestellt, und der Katalog zeigt, was sie anfragen darf</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>An&amp;rufende Person:</translation>
    </message>
    <message>
        <source>&amp;Search the catalog:</source>
        <translation>Katalog &amp;durchsuchen:</translation>
    </message>
    <message>
        <source>e.g. laptop, access, software</source>
        <translation>z. B. Laptop, Zugang, Software</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Shows the items whose name or description contains what you type</source>
        <translation>Zeigt die Einträge, deren Name oder Beschreibung Ihre Eingabe enthält</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Katalogeinträge</translation>
    </message>
    <message>
        <source>What the caller may request; choose one to see its form</source>
        <translation>Was die anrufende Person anfragen darf; wählen Sie einen Eintrag, um sein Formular zu sehen</translation>
    </message>
    <message>
        <source>Loads the next items of the catalog</source>
        <translation>Lädt die nächsten Einträge des Katalogs</translation>
    </message>
    <message>
        <source>Choose an item from the catalog</source>
        <translation>Wählen Sie einen Eintrag aus dem Katalog</translation>
    </message>
    <message>
        <source>What the caller said (optional)</source>
        <translation>Was die anrufende Person sagte (optional)</translation>
    </message>
    <message>
        <source>The caller&apos;s words</source>
        <translation>Die Worte der anrufenden Person</translation>
    </message>
    <message>
        <source>Optional: what the caller said about this request</source>
        <translation>Optional: was die anrufende Person zu dieser Anfrage sagte</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Files the request as the caller&apos;s</source>
        <translation>Stellt die Anfrage im Namen der anrufenden Person</translation>
    </message>
    <message>
        <source>The catalog shows what %1 may request.</source>
        <translation>Der Katalog zeigt, was %1 anfragen darf.</translation>
    </message>
    <message>
        <source>Choose the caller first: the catalog depends on who they are.</source>
        <translation>Wählen Sie zuerst die anrufende Person: Der Katalog hängt davon ab, wer sie ist.</translation>
    </message>
    <message>
        <source>Pick the caller from the suggestions.</source>
        <translation>Wählen Sie die anrufende Person aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>There is nothing this caller can request.</source>
        <translation>Diese anrufende Person kann nichts anfragen.</translation>
    </message>
    <message>
        <source>Choose the caller first.</source>
        <translation>Wählen Sie zuerst die anrufende Person.</translation>
    </message>
    <message>
        <source>Choose what the caller needs from the catalog.</source>
        <translation>Wählen Sie im Katalog, was die anrufende Person braucht.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CandidateProblemsWindow</name>
    <message>
        <source>&amp;Create problem…</source>
        <translation>Problem &amp;erstellen…</translation>
    </message>
    <message>
        <source>Candidate problems</source>
        <translation>Problemkandidaten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Kleinste Gruppe</translation>
    </message>
    <message>
        <source>Recurring incidents of one category with similar words, not linked to a problem</source>
        <translation>Wiederkehrende Störungen einer Kategorie mit ähnlichen Wörtern, die mit keinem Problem verknüpft sind</translation>
    </message>
    <message>
        <source>Incidents of the selected group</source>
        <translation>Störungen der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Created within:</source>
        <translation>Erstellt innerhalb von:</translation>
    </message>
    <message>
        <source>At least (incidents):</source>
        <translation>Mindestens (Störungen):</translation>
    </message>
    <message>
        <source>No recurring incidents found in this period.</source>
        <translation>Keine wiederkehrenden Störungen in diesem Zeitraum gefunden.</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CannedPage</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Placeholders: {{requester.name}}, {{requester.first_name}}, {{ticket.id}}, {{ticket.title}}, {{agent.name}}</source>
        <translation>Platzhalter: {{requester.name}}, {{requester.first_name}}, {{ticket.id}}, {{ticket.title}}, {{agent.name}}</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Canned response created.</source>
        <translation>Textbaustein angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The name agents pick the canned response by.</source>
        <translation>Der Name, unter dem Agenten den Textbaustein auswählen.</translation>
    </message>
    <message>
        <source>The text put into the reply; the agent can edit it before sending.</source>
        <translation>Der Text, der in die Antwort eingefügt wird; der Agent kann ihn vor dem Senden bearbeiten.</translation>
    </message>
    <message>
        <source>Delete the canned response “%1”? Replies already written with it stay as they are.</source>
        <translation>Den Textbaustein „%1“ löschen? Antworten, die schon damit geschrieben wurden, bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CatalogFormDesigner</name>
    <message>
        <source>A&amp;dd field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds the chosen custom field to the form&apos;s end</source>
        <translation>Fügt das gewählte benutzerdefinierte Feld am Ende des Formulars hinzu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Moves the selected field one place up the form</source>
        <translation>Verschiebt das ausgewählte Feld im Formular um eine Stelle nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Moves the selected field one place down the form</source>
        <translation>Verschiebt das ausgewählte Feld im Formular um eine Stelle nach unten</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Takes the selected field off the form</source>
        <translation>Nimmt das ausgewählte Feld aus dem Formular</translation>
    </message>
    <message>
        <source>The custom fields not yet on the form</source>
        <translation>Die benutzerdefinierten Felder, die noch nicht im Formular sind</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>The form&apos;s fields in the order the requester fills them in; checked: required. Drag a field or use Move up and Move down to reorder</source>
        <translation>Die Felder des Formulars in der Reihenfolge, in der die anfragende Person sie ausfüllt; aktiviert: erforderlich. Ziehen Sie ein Feld oder verwenden Sie „Nach oben“ und „Nach unten“, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Fi&amp;eld</source>
        <translation>F&amp;eld</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Checked: the requester must fill it in. Drag a field, or use Move up and Move down, to change the order.</source>
        <translation>Aktiviert: Die anfragende Person muss es ausfüllen. Ziehen Sie ein Feld oder verwenden Sie „Nach oben“ und „Nach unten“, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Preview: the requester&apos;s form</source>
        <translation>Vorschau: das Formular der anfragenden Person</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>Checked: the requester must fill it in</source>
        <translation>Aktiviert: Die anfragende Person muss es ausfüllen</translation>
    </message>
    <message>
        <source>No fields: the requester only describes the request.</source>
        <translation>Keine Felder: Die anfragende Person beschreibt nur die Anfrage.</translation>
    </message>
    <message>
        <source>The requester fills in these fields, then sends.</source>
        <translation>Die anfragende Person füllt diese Felder aus und sendet dann.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CatalogPage</name>
    <message>
        <source>Requesters</source>
        <translation>Anfragende</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Acti&amp;ve: requesters can ask for it</source>
        <translation>A&amp;ktiv: Anfragende können ihn anfragen</translation>
    </message>
    <message>
        <source>New laptop</source>
        <translation>Neuer Laptop</translation>
    </message>
    <message>
        <source>The item&apos;s name as requesters see it in the catalog</source>
        <translation>Der Name des Eintrags, wie Anfragende ihn im Katalog sehen</translation>
    </message>
    <message>
        <source>The picture the catalog shows beside the item</source>
        <translation>Das Bild, das der Katalog neben dem Eintrag zeigt</translation>
    </message>
    <message>
        <source>An inactive item stays for the requests filed from it but is no longer offered</source>
        <translation>Ein inaktiver Eintrag bleibt für die daraus gestellten Anfragen erhalten, wird aber nicht mehr angeboten</translation>
    </message>
    <message>
        <source>What the requester gets, and how long it takes</source>
        <translation>Was die anfragende Person erhält und wie lange es dauert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shown under the item&apos;s name in the catalog</source>
        <translation>Wird im Katalog unter dem Namen des Eintrags angezeigt</translation>
    </message>
    <message>
        <source>The category the service request is filed in</source>
        <translation>Die Kategorie, in der die Serviceanfrage abgelegt wird</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Only requesters of the organisations checked see the item; none checked: all</source>
        <translation>Nur Anfragende der aktivierten Organisationen sehen den Eintrag; keine aktiviert: alle</translation>
    </message>
    <message>
        <source>The group whose queue the request goes to</source>
        <translation>Die Gruppe, in deren Warteschlange die Anfrage kommt</translation>
    </message>
    <message>
        <source>The SLA policy the request is held to</source>
        <translation>Die SLA-Richtlinie, der die Anfrage unterliegt</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>I&amp;con</source>
        <translation>&amp;Symbol</translation>
    </message>
    <message>
        <source>Whether users of this role see the item; none checked: every role</source>
        <translation>Ob Benutzer dieser Rolle den Eintrag sehen; keine aktiviert: jede Rolle</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>Who may ask</source>
        <translation>Wer anfragen darf</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation>Or&amp;ganisationen</translation>
    </message>
    <message>
        <source>&amp;Fulfilment group</source>
        <translation>&amp;Umsetzungsgruppe</translation>
    </message>
    <message>
        <source>SLA polic&amp;y</source>
        <translation>SLA-&amp;Richtlinie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Form and preview</source>
        <translation>Formular und Vorschau</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>Genehmigungskette</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Umsetzungsaufgaben</translation>
    </message>
    <message>
        <source>Saved. Requesters see the item as it is now.</source>
        <translation>Gespeichert. Anfragende sehen den Eintrag jetzt in dieser Fassung.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Who may ask:</source>
        <translation>Wer anfragen darf:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <source>Fulfilment group:</source>
        <translation>Umsetzungsgruppe:</translation>
    </message>
    <message>
        <source>SLA policy:</source>
        <translation>SLA-Richtlinie:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formular:</translation>
    </message>
    <message>
        <source>Approval chain:</source>
        <translation>Genehmigungskette:</translation>
    </message>
    <message>
        <source>Fulfilment tasks:</source>
        <translation>Umsetzungsaufgaben:</translation>
    </message>
    <message>
        <source>Task %1:</source>
        <translation>Aufgabe %1:</translation>
    </message>
    <message>
        <source>Approval step %1:</source>
        <translation>Genehmigungsschritt %1:</translation>
    </message>
    <message>
        <source>Form field %1:</source>
        <translation>Formularfeld %1:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(the desk&apos;s default queue)</source>
        <translation>(die Standard-Warteschlange des Helpdesks)</translation>
    </message>
    <message>
        <source>(the desk&apos;s SLA rules)</source>
        <translation>(die SLA-Regeln des Helpdesks)</translation>
    </message>
    <message>
        <source>names nobody: type part of a name, username or e-mail and choose the person</source>
        <translation>nennt niemanden: Teil eines Namens, Benutzernamens oder einer E-Mail eingeben und die Person auswählen</translation>
    </message>
    <message>
        <source>Another administrator changed this item while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Ein anderer Administrator hat diesen Eintrag geändert, während Sie ihn bearbeitet haben. Beim Speichern werden seine Änderungen durch Ihre ersetzt.</translation>
    </message>
    <message>
        <source>This item is no longer listed. Saving creates it again.</source>
        <translation>Dieser Eintrag ist nicht mehr aufgeführt. Beim Speichern wird er neu angelegt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CategoriesPage</name>
    <message>
        <source>Offered on new tickets</source>
        <translation>Bei neuen Tickets angeboten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Routes to &amp;group</source>
        <translation>Leitet an &amp;Gruppe</translation>
    </message>
    <message>
        <source>No group (triage by hand)</source>
        <translation>Keine Gruppe (manuelle Zuteilung)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (L%2)</translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation>%1 — außer Gebrauch</translation>
    </message>
    <message>
        <source>Category created.</source>
        <translation>Kategorie angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The category&apos;s name as requesters and agents see it.</source>
        <translation>Der Name der Kategorie, wie Anfragende und Agenten ihn sehen.</translation>
    </message>
    <message>
        <source>What belongs in this category; shown when choosing one.</source>
        <translation>Was in diese Kategorie gehört; wird bei der Auswahl angezeigt.</translation>
    </message>
    <message>
        <source>New tickets of this category go to this group&apos;s queue.</source>
        <translation>Neue Tickets dieser Kategorie kommen in die Warteschlange dieser Gruppe.</translation>
    </message>
    <message>
        <source>Checked: the category can be chosen for new tickets; unchecked keeps it on old tickets only.</source>
        <translation>Aktiviert: Die Kategorie kann für neue Tickets gewählt werden; deaktiviert bleibt sie nur an alten Tickets.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ChangeCalendarWindow</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Change calendar</source>
        <translation>Change-Kalender</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nächste ▶</translation>
    </message>
    <message>
        <source>&amp;CI:</source>
        <translation>&amp;CI:</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Freeze (hatched)</source>
        <translation>Sperrzeit (schraffiert)</translation>
    </message>
    <message>
        <source>⚠ Conflict (red outline)</source>
        <translation>⚠ Konflikt (rote Umrandung)</translation>
    </message>
    <message>
        <source>New &amp;window…</source>
        <translation>Neues &amp;Zeitfenster…</translation>
    </message>
    <message>
        <source>Edit wi&amp;ndows…</source>
        <translation>Zeitfenster &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Woche %1 – %2</translation>
    </message>
    <message>
        <source>All CIs</source>
        <translation>Alle CIs</translation>
    </message>
    <message>
        <source>Maintenance and freeze windows</source>
        <translation>Wartungsfenster und Sperrzeiten</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4%5 · %6</source>
        <translation>%1 · %2 · %3 – %4%5 · %6</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>, weekly</source>
        <translation>, wöchentlich</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete window</source>
        <translation>Zeitfenster löschen</translation>
    </message>
    <message>
        <source>Delete the window “%1” and all its occurrences?</source>
        <translation>Das Zeitfenster „%1“ und alle seine Wiederholungen löschen?</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ChangeScreens</name>
    <message>
        <source>Raised from #%1: %2</source>
        <translation>Ausgelöst durch #%1: %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ChangeSection</name>
    <message>
        <source>Standard change (pre-approved)</source>
        <translation>Standard-Change (vorab genehmigt)</translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation>Notfall-Change</translation>
    </message>
    <message>
        <source>Normal change</source>
        <translation>Normaler Change</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Zur Genehmigung &amp;einreichen</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Überprüfen…</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Neu planen…</translation>
    </message>
    <message>
        <source>Link &amp;incident</source>
        <translation>&amp;Störung verknüpfen</translation>
    </message>
    <message>
        <source>Unlink selected</source>
        <translation>Verknüpfung der Auswahl lösen</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Schedule conflicts</source>
        <translation>Terminkonflikte</translation>
    </message>
    <message>
        <source>Activate a conflict with another change to open it</source>
        <translation>Aktivieren Sie einen Konflikt mit einem anderen Change, um diesen zu öffnen</translation>
    </message>
    <message>
        <source>Standard changes are approved at once; others go to the change advisory board</source>
        <translation>Standard-Changes werden sofort genehmigt; andere gehen an das Change Advisory Board</translation>
    </message>
    <message>
        <source>Incidents caused by this change</source>
        <translation>Von diesem Change verursachte Störungen</translation>
    </message>
    <message>
        <source>Incident number to link</source>
        <translation>Nummer der zu verknüpfenden Störung</translation>
    </message>
    <message>
        <source>Incident #</source>
        <translation>Störung #</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Affected CIs:</source>
        <translation>Betroffene CIs:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>Pläne:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Incidents caused by this change:</source>
        <translation>Von diesem Change verursachte Störungen:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Submitted: approved at once (a standard change).</source>
        <translation>Eingereicht: sofort genehmigt (ein Standard-Change).</translation>
    </message>
    <message>
        <source>Submitted to the change advisory board.</source>
        <translation>An das Change Advisory Board eingereicht.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Überprüfung gespeichert.</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 aus „%2“</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation>noch nicht eingeplant</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisationen: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Back-out</source>
        <translation>Rückabwicklung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 (by %2): %3</source>
        <translation>%1 (von %2): %3</translation>
    </message>
    <message>
        <source>due: the change is implemented</source>
        <translation>fällig: Der Change ist umgesetzt</translation>
    </message>
    <message>
        <source>after implementation</source>
        <translation>nach der Umsetzung</translation>
    </message>
    <message>
        <source>#%1  %2  (%3)</source>
        <translation>#%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Reschedule change #%1</source>
        <translation>Change #%1 neu planen</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Change the kind, CIs, plans, risk answers or schedule</source>
        <translation>Art, CIs, Pläne, Risikoantworten oder Zeitplan ändern</translation>
    </message>
    <message>
        <source>The board is deciding on this plan: it can be edited again if the board sends it back to assessment</source>
        <translation>Das Gremium entscheidet über diesen Plan: Er kann wieder bearbeitet werden, wenn das Gremium ihn zur Bewertung zurückgibt</translation>
    </message>
    <message>
        <source>The change is no longer open</source>
        <translation>Die Änderung ist nicht mehr offen</translation>
    </message>
    <message>
        <source>Approved changes keep their plan; only the schedule may still move (Reschedule…)</source>
        <translation>Genehmigte Änderungen behalten ihren Plan; nur der Zeitplan kann sich noch verschieben (Neu planen…)</translation>
    </message>
    <message>
        <source>E&amp;dit change…</source>
        <translation>Änderung bea&amp;rbeiten…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiBrowserWindow</name>
    <message>
        <source>&amp;New CI…</source>
        <translation>&amp;Neues CI…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Relate…</source>
        <translation>Be&amp;ziehung anlegen…</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>Beziehung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>Konfigurationselemente</translation>
    </message>
    <message>
        <source>Name, host name, serial or attribute</source>
        <translation>Name, Hostname, Seriennummer oder Attribut</translation>
    </message>
    <message>
        <source>Search configuration items</source>
        <translation>Konfigurationselemente durchsuchen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>Im&amp;pact</source>
        <translation>&amp;Auswirkung</translation>
    </message>
    <message>
        <source>Chosen: %1 — double-click to centre it</source>
        <translation>Gewählt: %1 — ein Doppelklick zentriert es</translation>
    </message>
    <message>
        <source>Reading the relationships…</source>
        <translation>Beziehungen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a c&amp;hange…</source>
        <translation>&amp;Change planen…</translation>
    </message>
    <message>
        <source>Opens a new change with this configuration item affected</source>
        <translation>Öffnet einen neuen Change, der dieses Konfigurationselement betrifft</translation>
    </message>
    <message>
        <source>Announce an &amp;outage…</source>
        <translation>&amp;Ausfall ankündigen…</translation>
    </message>
    <message>
        <source>Announces an outage to the users of the services that depend on this configuration item</source>
        <translation>Kündigt den Benutzern der Dienste, die von diesem Konfigurationselement abhängen, einen Ausfall an</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiClassFieldsEditor</name>
    <message>
        <source>A&amp;dd attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds the chosen custom field to the class&apos;s attributes</source>
        <translation>Fügt das gewählte benutzerdefinierte Feld den Attributen der Klasse hinzu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Moves the selected attribute one place up</source>
        <translation>Verschiebt das gewählte Attribut um eine Stelle nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Moves the selected attribute one place down</source>
        <translation>Verschiebt das gewählte Attribut um eine Stelle nach unten</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Takes the selected attribute off the class; the items keep no value for it</source>
        <translation>Nimmt das gewählte Attribut aus der Klasse; die Elemente behalten keinen Wert dafür</translation>
    </message>
    <message>
        <source>The custom fields the class does not have yet</source>
        <translation>Die benutzerdefinierten Felder, die die Klasse noch nicht hat</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>The class&apos;s attributes in the order the CI editor shows them; checked: required. Drag an attribute or use Move up and Move down to reorder</source>
        <translation>Die Attribute der Klasse in der Reihenfolge, in der der CI-Editor sie zeigt; angehakt: Pflicht. Ziehen Sie ein Attribut oder nutzen Sie Nach oben und Nach unten, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Pic&amp;k a field</source>
        <translation>&amp;Feld wählen</translation>
    </message>
    <message>
        <source>Checked: every item of the class must have a value. New fields are made in the Fields tab.</source>
        <translation>Angehakt: jedes Element der Klasse muss einen Wert haben. Neue Felder werden im Reiter Felder angelegt.</translation>
    </message>
    <message>
        <source>%1 (not a custom field)</source>
        <translation>%1 (kein benutzerdefiniertes Feld)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, inactive field)</source>
        <translation>%1 (%2, inaktives Feld)</translation>
    </message>
    <message>
        <source>Checked: every item of the class must have a value</source>
        <translation>Angehakt: jedes Element der Klasse muss einen Wert haben</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiClassesPage</name>
    <message>
        <source>A&amp;ctive: new items can be of this class</source>
        <translation>A&amp;ktiv: neue Elemente können dieser Klasse angehören</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>The class as people read it in lists and forms</source>
        <translation>Die Klasse, wie Menschen sie in Listen und Formularen lesen</translation>
    </message>
    <message>
        <source>phone (lower case; never changes once saved)</source>
        <translation>phone (Kleinbuchstaben; ändert sich nach dem Speichern nie)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>An inactive class keeps its items but takes no new ones</source>
        <translation>Eine inaktive Klasse behält ihre Elemente, nimmt aber keine neuen auf</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Saved. The CI browser and editor offer the class as saved now.</source>
        <translation>Gespeichert. CI-Browser und CI-Editor bieten die Klasse jetzt so an, wie sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Nothing changed: nothing was sent.</source>
        <translation>Nichts geändert: nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Attribute %1:</source>
        <translation>Attribut %1:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>%1 (%2) — attributes: %3</source>
        <translation>%1 (%2) — Attribute: %3</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, inaktiv</translation>
    </message>
    <message>
        <source>The name never changes: items and scripts use it</source>
        <translation>Der Name ändert sich nie: Elemente und Skripte verwenden ihn</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _, a letter first</source>
        <translation>Kleinbuchstaben, Ziffern und _, zuerst ein Buchstabe</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiDetailsPanel</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Choose a configuration item</source>
        <translation>Wählen Sie ein Konfigurationselement</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Host name: %1</source>
        <translation>Hostname: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiEditDialog</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>New configuration item</source>
        <translation>Neues Konfigurationselement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>S&amp;erial:</source>
        <translation>S&amp;eriennummer:</translation>
    </message>
    <message>
        <source>Type a name (empty: nobody)</source>
        <translation>Namen eingeben (leer: niemand)</translation>
    </message>
    <message>
        <source>Attributes of the class:</source>
        <translation>Attribute der Klasse:</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Owner: choose a person from the list that appears while you type.</source>
        <translation>Besitzer: Wählen Sie eine Person aus der Liste, die beim Tippen erscheint.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiGraphView</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Beziehungsgraph</translation>
    </message>
    <message>
        <source>The selected CI in the middle, what it depends on to the right, what depends on it to the left</source>
        <translation>Das gewählte CI in der Mitte, rechts das, wovon es abhängt, links das, was von ihm abhängt</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiImpactPanel</name>
    <message>
        <source>What the selected CI affects</source>
        <translation>Was das gewählte CI betrifft</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Steps away</source>
        <translation>Schritte entfernt</translation>
    </message>
    <message>
        <source>No impact computed yet.</source>
        <translation>Noch keine Auswirkung berechnet.</translation>
    </message>
    <message>
        <source>If %1 fails: %2.</source>
        <translation>Wenn %1 ausfällt: %2.</translation>
    </message>
    <message>
        <source>Truncated: the depth or node bound stopped the walk, there may be more.</source>
        <translation>Gekürzt: Die Grenze für Tiefe oder Knotenzahl hat die Suche angehalten, es kann mehr geben.</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Dienste (%1)</translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation>Benutzer (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Organisationen (%1)</translation>
    </message>
    <message>
        <source>All affected CIs (%1)</source>
        <translation>Alle betroffenen CIs (%1)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiImportDialog</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import configuration items</source>
        <translation>Konfigurationselemente importieren</translation>
    </message>
    <message>
        <source>name,class,status,host_name,serial,owner,organisation,…
One column per attribute, by its field&apos;s name.</source>
        <translation>name,class,status,host_name,serial,owner,organisation,…
Eine Spalte je Attribut, benannt nach dem Namen seines Feldes.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused.</source>
        <translation>%1 neu anzulegen, %2 zu aktualisieren, %3 unverändert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importiert. %1</translation>
    </message>
    <message>
        <source>Nothing can be imported until the refused rows are corrected. %1</source>
        <translation>Es kann nichts importiert werden, bis die abgelehnten Zeilen korrigiert sind. %1</translation>
    </message>
    <message>
        <source>Preview (nothing written yet). %1</source>
        <translation>Vorschau (noch nichts geschrieben). %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiPicker</name>
    <message>
        <source>Find a configuration item</source>
        <translation>Konfigurationselement finden</translation>
    </message>
    <message>
        <source>Find a CI by name, host name or serial…</source>
        <translation>CI nach Name, Hostname oder Seriennummer finden…</translation>
    </message>
    <message>
        <source>CIs found</source>
        <translation>Gefundene CIs</translation>
    </message>
    <message>
        <source>Affected CIs</source>
        <translation>Betroffene CIs</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Enter or a click adds the CI to the chosen ones</source>
        <translation>Eingabetaste oder Klick fügt das CI der Auswahl hinzu</translation>
    </message>
    <message>
        <source>A click or Delete removes a CI from the chosen ones</source>
        <translation>Ein Klick oder Entf entfernt ein CI aus der Auswahl</translation>
    </message>
    <message>
        <source>Remove %1 from the chosen CIs</source>
        <translation>%1 aus den gewählten CIs entfernen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiRelateDialog</name>
    <message>
        <source>Relate %1</source>
        <translation>Beziehung für %1 anlegen</translation>
    </message>
    <message>
        <source>Name, host name or serial of the other CI</source>
        <translation>Name, Hostname oder Seriennummer des anderen CI</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Other CI:</source>
        <translation>&amp;Anderes CI:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find the other CI first.</source>
        <translation>Suchen Sie zuerst das andere CI.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::Composer</name>
    <message>
        <source>Reply to requester</source>
        <translation>Antwort an anfragende Person</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>The requester will see this.</source>
        <translation>Die anfragende Person sieht das.</translation>
    </message>
    <message>
        <source>Only staff will see this.</source>
        <translation>Nur Mitarbeitende sehen das.</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>No canned responses yet</source>
        <translation>Noch keine Textbausteine</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>Antwort an anfragende Person</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Interne Notiz, nur Mitarbeitende sehen sie</translation>
    </message>
    <message>
        <source>Write an internal note: only staff see it; the requester is not told.</source>
        <translation>Eine interne Notiz schreiben: Nur Mitarbeitende sehen sie; die anfragende Person wird nicht benachrichtigt.</translation>
    </message>
    <message>
        <source>Write a public reply: the requester sees it and gets it by e-mail.</source>
        <translation>Eine öffentliche Antwort schreiben: Die anfragende Person sieht sie und erhält sie per E-Mail.</translation>
    </message>
    <message>
        <source>The text to send. Ctrl+Enter sends it; the mode buttons above choose reply or internal note.</source>
        <translation>Der zu sendende Text. Strg+Eingabe sendet ihn; die Modus-Schaltflächen oben wählen Antwort oder interne Notiz.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ConnectionBanner</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The connection to the server is lost. Trying again… Your changes are kept and sent when it is back.</source>
        <translation>Die Verbindung zum Server ist unterbrochen. Neuer Versuch… Ihre Änderungen bleiben erhalten und werden gesendet, sobald er wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n Änderung wartet.</numerusform>
            <numerusform>%n Änderungen warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s). Look at them to retry or discard.</source>
        <translation>
            <numerusform>Der Server hat %n Änderung abgelehnt. Sehen Sie sie sich an, um sie erneut zu senden oder zu verwerfen.</numerusform>
            <numerusform>Der Server hat %n Änderungen abgelehnt. Sehen Sie sie sich an, um sie erneut zu senden oder zu verwerfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gesendet…</numerusform>
            <numerusform>%n Änderungen werden gesendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ConversationDelegate</name>
    <message>
        <source>Internal note — not visible to the requester</source>
        <translation>Interne Notiz — für die anfragende Person nicht sichtbar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>✉ via e-mail from %1</source>
        <translation>✉ per E-Mail von %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CreateChangeDialog</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>The steps, in order, and who does them</source>
        <translation>Die Schritte der Reihe nach und wer sie ausführt</translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation>Rückabwicklungsplan</translation>
    </message>
    <message>
        <source>How to return to the state before if it goes wrong</source>
        <translation>Wie der vorherige Zustand wiederhergestellt wird, wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>How you will know it worked</source>
        <translation>Woran Sie erkennen, dass es funktioniert hat</translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation>Ein&amp;geplant</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Neuer Change</translation>
    </message>
    <message>
        <source>Normal (the change advisory board approves)</source>
        <translation>Normal (das Change Advisory Board genehmigt)</translation>
    </message>
    <message>
        <source>Standard (pre-approved, from a template)</source>
        <translation>Standard (vorab genehmigt, aus einer Vorlage)</translation>
    </message>
    <message>
        <source>Emergency (the emergency board approves)</source>
        <translation>Notfall (das Notfall-Board genehmigt)</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titel des Changes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Affected &amp;CIs:</source>
        <translation>Betroffene &amp;CIs:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <source>&amp;Implementation:</source>
        <translation>&amp;Umsetzung:</translation>
    </message>
    <message>
        <source>&amp;Back-out:</source>
        <translation>&amp;Rückabwicklung:</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>T&amp;est:</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>&amp;Create change</source>
        <translation>C&amp;hange erstellen</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(Vorlage wählen)</translation>
    </message>
    <message>
        <source>Choose a template: its risk level applies.</source>
        <translation>Wählen Sie eine Vorlage: Es gilt deren Risikostufe.</translation>
    </message>
    <message>
        <source>Edit change #%1</source>
        <translation>Änderung #%1 bearbeiten</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Change #%1 is no longer the one shown; open it and edit it again.</source>
        <translation>Änderung #%1 wird nicht mehr angezeigt; öffnen Sie sie und bearbeiten Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>This template was deactivated: the change keeps its plans, but to submit it choose another template or make it a normal change.</source>
        <translation>Diese Vorlage wurde deaktiviert: die Änderung behält ihre Pläne, aber um sie einzureichen, wählen Sie eine andere Vorlage oder machen Sie sie zu einer normalen Änderung.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CreateProblemDialog</name>
    <message>
        <source>Create problem</source>
        <translation>Problem erstellen</translation>
    </message>
    <message>
        <source>Problem title</source>
        <translation>Problemtitel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Incidents of the problem</source>
        <translation>Störungen des Problems</translation>
    </message>
    <message>
        <source>More incident numbers</source>
        <translation>Weitere Störungsnummern</translation>
    </message>
    <message>
        <source>Incident numbers separated by spaces or commas</source>
        <translation>Störungsnummern, durch Leerzeichen oder Kommas getrennt</translation>
    </message>
    <message>
        <source>More incidents: 12, 15 …</source>
        <translation>Weitere Störungen: 12, 15 …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>&amp;Create problem</source>
        <translation>Problem &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Störungen:</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DashboardWindow</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Serviceanfragen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
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
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <source>Mean resolution</source>
        <translation>Mittlere Lösungszeit</translation>
    </message>
    <message>
        <source>Agents (double-click for the tickets they resolved)</source>
        <translation>Agenten (Doppelklick zeigt die von ihnen gelösten Tickets)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Gelöst von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>net flow %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>%1 at the start</source>
        <translation>%1 zu Beginn</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <source>%1 in business hours</source>
        <translation>%1 in Geschäftszeit</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Lösung (Median)</translation>
    </message>
    <message>
        <source>90 %: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <source>Resolution in business hours</source>
        <translation>Lösung in Geschäftszeit</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittel %1</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Antwort-SLA</translation>
    </message>
    <message>
        <source>%1 breached</source>
        <translation>%1 verletzt</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>Lösungs-SLA</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 Tickets</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwortet</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>Gelöst am %1</translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation>Offene Tickets nach Alter</translation>
    </message>
    <message>
        <source>Resolved within the period</source>
        <translation>Im Zeitraum gelöst</translation>
    </message>
    <message>
        <source>First response too late</source>
        <translation>Erste Antwort zu spät</translation>
    </message>
    <message>
        <source>Resolved too late</source>
        <translation>Zu spät gelöst</translation>
    </message>
    <message>
        <source>Created in %1</source>
        <translation>Erstellt in %1</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n tickets (more match; export for all).</source>
        <translation>
            <numerusform>Das neueste %n Ticket (weitere passen; für alle exportieren).</numerusform>
            <numerusform>Die neuesten %n Tickets (weitere passen; für alle exportieren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n Ticket. Doppelklick öffnet es.</numerusform>
            <numerusform>%n Tickets. Doppelklick öffnet eines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The figures are being recounted</source>
        <translation>Die Kennzahlen werden neu gezählt</translation>
    </message>
    <message>
        <source>About a minute left.</source>
        <translation>Noch etwa eine Minute.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Noch etwa %n Minute.</numerusform>
            <numerusform>Noch etwa %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets can be worked on meanwhile; the dashboard appears by itself.</source>
        <translation>Tickets können währenddessen bearbeitet werden; das Dashboard erscheint von selbst.</translation>
    </message>
    <message>
        <source>Recounting…</source>
        <translation>Wird neu gezählt…</translation>
    </message>
    <message>
        <source>The server is counting the ticket history for the reports: %1 of %2 events (%3 %).</source>
        <translation>Der Server zählt die Ticket-Historie für die Berichte: %1 von %2 Ereignissen (%3 %).</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Satisfaction ratings</source>
        <translation>Zufriedenheitsbewertungen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>The time the figures cover; Custom for the dates beside it</source>
        <translation>Der Zeitraum der Kennzahlen; Benutzerdefiniert für die nebenstehenden Daten</translation>
    </message>
    <message>
        <source>The first day the figures cover (with a Custom period)</source>
        <translation>Der erste Tag der Kennzahlen (bei benutzerdefiniertem Zeitraum)</translation>
    </message>
    <message>
        <source>The last day the figures cover (with a Custom period)</source>
        <translation>Der letzte Tag der Kennzahlen (bei benutzerdefiniertem Zeitraum)</translation>
    </message>
    <message>
        <source>Only the tickets of this group</source>
        <translation>Nur die Tickets dieser Gruppe</translation>
    </message>
    <message>
        <source>Only the tickets of this category</source>
        <translation>Nur die Tickets dieser Kategorie</translation>
    </message>
    <message>
        <source>Only the tickets of this agent</source>
        <translation>Nur die Tickets dieses Agenten</translation>
    </message>
    <message>
        <source>Only the tickets of this type</source>
        <translation>Nur die Tickets dieses Typs</translation>
    </message>
    <message>
        <source>Only the tickets of requesters in this organisation</source>
        <translation>Nur die Tickets von Anfragenden dieser Organisation</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>No custom field</source>
        <translation>Kein benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Only the tickets whose custom field holds the value given beside it</source>
        <translation>Nur die Tickets, deren benutzerdefiniertes Feld den daneben angegebenen Wert hat</translation>
    </message>
    <message>
        <source>Custom fi&amp;eld:</source>
        <translation>Benutzerdefiniertes F&amp;eld:</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DelegationDialog</name>
    <message>
        <source>Away: hand over approvals</source>
        <translation>Abwesend: Genehmigungen übergeben</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Your approvals go to someone else until %1.</source>
        <translation>Ihre Genehmigungen gehen bis %1 an eine andere Person.</translation>
    </message>
    <message>
        <source>You decide your approvals yourself.</source>
        <translation>Sie entscheiden Ihre Genehmigungen selbst.</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;Vertretung</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>&amp;End delegation</source>
        <translation>Vertretung b&amp;eenden</translation>
    </message>
    <message>
        <source>Choose the person who decides while you are away.</source>
        <translation>Wählen Sie die Person, die während Ihrer Abwesenheit entscheidet.</translation>
    </message>
    <message>
        <source>The colleague who decides your approvals while you are away: type a name to search</source>
        <translation>Die Vertretung, die während Ihrer Abwesenheit über Ihre Genehmigungen entscheidet: Namen eingeben, um zu suchen</translation>
    </message>
    <message>
        <source>When your approvals come back to you</source>
        <translation>Wann Ihre Genehmigungen wieder an Sie zurückgehen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DevicesDialog</name>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out &amp;all others</source>
        <translation>Alle &amp;anderen abmelden</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Angemeldete Geräte</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message numerus="yes">
        <source>Signed out on %n device(s).</source>
        <translation>
            <numerusform>Auf %n Gerät abgemeldet.</numerusform>
            <numerusform>Auf %n Geräten abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DirectoriesPage</name>
    <message>
        <source>Use StartTLS on ldap://</source>
        <translation>StartTLS bei ldap:// verwenden</translation>
    </message>
    <message>
        <source>Add &amp;mapping</source>
        <translation>&amp;Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation>nur manuell</translation>
    </message>
    <message>
        <source>Directory group (DN)</source>
        <translation>Verzeichnisgruppe (DN)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Frontline groups (comma-separated)</source>
        <translation>Frontline-Gruppen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;CA file on the server</source>
        <translation>&amp;CA-Datei auf dem Server</translation>
    </message>
    <message>
        <source>Service account &amp;DN</source>
        <translation>&amp;DN des Dienstkontos</translation>
    </message>
    <message>
        <source>Service account &amp;password</source>
        <translation>&amp;Passwort des Dienstkontos</translation>
    </message>
    <message>
        <source>&amp;Base DN</source>
        <translation>&amp;Basis-DN</translation>
    </message>
    <message>
        <source>User &amp;filter</source>
        <translation>Benutzer&amp;filter</translation>
    </message>
    <message>
        <source>&amp;Login attribute</source>
        <translation>Anmelde&amp;attribut</translation>
    </message>
    <message>
        <source>Name attribute</source>
        <translation>Namensattribut</translation>
    </message>
    <message>
        <source>Mail attribute</source>
        <translation>Mail-Attribut</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Synchronisieren a&amp;lle</translation>
    </message>
    <message>
        <source>Group mappings</source>
        <translation>Gruppenzuordnungen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Removed. Its accounts stay, and cannot sign in.</source>
        <translation>Entfernt. Seine Konten bleiben erhalten, können sich aber nicht anmelden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>Der Test war erfolgreich.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Synchronised.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>unchanged (a password is stored)</source>
        <translation>unverändert (ein Passwort ist gespeichert)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Service account DN</source>
        <translation>DN des Dienstkontos</translation>
    </message>
    <message>
        <source>Service account password</source>
        <translation>Passwort des Dienstkontos</translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation>Basis-DN</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>Login attribute</source>
        <translation>Anmeldeattribut</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>Synchronisierungsintervall</translation>
    </message>
    <message>
        <source>Group mapping %1</source>
        <translation>Gruppenzuordnung %1</translation>
    </message>
    <message>
        <source>The directory&apos;s name, shown on the accounts it provides.</source>
        <translation>Der Name des Verzeichnisses, angezeigt an den Konten, die es bereitstellt.</translation>
    </message>
    <message>
        <source>Checked: an ldap:// connection is encrypted with StartTLS before the password is sent.</source>
        <translation>Aktiviert: Eine ldap://-Verbindung wird mit StartTLS verschlüsselt, bevor das Passwort gesendet wird.</translation>
    </message>
    <message>
        <source>The path, on the server&apos;s machine, of a PEM file with the authority that signed the directory&apos;s certificate; empty: the system&apos;s.</source>
        <translation>Der Pfad auf dem Rechner des Servers zu einer PEM-Datei mit der Zertifizierungsstelle, die das Zertifikat des Verzeichnisses signiert hat; leer: die des Systems.</translation>
    </message>
    <message>
        <source>The distinguished name the server binds as to search, e.g. cn=frontline,ou=services,dc=example,dc=com.</source>
        <translation>Der Distinguished Name, mit dem sich der Server zum Suchen anmeldet, z. B. cn=frontline,ou=services,dc=example,dc=com.</translation>
    </message>
    <message>
        <source>Where the user search starts, e.g. ou=people,dc=example,dc=com.</source>
        <translation>Wo die Benutzersuche beginnt, z. B. ou=people,dc=example,dc=com.</translation>
    </message>
    <message>
        <source>An LDAP filter for the accounts that may log in, e.g. (objectClass=person).</source>
        <translation>Ein LDAP-Filter für die Konten, die sich anmelden dürfen, z. B. (objectClass=person).</translation>
    </message>
    <message>
        <source>The attribute that holds the user name people log in with, e.g. uid or sAMAccountName.</source>
        <translation>Das Attribut mit dem Benutzernamen, mit dem man sich anmeldet, z. B. uid oder sAMAccountName.</translation>
    </message>
    <message>
        <source>The attribute that holds the person&apos;s display name, e.g. cn or displayName.</source>
        <translation>Das Attribut mit dem Anzeigenamen der Person, z. B. cn oder displayName.</translation>
    </message>
    <message>
        <source>The attribute that holds the person&apos;s e-mail address, usually mail.</source>
        <translation>Das Attribut mit der E-Mail-Adresse der Person, meist mail.</translation>
    </message>
    <message>
        <source>How often, in minutes, the accounts are read again from the directory; 0: only with Sync now.</source>
        <translation>Wie oft, in Minuten, die Konten erneut aus dem Verzeichnis gelesen werden; 0: nur mit „Jetzt synchronisieren“.</translation>
    </message>
    <message>
        <source>Remove the directory “%1”? It is no longer synchronised; the accounts it created stay but can no longer sign in.</source>
        <translation>Das Verzeichnis „%1“ entfernen? Es wird nicht mehr synchronisiert; die angelegten Konten bleiben, können sich aber nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Another admin removed this directory. Saving adds it again.</source>
        <translation>Ein anderer Administrator hat dieses Verzeichnis entfernt. Beim Speichern wird es wieder angelegt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::EscalateDialog</name>
    <message>
        <source>Escalate ticket</source>
        <translation>Ticket eskalieren</translation>
    </message>
    <message>
        <source>Next tier: %1 (L%2)</source>
        <translation>Nächste Stufe: %1 (L%2)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (L%2)</translation>
    </message>
    <message>
        <source>What was checked, what is known: an internal note for the next tier.</source>
        <translation>Was geprüft wurde, was bekannt ist: eine interne Notiz für die nächste Stufe.</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Eskalieren an</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Übergabenotiz</translation>
    </message>
    <message>
        <source>The group that takes the ticket over, with its support tier</source>
        <translation>Die Gruppe, die das Ticket übernimmt, mit ihrer Support-Stufe</translation>
    </message>
    <message>
        <source>An internal note for the next tier: what was checked, what is known</source>
        <translation>Eine interne Notiz für die nächste Stufe: was geprüft wurde, was bekannt ist</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::FieldForm</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Mindestens %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Type a name and pick the person</source>
        <translation>Namen eingeben und die Person auswählen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::FieldsPage</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice (one)</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Choice (several)</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Serviceanfragen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>every ticket</source>
        <translation>alle Tickets</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>&amp;Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Mi&amp;nimum</source>
        <translation>M&amp;inimum</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>Ma&amp;ximum</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>&amp;Pflichtfeld</translation>
    </message>
    <message>
        <source>Sh&amp;own to requesters</source>
        <translation>Für &amp;Anfragende sichtbar</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <source>asset_tag (lower case; scripts and rules use it)</source>
        <translation>inventar_nr (Kleinbuchstaben; Skripte und Regeln verwenden ihn)</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Shown under the input, e.g. where to find it</source>
        <translation>Wird unter dem Eingabefeld angezeigt, z. B. wo man die Angabe findet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Each option&apos;s label, its key (fixed once saved) and whether it can be chosen</source>
        <translation>Bezeichnung jeder Option, ihr Schlüssel (nach dem Speichern unveränderlich) und ob sie wählbar ist</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>The field applies to tickets of the categories checked, or of the types checked</source>
        <translation>Das Feld gilt für Tickets der markierten Kategorien oder der markierten Typen</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Saved. The field is in the forms now.</source>
        <translation>Gespeichert. Das Feld erscheint jetzt in den Formularen.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Hilfe:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <source>Option %1:</source>
        <translation>Option %1:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Shortest (characters)</source>
        <translation>Mindestlänge (Zeichen)</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>(no label yet)</source>
        <translation>(noch keine Bezeichnung)</translation>
    </message>
    <message>
        <source>Agents see it on tickets of: %1.</source>
        <translation>Agenten sehen es bei: %1.</translation>
    </message>
    <message>
        <source>Requesters fill it in the applet&apos;s form too.</source>
        <translation>Anfragende füllen es auch im Formular des Applets aus.</translation>
    </message>
    <message>
        <source>Requesters do not see it.</source>
        <translation>Anfragende sehen es nicht.</translation>
    </message>
    <message>
        <source>Inactive: no form shows it.</source>
        <translation>Inaktiv: Kein Formular zeigt es an.</translation>
    </message>
    <message>
        <source>What the field holds: it decides the input the forms show</source>
        <translation>Was das Feld enthält: bestimmt die Eingabe, die die Formulare anzeigen</translation>
    </message>
    <message>
        <source>Whether a ticket cannot be saved without a value in the field</source>
        <translation>Ob ein Ticket ohne Wert in diesem Feld nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Whether requesters also see and fill in the field in the applet</source>
        <translation>Ob Anfragende das Feld auch im Applet sehen und ausfüllen</translation>
    </message>
    <message>
        <source>Whether forms show the field; an inactive field keeps its values</source>
        <translation>Ob Formulare das Feld anzeigen; ein inaktives Feld behält seine Werte</translation>
    </message>
    <message>
        <source>Whether the field applies to tickets of this type</source>
        <translation>Ob das Feld für Tickets dieses Typs gilt</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ForgotPasswordDialog</name>
    <message>
        <source>&amp;Send me a code</source>
        <translation>Code an&amp;fordern</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>Neues Passwort &amp;setzen</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Enter your user name or e-mail address. If an account matches, a code is mailed to its address.</source>
        <translation>Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Gibt es ein passendes Konto, wird ein Code an dessen Adresse gesendet.</translation>
    </message>
    <message>
        <source>User name or &amp;e-mail</source>
        <translation>Benutzername oder &amp;E-Mail</translation>
    </message>
    <message>
        <source>Enter the code from the mail (valid 15 minutes) and your new password.</source>
        <translation>Geben Sie den Code aus der Mail (15 Minuten gültig) und Ihr neues Passwort ein.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>If the account exists, a code is on its way to its e-mail address.</source>
        <translation>Wenn das Konto existiert, ist ein Code an seine E-Mail-Adresse unterwegs.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>Neues Passwort: %1</translation>
    </message>
    <message>
        <source>User name or e-mail: %1</source>
        <translation>Benutzername oder E-Mail: %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::GroupsPage</name>
    <message>
        <source>Add an agent: type a name</source>
        <translation>Agent hinzufügen: Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>&amp;Escalates to</source>
        <translation>&amp;Eskaliert an</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (L%2)</translation>
    </message>
    <message>
        <source>Nobody (top tier)</source>
        <translation>Niemand (oberste Stufe)</translation>
    </message>
    <message>
        <source>Member: pick a person from the list that appears while typing.</source>
        <translation>Mitglied: Wählen Sie eine Person aus der Liste, die beim Tippen erscheint.</translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation>Gruppe angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>In turn (round robin), available agents</source>
        <translation>Reihum (Round Robin), anwesende Bearbeiter</translation>
    </message>
    <message>
        <source>Fewest open tickets, available agents</source>
        <translation>Wenigste offene Tickets, anwesende Bearbeiter</translation>
    </message>
    <message>
        <source>New tickets &amp;go</source>
        <translation>Neue Tickets &amp;gehen</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Agent to add</source>
        <translation>Hinzuzufügender Agent</translation>
    </message>
    <message>
        <source>The group&apos;s name as agents see it in queues and on tickets.</source>
        <translation>Der Name der Gruppe, wie Agenten ihn in Warteschlangen und an Tickets sehen.</translation>
    </message>
    <message>
        <source>The support level, 1 to 3 (L1 to L3); escalation moves tickets to a higher tier.</source>
        <translation>Die Support-Stufe, 1 bis 3 (L1 bis L3); eine Eskalation verschiebt Tickets in eine höhere Stufe.</translation>
    </message>
    <message>
        <source>The group that gets a ticket when this group escalates it.</source>
        <translation>Die Gruppe, die ein Ticket erhält, wenn diese Gruppe es eskaliert.</translation>
    </message>
    <message>
        <source>How new tickets are assigned in this group: by hand, round robin, or to the least loaded agent.</source>
        <translation>Wie neue Tickets in dieser Gruppe zugewiesen werden: manuell, reihum (Round Robin) oder an den am wenigsten ausgelasteten Agenten.</translation>
    </message>
    <message>
        <source>The manager told of hierarchical escalations in this group.</source>
        <translation>Die Leitung, die über hierarchische Eskalationen in dieser Gruppe informiert wird.</translation>
    </message>
    <message>
        <source>What the group does; shown to agents choosing a group.</source>
        <translation>Was die Gruppe macht; wird Agenten bei der Wahl einer Gruppe angezeigt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Organisationen importieren</translation>
    </message>
    <message>
        <source>Columns: username (required), display_name, email, role, org, vip, org_viewer. Empty cells leave a value as it is; new users get no password.</source>
        <translation>Spalten: username (erforderlich), display_name, email, role, org, vip, org_viewer. Leere Zellen lassen einen Wert unverändert; neue Benutzer erhalten kein Passwort.</translation>
    </message>
    <message>
        <source>Columns: name (required), domains, notes.</source>
        <translation>Spalten: name (erforderlich), domains, notes.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preview: %1.</source>
        <translation>Vorschau: %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::KnowledgeBaseWindow</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Knowledge base — Frontline</source>
        <translation>Wissensdatenbank — Frontline</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Find articles by words…</source>
        <translation>Artikel nach Wörtern suchen…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>Choose an article, or write a new one.</source>
        <translation>Wählen Sie einen Artikel oder schreiben Sie einen neuen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;KB-%1&lt;/b&gt; · %2 · %3 · version %4 by %5</source>
        <translation>&lt;b&gt;KB-%1&lt;/b&gt; · %2 · %3 · Version %4 von %5</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>helpful %1, not helpful %2</source>
        <translation>hilfreich %1, nicht hilfreich %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) deflected</source>
        <translation>
            <numerusform>%n Ticket vermieden</numerusform>
            <numerusform>%n Tickets vermieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers tickets %1</source>
        <translation>Beantwortet Tickets %1</translation>
    </message>
    <message>
        <source>Find articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Words from the title or text of the articles to find</source>
        <translation>Wörter aus Titel oder Text der gesuchten Artikel</translation>
    </message>
    <message>
        <source>Which articles the list shows, by their state</source>
        <translation>Welche Artikel die Liste anzeigt, nach ihrem Status</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::KnownErrorBanner</name>
    <message>
        <source>&amp;Insert workaround</source>
        <translation>Workaround &amp;einfügen</translation>
    </message>
    <message>
        <source>Link to &amp;problem</source>
        <translation>Mit &amp;Problem verknüpfen</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Puts the workaround into the reply</source>
        <translation>Fügt den Workaround in die Antwort ein</translation>
    </message>
    <message>
        <source>Links this incident to the known error&apos;s problem</source>
        <translation>Verknüpft diese Störung mit dem Problem des bekannten Fehlers</translation>
    </message>
    <message>
        <source>Known error: %1 (problem #%2)
Workaround: %3</source>
        <translation>Bekannter Fehler: %1 (Problem #%2)
Workaround: %3</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::LifecyclesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pauses SLA</source>
        <translation>Hält SLA an</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <source>Automatic on</source>
        <translation>Automatisch bei</translation>
    </message>
    <message>
        <source>&amp;Initial state</source>
        <translation>&amp;Anfangsstatus</translation>
    </message>
    <message>
        <source>Add state</source>
        <translation>Status hinzufügen</translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation>Status entfernen</translation>
    </message>
    <message>
        <source>Add transition</source>
        <translation>Übergang hinzufügen</translation>
    </message>
    <message>
        <source>Remove transition</source>
        <translation>Übergang entfernen</translation>
    </message>
    <message>
        <source>States (names: a-z, 0-9 and _)</source>
        <translation>Status (Namen: a-z, 0-9 und _)</translation>
    </message>
    <message>
        <source>Transitions (from: states separated by commas; roles: requester, agent, manager, admin; requires: note, assignee)</source>
        <translation>Übergänge (von: Status durch Kommas getrennt; Rollen: requester, agent, manager, admin; erfordert: note, assignee)</translation>
    </message>
    <message>
        <source>Saved. New tickets and transitions follow this lifecycle now.</source>
        <translation>Gespeichert. Neue Tickets und Übergänge folgen jetzt diesem Lebenszyklus.</translation>
    </message>
    <message>
        <source>(a user takes it)</source>
        <translation>(ein Benutzer löst ihn aus)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>The state a new ticket of this type starts in: one of the state ids in the table below.</source>
        <translation>Der Status, in dem ein neues Ticket dieses Typs beginnt: eine der Status-IDs in der Tabelle unten.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::LiveAnnouncements</name>
    <message>
        <source>The connection to the server is lost. Trying again; your changes are kept.</source>
        <translation>Die Verbindung zum Server ist unterbrochen. Neuer Versuch läuft; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>Die Verbindung zum Server besteht wieder.</translation>
    </message>
    <message>
        <source>New internal note from %1 on ticket #%2.</source>
        <translation>Neue interne Notiz von %1 zu Ticket #%2.</translation>
    </message>
    <message>
        <source>New reply from %1 on ticket #%2.</source>
        <translation>Neue Antwort von %1 zu Ticket #%2.</translation>
    </message>
    <message>
        <source>Ticket #%1 breached its SLA.</source>
        <translation>Ticket #%1 hat sein SLA verletzt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::LoginDialog</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Verschlüsselt (TLS)</translation>
    </message>
    <message>
        <source>Stay logged in on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to Frontline</source>
        <translation>Bei Frontline anmelden</translation>
    </message>
    <message>
        <source>No keychain was found on this desktop, so you log in at every start.</source>
        <translation>Auf diesem Desktop wurde kein Schlüsselbund gefunden; Sie melden sich daher bei jedem Start an.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Frontline help desk</source>
        <translation>Frontline-Helpdesk</translation>
    </message>
    <message>
        <source>The server does not answer (%1). Trying again…</source>
        <translation>Der Server antwortet nicht (%1). Neuer Versuch…</translation>
    </message>
    <message>
        <source>Server: enter the server&apos;s host name or address.</source>
        <translation>Server: Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>User name: enter your user name.</source>
        <translation>Benutzername: Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Passwort: Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>xxxxx-xxxxx</source>
        <translation>xxxxx-xxxxx</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>One of the recovery codes you kept when you set up two-factor sign-in. Each works once.</source>
        <translation>Einer der Wiederherstellungscodes, die Sie beim Einrichten der Zwei-Faktor-Anmeldung aufbewahrt haben. Jeder funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>The code your authenticator app shows for Frontline.</source>
        <translation>Der Code, den Ihre Authenticator-App für Frontline anzeigt.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The code is not correct or was already used. Wait for the next code, or use a recovery code.</source>
        <translation>Der Code ist nicht korrekt oder wurde bereits verwendet. Warten Sie auf den nächsten Code oder verwenden Sie einen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Code: enter the code from your authenticator app, or a recovery code.</source>
        <translation>Code: Geben Sie den Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Your password is changed: log in with the new one.</source>
        <translation>Ihr Passwort wurde geändert: Melden Sie sich mit dem neuen an.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The help desk server&apos;s host name or IP address, as your IT department gave it.</source>
        <translation>Der Hostname oder die IP-Adresse des Helpdesk-Servers, wie Ihre IT-Abteilung sie angegeben hat.</translation>
    </message>
    <message>
        <source>The server&apos;s port, a number from 1 to 65535 (7415 unless told otherwise).</source>
        <translation>Der Port des Servers, eine Zahl von 1 bis 65535 (7415, sofern nicht anders angegeben).</translation>
    </message>
    <message>
        <source>Checked: the connection is encrypted; needed for any server that is not on this computer.</source>
        <translation>Aktiviert: Die Verbindung ist verschlüsselt; nötig für jeden Server, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Checked: the login is kept in the system&apos;s keychain and you are not asked again.</source>
        <translation>Aktiviert: Die Anmeldung wird im Schlüsselbund des Systems gespeichert, und Sie werden nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>Your help desk user name; with a directory account, your network login.</source>
        <translation>Ihr Helpdesk-Benutzername; bei einem Verzeichniskonto Ihre Netzwerkanmeldung.</translation>
    </message>
    <message>
        <source>Your help desk password; with a directory account, your network password.</source>
        <translation>Ihr Helpdesk-Passwort; bei einem Verzeichniskonto Ihr Netzwerkpasswort.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailOutboxPage</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>Jetzt &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>All mails</source>
        <translation>Alle Mails</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>The mail to %1 is sent again now.</source>
        <translation>Die Mail an %1 wird jetzt erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 queued, %2 being sent, %3 sent, %4 failed</source>
        <translation>%1 in Warteschlange, %2 werden gesendet, %3 gesendet, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outgoing mails</source>
        <translation>Ausgehende Mails</translation>
    </message>
    <message>
        <source>Which mails the list shows: all, waiting, sent or failed.</source>
        <translation>Welche Mails die Liste zeigt: alle, wartende, gesendete oder fehlgeschlagene.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailPreferencesBox</name>
    <message>
        <source>E-mail notifications</source>
        <translation>E-Mail-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Mails in</source>
        <translation>Sprache der Mails</translation>
    </message>
    <message>
        <source>Send me a mail when:</source>
        <translation>Mir eine Mail senden, wenn:</translation>
    </message>
    <message>
        <source>The language of the notification e-mails the help desk sends you.</source>
        <translation>Die Sprache der Benachrichtigungs-E-Mails, die der Helpdesk Ihnen sendet.</translation>
    </message>
    <message>
        <source>Checked: the help desk sends you an e-mail when this happens.</source>
        <translation>Aktiviert: Der Helpdesk sendet Ihnen eine E-Mail, wenn dies eintritt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailTemplatesPage</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Placeholder</source>
        <translation>&amp;Platzhalter</translation>
    </message>
    <message>
        <source>Preview (a sample ticket, as the recipient reads it):</source>
        <translation>Vorschau (ein Beispielticket, wie der Empfänger es liest):</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>The default text is used again.</source>
        <translation>Der Standardtext wird wieder verwendet.</translation>
    </message>
    <message>
        <source>Ticket received</source>
        <translation>Ticket eingegangen</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Waiting for the requester</source>
        <translation>Wartet auf die anfragende Person</translation>
    </message>
    <message>
        <source>Resolved (with the survey)</source>
        <translation>Gelöst (mit der Umfrage)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>New in your group</source>
        <translation>Neu in Ihrer Gruppe</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Wählen Sie links eine Vorlage.</translation>
    </message>
    <message>
        <source> (default text)</source>
        <translation> (Standardtext)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Vorschau des Textes</translation>
    </message>
    <message>
        <source>The mail&apos;s subject line; placeholders like {{ticket.id}} are filled in when it is sent.</source>
        <translation>Die Betreffzeile der Mail; Platzhalter wie {{ticket.id}} werden beim Senden ausgefüllt.</translation>
    </message>
    <message>
        <source>The mail&apos;s text; placeholders like {{ticket.title}} are filled in when it is sent.</source>
        <translation>Der Text der Mail; Platzhalter wie {{ticket.title}} werden beim Senden ausgefüllt.</translation>
    </message>
    <message>
        <source>A value the desk fills in; Insert puts it at the cursor in the subject or the text.</source>
        <translation>Ein Wert, den der Helpdesk ausfüllt; „Einfügen“ setzt ihn an der Cursorposition in Betreff oder Text ein.</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Genehmigung angefordert</translation>
    </message>
    <message>
        <source>Approval reminder</source>
        <translation>Erinnerung an Genehmigung</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailboxesPage</name>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Keine (nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>Read this mailbox</source>
        <translation>Dieses Postfach lesen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>der Benutzername</translation>
    </message>
    <message>
        <source>become requesters (a ticket is created)</source>
        <translation>werden Anfragende (ein Ticket wird angelegt)</translation>
    </message>
    <message>
        <source>are refused (the mail is quarantined)</source>
        <translation>werden abgewiesen (die Mail kommt in Quarantäne)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Desk &amp;address</source>
        <translation>&amp;Adresse des Service Desks</translation>
    </message>
    <message>
        <source>IMAP &amp;host</source>
        <translation>IMAP-&amp;Host</translation>
    </message>
    <message>
        <source>IMAP &amp;port</source>
        <translation>IMAP-&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Trusted c&amp;ertificate</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat</translation>
    </message>
    <message>
        <source>New tickets&apos; &amp;group</source>
        <translation>&amp;Gruppe neuer Tickets</translation>
    </message>
    <message>
        <source>New tickets&apos; ca&amp;tegory</source>
        <translation>&amp;Kategorie neuer Tickets</translation>
    </message>
    <message>
        <source>Unknown &amp;senders</source>
        <translation>Unbekannte Ab&amp;sender</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Quarantine: mail that could not be filed</source>
        <translation>Quarantäne: Mails, die nicht abgelegt werden konnten</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Mailbox created.</source>
        <translation>Postfach angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted. What the mailbox filed stays.</source>
        <translation>Gelöscht. Was das Postfach abgelegt hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 — %2 (off)</source>
        <translation>%1 — %2 (aus)</translation>
    </message>
    <message>
        <source>%1 — set the password again</source>
        <translation>%1 — Passwort erneut setzen</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>No group (triage by hand)</source>
        <translation>Keine Gruppe (Zuteilung von Hand)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (L%2)</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>unchanged (a password is stored)</source>
        <translation>unverändert (ein Passwort ist gespeichert)</translation>
    </message>
    <message>
        <source>A certificate is trusted; paste another one to replace it.</source>
        <translation>Ein Zertifikat ist hinterlegt; fügen Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>PEM of the server&apos;s certificate, when no public authority signed it</source>
        <translation>PEM des Serverzertifikats, wenn keine öffentliche Stelle es signiert hat</translation>
    </message>
    <message>
        <source>Desk address</source>
        <translation>Adresse des Service Desks</translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation>IMAP-Host</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation>Unbekannte Absender</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Quarantined mails</source>
        <translation>Mails in Quarantäne</translation>
    </message>
    <message>
        <source>the desk address</source>
        <translation>die Adresse des Service Desks</translation>
    </message>
    <message>
        <source>the outgoing mail&apos;s sender name</source>
        <translation>der Absendername ausgehender Mails</translation>
    </message>
    <message>
        <source>the outgoing mail&apos;s relay</source>
        <translation>das Relay für ausgehende Mails</translation>
    </message>
    <message>
        <source>The mailbox&apos;s name in this list and in the tickets it makes.</source>
        <translation>Der Name des Postfachs in dieser Liste und in den Tickets, die es anlegt.</translation>
    </message>
    <message>
        <source>The IMAP password; it is stored encrypted on the server and never shown again.</source>
        <translation>Das IMAP-Passwort; es wird verschlüsselt auf dem Server gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>The IMAP login of this mailbox.</source>
        <translation>Die IMAP-Anmeldung dieses Postfachs.</translation>
    </message>
    <message>
        <source>The mail server to read from over IMAP, e.g. imap.example.com.</source>
        <translation>Der Mailserver, der per IMAP gelesen wird, z. B. imap.example.com.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: TLS from the start, STARTTLS, or none (only on a trusted network).</source>
        <translation>Wie die Verbindung verschlüsselt wird: TLS von Beginn an, STARTTLS oder gar nicht (nur in einem vertrauenswürdigen Netz).</translation>
    </message>
    <message>
        <source>The IMAP port, 1 to 65535: usually 993 with TLS from the start, 143 with STARTTLS.</source>
        <translation>Der IMAP-Port, 1 bis 65535: meist 993 mit TLS von Beginn an, 143 mit STARTTLS.</translation>
    </message>
    <message>
        <source>A PEM certificate to trust for this server when it is not signed by a known authority; empty: the system&apos;s authorities.</source>
        <translation>Ein PEM-Zertifikat, dem für diesen Server vertraut wird, wenn er nicht von einer bekannten Zertifizierungsstelle signiert ist; leer: die Zertifizierungsstellen des Systems.</translation>
    </message>
    <message>
        <source>The group whose queue gets the tickets made from this mailbox.</source>
        <translation>Die Gruppe, in deren Warteschlange die Tickets aus diesem Postfach kommen.</translation>
    </message>
    <message>
        <source>The category the tickets made from this mailbox get.</source>
        <translation>Die Kategorie, die Tickets aus diesem Postfach erhalten.</translation>
    </message>
    <message>
        <source>Checked: the server reads this mailbox and turns its mails into tickets and replies.</source>
        <translation>Aktiviert: Der Server liest dieses Postfach und macht aus seinen Mails Tickets und Antworten.</translation>
    </message>
    <message>
        <source>What happens to mail from addresses the desk does not know: a new requester and ticket, or the quarantine.</source>
        <translation>Was mit Mails von Adressen geschieht, die der Helpdesk nicht kennt: eine neue anfragende Person und ein neues Ticket oder die Quarantäne.</translation>
    </message>
    <message>
        <source>Replies to this mailbox&apos;s tickets</source>
        <translation>Antworten auf die Tickets dieses Postfachs</translation>
    </message>
    <message>
        <source>Reply &amp;from address</source>
        <translation>Absen&amp;deradresse für Antworten</translation>
    </message>
    <message>
        <source>Reply sender na&amp;me</source>
        <translation>Absend&amp;ername für Antworten</translation>
    </message>
    <message>
        <source>SMT&amp;P host</source>
        <translation>S&amp;MTP-Host</translation>
    </message>
    <message>
        <source>SMTP p&amp;ort</source>
        <translation>SMTP-Po&amp;rt</translation>
    </message>
    <message>
        <source>SMTP securit&amp;y</source>
        <translation>SMTP-S&amp;icherheit</translation>
    </message>
    <message>
        <source>SMTP user na&amp;me</source>
        <translation>SMTP-Ben&amp;utzername</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation>SMTP-Pass&amp;wort</translation>
    </message>
    <message>
        <source>unchanged (left empty, the stored one stays)</source>
        <translation>unverändert (leer gelassen, das gespeicherte bleibt)</translation>
    </message>
    <message>
        <source>Reply from address</source>
        <translation>Absenderadresse für Antworten</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <source>The port of this mailbox&apos;s relay: usually 587 with STARTTLS, 465 with TLS.</source>
        <translation>Der Port des Relays dieses Postfachs: meist 587 mit STARTTLS, 465 mit TLS.</translation>
    </message>
    <message>
        <source>How the connection to this mailbox&apos;s relay is encrypted.</source>
        <translation>Wie die Verbindung zum Relay dieses Postfachs verschlüsselt wird.</translation>
    </message>
    <message>
        <source>The relay&apos;s login; empty when it needs none.</source>
        <translation>Die Anmeldung beim Relay; leer, wenn keine nötig ist.</translation>
    </message>
    <message>
        <source>The relay&apos;s password; it is stored encrypted on the server and never shown again.</source>
        <translation>Das Passwort des Relays; es wird verschlüsselt auf dem Server gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Delete the mailbox “%1”? Nothing more is fetched from it; the tickets and replies it filed stay.</source>
        <translation>Das Postfach „%1“ löschen? Es wird nichts mehr daraus abgerufen; die Tickets und Antworten, die es abgelegt hat, bleiben.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MainWindow</name>
    <message>
        <source>S&amp;election</source>
        <translation>A&amp;uswahl</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>Die Warteschlange konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket #%1 angelegt.</translation>
    </message>
    <message>
        <source>Not done: %1 — %2</source>
        <translation>Nicht ausgeführt: %1 — %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n ticket(s) to you.</source>
        <translation>
            <numerusform>%n Ticket wird Ihnen zugewiesen.</numerusform>
            <numerusform>%n Tickets werden Ihnen zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select tickets in the queue first (Shift or Ctrl + click)</source>
        <translation>Wählen Sie zuerst Tickets in der Warteschlange aus (Umschalt- oder Strg-Klick)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n Ticket ausgewählt</numerusform>
            <numerusform>%n Tickets ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s).</source>
        <translation>
            <numerusform>%n Änderung wird gesendet.</numerusform>
            <numerusform>%n Änderungen werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Zuweisen an</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Niemandem (Zuweisung aufheben)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>No status change suits all of them</source>
        <translation>Kein Statuswechsel passt zu allen</translation>
    </message>
    <message numerus="yes">
        <source>A note for all %n ticket(s):</source>
        <translation>
            <numerusform>Eine Notiz für %n Ticket:</numerusform>
            <numerusform>Eine Notiz für alle %n Tickets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded ticket(s) match “%1”.</source>
        <translation>
            <numerusform>%n geladenes Ticket passt zu „%1“.</numerusform>
            <numerusform>%n geladene Tickets passen zu „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Diese Ansicht speichern</translation>
    </message>
    <message>
        <source>A name for the view of “%1”:</source>
        <translation>Ein Name für die Ansicht von „%1“:</translation>
    </message>
    <message>
        <source>View saved.</source>
        <translation>Ansicht gespeichert.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>offline, reconnecting to %1</source>
        <translation>offline, verbinde erneut mit %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbinde mit %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded, more below</source>
        <translation>
            <numerusform>%n Ticket geladen, weitere folgen</numerusform>
            <numerusform>%n Tickets geladen, weitere folgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>%1 — Frontline</source>
        <translation>%1 — Frontline</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>You are away: no new tickets are assigned to you automatically.</source>
        <translation>Sie sind abwesend: Ihnen werden keine neuen Tickets automatisch zugewiesen.</translation>
    </message>
    <message>
        <source>You are available again.</source>
        <translation>Sie sind wieder verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notifications (%n unread)…</source>
        <translation>
            <numerusform>&amp;Benachrichtigungen (%n ungelesen)…</numerusform>
            <numerusform>&amp;Benachrichtigungen (%n ungelesen)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>Ticket number, or words to find tickets and articles  (/)</source>
        <translation>Ticketnummer oder Wörter, um Tickets und Artikel zu finden  (/)</translation>
    </message>
    <message>
        <source>Open the ticket the article should come from.</source>
        <translation>Öffnen Sie das Ticket, aus dem der Artikel entstehen soll.</translation>
    </message>
    <message>
        <source>Show only the tickets of one organisation</source>
        <translation>Nur die Tickets einer Organisation anzeigen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Search tickets and articles</source>
        <translation>Tickets und Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Tickets in the queue</source>
        <translation>Tickets in der Warteschlange</translation>
    </message>
    <message>
        <source>J and K move, Enter opens; the chosen ticket shows in the pane beside</source>
        <translation>J und K blättern, Enter öffnet; das gewählte Ticket erscheint im Bereich daneben</translation>
    </message>
    <message>
        <source>Queues and saved views</source>
        <translation>Warteschlangen und gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Create &amp;problem from selection…</source>
        <translation>P&amp;roblem aus Auswahl erstellen…</translation>
    </message>
    <message>
        <source>Raise a c&amp;hange for the selection…</source>
        <translation>C&amp;hange für die Auswahl erstellen…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::NavigationPane</name>
    <message>
        <source>Delete this view</source>
        <translation>Diese Ansicht löschen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>Unassigned in my groups</source>
        <translation>Nicht zugewiesen in meinen Gruppen</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Kürzlich aktualisiert</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Offene Probleme</translation>
    </message>
    <message>
        <source>Open changes</source>
        <translation>Offene Changes</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message numerus="yes">
        <source>Approvals, %n waiting on me</source>
        <translation>
            <numerusform>Genehmigungen, %n wartet auf mich</numerusform>
            <numerusform>Genehmigungen, %n warten auf mich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::NewTicketDialog</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>One line: what is wrong or wanted</source>
        <translation>Eine Zeile: was nicht funktioniert oder benötigt wird</translation>
    </message>
    <message>
        <source>What the caller said: symptoms, since when, what they tried</source>
        <translation>Was die anrufende Person sagte: Symptome, seit wann, was versucht wurde</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name (empty: yourself)</source>
        <translation>Namen der anrufenden Person eingeben (leer: Sie selbst)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>By category (automatic)</source>
        <translation>Nach Kategorie (automatisch)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (L%2)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>&amp;Anrufende Person</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>I&amp;mpact</source>
        <translation>Aus&amp;wirkung</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Dringlichkeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket anlegen</translation>
    </message>
    <message>
        <source>P%1 (from impact and urgency)</source>
        <translation>P%1 (aus Auswirkung und Dringlichkeit)</translation>
    </message>
    <message>
        <source>Set by the server</source>
        <translation>Vom Server festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) may answer this — double-click to read</source>
        <translation>
            <numerusform>%n Artikel könnte das beantworten — Doppelklick zum Lesen</numerusform>
            <numerusform>%n Artikel könnten das beantworten — Doppelklick zum Lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>New %1 from #%2</source>
        <translation>Neu: %1 aus #%2</translation>
    </message>
    <message>
        <source>Linked with #%1 once it is created.</source>
        <translation>Wird nach dem Erstellen mit #%1 verknüpft.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incident: something is broken. Service request: something is wanted. Problem: the cause of incidents. Change: a planned change.</source>
        <translation>Störung: Etwas funktioniert nicht. Serviceanfrage: Etwas wird gewünscht. Problem: die Ursache von Störungen. Änderung: eine geplante Änderung.</translation>
    </message>
    <message>
        <source>What happened, what was expected, and what was tried; the requester sees it.</source>
        <translation>Was passiert ist, was erwartet wurde und was versucht wurde; die anfragende Person sieht es.</translation>
    </message>
    <message>
        <source>What the ticket is about; it decides the group the ticket goes to.</source>
        <translation>Worum es im Ticket geht; davon hängt ab, an welche Gruppe das Ticket geht.</translation>
    </message>
    <message>
        <source>How many people or how much of the business it affects; with urgency it sets the priority.</source>
        <translation>Wie viele Personen oder wie viel vom Geschäftsbetrieb betroffen sind; zusammen mit der Dringlichkeit ergibt sich die Priorität.</translation>
    </message>
    <message>
        <source>How soon it must be solved; with impact it sets the priority.</source>
        <translation>Wie schnell es gelöst sein muss; zusammen mit der Auswirkung ergibt sich die Priorität.</translation>
    </message>
    <message>
        <source>The group whose queue gets the ticket; automatic: by its category.</source>
        <translation>Die Gruppe, in deren Warteschlange das Ticket kommt; automatisch: nach seiner Kategorie.</translation>
    </message>
    <message>
        <source>The new ticket is assigned to you instead of waiting in the group&apos;s queue.</source>
        <translation>Das neue Ticket wird Ihnen zugewiesen, statt in der Warteschlange der Gruppe zu warten.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>%1 — %2 ago</source>
        <translation>%1 — vor %2</translation>
    </message>
    <message>
        <source>Nothing to tell you yet.</source>
        <translation>Noch nichts Neues für Sie.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::OrgsPage</name>
    <message>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Mail &amp;domains</source>
        <translation>Mail-&amp;Domains</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>New requesters whose address ends in one of the domains join the organisation. A domain belongs to one organisation.</source>
        <translation>Neue Anfragende, deren Adresse auf eine dieser Domains endet, werden Mitglied der Organisation. Eine Domain gehört zu genau einer Organisation.</translation>
    </message>
    <message>
        <source>Import &amp;organisations…</source>
        <translation>&amp;Organisationen importieren…</translation>
    </message>
    <message>
        <source>Import &amp;users…</source>
        <translation>&amp;Benutzer importieren…</translation>
    </message>
    <message>
        <source>Organisation created.</source>
        <translation>Organisation angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 (1 member)</source>
        <translation>%1 (1 Mitglied)</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 Mitglieder)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, shown on its people&apos;s tickets.</source>
        <translation>Der Name der Organisation, angezeigt an den Tickets ihrer Personen.</translation>
    </message>
    <message>
        <source>Notes for the desk&apos;s staff about this organisation; requesters do not see them.</source>
        <translation>Notizen für die Mitarbeitenden des Helpdesks zu dieser Organisation; Anfragende sehen sie nicht.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::OutboxDialog</name>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Apply anyway</source>
        <translation>&amp;Trotzdem anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Someone changed the ticket meanwhile: send your change over theirs.</source>
        <translation>Jemand hat das Ticket inzwischen geändert: Ihre Änderung über die andere senden.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Discard “%1”? It will not be sent.</source>
        <translation>„%1“ verwerfen? Es wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::OutgoingMailPage</name>
    <message>
        <source>Send notification mails</source>
        <translation>Benachrichtigungs-Mails senden</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>SMTP &amp;host</source>
        <translation>SMTP-&amp;Host</translation>
    </message>
    <message>
        <source>SMTP &amp;port</source>
        <translation>SMTP-&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;From address</source>
        <translation>&amp;Absenderadresse</translation>
    </message>
    <message>
        <source>From &amp;name</source>
        <translation>Absender&amp;name</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>A password is stored.</source>
        <translation>Ein Passwort ist gespeichert.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>The SMTP password; it is stored encrypted on the server and never shown again.</source>
        <translation>Das SMTP-Passwort; es wird verschlüsselt auf dem Server gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>The SMTP login; empty when the server needs none.</source>
        <translation>Die SMTP-Anmeldung; leer, wenn der Server keine benötigt.</translation>
    </message>
    <message>
        <source>Checked: the desk sends notification mails; unchecked: none are sent.</source>
        <translation>Aktiviert: Der Helpdesk sendet Benachrichtigungsmails; deaktiviert: Es werden keine gesendet.</translation>
    </message>
    <message>
        <source>The mail server notification mails are sent through, e.g. smtp.example.com.</source>
        <translation>Der Mailserver, über den Benachrichtigungsmails gesendet werden, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: TLS from the start, STARTTLS, or none (only on a trusted network).</source>
        <translation>Wie die Verbindung verschlüsselt wird: TLS von Beginn an, STARTTLS oder gar nicht (nur in einem vertrauenswürdigen Netz).</translation>
    </message>
    <message>
        <source>The SMTP port, 1 to 65535: usually 587 with STARTTLS, 465 with TLS from the start.</source>
        <translation>Der SMTP-Port, 1 bis 65535: meist 587 mit STARTTLS, 465 mit TLS von Beginn an.</translation>
    </message>
    <message>
        <source>The sender address of notification mails, e.g. helpdesk@example.com.</source>
        <translation>Die Absenderadresse von Benachrichtigungsmails, z. B. helpdesk@example.com.</translation>
    </message>
    <message>
        <source>The sender name people see on notification mails.</source>
        <translation>Der Absendername, den Empfänger bei Benachrichtigungsmails sehen.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ProblemSection</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Known error (offer the workaround on matching incidents)</source>
        <translation>&amp;Bekannter Fehler (Workaround bei passenden Störungen anbieten)</translation>
    </message>
    <message>
        <source>Save &amp;record</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>Störung &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>Verknüpfung der Auswahl &amp;lösen</translation>
    </message>
    <message>
        <source>Resolve problem and its &amp;incidents…</source>
        <translation>Problem und seine Stö&amp;rungen lösen…</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>What causes the incidents, once found</source>
        <translation>Was die Störungen verursacht, sobald es gefunden ist</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <source>What agents can tell requesters until the problem is fixed</source>
        <translation>Was Agenten den Anfragenden mitteilen können, bis das Problem behoben ist</translation>
    </message>
    <message>
        <source>A known error needs a workaround; agents are offered it on matching incidents</source>
        <translation>Ein bekannter Fehler braucht einen Workaround; Agenten bekommen ihn bei passenden Störungen angeboten</translation>
    </message>
    <message>
        <source>Linked incidents</source>
        <translation>Verknüpfte Störungen</translation>
    </message>
    <message>
        <source>Activate one to open it</source>
        <translation>Aktivieren Sie eine, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Incident number to link</source>
        <translation>Nummer der zu verknüpfenden Störung</translation>
    </message>
    <message>
        <source>Incident #</source>
        <translation>Störung #</translation>
    </message>
    <message>
        <source>Problem status</source>
        <translation>Problemstatus</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>&amp;Workaround:</source>
        <translation>&amp;Workaround:</translation>
    </message>
    <message>
        <source>Incidents caused by this problem:</source>
        <translation>Von diesem Problem verursachte Störungen:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Problem resolved with %n incident(s); </source>
        <translation>
            <numerusform>Problem mit %n Störung gelöst; </numerusform>
            <numerusform>Problem mit %n Störungen gelöst; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were.</source>
        <translation>
            <numerusform>%n blieb unverändert.</numerusform>
            <numerusform>%n blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  (%3, %4)</source>
        <translation>#%1  %2  (%3, %4)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::RequestProgressPanel</name>
    <message>
        <source>The requester&apos;s manager</source>
        <translation>Die Führungskraft der anfragenden Person</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <source>A named approver</source>
        <translation>Eine bestimmte genehmigende Person</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>not yet started</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Umsetzungsaufgaben</translation>
    </message>
    <message>
        <source>The request&apos;s tasks with their group, status and stage; Enter or a double-click opens one</source>
        <translation>Die Aufgaben der Anfrage mit Gruppe, Status und Phase; Eingabe oder Doppelklick öffnet eine</translation>
    </message>
    <message>
        <source>Opens the service request this task fulfils</source>
        <translation>Öffnet die Serviceanfrage, zu der diese Aufgabe gehört</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Approval %1: %2, %3</source>
        <translation>Genehmigung %1: %2, %3</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Requested from the catalog: %1</source>
        <translation>Aus dem Katalog angefragt: %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No fulfilment task yet: they start once the request is approved.</source>
        <translation>Noch keine Umsetzungsaufgabe: Die Aufgaben beginnen, sobald die Anfrage genehmigt ist.</translation>
    </message>
    <message>
        <source>Fulfilment: %1 of %2 tasks done.</source>
        <translation>Umsetzung: %1 von %2 Aufgaben erledigt.</translation>
    </message>
    <message>
        <source>Part of service request #%1</source>
        <translation>Teil der Serviceanfrage #%1</translation>
    </message>
    <message>
        <source>Part of service request #%1: %2</source>
        <translation>Teil der Serviceanfrage #%1: %2</translation>
    </message>
    <message>
        <source>Change advisory board</source>
        <translation>Change Advisory Board</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ResolveProblemDialog</name>
    <message>
        <source>Resolve problem #%1</source>
        <translation>Problem #%1 lösen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>How the problem was fixed</source>
        <translation>Wie das Problem behoben wurde</translation>
    </message>
    <message numerus="yes">
        <source>Also resolve its %n open incident(s) and tell their requesters</source>
        <translation>
            <numerusform>Auch die %n offene Störung lösen und die anfragende Person benachrichtigen</numerusform>
            <numerusform>Auch die %n offenen Störungen lösen und die anfragenden Personen benachrichtigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to the incidents</source>
        <translation>Antwort an die Störungen</translation>
    </message>
    <message>
        <source>The public reply each incident&apos;s requester receives</source>
        <translation>Die öffentliche Antwort, die die anfragende Person jeder Störung erhält</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Lös&amp;ung:</translation>
    </message>
    <message>
        <source>Reply to &amp;incidents:</source>
        <translation>Antwort an &amp;Störungen:</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ReviewDialog</name>
    <message>
        <source>successful</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>successful with issues</source>
        <translation>erfolgreich mit Schwierigkeiten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>backed out</source>
        <translation>rückabgewickelt</translation>
    </message>
    <message>
        <source>Post-implementation review</source>
        <translation>Überprüfung nach der Umsetzung</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notizen zur Überprüfung</translation>
    </message>
    <message>
        <source>What happened, what was learned, what to do next time</source>
        <translation>Was geschah, was gelernt wurde, was beim nächsten Mal zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::RiskForm</name>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::RulesPage</name>
    <message>
        <source>A ticket is created</source>
        <translation>Ein Ticket wird erstellt</translation>
    </message>
    <message>
        <source>A ticket is changed</source>
        <translation>Ein Ticket wird geändert</translation>
    </message>
    <message>
        <source>Someone replies or adds a note</source>
        <translation>Jemand antwortet oder schreibt eine Notiz</translation>
    </message>
    <message>
        <source>The status changes</source>
        <translation>Der Status ändert sich</translation>
    </message>
    <message>
        <source>An SLA target is at risk</source>
        <translation>Ein SLA-Ziel ist gefährdet</translation>
    </message>
    <message>
        <source>An SLA target is breached</source>
        <translation>Ein SLA-Ziel ist verletzt</translation>
    </message>
    <message>
        <source>Some time after an event</source>
        <translation>Einige Zeit nach einem Ereignis</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>in business hours</source>
        <translation>in Geschäftszeit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>all conditions hold</source>
        <translation>alle Bedingungen zutreffen</translation>
    </message>
    <message>
        <source>any condition holds</source>
        <translation>eine Bedingung zutrifft</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wenn</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>&amp;If</source>
        <translation>&amp;Falls</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>De&amp;lete rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <source>List the open tickets this rule would match now, without changing any</source>
        <translation>Die offenen Tickets auflisten, auf die diese Regel jetzt zuträfe, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Actions (reply, note and notify texts may use {{ticket.id}}, {{ticket.title}}, {{requester.name}}; notify targets: assignee, group, group_manager, requester, user:ID, group:ID)</source>
        <translation>Aktionen (Antwort-, Notiz- und Benachrichtigungstexte dürfen {{ticket.id}}, {{ticket.title}}, {{requester.name}} enthalten; Ziele für Benachrichtigungen: assignee, group, group_manager, requester, user:ID, group:ID)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Rule created.</source>
        <translation>Regel erstellt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>Regel gelöscht.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n open ticket(s) match now.</source>
        <translation>
            <numerusform>Probelauf: %n offenes Ticket trifft jetzt zu.</numerusform>
            <numerusform>Probelauf: %n offene Tickets treffen jetzt zu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the first %n matches among %1 open tickets looked at.</source>
        <translation>
            <numerusform>Probelauf: %n Treffer unter %1 geprüften offenen Tickets (es gibt mehr).</numerusform>
            <numerusform>Probelauf: die ersten %n Treffer unter %1 geprüften offenen Tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>ist gesetzt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>was changed</source>
        <translation>wurde geändert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Group (id)</source>
        <translation>Gruppe (ID)</translation>
    </message>
    <message>
        <source>Assignee (id)</source>
        <translation>Bearbeiter (ID)</translation>
    </message>
    <message>
        <source>Requester (id)</source>
        <translation>Anfragende Person (ID)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>SLA-Status</translation>
    </message>
    <message>
        <source>Role of who made the change</source>
        <translation>Rolle der ändernden Person</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Feld setzen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Open tickets the dry run matches</source>
        <translation>Offene Tickets, auf die der Probelauf zutrifft</translation>
    </message>
    <message>
        <source>Wait, minutes</source>
        <translation>Wartezeit in Minuten</translation>
    </message>
    <message>
        <source>Checked: the waiting time counts only business hours.</source>
        <translation>Aktiviert: Die Wartezeit zählt nur Geschäftszeiten.</translation>
    </message>
    <message>
        <source>The event the waiting time counts from.</source>
        <translation>Das Ereignis, ab dem die Wartezeit zählt.</translation>
    </message>
    <message>
        <source>How many minutes after the event the time rule runs, from 1 to 527040 (a year).</source>
        <translation>Wie viele Minuten nach dem Ereignis die Zeitregel ausgeführt wird, von 1 bis 527040 (ein Jahr).</translation>
    </message>
    <message>
        <source>The event that makes the rule run; a time rule runs a while after the event chosen below.</source>
        <translation>Das Ereignis, das die Regel auslöst; eine Zeitregel wird eine gewisse Zeit nach dem unten gewählten Ereignis ausgeführt.</translation>
    </message>
    <message>
        <source>Checked: the rule runs; unchecked keeps it without effect.</source>
        <translation>Aktiviert: Die Regel wird ausgeführt; deaktiviert bleibt sie ohne Wirkung.</translation>
    </message>
    <message>
        <source>The rule&apos;s name, shown in the ticket history when it acts.</source>
        <translation>Der Name der Regel, angezeigt im Ticketverlauf, wenn sie greift.</translation>
    </message>
    <message>
        <source>Whether every condition below must hold, or any one of them.</source>
        <translation>Ob alle Bedingungen unten erfüllt sein müssen oder nur eine davon.</translation>
    </message>
    <message>
        <source>Another manager changed this rule while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Eine andere Führungskraft hat diese Regel geändert, während Sie sie bearbeitet haben. Beim Speichern ersetzen Ihre Änderungen die der anderen Person.</translation>
    </message>
    <message>
        <source>Another manager deleted this rule. Saving creates it again.</source>
        <translation>Eine andere Führungskraft hat diese Regel gelöscht. Beim Speichern wird sie neu angelegt.</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Its waiting timers are dropped; what it already did to tickets stays.</source>
        <translation>Die Regel „%1“ löschen? Ihre wartenden Zeitgeber entfallen; was sie an Tickets bereits geändert hat, bleibt.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SearchPopup</name>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) — ↓ to choose, Enter to open, Enter in the box to filter the queue</source>
        <translation>
            <numerusform>%n Treffer — ↓ zum Auswählen, Eingabe zum Öffnen, Eingabe im Suchfeld filtert die Liste</numerusform>
            <numerusform>%n Treffer — ↓ zum Auswählen, Eingabe zum Öffnen, Eingabe im Suchfeld filtert die Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SearchResultView</name>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>Article KB-%1</source>
        <translation>Artikel KB-%1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SecurityPage</name>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Requesters (end users)</source>
        <translation>Anfragende (Endanwender)</translation>
    </message>
    <message>
        <source>Must use two-factor sign-in</source>
        <translation>Müssen die Zwei-Faktor-Anmeldung verwenden</translation>
    </message>
    <message>
        <source>People in these roles who have not set up two-factor sign-in are asked to at their next login, and can do nothing else until they have.</source>
        <translation>Personen in diesen Rollen, die die Zwei-Faktor-Anmeldung noch nicht eingerichtet haben, werden bei der nächsten Anmeldung dazu aufgefordert und können bis dahin nichts anderes tun.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Checked: everyone in this role must sign in with a second factor (an authenticator app&apos;s code).</source>
        <translation>Aktiviert: Alle mit dieser Rolle müssen sich mit einem zweiten Faktor anmelden (dem Code einer Authenticator-App).</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The language changes at once for new windows; restart Frontline to change it everywhere.</source>
        <translation>Die Sprache wechselt sofort für neue Fenster; starten Sie Frontline neu, um sie überall zu wechseln.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Two-factor sign-in…</source>
        <translation>Zwei-Faktor-Anmeldung…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Hand over my approvals…</source>
        <translation>Meine Genehmigungen übergeben…</translation>
    </message>
    <message>
        <source>The language of this program&apos;s windows; applies after a restart.</source>
        <translation>Die Sprache der Fenster dieses Programms; gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system&apos;s setting.</source>
        <translation>Helle oder dunkle Farben oder wie in der Systemeinstellung.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>In der Warteschlange</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SlaPoliciesPage</name>
    <message>
        <source>A breach escalates to the group&apos;s next tier</source>
        <translation>Eine Verletzung eskaliert an die nächste Stufe der Gruppe</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source> business min</source>
        <translation> Geschäftsmin.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Ticket &amp;type</source>
        <translation>Ticket&amp;typ</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>First &amp;response within</source>
        <translation>Erste &amp;Antwort binnen</translation>
    </message>
    <message>
        <source>Re&amp;solution within</source>
        <translation>&amp;Lösung binnen</translation>
    </message>
    <message>
        <source>At &amp;risk after</source>
        <translation>&amp;Gefährdet nach</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Rund um die Uhr</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n open ticket(s) re-planned.</source>
        <translation>
            <numerusform>Gespeichert; %n offenes Ticket neu geplant.</numerusform>
            <numerusform>Gespeichert; %n offene Tickets neu geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticket-Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Erste Antwort innerhalb von</translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation>Lösung innerhalb von</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>Gefährdet nach</translation>
    </message>
    <message>
        <source>The ticket type this policy applies to, or any type.</source>
        <translation>Der Tickettyp, für den diese Richtlinie gilt, oder jeder Typ.</translation>
    </message>
    <message>
        <source>The policy&apos;s name, shown on tickets it applies to.</source>
        <translation>Der Name der Richtlinie, angezeigt an den Tickets, für die sie gilt.</translation>
    </message>
    <message>
        <source>The priority this policy applies to, or any; the most specific policy wins.</source>
        <translation>Die Priorität, für die diese Richtlinie gilt, oder jede; die spezifischste Richtlinie hat Vorrang.</translation>
    </message>
    <message>
        <source>The category this policy applies to, or any.</source>
        <translation>Die Kategorie, für die diese Richtlinie gilt, oder jede.</translation>
    </message>
    <message>
        <source>The business hours the targets count in; around the clock counts every minute.</source>
        <translation>Die Geschäftszeiten, in denen die Ziele zählen; „Rund um die Uhr“ zählt jede Minute.</translation>
    </message>
    <message>
        <source>Minutes of business time until the first public reply is due.</source>
        <translation>Minuten Geschäftszeit, bis die erste öffentliche Antwort fällig ist.</translation>
    </message>
    <message>
        <source>Minutes of business time until the ticket must be resolved.</source>
        <translation>Minuten Geschäftszeit, bis das Ticket gelöst sein muss.</translation>
    </message>
    <message>
        <source>Percent of the target time, 1 to 99, after which the ticket is marked at risk and its agent warned.</source>
        <translation>Prozent der Zielzeit, 1 bis 99, nach denen das Ticket als gefährdet markiert und sein Agent gewarnt wird.</translation>
    </message>
    <message>
        <source>Checked: a breached ticket moves to the group its group escalates to.</source>
        <translation>Aktiviert: Ein Ticket mit verletztem SLA geht an die Gruppe, an die seine Gruppe eskaliert.</translation>
    </message>
    <message>
        <source>Checked: the policy applies to new tickets; unchecked keeps it for reference.</source>
        <translation>Aktiviert: Die Richtlinie gilt für neue Tickets; deaktiviert bleibt sie nur zum Nachschlagen erhalten.</translation>
    </message>
    <message>
        <source>Another manager changed this policy while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Eine andere Führungskraft hat diese Richtlinie geändert, während Sie sie bearbeitet haben. Beim Speichern ersetzen Ihre Änderungen die der anderen Person.</translation>
    </message>
    <message>
        <source>Another manager deleted this policy. Saving creates it again.</source>
        <translation>Eine andere Führungskraft hat diese Richtlinie gelöscht. Beim Speichern wird sie neu angelegt.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>&amp;Delete policy</source>
        <translation>Richtlinie lösc&amp;hen</translation>
    </message>
    <message numerus="yes">
        <source>Policy deleted; %n open ticket(s) re-planned.</source>
        <translation>
            <numerusform>Richtlinie gelöscht; %n offenes Ticket neu geplant.</numerusform>
            <numerusform>Richtlinie gelöscht; %n offene Tickets neu geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy deleted.</source>
        <translation>Richtlinie gelöscht.</translation>
    </message>
    <message>
        <source>Delete the SLA policy “%1”? Its open tickets are planned again under the next policy that matches them, or the desk&apos;s defaults.</source>
        <translation>Die SLA-Richtlinie „%1“ löschen? Ihre offenen Tickets werden nach der nächsten passenden Richtlinie oder den Standardwerten des Service Desks neu geplant.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TaskListEditor</name>
    <message>
        <source>Add &amp;task</source>
        <translation>&amp;Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Adds a fulfilment task</source>
        <translation>Fügt eine Umsetzungsaufgabe hinzu</translation>
    </message>
    <message>
        <source>No tasks: the fulfilment group works on the request itself.</source>
        <translation>Keine Aufgaben: Die Umsetzungsgruppe bearbeitet die Anfrage selbst.</translation>
    </message>
    <message>
        <source>Title, e.g. Prepare the laptop</source>
        <translation>Titel, z. B. Laptop vorbereiten</translation>
    </message>
    <message>
        <source>The task&apos;s title, as its group sees it in its queue</source>
        <translation>Der Titel der Aufgabe, wie ihre Gruppe ihn in der Warteschlange sieht</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the group is to do for the task</source>
        <translation>Was die Gruppe für die Aufgabe tun soll</translation>
    </message>
    <message>
        <source>The group the task is assigned to</source>
        <translation>Die Gruppe, der die Aufgabe zugewiesen wird</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Stage </source>
        <translation>Phase </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tasks of one stage run side by side; the next stage starts when they are done</source>
        <translation>Aufgaben einer Phase laufen parallel; die nächste Phase beginnt, wenn sie erledigt sind</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Takes this task out</source>
        <translation>Nimmt diese Aufgabe heraus</translation>
    </message>
    <message>
        <source>#%1 (unknown)</source>
        <translation>#%1 (unbekannt)</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TextPromptDialog</name>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketCiSection</name>
    <message>
        <source>Configuration items</source>
        <translation>Konfigurationselemente</translation>
    </message>
    <message>
        <source>Link a C&amp;I…</source>
        <translation>&amp;CI verknüpfen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1 in the CI browser</source>
        <translation>%1 im CI-Browser öffnen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlink %1 from the ticket</source>
        <translation>Verknüpfung von %1 mit dem Ticket lösen</translation>
    </message>
    <message>
        <source>Link a configuration item</source>
        <translation>Konfigurationselement verknüpfen</translation>
    </message>
    <message>
        <source>Name, host name or serial</source>
        <translation>Name, Hostname oder Seriennummer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;CI:</source>
        <translation>&amp;CI:</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketCustomFields</name>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Save fields</source>
        <translation>Felder speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketFields</name>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Paused (waiting on requester)</source>
        <translation>Pausiert (wartet auf anfragende Person)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1 by %2
%3</source>
        <translation>%1 bis %2
%3</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Bearbeiter</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Priori&amp;tät</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (L%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1
%2 by %3</source>
        <translation>%1
%2 bis %3</translation>
    </message>
    <message>
        <source>Breached: response was late</source>
        <translation>Verletzt: Antwort kam zu spät</translation>
    </message>
    <message>
        <source>Breached: resolution overdue</source>
        <translation>Verletzt: Lösung überfällig</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 ★ VIP</source>
        <translation>%1 ★ VIP</translation>
    </message>
    <message>
        <source>P1 is the most urgent, P5 the least; set by impact and urgency, changed here by hand. A change is saved at once.</source>
        <translation>P1 ist am dringendsten, P5 am wenigsten; ergibt sich aus Auswirkung und Dringlichkeit und wird hier manuell geändert. Eine Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>The group whose queue holds this ticket. A change is saved at once.</source>
        <translation>Die Gruppe, in deren Warteschlange dieses Ticket liegt. Eine Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>The agent who works on this ticket. A change is saved at once.</source>
        <translation>Der Agent, der dieses Ticket bearbeitet. Eine Änderung wird sofort gespeichert.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketPane</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Select a ticket in the queue, or press Ctrl+N to take a new one.</source>
        <translation>Wählen Sie ein Ticket in der Warteschlange, oder drücken Sie Strg+N für ein neues.</translation>
    </message>
    <message>
        <source>Link to another ticket…</source>
        <translation>Mit anderem Ticket verknüpfen…</translation>
    </message>
    <message>
        <source>Merge into another ticket…</source>
        <translation>In anderes Ticket zusammenführen…</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Zeit erfassen…</translation>
    </message>
    <message>
        <source>%1 just changed this ticket.</source>
        <translation>%1 hat dieses Ticket gerade geändert.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · version %4</source>
        <translation>#%1 · %2 · %3 · Version %4</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>Zusammengeführt aus</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>%1 #%2: %3 (%4)</source>
        <translation>%1 #%2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 typing a reply…</source>
        <translation>%1 schreibt eine Antwort…</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>Ebenfalls geöffnet von: %1</translation>
    </message>
    <message>
        <source>What was done? The requester sees this note.</source>
        <translation>Was wurde getan? Die anfragende Person sieht diese Notiz.</translation>
    </message>
    <message>
        <source>No status change is possible from here</source>
        <translation>Von hier ist kein Statuswechsel möglich</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>Verknüpfte Tickets</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>The public replies and internal notes of this ticket, oldest first</source>
        <translation>Die öffentlichen Antworten und internen Notizen dieses Tickets, älteste zuerst</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Caused by change</source>
        <translation>Verursacht durch Änderung</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketReferenceDialog</name>
    <message>
        <source>Link #%1 to another ticket</source>
        <translation>#%1 mit anderem Ticket verknüpfen</translation>
    </message>
    <message>
        <source>Related ticket</source>
        <translation>Verwandtes Ticket</translation>
    </message>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>#%1 in anderes Ticket zusammenführen</translation>
    </message>
    <message>
        <source>#%1 ends as a duplicate; its requester is told where the work goes on.</source>
        <translation>#%1 endet als Duplikat; die anfragende Person erfährt, wo es weitergeht.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen in</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Log time on #%1</source>
        <translation>Zeit auf #%1 erfassen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Was getan wurde (optional)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TwoFactorDialog</name>
    <message>
        <source>&amp;Set up two-factor sign-in…</source>
        <translation>Zwei-Faktor-Anmeldung &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;New recovery codes…</source>
        <translation>&amp;Neue Wiederherstellungscodes…</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Ausschalten…</translation>
    </message>
    <message>
        <source>Security: two-factor sign-in</source>
        <translation>Sicherheit: Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>The current code from your authenticator app (the old recovery codes stop working):</source>
        <translation>Der aktuelle Code aus Ihrer Authenticator-App (die alten Wiederherstellungscodes werden ungültig):</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (such as FreeOTP, Aegis, Google or Microsoft Authenticator).</source>
        <translation>1. Scannen Sie diesen Code mit einer Authenticator-App (etwa FreeOTP, Aegis, Google oder Microsoft Authenticator).</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Oder geben Sie diesen Schlüssel in die App ein:</translation>
    </message>
    <message>
        <source>2. The app&apos;s &amp;code</source>
        <translation>2. &amp;Code der App</translation>
    </message>
    <message>
        <source>C&amp;opy the codes</source>
        <translation>Codes &amp;kopieren</translation>
    </message>
    <message>
        <source>I have kept them: &amp;done</source>
        <translation>Ich habe sie aufbewahrt: &amp;fertig</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe (printed, or in a password manager): each lets you sign in once without your phone. They are shown only now.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet. Bewahren Sie diese Wiederherstellungscodes sicher auf (ausgedruckt oder in einem Passwortmanager): Mit jedem können Sie sich einmal ohne Ihr Telefon anmelden. Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>6-stelliger Code oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Turn off two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung a&amp;usschalten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on: you sign in with your password and a code from your authenticator app. Recovery codes left: %1.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet: Sie melden sich mit Ihrem Passwort und einem Code aus Ihrer Authenticator-App an. Verbleibende Wiederherstellungscodes: %1.</translation>
    </message>
    <message>
        <source>Your role must sign in with a second factor. Set it up now to continue.</source>
        <translation>Ihre Rolle muss sich mit einem zweiten Faktor anmelden. Richten Sie ihn jetzt ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off. With it, your password alone is not enough to sign in: a code from an app on your phone is needed too.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet. Ist sie eingeschaltet, reicht Ihr Passwort allein zur Anmeldung nicht aus: Zusätzlich ist ein Code aus einer App auf Ihrem Telefon nötig.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::UsersPage</name>
    <message>
        <source>Disabled (cannot log in)</source>
        <translation>Deaktiviert (kann sich nicht anmelden)</translation>
    </message>
    <message>
        <source>Find people…</source>
        <translation>Personen finden…</translation>
    </message>
    <message>
        <source>Requester (end user)</source>
        <translation>Anfragende Person (Endanwender)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <translation>%1 — deaktiviert</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Leer lassen, um das Passwort zu behalten</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>Benutzer angelegt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved, with the new password.</source>
        <translation>Gespeichert, mit dem neuen Passwort.</translation>
    </message>
    <message>
        <source>Show &amp;more people</source>
        <translation>&amp;Weitere Personen anzeigen</translation>
    </message>
    <message>
        <source>First password (at least %1 characters)</source>
        <translation>Erstes Passwort (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>VIP (automation rules can treat them first)</source>
        <translation>VIP (Automatisierungsregeln können sie bevorzugt behandeln)</translation>
    </message>
    <message>
        <source>Organisation viewer (sees all of the organisation&apos;s tickets)</source>
        <translation>Organisationsbetrachter (sieht alle Tickets der Organisation)</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor</source>
        <translation>&amp;Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>Überall ab&amp;melden</translation>
    </message>
    <message>
        <source>Turns off this person&apos;s two-factor sign-in (a lost phone): they sign in with the password and set it up again.</source>
        <translation>Schaltet die Zwei-Faktor-Anmeldung dieser Person aus (verlorenes Telefon): Sie meldet sich mit dem Passwort an und richtet sie erneut ein.</translation>
    </message>
    <message>
        <source>Forgets this person&apos;s failed logins, so they can try again now.</source>
        <translation>Vergisst die fehlgeschlagenen Anmeldungen dieser Person, sodass sie es sofort erneut versuchen kann.</translation>
    </message>
    <message>
        <source>Ends every session of this person on every device</source>
        <translation>Beendet alle Sitzungen dieser Person auf allen Geräten</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off for this person; they set it up again.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist für diese Person ausgeschaltet; sie richtet sie erneut ein.</translation>
    </message>
    <message>
        <source>Unlocked: this person can log in again now.</source>
        <translation>Entsperrt: Diese Person kann sich jetzt wieder anmelden.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out of %n session(s).</source>
        <translation>
            <numerusform>Von %n Sitzung abgemeldet.</numerusform>
            <numerusform>Von %n Sitzungen abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>None (or by mail domain when created)</source>
        <translation>Keine (oder nach Mail-Domain beim Anlegen)</translation>
    </message>
    <message>
        <source>The name the person logs in with; letters, digits, dots, dashes and underscores. It cannot be changed later.</source>
        <translation>Der Name, mit dem sich die Person anmeldet; Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche. Er kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>The name others see on tickets and replies.</source>
        <translation>Der Name, den andere an Tickets und Antworten sehen.</translation>
    </message>
    <message>
        <source>Where notification mails go, and how mails from this person are matched to them.</source>
        <translation>Wohin Benachrichtigungsmails gehen und woran Mails dieser Person zugeordnet werden.</translation>
    </message>
    <message>
        <source>Requester: own tickets only. Agent: works the queues. Manager: also reports. Administrator: also configures the desk.</source>
        <translation>Anfragende Person: nur eigene Tickets. Agent: bearbeitet die Warteschlangen. Manager: zusätzlich Berichte. Administrator: konfiguriert zusätzlich den Helpdesk.</translation>
    </message>
    <message>
        <source>Checked: the account cannot log in; its tickets and history stay.</source>
        <translation>Aktiviert: Das Konto kann sich nicht anmelden; seine Tickets und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>The customer organisation this person belongs to.</source>
        <translation>Die Kundenorganisation, zu der diese Person gehört.</translation>
    </message>
    <message>
        <source>Marks the person as a VIP; automation rules can give their tickets a higher priority.</source>
        <translation>Kennzeichnet die Person als VIP; Automatisierungsregeln können ihren Tickets eine höhere Priorität geben.</translation>
    </message>
    <message>
        <source>Checked: this requester also sees the other tickets of their organisation.</source>
        <translation>Aktiviert: Diese anfragende Person sieht auch die anderen Tickets ihrer Organisation.</translation>
    </message>
    <message>
        <source>Nobody (type a name to find the manager)</source>
        <translation>Niemand (Namen eingeben, um die Führungskraft zu finden)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>Führungs&amp;kraft</translation>
    </message>
    <message>
        <source>Approves this person&apos;s requests where an approval chain asks for their manager. Empty: nobody (such requests are refused).</source>
        <translation>Genehmigt die Anfragen dieser Person, wenn eine Genehmigungskette ihre Führungskraft verlangt. Leer: niemand (solche Anfragen werden abgelehnt).</translation>
    </message>
    <message>
        <source>Choose the manager from the people offered as you type.</source>
        <translation>Wählen Sie die Führungskraft aus den Personen, die beim Tippen angeboten werden.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::WebhooksPage</name>
    <message>
        <source>&amp;All events, also those added later</source>
        <translation>&amp;Alle Ereignisse, auch später hinzugefügte</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>E&amp;rneut zustellen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>https://hooks.example.com/frontline</source>
        <translation>https://hooks.example.com/frontline</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Webhook created. Copy its secret now: it is not shown again.</source>
        <translation>Webhook erstellt. Kopieren Sie jetzt sein Geheimnis: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Webhook deleted.</source>
        <translation>Webhook gelöscht.</translation>
    </message>
    <message>
        <source>A test delivery (ping) is on its way.</source>
        <translation>Eine Testzustellung (Ping) ist unterwegs.</translation>
    </message>
    <message>
        <source>The event is delivered again, under a new delivery id.</source>
        <translation>Das Ereignis wird erneut zugestellt, unter einer neuen Zustellungs-ID.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>Das Geheimnis ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>A secret is made for a new hook and shown once.</source>
        <translation>Für einen neuen Hook wird ein Geheimnis erzeugt und einmal angezeigt.</translation>
    </message>
    <message>
        <source>Turned off by the server: %1</source>
        <translation>Vom Server abgeschaltet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Versuch in Folge.</numerusform>
            <numerusform>%n fehlgeschlagene Versuche in Folge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) waiting.</source>
        <translation>
            <numerusform>%n Zustellung wartend.</numerusform>
            <numerusform>%n Zustellungen wartend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown once, when the webhook is created</source>
        <translation>Wird nur einmal angezeigt, beim Anlegen des Webhooks</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Checked: the hook gets every event, also kinds added in later versions.</source>
        <translation>Aktiviert: Der Hook erhält jedes Ereignis, auch Arten, die in späteren Versionen hinzukommen.</translation>
    </message>
    <message>
        <source>Checked: events are delivered to this hook; unchecked: they are not, and not kept.</source>
        <translation>Aktiviert: Ereignisse werden an diesen Hook zugestellt; deaktiviert: Sie werden weder zugestellt noch aufbewahrt.</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? Nothing more is sent to it, and its delivery log is deleted.</source>
        <translation>Den Webhook an %1 löschen? Es wird nichts mehr an ihn gesendet, und sein Zustellprotokoll wird gelöscht.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::WindowDialog</name>
    <message>
        <source>Repeats &amp;weekly until</source>
        <translation>&amp;Wöchentlich wiederholen bis</translation>
    </message>
    <message>
        <source>Edit window</source>
        <translation>Zeitfenster bearbeiten</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Neues Zeitfenster</translation>
    </message>
    <message>
        <source>Window name</source>
        <translation>Name des Zeitfensters</translation>
    </message>
    <message>
        <source>Maintenance window (changes belong inside)</source>
        <translation>Wartungsfenster (Changes gehören hinein)</translation>
    </message>
    <message>
        <source>Freeze (no changes)</source>
        <translation>Sperrzeit (keine Changes)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>For &amp;CIs:</source>
        <translation>Für &amp;CIs:</translation>
    </message>
    <message>
        <source>No CI: the window applies everywhere.</source>
        <translation>Kein CI: Das Zeitfenster gilt überall.</translation>
    </message>
</context>
<context>
    <name>frontline::rpc::RpcClient</name>
    <message>
        <source>The server sent a message larger than allowed.</source>
        <translation>Der Server hat eine zu große Nachricht gesendet.</translation>
    </message>
</context>
</TS>
