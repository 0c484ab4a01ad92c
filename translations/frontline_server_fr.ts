<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditExport</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>ID de l&apos;auteur</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>ID de la cible</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up a running desk, with a manifest of every table</source>
        <translation>Sauvegarder un centre d&apos;assistance en service, avec un manifeste de chaque table</translation>
    </message>
    <message>
        <source>Back up a running desk: SQLite through its online backup API, PostgreSQL with pg_dump -Fc. Writes &lt;file&gt; and &lt;file&gt;.manifest.json (schema version, rows and checksum per table), which restore verifies.</source>
        <translation>Sauvegarder un centre d&apos;assistance en service : SQLite via son API de sauvegarde en ligne, PostgreSQL avec pg_dump -Fc. Écrit &lt;file&gt; et &lt;file&gt;.manifest.json (version du schéma, lignes et somme de contrôle par table), que restore vérifie.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Replace an existing backup file.</source>
        <translation>Remplacer un fichier de sauvegarde existant.</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>--database invalide : %1</translation>
    </message>
    <message>
        <source>%1 exists; choose another file or add --force</source>
        <translation>%1 existe ; choisissez un autre fichier ou ajoutez --force</translation>
    </message>
    <message>
        <source>Backup written to %1 (manifest %2) in %3 s</source>
        <translation>Sauvegarde écrite dans %1 (manifeste %2) en %3 s</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>Aucune base de données à %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>pg_dump failed (%1); is postgresql-client installed?</source>
        <translation>pg_dump a échoué (%1) ; postgresql-client est-il installé ?</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>FRONTLINE_ADMIN_PASSWORD must be at least %1 characters</source>
        <translation>FRONTLINE_ADMIN_PASSWORD doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>cannot create the administrator: %1</source>
        <translation>impossible de créer l’administrateur : %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>ticket without its &apos;created&apos; event</source>
        <translation>ticket sans son événement &apos;created&apos;</translation>
    </message>
    <message>
        <source>ticket with more than one &apos;created&apos; event</source>
        <translation>ticket avec plus d&apos;un événement &apos;created&apos;</translation>
    </message>
    <message>
        <source>ticket whose first event is not its &apos;created&apos; event</source>
        <translation>ticket dont le premier événement n&apos;est pas son événement &apos;created&apos;</translation>
    </message>
    <message>
        <source>comment without its &apos;comment&apos; event</source>
        <translation>commentaire sans son événement &apos;comment&apos;</translation>
    </message>
    <message>
        <source>&apos;comment&apos; event of another ticket&apos;s comment (event id)</source>
        <translation>événement &apos;comment&apos; du commentaire d&apos;un autre ticket (id de l&apos;événement)</translation>
    </message>
    <message>
        <source>ticket whose time spent is not the sum of its time entries</source>
        <translation>ticket dont le temps passé n&apos;est pas la somme de ses saisies de temps</translation>
    </message>
    <message>
        <source>article whose version is not its newest stored version</source>
        <translation>article dont la version n&apos;est pas sa version enregistrée la plus récente</translation>
    </message>
    <message>
        <source>article whose helpful/unhelpful counts are not its votes</source>
        <translation>article dont les compteurs utile/inutile ne correspondent pas à ses votes</translation>
    </message>
    <message>
        <source>Check the database and the event log; exit 1 on findings</source>
        <translation>Vérifier la base de données et le journal des événements ; code de sortie 1 en cas de problème</translation>
    </message>
    <message>
        <source>Check a desk&apos;s database: SQLite&apos;s integrity check and foreign keys, then what the schema promises about the event log (every ticket has its created event first, every comment its event) and the counters beside it. Exit code 1 on any finding.</source>
        <translation>Vérifier la base de données d&apos;un centre d&apos;assistance : contrôle d&apos;intégrité SQLite et clés étrangères, puis ce que le schéma garantit sur le journal des événements (chaque ticket a d&apos;abord son événement de création, chaque commentaire son événement) et les compteurs associés. Code de sortie 1 au moindre problème.</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>--database invalide : %1</translation>
    </message>
    <message>
        <source>FAIL cannot open the database: %1</source>
        <translation>ÉCHEC impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>le contrôle d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité : %1</translation>
    </message>
    <message>
        <source>foreign key check could not run: %1</source>
        <translation>le contrôle des clés étrangères n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>%1 rows refer to rows that do not exist (tables: %2)</source>
        <translation>%1 lignes font référence à des lignes inexistantes (tables : %2)</translation>
    </message>
    <message>
        <source>ok   integrity check and foreign keys</source>
        <translation>ok   contrôle d&apos;intégrité et clés étrangères</translation>
    </message>
    <message>
        <source>schema version %1, this tool knows %2</source>
        <translation>version du schéma %1, cet outil connaît %2</translation>
    </message>
    <message>
        <source>ok   schema version %1</source>
        <translation>ok   version du schéma %1</translation>
    </message>
    <message>
        <source>%1: the check could not run: %2</source>
        <translation>%1 : le contrôle n&apos;a pas pu s&apos;exécuter : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>ok   no %1</source>
        <translation>ok   aucun %1</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 problèmes</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun problème</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Try: frontline-admin %1 --help</source>
        <translation>Essayez : frontline-admin %1 --help</translation>
    </message>
    <message>
        <source>no database given</source>
        <translation>aucune base de données indiquée</translation>
    </message>
    <message>
        <source>The desk&apos;s database: a SQLite file (or sqlite:&lt;file&gt;) or a postgresql:// URL, as the server&apos;s --db.</source>
        <translation>La base de données du centre d&apos;assistance : un fichier SQLite (ou sqlite:&lt;file&gt;) ou une URL postgresql://, comme le --db du serveur.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The server&apos;s configuration file, whose db is used without --database.</source>
        <translation>Le fichier de configuration du serveur, dont la base (db) est utilisée sans --database.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--database is required</source>
        <translation>--database est obligatoire</translation>
    </message>
    <message>
        <source>%1 names no db; give --database</source>
        <translation>%1 n&apos;indique aucune base (db) ; indiquez --database</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Department: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>Never mind, it works again after a restart.</source>
        <translation>Laissez tomber, cela refonctionne après un redémarrage.</translation>
    </message>
    <message>
        <source>Escalating: first-line checks done, needs specialist analysis.</source>
        <translation>Escalade : vérifications de niveau 1 faites, une analyse par un spécialiste est nécessaire.</translation>
    </message>
    <message>
        <source>Unfortunately it is happening again since this morning.</source>
        <translation>Malheureusement, le problème se reproduit depuis ce matin.</translation>
    </message>
    <message>
        <source>Found a second cause and fixed it as well. %1</source>
        <translation>Une seconde cause a été trouvée et corrigée elle aussi. %1</translation>
    </message>
    <message>
        <source>FRONTLINE_DEMO_PASSWORD must be at least 12 characters</source>
        <translation>FRONTLINE_DEMO_PASSWORD doit comporter au moins 12 caractères</translation>
    </message>
    <message>
        <source>demo data could not be written: %1</source>
        <translation>les données de démonstration n’ont pas pu être écrites : %1</translation>
    </message>
    <message>
        <source>demo data generation failed: %1</source>
        <translation>la génération des données de démonstration a échoué : %1</translation>
    </message>
    <message>
        <source>Demo data: %1 tickets. Log in as &quot;agent&quot; (L1 agent), &quot;manager&quot; or &quot;requester&quot; with the password %2</source>
        <translation>Données de démonstration : %1 tickets. Connectez-vous en tant que « agent » (agent N1), « manager » ou « requester » avec le mot de passe %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import users or organisations from CSV</source>
        <translation>Importer des utilisateurs ou des organisations depuis un CSV</translation>
    </message>
    <message>
        <source>Import users or organisations from CSV with the server&apos;s own import (user.import, org.import): every row is checked first, and nothing is written unless every row is valid. --dry-run only reports.</source>
        <translation>Importer des utilisateurs ou des organisations depuis un CSV avec l&apos;import du serveur (user.import, org.import) : chaque ligne est d&apos;abord vérifiée, et rien n&apos;est écrit si une ligne n&apos;est pas valide. --dry-run se contente de rendre compte.</translation>
    </message>
    <message>
        <source>users or orgs</source>
        <translation>users ou orgs</translation>
    </message>
    <message>
        <source>A SQLite file (or sqlite:&lt;file&gt;) or a postgresql:// URL.</source>
        <translation>Un fichier SQLite (ou sqlite:&lt;file&gt;) ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header line first).</source>
        <translation>Le fichier CSV (UTF-8, ligne d&apos;en-tête en premier).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Check and report every row, write nothing.</source>
        <translation>Vérifier chaque ligne et en rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>The administrator the import is recorded as.</source>
        <translation>L&apos;administrateur au nom duquel l&apos;import est enregistré.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Say what to import: frontline-admin import users|orgs --csv &lt;file&gt;</source>
        <translation>Indiquez quoi importer : frontline-admin import users|orgs --csv &lt;file&gt;</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>--database invalide : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an active administrator (--as)</source>
        <translation>%1 n&apos;est pas un administrateur actif (--as)</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L&apos;import a échoué : %1</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>Refusé : %1 %2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Move a SQLite desk to PostgreSQL, every table compared</source>
        <translation>Déplacer un centre d&apos;assistance SQLite vers PostgreSQL, chaque table comparée</translation>
    </message>
    <message>
        <source>Move a SQLite desk to an empty PostgreSQL database: creates the schema with the server&apos;s migrations, copies every table in dependency order, fixes the sequences, then compares rows and checksum per table. Stop the server first.</source>
        <translation>Déplacer un centre d&apos;assistance SQLite vers une base PostgreSQL vide : crée le schéma avec les migrations du serveur, copie chaque table dans l&apos;ordre des dépendances, corrige les séquences, puis compare les lignes et la somme de contrôle de chaque table. Arrêtez d&apos;abord le serveur.</translation>
    </message>
    <message>
        <source>The SQLite desk: sqlite:&lt;file&gt; or a file.</source>
        <translation>Le centre d&apos;assistance SQLite : sqlite:&lt;file&gt; ou un fichier.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The empty PostgreSQL database: postgresql://...</source>
        <translation>La base PostgreSQL vide : postgresql://...</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation>Lignes par transaction.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Invalid database: %1</source>
        <translation>Base de données invalide : %1</translation>
    </message>
    <message>
        <source>migrate moves a SQLite desk (--from) to PostgreSQL (--to)</source>
        <translation>migrate déplace un centre d&apos;assistance SQLite (--from) vers PostgreSQL (--to)</translation>
    </message>
    <message>
        <source>The SQLite desk has schema version %1; this tool knows %2. Start the matching frontline-server on it once (it migrates), or use the matching frontline-admin.</source>
        <translation>Le centre d&apos;assistance SQLite a la version de schéma %1 ; cet outil connaît %2. Démarrez une fois le frontline-server correspondant sur celui-ci (il migre), ou utilisez le frontline-admin correspondant.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables); migrate needs an empty database</source>
        <translation>%1 n&apos;est pas vide (%2 tables) ; migrate exige une base de données vide</translation>
    </message>
    <message>
        <source>Cannot create the schema: %1</source>
        <translation>Impossible de créer le schéma : %1</translation>
    </message>
    <message>
        <source>%1: only in PostgreSQL, left as the migrations made it</source>
        <translation>%1 : uniquement dans PostgreSQL, laissée telle que les migrations l&apos;ont créée</translation>
    </message>
    <message>
        <source>%1: SQLite only (the server rebuilds it), not copied</source>
        <translation>%1 : SQLite uniquement (le serveur la reconstruit), non copiée</translation>
    </message>
    <message>
        <source>%1: %2 rows copied in %3 s</source>
        <translation>%1 : %2 lignes copiées en %3 s</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>La copie a échoué : %1</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied in %3 s, compared in %4 s</source>
        <translation>%1 lignes dans %2 tables copiées en %3 s, comparées en %4 s</translation>
    </message>
    <message>
        <source>PostgreSQL differs from the SQLite desk:</source>
        <translation>PostgreSQL diffère du centre d&apos;assistance SQLite :</translation>
    </message>
    <message>
        <source>Every table matches. Start frontline-server with the --to URL as its --db (db in server.conf).</source>
        <translation>Toutes les tables correspondent. Démarrez frontline-server avec l&apos;URL de --to comme --db (db dans server.conf).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Net flow</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Backlog at the start</source>
        <translation>En attente au début</translation>
    </message>
    <message>
        <source>Backlog at the end</source>
        <translation>En attente à la fin</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouverts maintenant</translation>
    </message>
    <message>
        <source>First responses</source>
        <translation>Premières réponses</translation>
    </message>
    <message>
        <source>First response, mean hours</source>
        <translation>Première réponse, moyenne en heures</translation>
    </message>
    <message>
        <source>First response, median hours</source>
        <translation>Première réponse, médiane en heures</translation>
    </message>
    <message>
        <source>First response, 90th percentile hours</source>
        <translation>Première réponse, 90e centile en heures</translation>
    </message>
    <message>
        <source>First response, mean business hours</source>
        <translation>Première réponse, moyenne en heures ouvrées</translation>
    </message>
    <message>
        <source>First response, median business hours</source>
        <translation>Première réponse, médiane en heures ouvrées</translation>
    </message>
    <message>
        <source>Resolution, mean hours</source>
        <translation>Résolution, moyenne en heures</translation>
    </message>
    <message>
        <source>Resolution, median hours</source>
        <translation>Résolution, médiane en heures</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile hours</source>
        <translation>Résolution, 90e centile en heures</translation>
    </message>
    <message>
        <source>Resolution, mean business hours</source>
        <translation>Résolution, moyenne en heures ouvrées</translation>
    </message>
    <message>
        <source>Resolution, median business hours</source>
        <translation>Résolution, médiane en heures ouvrées</translation>
    </message>
    <message>
        <source>Response SLA compliance</source>
        <translation>Respect du SLA de réponse</translation>
    </message>
    <message>
        <source>Resolution SLA compliance</source>
        <translation>Respect du SLA de résolution</translation>
    </message>
    <message>
        <source>First-contact resolution rate</source>
        <translation>Taux de résolution au premier contact</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>Taux de réouverture</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Taux d’escalade</translation>
    </message>
    <message>
        <source>Satisfaction average</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <source>Satisfaction response rate</source>
        <translation>Taux de réponse à l’enquête</translation>
    </message>
    <message>
        <source>Frontline KPI report</source>
        <translation>Rapport KPI Frontline</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation>Tickets ouverts par âge</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribués</translation>
    </message>
    <message>
        <source>Mean resolution hours</source>
        <translation>Résolution moyenne en heures</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Created in the previous period</source>
        <translation>Créés dans la période précédente</translation>
    </message>
    <message>
        <source>Top affected items</source>
        <translation>Sujets les plus fréquents</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Tickets in the previous period</source>
        <translation>Tickets dans la période précédente</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Satisfaction par semaine</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Frontline tickets: %1, %2 to %3</source>
        <translation>Tickets Frontline : %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Period %1 to %2 (%3 days)</source>
        <translation>Période du %1 au %2 (%3 jours)</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Première réponse, médiane</translation>
    </message>
    <message>
        <source>in business hours</source>
        <translation>en heures ouvrées</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Première réponse, 90e centile</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Résolution, médiane</translation>
    </message>
    <message>
        <source>Resolution, mean</source>
        <translation>Résolution, moyenne</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Résolution au premier contact</translation>
    </message>
    <message>
        <source>Volume: created and resolved per day</source>
        <translation>Volume : créés et résolus par jour</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 jour</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 jours</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 jours</translation>
    </message>
    <message>
        <source>7-30 days</source>
        <translation>7-30 jours</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 jours</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Mean resolution</source>
        <translation>Résolution moyenne</translation>
    </message>
    <message>
        <source>Frontline tickets</source>
        <translation>Tickets Frontline</translation>
    </message>
    <message>
        <source>Frontline tickets: %1</source>
        <translation>Tickets Frontline : %1</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>contient %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a backup and verify it against its manifest</source>
        <translation>Restaurer une sauvegarde et la vérifier par rapport à son manifeste</translation>
    </message>
    <message>
        <source>Restore a backup made by frontline-admin backup into a database (stop the server first), then verify every table&apos;s rows and checksum against the backup&apos;s manifest.</source>
        <translation>Restaurer une sauvegarde faite par frontline-admin backup dans une base de données (arrêtez d&apos;abord le serveur), puis vérifier les lignes et la somme de contrôle de chaque table par rapport au manifeste de la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Where to restore: a SQLite file (or sqlite:&lt;file&gt;) or a postgresql:// URL.</source>
        <translation>Où restaurer : un fichier SQLite (ou sqlite:&lt;file&gt;) ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Replace a database that is not empty.</source>
        <translation>Remplacer une base de données qui n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>Invalid --database: %1</source>
        <translation>--database invalide : %1</translation>
    </message>
    <message>
        <source>%1 is a %2 backup; it restores into the same kind of database (to move a SQLite desk to PostgreSQL, use frontline-admin migrate)</source>
        <translation>%1 est une sauvegarde %2 ; elle se restaure dans le même type de base de données (pour déplacer un centre d&apos;assistance SQLite vers PostgreSQL, utilisez frontline-admin migrate)</translation>
    </message>
    <message>
        <source>Restored %1 tables from %2 (backup of %3) in %4 s, verified in %5 s</source>
        <translation>%1 tables restaurées depuis %2 (sauvegarde du %3) en %4 s, vérifiées en %5 s</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables); add --force to replace it</source>
        <translation>%1 n&apos;est pas vide (%2 tables) ; ajoutez --force pour la remplacer</translation>
    </message>
    <message>
        <source>Cannot empty the database: %1</source>
        <translation>Impossible de vider la base de données : %1</translation>
    </message>
    <message>
        <source>pg_restore failed (%1); is postgresql-client installed?</source>
        <translation>pg_restore a échoué (%1) ; postgresql-client est-il installé ?</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>schema version %1, the backup has %2</source>
        <translation>version du schéma %1, la sauvegarde a %2</translation>
    </message>
    <message>
        <source>The restored database differs from the backup&apos;s manifest:</source>
        <translation>La base de données restaurée diffère du manifeste de la sauvegarde :</translation>
    </message>
</context>
<context>
    <name>ServerConfigFile</name>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>impossible de lire le fichier de configuration %1 : %2</translation>
    </message>
    <message>
        <source>%1: expected key = value</source>
        <translation>%1 : clé = valeur attendu</translation>
    </message>
    <message>
        <source>%1: no key before &apos;=&apos;</source>
        <translation>%1 : aucune clé avant « = »</translation>
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation>%1 : %2 est donné deux fois</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Frontline help desk server: tickets, workflow and push events over JSON-RPC 2.0.</source>
        <translation>Serveur de help desk Frontline : tickets, workflow et événements poussés via JSON-RPC 2.0.</translation>
    </message>
    <message>
        <source>SQLite database file, or postgresql://user:password@host:port/database.</source>
        <translation>Fichier de base SQLite, ou postgresql://utilisateur:motdepasse@hôte:port/base.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>chemin-ou-url</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Adresse et port d’écoute.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>TLS certificate (PEM); required to listen beyond loopback.</source>
        <translation>Certificat TLS (PEM) ; requis pour écouter au-delà du loopback.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>TLS private key (PEM) for --tls-cert.</source>
        <translation>Clé privée TLS (PEM) de --tls-cert.</translation>
    </message>
    <message>
        <source>Listen beyond loopback without TLS (passwords and tickets travel in clear text).</source>
        <translation>Écouter au-delà du loopback sans TLS (mots de passe et tickets circulent en clair).</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data.</source>
        <translation>Remplir une base vide avec des données de démonstration réalistes.</translation>
    </message>
    <message>
        <source>Number of demo tickets.</source>
        <translation>Nombre de tickets de démonstration.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Threads serving reads.</source>
        <translation>Threads servant les lectures.</translation>
    </message>
    <message>
        <source>Argon2id cost: interactive, moderate, or minimal (tests only).</source>
        <translation>Coût Argon2id : interactive, moderate ou minimal (tests uniquement).</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>Largest accepted JSON-RPC message in bytes.</source>
        <translation>Plus grand message JSON-RPC accepté, en octets.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Most connections in total.</source>
        <translation>Nombre maximal de connexions au total.</translation>
    </message>
    <message>
        <source>Most connections from one address.</source>
        <translation>Nombre maximal de connexions depuis une adresse.</translation>
    </message>
    <message>
        <source>Most connections not yet logged in from one address.</source>
        <translation>Nombre maximal de connexions non authentifiées depuis une adresse.</translation>
    </message>
    <message>
        <source>Milliseconds a client may take to finish a message.</source>
        <translation>Millisecondes dont dispose un client pour terminer un message.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds a client may take for the TLS handshake.</source>
        <translation>Millisecondes dont dispose un client pour la négociation TLS.</translation>
    </message>
    <message>
        <source>Seconds of silence before a logged-in connection is closed.</source>
        <translation>Secondes de silence avant la fermeture d’une connexion authentifiée.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Seconds of silence allowed before logging in.</source>
        <translation>Secondes de silence permises avant la connexion.</translation>
    </message>
    <message>
        <source>Seconds a connection has to log in, from connecting, whatever it sends.</source>
        <translation>Secondes dont dispose une connexion pour se connecter, depuis son ouverture, quoi qu&apos;elle envoie.</translation>
    </message>
    <message>
        <source>Days a login token stays valid.</source>
        <translation>Jours de validité d’un jeton de connexion.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Failed logins allowed per account and hour.</source>
        <translation>Échecs de connexion permis par compte et par heure.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key vont ensemble</translation>
    </message>
    <message>
        <source>refusing to listen on %1 without TLS: give --tls-cert and --tls-key, or --allow-insecure-remote if the network is trusted</source>
        <translation>écoute sur %1 sans TLS refusée : indiquez --tls-cert et --tls-key, ou --allow-insecure-remote si le réseau est de confiance</translation>
    </message>
    <message>
        <source>Largest accepted attachment in bytes.</source>
        <translation>Plus grande pièce jointe acceptée, en octets.</translation>
    </message>
    <message>
        <source>Events or rows per step when the KPI rollups or the search index are rebuilt in the background.</source>
        <translation>Événements ou lignes par étape lorsque les agrégats des indicateurs ou l’index de recherche sont reconstruits en arrière-plan.</translation>
    </message>
    <message>
        <source>Milliseconds to pause between the steps of a background rebuild (gentler on a busy database).</source>
        <translation>Millisecondes de pause entre les étapes d’une reconstruction en arrière-plan (ménage une base de données chargée).</translation>
    </message>
    <message>
        <source>Bytes of attachments one requester may store in all (staff have no quota).</source>
        <translation>Octets de pièces jointes qu&apos;un demandeur peut stocker au total (le personnel n&apos;a pas de quota).</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>%1 in %2 must be true or false</source>
        <translation>%1 dans %2 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1: unknown key %2</source>
        <translation>%1 : clé inconnue %2</translation>
    </message>
    <message>
        <source>Configuration file: key = value lines, the keys being these options without --; the command line wins. Default: %1 when it exists.</source>
        <translation>Fichier de configuration : des lignes « clé = valeur », les clés étant ces options sans -- ; la ligne de commande l’emporte. Par défaut : %1 s’il existe.</translation>
    </message>
    <message>
        <source>Least severe messages logged: error, warning, info or debug.</source>
        <translation>Niveau le plus bas journalisé : error, warning, info ou debug.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 must be host:port, e.g. 127.0.0.1:7415 or [::1]:7415</source>
        <translation>%1 doit être hôte:port, p. ex. 127.0.0.1:7415 ou [::1]:7415</translation>
    </message>
    <message>
        <source>%1: %2 is not an IP address</source>
        <translation>%1 : %2 n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>%1 must be interactive, moderate or minimal</source>
        <translation>%1 doit valoir interactive, moderate ou minimal</translation>
    </message>
    <message>
        <source>%1 must be error, warning, info or debug</source>
        <translation>%1 doit valoir error, warning, info ou debug</translation>
    </message>
    <message>
        <source>Key that seals the passwords of the mailboxes and the mail relay (created, mode 0600, when missing; default: frontline-mail.key beside the SQLite database, or in the data folder).</source>
        <translation>Clé qui scelle les mots de passe des boîtes aux lettres et du relais (créée, mode 0600, si elle manque ; par défaut : frontline-mail.key à côté de la base SQLite, ou dans le dossier de données).</translation>
    </message>
    <message>
        <source>Also serve HTTP on this port of the --listen address: JSON-RPC as POST /rpc with a bearer API token, the WebSocket at /ws, /metrics, /healthz and /readyz (TLS with --tls-cert). Off when not given; 0 picks a free port.</source>
        <translation>Servir aussi HTTP sur ce port de l&apos;adresse --listen : JSON-RPC en POST /rpc avec un jeton d&apos;API de type bearer, le WebSocket sur /ws, /metrics, /healthz et /readyz (TLS avec --tls-cert). Désactivé si absent ; 0 choisit un port libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Seconds a webhook receiver may take to answer; a delivery not answered by then is sent again later (with the same delivery id).</source>
        <translation>Secondes dont dispose un destinataire de webhook pour répondre ; une livraison sans réponse dans ce délai est renvoyée plus tard (avec le même identifiant de livraison).</translation>
    </message>
</context>
<context>
    <name>frontline-admin</name>
    <message>
        <source>Usage: frontline-admin &lt;command&gt; [options]</source>
        <translation>Utilisation : frontline-admin &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>frontline-admin &lt;command&gt; --help tells more.</source>
        <translation>frontline-admin &lt;command&gt; --help en dit plus.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
</context>
<context>
    <name>frontline::server::ServerApp</name>
    <message>
        <source>Created the administrator account &quot;admin&quot; with the password %1 (shown only this once; change it after logging in).</source>
        <translation>Compte administrateur « admin » créé avec le mot de passe %1 (affiché cette seule fois ; changez-le après la connexion).</translation>
    </message>
    <message>
        <source>libsodium cannot be initialised</source>
        <translation>libsodium ne peut pas être initialisée</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate %1</source>
        <translation>impossible de lire le certificat TLS %1</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1</source>
        <translation>impossible de lire la clé TLS %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key</source>
        <translation>%1 ne contient aucune clé privée RSA ou EC au format PEM</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d’écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>cannot read the search index: %1</source>
        <translation>impossible de lire l’index de recherche : %1</translation>
    </message>
    <message>
        <source>cannot listen for the other servers&apos; events: %1</source>
        <translation>impossible d&apos;écouter les événements des autres serveurs : %1</translation>
    </message>
    <message>
        <source>cannot serve HTTP on %1:%2</source>
        <translation>impossible de servir HTTP sur %1:%2</translation>
    </message>
</context>
</TS>
