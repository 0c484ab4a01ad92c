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
</context>
</TS>
