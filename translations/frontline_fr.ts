<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleDraft</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Describe the steps that solved it.</source>
        <translation>Décrivez les étapes qui ont résolu le problème.</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>Assign #%1</source>
        <translation>Attribuer #%1</translation>
    </message>
    <message>
        <source>Unassign #%1</source>
        <translation>Désattribuer #%1</translation>
    </message>
    <message>
        <source>Priority of #%1</source>
        <translation>Priorité de #%1</translation>
    </message>
    <message>
        <source>#%1 to %2</source>
        <translation>#%1 vers %2</translation>
    </message>
</context>
<context>
    <name>CalendarForm</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit comporter au plus %1 caractères</translation>
    </message>
</context>
<context>
    <name>CatalogList</name>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Casque</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
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
        <translation>le changement #%1 %2</translation>
    </message>
    <message>
        <source>overlaps %1 (%2)</source>
        <translation>chevauche %1 (%2)</translation>
    </message>
    <message>
        <source>overlaps %1 on %2 (%3)</source>
        <translation>chevauche %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>falls in the freeze “%1” (%2)</source>
        <translation>tombe pendant le gel « %1 » (%2)</translation>
    </message>
    <message>
        <source>falls in the freeze “%1” on %2 (%3)</source>
        <translation>tombe pendant le gel « %1 » sur %2 (%3)</translation>
    </message>
    <message>
        <source>is outside every maintenance window (%1)</source>
        <translation>est en dehors de toute fenêtre de maintenance (%1)</translation>
    </message>
    <message>
        <source>is outside the maintenance window “%1” (%2)</source>
        <translation>est en dehors de la fenêtre de maintenance « %1 » (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source> and more (the analysis stopped at its limit)</source>
        <translation> et plus (l&apos;analyse s&apos;est arrêtée à sa limite)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRisk</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risque : %1</translation>
    </message>
</context>
<context>
    <name>CiAttributes</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Frontline help desk: the agent and manager client.</source>
        <translation>Centre d&apos;assistance Frontline : le client des agents et des responsables.</translation>
    </message>
    <message>
        <source>Connect with TLS.</source>
        <translation>Se connecter avec TLS.</translation>
    </message>
    <message>
        <source>Keep settings in this file (default: per user).</source>
        <translation>Garder les paramètres dans ce fichier (par défaut : par utilisateur).</translation>
    </message>
    <message>
        <source>Do not keep the login in the keychain (log in at every start).</source>
        <translation>Ne pas garder la connexion dans le trousseau (connexion à chaque démarrage).</translation>
    </message>
    <message>
        <source>--server: expected host:port, got %1</source>
        <translation>--server : hôte:port attendu, reçu : %1</translation>
    </message>
    <message>
        <source>Log in as this user; with FRONTLINE_PASSWORD set, without asking.</source>
        <translation>Se connecter avec cet utilisateur ; sans demander si FRONTLINE_PASSWORD est défini.</translation>
    </message>
    <message>
        <source>The server, host:port, or the servers of one desk in the order to try, host:port,host:port (default: the last used).</source>
        <translation>Le serveur, hôte:port, ou les serveurs d&apos;un même centre d&apos;assistance dans l&apos;ordre d&apos;essai, hôte:port,hôte:port (par défaut : le dernier utilisé).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Volume: created and resolved per day</source>
        <translation>Volume : créés et résolus par jour</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Backlog by age (open now)</source>
        <translation>En attente par âge (ouverts maintenant)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectés</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassés</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect des SLA</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Created by category</source>
        <translation>Créés par catégorie</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>Note moyenne (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction per week</source>
        <translation>Satisfaction par semaine</translation>
    </message>
    <message>
        <source>0–1 d</source>
        <translation>0–1 j</translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation>1–3 j</translation>
    </message>
    <message>
        <source>3–7 d</source>
        <translation>3–7 j</translation>
    </message>
    <message>
        <source>7–30 d</source>
        <translation>7–30 j</translation>
    </message>
    <message>
        <source>30+ d</source>
        <translation>30+ j</translation>
    </message>
    <message>
        <source>%1: %2 created (previous period: %3)</source>
        <translation>%1 : %2 créés (période précédente : %3)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>est trop long (au plus %1 caractères)</translation>
    </message>
    <message>
        <source>is too short (at least %1 characters)</source>
        <translation>est trop court (au moins %1 caractères)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>contains characters that are not allowed</source>
        <translation>contient des caractères non autorisés</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>is not a known category</source>
        <translation>n&apos;est pas une catégorie connue</translation>
    </message>
    <message>
        <source>is not a member of the ticket&apos;s group</source>
        <translation>n&apos;est pas membre du groupe du ticket</translation>
    </message>
    <message>
        <source>is not correct</source>
        <translation>n&apos;est pas correct</translation>
    </message>
    <message>
        <source>is not expected here</source>
        <translation>n&apos;est pas attendu ici</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>You may not change %1 here.</source>
        <translation>Vous ne pouvez pas modifier %1 ici.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>Cela n&apos;existe plus, ou vous ne pouvez pas le voir.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket in the meantime. Reload it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce ticket entre-temps. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>This name is taken already.</source>
        <translation>Ce nom est déjà pris.</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>Le dernier administrateur ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>This conflicts with the current state.</source>
        <translation>Cela contredit l&apos;état actuel.</translation>
    </message>
    <message>
        <source>This step needs a note.</source>
        <translation>Cette étape demande une note.</translation>
    </message>
    <message>
        <source>Assign the ticket first.</source>
        <translation>Attribuez d&apos;abord le ticket.</translation>
    </message>
    <message>
        <source>The ticket cannot go to this status from where it is.</source>
        <translation>Le ticket ne peut pas passer à ce statut depuis son statut actuel.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please wait %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Veuillez patienter %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Veuillez patienter %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your attachments have used all the space the server keeps for you.</source>
        <translation>Vos pièces jointes occupent déjà tout l&apos;espace que le serveur vous réserve.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Cela est trop volumineux pour être envoyé.</translation>
    </message>
    <message>
        <source>The server cannot save changes right now. Please tell your administrator.</source>
        <translation>Le serveur ne peut pas enregistrer de modifications pour l&apos;instant. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>There is no connection to the server.</source>
        <translation>Il n&apos;y a pas de connexion au serveur.</translation>
    </message>
    <message>
        <source>Something went wrong on the server (%1).</source>
        <translation>Une erreur est survenue sur le serveur (%1).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>The server is still counting the ticket history for the reports. Please try again when the dashboard shows its figures.</source>
        <translation>Le serveur compte encore l’historique des tickets pour les rapports. Réessayez quand le tableau de bord affichera ses indicateurs.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>is not the app&apos;s current code</source>
        <translation>n&apos;est pas le code actuel de l&apos;application</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>The code is not correct or was already used. Wait for the next code, or use a recovery code.</source>
        <translation>Le code est incorrect ou a déjà été utilisé. Attendez le code suivant, ou utilisez un code de récupération.</translation>
    </message>
    <message>
        <source>Too many failed attempts. You can try again at %1, or ask an administrator to unlock your account.</source>
        <translation>Trop de tentatives échouées. Vous pourrez réessayer à %1, ou demandez à un administrateur de déverrouiller votre compte.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>is required to reject</source>
        <translation>est obligatoire pour refuser</translation>
    </message>
    <message>
        <source>This approval was decided already.</source>
        <translation>Une décision a déjà été prise pour cette approbation.</translation>
    </message>
    <message>
        <source>is taken already</source>
        <translation>est déjà pris</translation>
    </message>
</context>
<context>
    <name>LifecycleForm</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>exige</translation>
    </message>
    <message>
        <source>automatic on</source>
        <translation>automatique sur</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>État %1</translation>
    </message>
    <message>
        <source>Transition %1</source>
        <translation>Transition %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>État initial</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ticket created</source>
        <translation>Ticket créé</translation>
    </message>
    <message>
        <source>Ticket changed</source>
        <translation>Ticket modifié</translation>
    </message>
    <message>
        <source>Ticket commented</source>
        <translation>Ticket commenté</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Condition %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is not a field a rule can test</source>
        <translation>n&apos;est pas un champ qu&apos;une règle peut tester</translation>
    </message>
    <message>
        <source>is not an operator for this field</source>
        <translation>n&apos;est pas un opérateur pour ce champ</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be 1 to 10 actions</source>
        <translation>doit comporter de 1 à 10 actions</translation>
    </message>
    <message>
        <source>is not an action</source>
        <translation>n&apos;est pas une action</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 libres)</translation>
    </message>
    <message>
        <source>%1 free of %2 on %3</source>
        <translation>%1 libres sur %2 sur %3</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version de l&apos;application</translation>
    </message>
</context>
<context>
    <name>TicketDraft</name>
    <message>
        <source>Raised from #%1: %2</source>
        <translation>Créé à partir de #%1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is %2; files may be at most %3.</source>
        <translation>%1 fait %2 ; les fichiers ne peuvent dépasser %3.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>Title is required: say in one line what is wrong.</source>
        <translation>Le titre est obligatoire : dites en une ligne ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Caller: pick a person from the list that appears while typing.</source>
        <translation>Appelant : choisissez une personne dans la liste qui apparaît pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Prévu pour %1</translation>
    </message>
    <message>
        <source>Was expected by %1</source>
        <translation>Était prévu pour %1</translation>
    </message>
</context>
<context>
    <name>TrayCommandLine</name>
    <message>
        <source>Frontline help desk: report a problem, follow your tickets, read the announcements.</source>
        <translation>Centre d&apos;assistance Frontline : signaler un problème, suivre vos tickets, lire les annonces.</translation>
    </message>
    <message>
        <source>Connect with TLS.</source>
        <translation>Se connecter avec TLS.</translation>
    </message>
    <message>
        <source>Log in as this user; with FRONTLINE_PASSWORD set, without asking.</source>
        <translation>Se connecter avec cet utilisateur ; sans demander si FRONTLINE_PASSWORD est défini.</translation>
    </message>
    <message>
        <source>Keep settings in this file (default: per user).</source>
        <translation>Garder les paramètres dans ce fichier (par défaut : par utilisateur).</translation>
    </message>
    <message>
        <source>Do not keep the login in the keychain.</source>
        <translation>Ne pas garder la connexion dans le trousseau.</translation>
    </message>
    <message>
        <source>Show a small window instead of a tray icon.</source>
        <translation>Afficher une petite fenêtre au lieu d&apos;une icône dans la zone de notification.</translation>
    </message>
    <message>
        <source>The single-instance name (default: one applet per user).</source>
        <translation>Le nom d&apos;instance unique (par défaut : une applet par utilisateur).</translation>
    </message>
    <message>
        <source>Frontline is already running; it was asked to show itself.</source>
        <translation>Frontline est déjà lancé ; il lui a été demandé de s&apos;afficher.</translation>
    </message>
    <message>
        <source>--server: expected host:port, got %1</source>
        <translation>--server : hôte:port attendu, reçu : %1</translation>
    </message>
    <message>
        <source>The server, host:port, or the servers of one desk in the order to try, host:port,host:port (default: the last used).</source>
        <translation>Le serveur, hôte:port, ou les serveurs d&apos;un même centre d&apos;assistance dans l&apos;ordre d&apos;essai, hôte:port,hôte:port (par défaut : le dernier utilisé).</translation>
    </message>
    <message>
        <source>Open this window: new-ticket, my-tickets, request, knowledge-base, announcements, outbox or settings (also in the applet already running).</source>
        <translation>Ouvrir cette fenêtre : new-ticket, my-tickets, request, knowledge-base, announcements, outbox ou settings (aussi dans l&apos;applet déjà lancée).</translation>
    </message>
</context>
<context>
    <name>WorkflowInfo</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>frontline::client::AnnouncementBoard</name>
    <message>
        <source>from %1 until further notice</source>
        <translation>à partir du %1 jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
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
        <translation>%1 sur %2</translation>
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
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
</context>
<context>
    <name>frontline::client::AuditAdmin</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The export was refused.</source>
        <translation>L&apos;exportation a été refusée.</translation>
    </message>
</context>
<context>
    <name>frontline::client::AuditModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>session</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>annuaire</translation>
    </message>
    <message>
        <source>API token %1</source>
        <translation>jeton d&apos;API %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>frontline::client::BulkImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; import it in parts.</source>
        <translation>Le fichier dépasse %1 Mo ; importez-le en plusieurs parties.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangé(s), %4 refusé(s)</translation>
    </message>
</context>
<context>
    <name>frontline::client::CatalogBrowser</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::CiEditor</name>
    <message>
        <source>The file is empty: it needs a header line and rows.</source>
        <translation>Le fichier est vide : il faut une ligne d&apos;en-tête et des lignes de données.</translation>
    </message>
</context>
<context>
    <name>frontline::client::CiListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <source>runs on</source>
        <translation>s&apos;exécute sur</translation>
    </message>
    <message>
        <source>connected to</source>
        <translation>connecté à</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>utilisé par</translation>
    </message>
</context>
<context>
    <name>frontline::client::ConversationModel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 opened the ticket</source>
        <translation>%1 a ouvert le ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>Tickets liés</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mailed to %1</source>
        <translation>Envoyé par e-mail à %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Caused by change</source>
        <translation>Causé par le changement</translation>
    </message>
    <message>
        <source>Incident caused</source>
        <translation>Incident causé</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Solution de contournement</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Erreur connue</translation>
    </message>
    <message>
        <source>Change approval</source>
        <translation>Approbation du changement</translation>
    </message>
    <message>
        <source>Post-implementation review</source>
        <translation>Revue post-implémentation</translation>
    </message>
</context>
<context>
    <name>frontline::client::DashboardReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
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
        <translation>Obligatoire : veuillez remplir ce champ.</translation>
    </message>
    <message>
        <source>This field no longer exists; reopen the form.</source>
        <translation>Ce champ n&apos;existe plus ; rouvrez le formulaire.</translation>
    </message>
    <message>
        <source>This field does not apply to the ticket&apos;s type or category.</source>
        <translation>Ce champ ne s&apos;applique pas au type ou à la catégorie du ticket.</translation>
    </message>
    <message>
        <source>Must be a text.</source>
        <translation>Doit être un texte.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Trop court : au moins %n caractère.</numerusform>
            <numerusform>Trop court : au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Trop long : au plus %n caractère.</numerusform>
            <numerusform>Trop long : au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be one line.</source>
        <translation>Doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Doit être un nombre.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Doit être au moins %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Doit être au plus %1.</translation>
    </message>
    <message>
        <source>Must be a date.</source>
        <translation>Doit être une date.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Choisissez l&apos;une des options proposées.</translation>
    </message>
    <message>
        <source>%1 is not one of the options offered.</source>
        <translation>%1 ne fait pas partie des options proposées.</translation>
    </message>
    <message>
        <source>Pick a person from the list that appears while typing.</source>
        <translation>Choisissez une personne dans la liste qui apparaît pendant la saisie.</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>Choisissez une organisation.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>frontline::client::LdapAdmin</name>
    <message numerus="yes">
        <source>Connected and signed in; the filter matches %n user(s).</source>
        <translation>
            <numerusform>Connexion et authentification réussies ; le filtre correspond à %n utilisateur.</numerusform>
            <numerusform>Connexion et authentification réussies ; le filtre correspond à %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory&apos;s host name could not be resolved</source>
        <translation>Le nom d&apos;hôte de l&apos;annuaire n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>No connection to the directory&apos;s port</source>
        <translation>Aucune connexion au port de l&apos;annuaire</translation>
    </message>
    <message>
        <source>TLS failed (certificate or handshake)</source>
        <translation>Échec TLS (certificat ou négociation)</translation>
    </message>
    <message>
        <source>The service account&apos;s DN or password was refused</source>
        <translation>Le DN ou le mot de passe du compte de service a été refusé</translation>
    </message>
    <message>
        <source>The base DN does not exist</source>
        <translation>Le DN de base n&apos;existe pas</translation>
    </message>
    <message>
        <source>The filter matches no user</source>
        <translation>Le filtre ne correspond à aucun utilisateur</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <source>Created %1, updated %2, disabled %3, unchanged %4.</source>
        <translation>Créés : %1, mis à jour : %2, désactivés : %3, inchangés : %4.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::MailOutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>frontline::client::MailPreferences</name>
    <message>
        <source>My ticket was received</source>
        <translation>Mon ticket a été reçu</translation>
    </message>
    <message>
        <source>Someone answered my ticket</source>
        <translation>Quelqu&apos;un a répondu à mon ticket</translation>
    </message>
    <message>
        <source>The desk waits for my answer</source>
        <translation>Le centre d&apos;assistance attend ma réponse</translation>
    </message>
    <message>
        <source>My ticket was resolved (with the survey)</source>
        <translation>Mon ticket a été résolu (avec l&apos;enquête de satisfaction)</translation>
    </message>
    <message>
        <source>My ticket was closed</source>
        <translation>Mon ticket a été clos</translation>
    </message>
    <message>
        <source>A ticket was assigned to me</source>
        <translation>Un ticket m&apos;a été attribué</translation>
    </message>
    <message>
        <source>A new ticket arrived in my group</source>
        <translation>Un nouveau ticket est arrivé dans mon groupe</translation>
    </message>
    <message>
        <source>A ticket&apos;s SLA is at risk</source>
        <translation>Le SLA d&apos;un ticket est menacé</translation>
    </message>
    <message>
        <source>A ticket&apos;s SLA was breached</source>
        <translation>Le SLA d&apos;un ticket est dépassé</translation>
    </message>
    <message>
        <source>A ticket was escalated</source>
        <translation>Un ticket a été escaladé</translation>
    </message>
    <message>
        <source>My approval is requested</source>
        <translation>Mon approbation est demandée</translation>
    </message>
    <message>
        <source>An approval still waits for me (reminder)</source>
        <translation>Une approbation m&apos;attend encore (rappel)</translation>
    </message>
</context>
<context>
    <name>frontline::client::MailboxAdmin</name>
    <message>
        <source>The connection works; the server offers IDLE, so new mail arrives at once.</source>
        <translation>La connexion fonctionne ; le serveur propose IDLE, les nouveaux messages arrivent donc aussitôt.</translation>
    </message>
    <message>
        <source>The connection works; the server offers no IDLE, so the mailbox is checked every minute.</source>
        <translation>La connexion fonctionne ; le serveur ne propose pas IDLE, la boîte est donc relevée chaque minute.</translation>
    </message>
    <message>
        <source>Looking up the host name failed</source>
        <translation>La résolution du nom d&apos;hôte a échoué</translation>
    </message>
    <message>
        <source>Connecting to the host and port failed</source>
        <translation>La connexion à l&apos;hôte et au port a échoué</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation>La connexion sécurisée (TLS) a échoué</translation>
    </message>
    <message>
        <source>Logging in failed</source>
        <translation>La connexion au compte a échoué</translation>
    </message>
    <message>
        <source>Opening the folder failed</source>
        <translation>L&apos;ouverture du dossier a échoué</translation>
    </message>
    <message>
        <source>The test failed at step &quot;%1&quot;</source>
        <translation>Le test a échoué à l&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::NewTicketController</name>
    <message>
        <source>Incident (something is broken)</source>
        <translation>Incident (quelque chose est en panne)</translation>
    </message>
    <message>
        <source>Service request (something is wanted)</source>
        <translation>Demande de service (quelque chose est souhaité)</translation>
    </message>
    <message>
        <source>Problem (the cause behind incidents)</source>
        <translation>Problème (la cause derrière des incidents)</translation>
    </message>
    <message>
        <source>Change (a planned change to a service)</source>
        <translation>Changement (une modification planifiée d’un service)</translation>
    </message>
    <message>
        <source>New ticket: %1</source>
        <translation>Nouveau ticket : %1</translation>
    </message>
    <message>
        <source>Task (a step of a service request)</source>
        <translation>Tâche (une étape d&apos;une demande de service)</translation>
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
        <translation>Nouveau ticket : %1</translation>
    </message>
    <message>
        <source>Link #%1 and #%2</source>
        <translation>Lier #%1 et #%2</translation>
    </message>
</context>
<context>
    <name>frontline::client::OutboxModel</name>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Tout a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting, %1 refused by the server.</source>
        <translation>
            <numerusform>%n modification en attente, %1 refusée(s) par le serveur.</numerusform>
            <numerusform>%n modifications en attente, %1 refusée(s) par le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n fichier)</numerusform>
            <numerusform>%1 (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>frontline::client::ProblemCandidatesModel</name>
    <message>
        <source>Suggested problem</source>
        <translation>Problème suggéré</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>frontline::client::ProblemDesk</name>
    <message>
        <source>A known error needs a workaround: it is what agents are offered.</source>
        <translation>Une erreur connue nécessite une solution de contournement : c&apos;est ce qui est proposé aux agents.</translation>
    </message>
</context>
<context>
    <name>frontline::client::SearchResults</name>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>frontline::client::Session</name>
    <message>
        <source>The server cannot be reached (%1). Trying again…</source>
        <translation>Le serveur est injoignable (%1). Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Your session was ended on the server (%1).</source>
        <translation>Votre session a été terminée sur le serveur (%1).</translation>
    </message>
</context>
<context>
    <name>frontline::client::TicketCis</name>
    <message>
        <source>affects 1 service</source>
        <translation>touche 1 service</translation>
    </message>
    <message>
        <source>affects %1 services</source>
        <translation>touche %1 services</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <source>(or more: the walk was cut short)</source>
        <translation>(ou plus : le parcours a été interrompu)</translation>
    </message>
</context>
<context>
    <name>frontline::client::TicketDetail</name>
    <message>
        <source>Internal note on #%1</source>
        <translation>Note interne sur #%1</translation>
    </message>
    <message>
        <source>Reply on #%1</source>
        <translation>Réponse sur #%1</translation>
    </message>
    <message>
        <source>#%1 to %2</source>
        <translation>#%1 vers %2</translation>
    </message>
    <message>
        <source>Assign #%1</source>
        <translation>Attribuer #%1</translation>
    </message>
    <message>
        <source>Unassign #%1</source>
        <translation>Désattribuer #%1</translation>
    </message>
    <message>
        <source>Move #%1 to another group</source>
        <translation>Déplacer #%1 vers un autre groupe</translation>
    </message>
    <message>
        <source>Priority of #%1</source>
        <translation>Priorité de #%1</translation>
    </message>
    <message>
        <source>Escalate #%1</source>
        <translation>Escalader #%1</translation>
    </message>
    <message>
        <source>Link #%1 and #%2</source>
        <translation>Lier #%1 et #%2</translation>
    </message>
    <message>
        <source>Merge #%1 into #%2</source>
        <translation>Fusionner #%1 dans #%2</translation>
    </message>
    <message>
        <source>Time on #%1</source>
        <translation>Temps sur #%1</translation>
    </message>
    <message>
        <source>Fields of #%1</source>
        <translation>Champs de #%1</translation>
    </message>
</context>
<context>
    <name>frontline::client::TicketListModel</name>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>%1 (typing)</source>
        <translation>%1 (écrit)</translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation>Ouvert par %1</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Ouvert par</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Nobody else has it open</source>
        <translation>Personne d&apos;autre ne l&apos;a ouvert</translation>
    </message>
    <message>
        <source>No SLA clock running</source>
        <translation>Aucun délai SLA en cours</translation>
    </message>
    <message>
        <source>%1, SLA breached</source>
        <translation>%1, SLA dépassé</translation>
    </message>
    <message>
        <source>%1, SLA at risk</source>
        <translation>%1, SLA menacé</translation>
    </message>
    <message>
        <source>%1, SLA on track</source>
        <translation>%1, SLA dans les temps</translation>
    </message>
    <message>
        <source>SLA paused</source>
        <translation>SLA en pause</translation>
    </message>
</context>
<context>
    <name>frontline::client::WebhookDeliveryModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::AnnouncementsWindow</name>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Nothing announced. All systems are expected to work as usual.</source>
        <translation>Rien d&apos;annoncé. Tous les systèmes devraient fonctionner normalement.</translation>
    </message>
    <message>
        <source>Now, %1</source>
        <translation>En cours, %1</translation>
    </message>
    <message>
        <source>Planned, %1</source>
        <translation>Prévu, %1</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>concerne %1</translation>
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
        <translation>Centre d&apos;assistance Frontline</translation>
    </message>
    <message>
        <source>Something not working? Tell the help desk.</source>
        <translation>Quelque chose ne fonctionne pas ? Dites-le au centre d&apos;assistance.</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>Base de &amp;connaissances…</translation>
    </message>
    <message>
        <source>&amp;Announcements</source>
        <translation>&amp;Annonces</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>&amp;My tickets (%n unread)</source>
        <translation>
            <numerusform>&amp;Mes tickets (%n non lu)</numerusform>
            <numerusform>&amp;Mes tickets (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;My tickets</source>
        <translation>&amp;Mes tickets</translation>
    </message>
    <message>
        <source>&amp;Request something…</source>
        <translation>&amp;Demander quelque chose…</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::KnowledgeBasePanel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Search the answers: printer, VPN, password…</source>
        <translation>Chercher dans les réponses : imprimante, VPN, mot de passe…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) found</source>
        <translation>
            <numerusform>%n réponse trouvée</numerusform>
            <numerusform>%n réponses trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::MyTicketsWindow</name>
    <message>
        <source> · please confirm</source>
        <translation> · à confirmer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mes tickets</translation>
    </message>
    <message>
        <source>Write to the desk… (Ctrl+Enter sends)</source>
        <translation>Écrire au centre d&apos;assistance… (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>You have no tickets yet.</source>
        <translation>Vous n&apos;avez pas encore de ticket.</translation>
    </message>
    <message>
        <source>Choose a ticket on the left.</source>
        <translation>Choisissez un ticket à gauche.</translation>
    </message>
    <message>
        <source>%1 is on it</source>
        <translation>%1 s&apos;en occupe</translation>
    </message>
    <message>
        <source>not yet taken by anyone</source>
        <translation>pas encore pris en charge</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Is the problem solved? Confirm it, or reopen the ticket.</source>
        <translation>Le problème est-il résolu ? Confirmez-le ou rouvrez le ticket.</translation>
    </message>
    <message>
        <source>Tell the desk why:</source>
        <translation>Dites au centre d&apos;assistance pourquoi :</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Mon organisation</translation>
    </message>
    <message>
        <source>My organisation (%1)</source>
        <translation>Mon organisation (%1)</translation>
    </message>
    <message>
        <source>%1 · raised by %2 · read only</source>
        <translation>%1 · ouvert par %2 · lecture seule</translation>
    </message>
    <message>
        <source>Conversation with the desk</source>
        <translation>Conversation avec le centre d&apos;assistance</translation>
    </message>
    <message>
        <source>Message to the desk</source>
        <translation>Message au centre d&apos;assistance</translation>
    </message>
    <message>
        <source>My organisation&apos;s tickets</source>
        <translation>Tickets de mon organisation</translation>
    </message>
    <message>
        <source>Your answer on the chosen ticket. Ctrl+Enter sends it.</source>
        <translation>Votre réponse sur le ticket choisi. Ctrl+Entrée l&apos;envoie.</translation>
    </message>
    <message>
        <source>Show &amp;progress</source>
        <translation>Afficher l&apos;&amp;avancement</translation>
    </message>
    <message>
        <source>The request&apos;s approvals and tasks, live</source>
        <translation>Les approbations et les tâches de la demande, en direct</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::NewTicketWindow</name>
    <message>
        <source>Take a screensho&amp;t</source>
        <translation>Prendre une cap&amp;ture d&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Remove screenshot</source>
        <translation>&amp;Retirer la capture</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>What is wrong, in one line</source>
        <translation>Ce qui ne va pas, en une ligne</translation>
    </message>
    <message>
        <source>What happens, since when, what you already tried, any error message</source>
        <translation>Ce qui se passe, depuis quand, ce que vous avez déjà essayé, les messages d&apos;erreur</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>I can work, but it&apos;s a nuisance</source>
        <translation>Je peux travailler, mais c&apos;est gênant</translation>
    </message>
    <message>
        <source>My work is slowed down</source>
        <translation>Mon travail est ralenti</translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation>Je ne peux pas travailler</translation>
    </message>
    <message>
        <source>&amp;What is wrong?</source>
        <translation>&amp;Qu&apos;est-ce qui ne va pas ?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;How urgent?</source>
        <translation>&amp;Quelle urgence ?</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) may solve this already — double-click to read</source>
        <translation>
            <numerusform>%n réponse peut déjà résoudre cela — double-cliquez pour lire</numerusform>
            <numerusform>%n réponses peuvent déjà résoudre cela — double-cliquez pour lire</numerusform>
        </translation>
    </message>
    <message>
        <source>No screenshot</source>
        <translation>Aucune capture d&apos;écran</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Screenshot and files</source>
        <translation>Capture d&apos;écran et fichiers</translation>
    </message>
    <message>
        <source>Sent with the ticket: this computer&apos;s details</source>
        <translation>Envoyé avec le ticket : les informations de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, sent as a PNG image</source>
        <translation>%1 × %2 pixels, envoyée en image PNG</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>This computer&apos;s details</source>
        <translation>Informations sur cet ordinateur</translation>
    </message>
    <message>
        <source>What happened, what you expected, and any error message; a screenshot and your computer&apos;s details can be added below.</source>
        <translation>Ce qui s&apos;est passé, ce que vous attendiez et tout message d&apos;erreur ; une capture d&apos;écran et les informations de votre ordinateur peuvent être ajoutées ci-dessous.</translation>
    </message>
    <message>
        <source>What it is about, if you know; it helps the right people see it first.</source>
        <translation>Le sujet, si vous le connaissez ; cela aide les bonnes personnes à le voir en premier.</translation>
    </message>
    <message>
        <source>How much it stops your work; it decides how soon the desk answers.</source>
        <translation>À quel point cela bloque votre travail ; cela détermine la rapidité de la réponse du centre d&apos;assistance.</translation>
    </message>
    <message>
        <source>Please check the fields marked below.</source>
        <translation>Veuillez vérifier les champs signalés ci-dessous.</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::RequestWindow</name>
    <message>
        <source>Your manager</source>
        <translation>Votre responsable hiérarchique</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <source>An approver</source>
        <translation>Un approbateur</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>Request something</source>
        <translation>Demander quelque chose</translation>
    </message>
    <message>
        <source>&amp;Search the catalog:</source>
        <translation>&amp;Rechercher dans le catalogue :</translation>
    </message>
    <message>
        <source>What do you need? e.g. laptop, access, software</source>
        <translation>De quoi avez-vous besoin ? p. ex. ordinateur portable, accès, logiciel</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Shows the items whose name or description contains what you type</source>
        <translation>Affiche les éléments dont le nom ou la description contient ce que vous saisissez</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Éléments du catalogue</translation>
    </message>
    <message>
        <source>What you can request; press Enter to choose one</source>
        <translation>Ce que vous pouvez demander ; appuyez sur Entrée pour en choisir un</translation>
    </message>
    <message>
        <source>Loads the next items of the catalog</source>
        <translation>Charge les éléments suivants du catalogue</translation>
    </message>
    <message>
        <source>Opens the form of the item chosen</source>
        <translation>Ouvre le formulaire de l&apos;élément choisi</translation>
    </message>
    <message>
        <source>Anything the desk should know (optional)</source>
        <translation>Tout ce que le centre d&apos;assistance doit savoir (facultatif)</translation>
    </message>
    <message>
        <source>Your words to the desk</source>
        <translation>Votre message au centre d&apos;assistance</translation>
    </message>
    <message>
        <source>Optional: anything the desk should know about this request</source>
        <translation>Facultatif : tout ce que le centre d&apos;assistance doit savoir sur cette demande</translation>
    </message>
    <message>
        <source>&amp;Back to the catalog</source>
        <translation>Re&amp;tour au catalogue</translation>
    </message>
    <message>
        <source>Leaves this form without sending it</source>
        <translation>Quitte ce formulaire sans l&apos;envoyer</translation>
    </message>
    <message>
        <source>Sends the request to the desk</source>
        <translation>Envoie la demande au centre d&apos;assistance</translation>
    </message>
    <message>
        <source>&amp;Anything else:</source>
        <translation>&amp;Autre chose :</translation>
    </message>
    <message>
        <source>Progress of the request</source>
        <translation>Avancement de la demande</translation>
    </message>
    <message>
        <source>The approvals, then the fulfilment tasks in stages, each with its state</source>
        <translation>Les approbations, puis les tâches de traitement par phases, chacune avec son état</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Where the request stands</source>
        <translation>Où en est la demande</translation>
    </message>
    <message>
        <source>Request &amp;something else</source>
        <translation>&amp;Demander autre chose</translation>
    </message>
    <message>
        <source>Back to the catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>There is nothing you can request here yet.</source>
        <translation>Il n&apos;y a encore rien à demander ici.</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Demande : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente d&apos;une décision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Chargement de la demande…</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — « %2 »</translation>
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
        <translation>Votre demande est traitée (%1).</translation>
    </message>
    <message>
        <source>Your request was not approved.</source>
        <translation>Votre demande n&apos;a pas été approuvée.</translation>
    </message>
    <message>
        <source>Waiting for approval.</source>
        <translation>En attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Your request is with the desk (%1).</source>
        <translation>Votre demande est au centre d&apos;assistance (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Being fulfilled: %1 of %n task(s) done.</source>
        <translation>
            <numerusform>En cours de traitement : %1 tâche sur %n terminée.</numerusform>
            <numerusform>En cours de traitement : %1 tâches sur %n terminées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::SurveyPanel</name>
    <message>
        <source>How did we do? Your answer helps the desk improve.</source>
        <translation>Comment avons-nous fait ? Votre réponse aide le centre d&apos;assistance à s&apos;améliorer.</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Envoyer l&apos;évaluation</translation>
    </message>
    <message>
        <source>A comment (optional)</source>
        <translation>Un commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Très insatisfait</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Insatisfait</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <translation>%1 sur 5 : %2</translation>
    </message>
    <message>
        <source>You rated this %1 of 5. Thank you! You can change your answer.</source>
        <translation>Vous avez donné %1 sur 5. Merci ! Vous pouvez modifier votre réponse.</translation>
    </message>
    <message>
        <source>Your comment on the answer</source>
        <translation>Votre commentaire sur la réponse</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::TrayAnnouncements</name>
    <message>
        <source>The connection to the help desk is lost. Trying again; what you write is kept and sent later.</source>
        <translation>La connexion au centre d&apos;assistance est perdue. Nouvelle tentative en cours ; ce que vous écrivez est conservé et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>The connection to the help desk is back.</source>
        <translation>La connexion au centre d&apos;assistance est rétablie.</translation>
    </message>
    <message>
        <source>New reply from %1 on your ticket #%2.</source>
        <translation>Nouvelle réponse de %1 sur votre ticket #%2.</translation>
    </message>
    <message>
        <source>Your ticket #%1 is resolved. Please confirm that it is solved, or reopen it, and tell us how we did.</source>
        <translation>Votre ticket #%1 est résolu. Merci de confirmer que c&apos;est résolu, ou de rouvrir le ticket, et de nous dire comment nous avons fait.</translation>
    </message>
    <message>
        <source>Announcement, %1: %2. %3</source>
        <translation>Annonce, %1 : %2. %3</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::TrayApp</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;My tickets</source>
        <translation>&amp;Mes tickets</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>Base de &amp;connaissances…</translation>
    </message>
    <message>
        <source>&amp;Announcements</source>
        <translation>&amp;Annonces</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Frontline help desk</source>
        <translation>Centre d&apos;assistance Frontline</translation>
    </message>
    <message>
        <source>You were logged out: %1</source>
        <translation>Vous avez été déconnecté : %1</translation>
    </message>
    <message>
        <source>%1 replied on #%2</source>
        <translation>%1 a répondu sur #%2</translation>
    </message>
    <message>
        <source>#%1 is now %2</source>
        <translation>#%1 est maintenant %2</translation>
    </message>
    <message>
        <source>Please confirm that it is solved, or reopen it, and tell us how we did.</source>
        <translation>Merci de confirmer que c&apos;est résolu, ou de rouvrir le ticket, et de nous dire comment nous avons fait.</translation>
    </message>
    <message>
        <source>Ticket #%1 sent</source>
        <translation>Ticket #%1 envoyé</translation>
    </message>
    <message>
        <source>“%1” is with the help desk. You will be told when someone answers.</source>
        <translation>« %1 » est au centre d&apos;assistance. Vous serez prévenu dès qu&apos;on vous répond.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Frontline — log in to the help desk</source>
        <translation>Frontline — se connecter au centre d&apos;assistance</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The help desk is out of reach; trying again…</source>
        <translation>Le centre d&apos;assistance est injoignable ; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread reply(s)</source>
        <translation>
            <numerusform>%n réponse non lue</numerusform>
            <numerusform>%n réponses non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;My tickets (%n unread)</source>
        <translation>
            <numerusform>&amp;Mes tickets (%n non lu)</numerusform>
            <numerusform>&amp;Mes tickets (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ticket is waiting</source>
        <translation>Votre ticket attend</translation>
    </message>
    <message>
        <source>“%1” will be sent as soon as the help desk is reachable again.</source>
        <translation>« %1 » sera envoyé dès que le centre d&apos;assistance sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Glad it is solved</source>
        <translation>Content que ce soit résolu</translation>
    </message>
    <message>
        <source>No ticket was needed. Thank you for checking!</source>
        <translation>Aucun ticket n&apos;a été nécessaire. Merci d&apos;avoir vérifié !</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent…</source>
        <translation>&amp;En attente d’envoi…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message en attente d’envoi</numerusform>
            <numerusform>%n messages en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not accepted by the help desk</source>
        <translation>
            <numerusform>%n message non accepté par le support</numerusform>
            <numerusform>%n messages non acceptés par le support</numerusform>
        </translation>
    </message>
    <message>
        <source>Frontline — waiting to be sent</source>
        <translation>Frontline — en attente d’envoi</translation>
    </message>
    <message>
        <source>S&amp;ecurity…</source>
        <translation>Séc&amp;urité…</translation>
    </message>
    <message>
        <source>&amp;Request something…</source>
        <translation>&amp;Demander quelque chose…</translation>
    </message>
</context>
<context>
    <name>frontline::client::tray::TraySettingsDialog</name>
    <message>
        <source>&amp;Start Frontline when I log in</source>
        <translation>&amp;Démarrer Frontline à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications for replies and announcements</source>
        <translation>Afficher les &amp;notifications pour les réponses et les annonces</translation>
    </message>
    <message>
        <source>Frontline settings</source>
        <translation>Paramètres de Frontline</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>The start with the session could not be changed (%1).</source>
        <translation>Le démarrage avec la session n&apos;a pas pu être modifié (%1).</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
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
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>N&amp;ext ticket</source>
        <translation>Ticket &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Ticket &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Changer le s&amp;tatut…</translation>
    </message>
    <message>
        <source>&amp;Find a ticket</source>
        <translation>&amp;Trouver un ticket</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Link to another ticket…</source>
        <translation>&amp;Lier à un autre ticket…</translation>
    </message>
    <message>
        <source>&amp;Merge into another ticket…</source>
        <translation>&amp;Fusionner dans un autre ticket…</translation>
    </message>
    <message>
        <source>Log &amp;time…</source>
        <translation>Saisir du &amp;temps…</translation>
    </message>
    <message>
        <source>Save this &amp;view…</source>
        <translation>Enregistrer cette &amp;vue…</translation>
    </message>
    <message>
        <source>&amp;Waiting changes…</source>
        <translation>Modifications en &amp;attente…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Utilisateurs et rôles…</translation>
    </message>
    <message>
        <source>&amp;Groups and tiers…</source>
        <translation>&amp;Groupes et niveaux…</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Catégories…</translation>
    </message>
    <message>
        <source>Canned &amp;responses…</source>
        <translation>&amp;Réponses types…</translation>
    </message>
    <message>
        <source>Business &amp;hours…</source>
        <translation>&amp;Heures ouvrées…</translation>
    </message>
    <message>
        <source>&amp;SLA policies…</source>
        <translation>Politiques &amp;SLA…</translation>
    </message>
    <message>
        <source>Automation &amp;rules…</source>
        <translation>&amp;Règles d&apos;automatisation…</translation>
    </message>
    <message>
        <source>&amp;Away (no new tickets for me)</source>
        <translation>&amp;Absent (pas de nouveaux tickets pour moi)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>Base de &amp;connaissances…</translation>
    </message>
    <message>
        <source>Write an &amp;article from this ticket…</source>
        <translation>Rédiger un &amp;article à partir de ce ticket…</translation>
    </message>
    <message>
        <source>Insert a link to an a&amp;rticle…</source>
        <translation>Insérer un lien vers un a&amp;rticle…</translation>
    </message>
    <message>
        <source>&amp;Announcements…</source>
        <translation>&amp;Annonces…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Tableau de bord…</translation>
    </message>
    <message>
        <source>Raise a &amp;problem from this ticket…</source>
        <translation>Créer un &amp;problème à partir de ce ticket…</translation>
    </message>
    <message>
        <source>Raise a c&amp;hange…</source>
        <translation>Créer un c&amp;hangement…</translation>
    </message>
    <message>
        <source>API &amp;tokens…</source>
        <translation>&amp;Jetons d&apos;API…</translation>
    </message>
    <message>
        <source>Signed-in &amp;devices…</source>
        <translation>Appareils c&amp;onnectés…</translation>
    </message>
    <message>
        <source>Appr&amp;ovals…</source>
        <translation>Appr&amp;obations…</translation>
    </message>
    <message>
        <source>New p&amp;roblem…</source>
        <translation>Nouveau p&amp;roblème…</translation>
    </message>
    <message>
        <source>Candidate pro&amp;blems…</source>
        <translation>Pro&amp;blèmes potentiels…</translation>
    </message>
    <message>
        <source>Service re&amp;quest for a caller…</source>
        <translation>&amp;Demande de service pour un appelant…</translation>
    </message>
    <message>
        <source>Confi&amp;guration items…</source>
        <translation>Éléments de confi&amp;guration…</translation>
    </message>
    <message>
        <source>New chan&amp;ge…</source>
        <translation>Nouveau chan&amp;gement…</translation>
    </message>
    <message>
        <source>Change &amp;calendar…</source>
        <translation>Ca&amp;lendrier des changements…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>&amp;Groups and tiers</source>
        <translation>&amp;Groupes et niveaux</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>Canned &amp;responses</source>
        <translation>&amp;Réponses types</translation>
    </message>
    <message>
        <source>Business &amp;hours</source>
        <translation>&amp;Heures ouvrées</translation>
    </message>
    <message>
        <source>&amp;SLA policies</source>
        <translation>Politiques &amp;SLA</translation>
    </message>
    <message>
        <source>&amp;Lifecycles</source>
        <translation>C&amp;ycles de vie</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Boîtes aux lettres</translation>
    </message>
    <message>
        <source>&amp;Outgoing mail</source>
        <translation>Courri&amp;er sortant</translation>
    </message>
    <message>
        <source>Mail &amp;templates</source>
        <translation>&amp;Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>Mail out&amp;box</source>
        <translation>Boîte d&apos;en&amp;voi des e-mails</translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation>&amp;Annuaires</translation>
    </message>
    <message>
        <source>Automat&amp;ion rules</source>
        <translation>Règles d&apos;automa&amp;tisation</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sécur&amp;ité</translation>
    </message>
    <message>
        <source>Orga&amp;nisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>Cham&amp;ps</translation>
    </message>
    <message>
        <source>Catalo&amp;g</source>
        <translation>Cata&amp;logue</translation>
    </message>
    <message>
        <source>CI class&amp;es</source>
        <translation>Classes &amp;de CI</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes on %1 are not saved. Close the window and discard them?</source>
        <translation>Modifications non enregistrées : %1. Fermer la fenêtre et les abandonner ?</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AdminPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose one to edit it in the form beside</source>
        <translation>Choisissez-en un pour le modifier dans le formulaire à côté</translation>
    </message>
    <message>
        <source>The changes in the form are not saved. Discard them?</source>
        <translation>Les modifications du formulaire ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AnnouncementDialog</name>
    <message>
        <source>Ends</source>
        <translation>Se termine</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Requesters (the tray applets)</source>
        <translation>Demandeurs (les applets de la zone de notification)</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Personnel uniquement</translation>
    </message>
    <message>
        <source>Mail server maintenance tonight</source>
        <translation>Maintenance du serveur de messagerie ce soir</translation>
    </message>
    <message>
        <source>What happens, what people should do, whom to call</source>
        <translation>Ce qui se passe, ce qu&apos;il faut faire, qui appeler</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Public</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Commence</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>[%1] %2: %3 — %4, by %5</source>
        <translation>[%1] %2 : %3 — %4, par %5</translation>
    </message>
    <message>
        <source>Give the announcement a title.</source>
        <translation>Donnez un titre à l&apos;annonce.</translation>
    </message>
    <message>
        <source>Current announcements</source>
        <translation>Annonces en cours</translation>
    </message>
    <message>
        <source>What sort of news this is: it decides the icon and how urgent it looks</source>
        <translation>Le genre d&apos;information : il détermine l&apos;icône et le degré d&apos;urgence affiché</translation>
    </message>
    <message>
        <source>The announcement itself, in plain text</source>
        <translation>Le texte de l&apos;annonce, en texte brut</translation>
    </message>
    <message>
        <source>Who sees the announcement</source>
        <translation>Qui voit l&apos;annonce</translation>
    </message>
    <message>
        <source>When the announcement starts to show</source>
        <translation>Quand l&apos;annonce commence à s&apos;afficher</translation>
    </message>
    <message>
        <source>Whether the announcement disappears by itself at the time beside it</source>
        <translation>Si l&apos;annonce disparaît d&apos;elle-même à l&apos;heure indiquée à côté</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Se termine à</translation>
    </message>
    <message>
        <source>When the announcement stops showing</source>
        <translation>Quand l&apos;annonce cesse de s&apos;afficher</translation>
    </message>
    <message>
        <source>Users of the affected services</source>
        <translation>Utilisateurs des services touchés</translation>
    </message>
    <message>
        <source>The users of the services that depend on these CIs, and the members of their organisations, see the announcement</source>
        <translation>Les utilisateurs des services qui dépendent de ces CI, et les membres de leurs organisations, voient l&apos;annonce</translation>
    </message>
    <message>
        <source>Affected &amp;CIs</source>
        <translation>&amp;CI touchés</translation>
    </message>
    <message>
        <source>%1 is unavailable</source>
        <translation>%1 est indisponible</translation>
    </message>
    <message numerus="yes">
        <source> — users of %1: %n people reached</source>
        <translation>
            <numerusform> — utilisateurs de %1 : %n personne atteinte</numerusform>
            <numerusform> — utilisateurs de %1 : %n personnes atteintes</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the CIs whose services are affected.</source>
        <translation>Choisissez les CI dont les services sont touchés.</translation>
    </message>
    <message>
        <source>Worked out from the relationships of the chosen CIs, as publishing will</source>
        <translation>Déduit des relations des CI choisis, comme le fera la publication</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Choose the CIs: the users of the services that depend on them are reached.</source>
        <translation>Choisissez les CI : les utilisateurs des services qui en dépendent seront atteints.</translation>
    </message>
    <message>
        <source>Looking for the services that depend on them…</source>
        <translation>Recherche des services qui en dépendent…</translation>
    </message>
    <message>
        <source>No service depends on these CIs and nobody uses them: nobody would be reached.</source>
        <translation>Aucun service ne dépend de ces CI et personne ne les utilise : personne ne serait atteint.</translation>
    </message>
    <message numerus="yes">
        <source>No service depends on these CIs; their users: %n people.</source>
        <translation>
            <numerusform>Aucun service ne dépend de ces CI ; leurs utilisateurs : %n personne.</numerusform>
            <numerusform>Aucun service ne dépend de ces CI ; leurs utilisateurs : %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services affected: %1 — %n people reached.</source>
        <translation>
            <numerusform>Services concernés : %1 — %n personne atteinte.</numerusform>
            <numerusform>Services concernés : %1 — %n personnes atteintes.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The search stopped at its bound: there may be more.)</source>
        <translation>(La recherche s&apos;est arrêtée à sa limite : il peut y en avoir davantage.)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ApiTokensDialog</name>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Expiration</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Créer un jeton</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>e.g. ticket. or agent</source>
        <translation>p. ex. ticket. ou agent</translation>
    </message>
    <message>
        <source>Role names (requester, agent, manager, admin) and method prefixes such as ticket., separated by commas</source>
        <translation>Noms de rôles (requester, agent, manager, admin) et préfixes de méthodes comme ticket., séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>&amp;Portées</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>Le secret est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; created. Copy its secret now: it is not shown again.</source>
        <translation>Jeton « %1 » créé. Copiez son secret maintenant : il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>The token is revoked.</source>
        <translation>Le jeton est révoqué.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Scripts using it stop working at once.</source>
        <translation>Révoquer « %1 » ? Les scripts qui l&apos;utilisent cessent aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>A name that says what the token is for, such as the script using it</source>
        <translation>Un nom qui indique à quoi sert le jeton, par exemple le script qui l&apos;utilise</translation>
    </message>
    <message>
        <source>Whether the token stops working at the date and time beside it</source>
        <translation>Si le jeton cesse de fonctionner à la date et à l&apos;heure indiquées à côté</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>When the token stops working</source>
        <translation>Quand le jeton cesse de fonctionner</translation>
    </message>
    <message>
        <source>The new token&apos;s secret: copy it now, it is not shown again</source>
        <translation>Le secret du nouveau jeton : copiez-le maintenant, il ne sera plus affiché</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AppController</name>
    <message>
        <source>You were logged out: %1</source>
        <translation>Vous avez été déconnecté : %1</translation>
    </message>
    <message>
        <source>The server does not answer (%1). Trying again…</source>
        <translation>Le serveur ne répond pas (%1). Nouvelle tentative…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>The server %1 presents a different certificate than the one trusted before.

Trusted: %2
Now: %3

This happens when the server&apos;s certificate was renewed, or when someone is intercepting the connection. Ask your administrator before accepting.</source>
        <translation>Le serveur %1 présente un certificat différent de celui approuvé jusqu&apos;ici.

Approuvé : %2
Maintenant : %3

Cela arrive quand le certificat du serveur a été renouvelé, ou quand quelqu&apos;un intercepte la connexion. Demandez à votre administrateur avant d&apos;accepter.</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>The connection was refused: the server&apos;s certificate is not the trusted one.</source>
        <translation>La connexion a été refusée : le certificat du serveur n&apos;est pas celui approuvé.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ApprovalChainEditor</name>
    <message>
        <source>Add a&amp;pproval step</source>
        <translation>Ajouter une étape d&apos;a&amp;pprobation</translation>
    </message>
    <message>
        <source>Adds a step after the last: the request waits for it in turn</source>
        <translation>Ajoute une étape après la dernière : la demande l&apos;attend à son tour</translation>
    </message>
    <message>
        <source>No approval: the request goes straight to fulfilment.</source>
        <translation>Aucune approbation : la demande passe directement au traitement.</translation>
    </message>
    <message>
        <source>The requester&apos;s manager</source>
        <translation>Le responsable hiérarchique du demandeur</translation>
    </message>
    <message>
        <source>A named person</source>
        <translation>Une personne désignée</translation>
    </message>
    <message>
        <source>Members of a group</source>
        <translation>Les membres d&apos;un groupe</translation>
    </message>
    <message>
        <source>Who approves at this step</source>
        <translation>Qui approuve à cette étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>any one of them</source>
        <translation>l&apos;un d&apos;entre eux</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>n of them</source>
        <translation>n d&apos;entre eux</translation>
    </message>
    <message>
        <source>How many of the group&apos;s members must approve</source>
        <translation>Combien de membres du groupe doivent approuver</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Approbations nécessaires</translation>
    </message>
    <message>
        <source>How many members must approve (n of m)</source>
        <translation>Combien de membres doivent approuver (n sur m)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Takes this step out of the chain</source>
        <translation>Retire cette étape de la chaîne</translation>
    </message>
    <message>
        <source>#%1 (unknown)</source>
        <translation>#%1 (inconnu)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>The group whose members approve</source>
        <translation>Le groupe dont les membres approuvent</translation>
    </message>
    <message>
        <source>Type a name, username or e-mail</source>
        <translation>Saisissez un nom, un identifiant ou une adresse e-mail</translation>
    </message>
    <message>
        <source>The person who approves: type part of their name, username or e-mail and choose</source>
        <translation>La personne qui approuve : saisissez une partie de son nom, identifiant ou adresse e-mail et choisissez</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ApprovalsWindow</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Ouvrir le ticket</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Approvals waiting on me</source>
        <translation>Approbations qui m&apos;attendent</translation>
    </message>
    <message>
        <source>Selected approval</source>
        <translation>Approbation sélectionnée</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>Commentaire (obligatoire pour refuser)</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>État de l&apos;approbation</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <source>Nothing waits on your approval.</source>
        <translation>Rien n&apos;attend votre approbation.</translation>
    </message>
    <message>
        <source>Ticket #%1 &quot;%2&quot;, requested by %3. Step %4 of %5.</source>
        <translation>Ticket #%1 « %2 », demandé par %3. Étape %4 sur %5.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Handed to you while its approver is away.</source>
        <translation>Vous est transmis pendant l&apos;absence de son approbateur.</translation>
    </message>
    <message>
        <source>Why you approve or reject: the requester reads it; required to reject</source>
        <translation>Pourquoi vous approuvez ou refusez : le demandeur le lit ; obligatoire pour refuser</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticleEditor</name>
    <message>
        <source>Edit article KB-%1</source>
        <translation>Modifier l&apos;article KB-%1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Internal — agents only</source>
        <translation>Interne — agents uniquement</translation>
    </message>
    <message>
        <source>Public — requesters too, once published</source>
        <translation>Public — aussi pour les demandeurs, une fois publié</translation>
    </message>
    <message>
        <source>e.g. vpn, macos</source>
        <translation>p. ex. vpn, macos</translation>
    </message>
    <message>
        <source>Markdown: ## headings, 1. steps, **bold**, `code`</source>
        <translation>Markdown : ## titres, 1. étapes, **gras**, `code`</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Visible to:</source>
        <translation>&amp;Visible par :</translation>
    </message>
    <message>
        <source>A colleague saved a newer version of this article meanwhile. Your text is still here: copy it, close this editor and edit the newest version.</source>
        <translation>Un collègue a enregistré entre-temps une version plus récente de cet article. Votre texte est toujours là : copiez-le, fermez cet éditeur et modifiez la version la plus récente.</translation>
    </message>
    <message>
        <source>The article&apos;s title, as it shows in the list and in searches</source>
        <translation>Le titre de l&apos;article, tel qu&apos;il apparaît dans la liste et les recherches</translation>
    </message>
    <message>
        <source>The ticket category the article belongs to, if any</source>
        <translation>La catégorie de ticket de l&apos;article, le cas échéant</translation>
    </message>
    <message>
        <source>Words to find the article by, separated by commas</source>
        <translation>Mots permettant de trouver l&apos;article, séparés par des virgules</translation>
    </message>
    <message>
        <source>Whether only agents or also requesters may read the article</source>
        <translation>Si seuls les agents ou aussi les demandeurs peuvent lire l&apos;article</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>The article in Markdown; the preview beside it shows how it reads</source>
        <translation>L&apos;article en Markdown ; l&apos;aperçu à côté montre son rendu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticleHistoryDialog</name>
    <message>
        <source>History of KB-%1</source>
        <translation>Historique de KB-%1</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3 ago</source>
        <translation>Version %1 — %2, il y a %3</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>This change is too large to show in full.</source>
        <translation>Cette modification est trop grande pour être affichée en entier.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticlePickerDialog</name>
    <message>
        <source>Insert a link to an article</source>
        <translation>Insérer un lien vers un article</translation>
    </message>
    <message>
        <source>Words from the article&apos;s title or text…</source>
        <translation>Mots du titre ou du texte de l&apos;article…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ArticleViewer</name>
    <message>
        <source>Article KB-%1</source>
        <translation>Article KB-%1</translation>
    </message>
    <message>
        <source>This solved my problem</source>
        <translation>Cela a résolu mon problème</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AttachmentList</name>
    <message>
        <source>Computer details</source>
        <translation>Détails de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>📎 %1 (%2, %3)</source>
        <translation>📎 %1 (%2, %3)</translation>
    </message>
    <message>
        <source>From %1. Double-click to %2.</source>
        <translation>De %1. Double-cliquez pour %2.</translation>
    </message>
    <message>
        <source>view it</source>
        <translation>l&apos;afficher</translation>
    </message>
    <message>
        <source>save it</source>
        <translation>l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Reporter&apos;s computer: %1 · %2</source>
        <translation>Ordinateur du demandeur : %1 · %2</translation>
    </message>
    <message>
        <source>Reporter&apos;s computer</source>
        <translation>Ordinateur du demandeur</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Politiques SLA</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>Règles d&apos;automatisation</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>Name, action or value</source>
        <translation>Nom, action ou valeur</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Choisissez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 by %2 from %3</source>
        <translation>%1 par %2 depuis %3</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Changed fields of the chosen entry</source>
        <translation>Champs modifiés de l&apos;entrée choisie</translation>
    </message>
    <message>
        <source>Which kind of change the log shows: all, or one kind (logins, users, configuration…).</source>
        <translation>Le type de modification affiché par le journal : tous, ou un seul type (connexions, utilisateurs, configuration…).</translation>
    </message>
    <message>
        <source>The last day shown, year-month-day; &quot;any&quot;: up to today.</source>
        <translation>Le dernier jour affiché, année-mois-jour ; « sans limite » : jusqu&apos;à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The first day shown, year-month-day; &quot;any&quot;: from the beginning.</source>
        <translation>Le premier jour affiché, année-mois-jour ; « sans limite » : depuis le début.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CalendarView</name>
    <message>
        <source>Change calendar</source>
        <translation>Calendrier des changements</translation>
    </message>
    <message>
        <source>Changes by day, coloured by risk; a double-click opens one</source>
        <translation>Changements par jour, colorés selon le risque ; un double-clic en ouvre un</translation>
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
        <translation>Risque : %1</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Concerne : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit : %1</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Gel : %1</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Fenêtre de maintenance : %1</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>%1 (%2, %3 – %4)</source>
        <translation>%1 (%2, %3 – %4)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CalendarsPage</name>
    <message>
        <source>One date per line, e.g. 2026-12-25</source>
        <translation>Une date par ligne, p. ex. 2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>closed, or e.g. 08:00-12:00, 13:00-17:00</source>
        <translation>fermé, ou p. ex. 08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n open ticket(s) re-planned.</source>
        <translation>
            <numerusform>Enregistré ; %n ticket ouvert replanifié.</numerusform>
            <numerusform>Enregistré ; %n tickets ouverts replanifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, interval %2</source>
        <translation>%1, plage %2</translation>
    </message>
    <message>
        <source>Holidays, line %1</source>
        <translation>Jours fériés, ligne %1</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The time zone the opening hours below are in.</source>
        <translation>Le fuseau horaire des heures d&apos;ouverture ci-dessous.</translation>
    </message>
    <message>
        <source>The calendar&apos;s name, chosen on SLA policies.</source>
        <translation>Le nom du calendrier, choisi dans les politiques SLA.</translation>
    </message>
    <message>
        <source>Days the desk is closed and SLA clocks stop: one date per line, year-month-day (2026-12-25).</source>
        <translation>Jours de fermeture du centre d&apos;assistance, où les délais SLA s&apos;arrêtent : une date par ligne, année-mois-jour (2026-12-25).</translation>
    </message>
    <message>
        <source>Another manager changed this calendar while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Un autre responsable a modifié ce calendrier pendant que vous le modifiiez. L&apos;enregistrement remplace ses modifications par les vôtres.</translation>
    </message>
    <message>
        <source>Another manager deleted this calendar. Saving creates it again.</source>
        <translation>Un autre responsable a supprimé ce calendrier. L&apos;enregistrement le crée à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Delete calendar</source>
        <translation>&amp;Supprimer le calendrier</translation>
    </message>
    <message>
        <source>Calendar deleted.</source>
        <translation>Calendrier supprimé.</translation>
    </message>
    <message>
        <source>Delete the calendar “%1”? A calendar an SLA policy counts in cannot be deleted; choose another calendar on the policy first.</source>
        <translation>Supprimer le calendrier « %1 » ? Un calendrier utilisé par une politique SLA ne peut pas être supprimé ; choisissez d&apos;abord un autre calendrier dans la politique.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CallerRequestDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;File request</source>
        <translation>&amp;Créer la demande</translation>
    </message>
    <message>
        <source>Service request for a caller</source>
        <translation>Demande de service pour un appelant</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name or address</source>
        <translation>Tapez le nom ou l&apos;adresse de l&apos;appelant</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>The person the request is for: it is filed as theirs, and the catalog shows what they may request</source>
        <translation>La personne pour qui est la demande : elle est créée à son nom, et le catalogue affiche ce qu&apos;elle peut demander</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Appelant :</translation>
    </message>
    <message>
        <source>&amp;Search the catalog:</source>
        <translation>&amp;Rechercher dans le catalogue :</translation>
    </message>
    <message>
        <source>e.g. laptop, access, software</source>
        <translation>p. ex. ordinateur portable, accès, logiciel</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Shows the items whose name or description contains what you type</source>
        <translation>Affiche les éléments dont le nom ou la description contient ce que vous saisissez</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Éléments du catalogue</translation>
    </message>
    <message>
        <source>What the caller may request; choose one to see its form</source>
        <translation>Ce que l&apos;appelant peut demander ; choisissez un élément pour voir son formulaire</translation>
    </message>
    <message>
        <source>Loads the next items of the catalog</source>
        <translation>Charge les éléments suivants du catalogue</translation>
    </message>
    <message>
        <source>Choose an item from the catalog</source>
        <translation>Choisissez un élément du catalogue</translation>
    </message>
    <message>
        <source>What the caller said (optional)</source>
        <translation>Ce que l&apos;appelant a dit (facultatif)</translation>
    </message>
    <message>
        <source>The caller&apos;s words</source>
        <translation>Les propos de l&apos;appelant</translation>
    </message>
    <message>
        <source>Optional: what the caller said about this request</source>
        <translation>Facultatif : ce que l&apos;appelant a dit à propos de cette demande</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Files the request as the caller&apos;s</source>
        <translation>Crée la demande au nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>The catalog shows what %1 may request.</source>
        <translation>Le catalogue affiche ce que %1 peut demander.</translation>
    </message>
    <message>
        <source>Choose the caller first: the catalog depends on who they are.</source>
        <translation>Choisissez d&apos;abord l&apos;appelant : le catalogue dépend de la personne.</translation>
    </message>
    <message>
        <source>Pick the caller from the suggestions.</source>
        <translation>Choisissez l&apos;appelant parmi les suggestions.</translation>
    </message>
    <message>
        <source>There is nothing this caller can request.</source>
        <translation>Cet appelant ne peut rien demander.</translation>
    </message>
    <message>
        <source>Choose the caller first.</source>
        <translation>Choisissez d&apos;abord l&apos;appelant.</translation>
    </message>
    <message>
        <source>Choose what the caller needs from the catalog.</source>
        <translation>Choisissez dans le catalogue ce dont l&apos;appelant a besoin.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CandidateProblemsWindow</name>
    <message>
        <source>&amp;Create problem…</source>
        <translation>&amp;Créer un problème…</translation>
    </message>
    <message>
        <source>Candidate problems</source>
        <translation>Problèmes potentiels</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>Plus petit groupe</translation>
    </message>
    <message>
        <source>Recurring incidents of one category with similar words, not linked to a problem</source>
        <translation>Incidents récurrents d&apos;une même catégorie aux termes similaires, non liés à un problème</translation>
    </message>
    <message>
        <source>Incidents of the selected group</source>
        <translation>Incidents du groupe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Created within:</source>
        <translation>Créés dans les derniers :</translation>
    </message>
    <message>
        <source>At least (incidents):</source>
        <translation>Au moins (incidents) :</translation>
    </message>
    <message>
        <source>No recurring incidents found in this period.</source>
        <translation>Aucun incident récurrent trouvé sur cette période.</translation>
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
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Placeholders: {{requester.name}}, {{requester.first_name}}, {{ticket.id}}, {{ticket.title}}, {{agent.name}}</source>
        <translation>Variables : {{requester.name}}, {{requester.first_name}}, {{ticket.id}}, {{ticket.title}}, {{agent.name}}</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Canned response created.</source>
        <translation>Réponse type créée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The name agents pick the canned response by.</source>
        <translation>Le nom sous lequel les agents choisissent la réponse type.</translation>
    </message>
    <message>
        <source>The text put into the reply; the agent can edit it before sending.</source>
        <translation>Le texte inséré dans la réponse ; l&apos;agent peut le modifier avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Delete the canned response “%1”? Replies already written with it stay as they are.</source>
        <translation>Supprimer la réponse type « %1 » ? Les réponses déjà rédigées avec elle restent telles quelles.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CatalogFormDesigner</name>
    <message>
        <source>A&amp;dd field</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>Adds the chosen custom field to the form&apos;s end</source>
        <translation>Ajoute le champ personnalisé choisi à la fin du formulaire</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Moves the selected field one place up the form</source>
        <translation>Monte le champ sélectionné d&apos;une place dans le formulaire</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Moves the selected field one place down the form</source>
        <translation>Descend le champ sélectionné d&apos;une place dans le formulaire</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>Takes the selected field off the form</source>
        <translation>Retire le champ sélectionné du formulaire</translation>
    </message>
    <message>
        <source>The custom fields not yet on the form</source>
        <translation>Les champs personnalisés qui ne sont pas encore dans le formulaire</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <source>The form&apos;s fields in the order the requester fills them in; checked: required. Drag a field or use Move up and Move down to reorder</source>
        <translation>Les champs du formulaire dans l&apos;ordre où le demandeur les remplit ; coché : obligatoire. Faites glisser un champ ou utilisez Monter et Descendre pour changer l&apos;ordre</translation>
    </message>
    <message>
        <source>Fi&amp;eld</source>
        <translation>Cha&amp;mp</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Checked: the requester must fill it in. Drag a field, or use Move up and Move down, to change the order.</source>
        <translation>Coché : le demandeur doit le remplir. Faites glisser un champ, ou utilisez Monter et Descendre, pour changer l&apos;ordre.</translation>
    </message>
    <message>
        <source>Preview: the requester&apos;s form</source>
        <translation>Aperçu : le formulaire du demandeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (absent du catalogue)</translation>
    </message>
    <message>
        <source>Checked: the requester must fill it in</source>
        <translation>Coché : le demandeur doit le remplir</translation>
    </message>
    <message>
        <source>No fields: the requester only describes the request.</source>
        <translation>Aucun champ : le demandeur décrit seulement sa demande.</translation>
    </message>
    <message>
        <source>The requester fills in these fields, then sends.</source>
        <translation>Le demandeur remplit ces champs, puis envoie.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CatalogPage</name>
    <message>
        <source>Requesters</source>
        <translation>Demandeurs</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Acti&amp;ve: requesters can ask for it</source>
        <translation>Acti&amp;f : les demandeurs peuvent le demander</translation>
    </message>
    <message>
        <source>New laptop</source>
        <translation>Nouvel ordinateur portable</translation>
    </message>
    <message>
        <source>The item&apos;s name as requesters see it in the catalog</source>
        <translation>Le nom de l&apos;élément tel que les demandeurs le voient dans le catalogue</translation>
    </message>
    <message>
        <source>The picture the catalog shows beside the item</source>
        <translation>L&apos;image que le catalogue affiche à côté de l&apos;élément</translation>
    </message>
    <message>
        <source>An inactive item stays for the requests filed from it but is no longer offered</source>
        <translation>Un élément inactif reste pour les demandes créées à partir de lui, mais n&apos;est plus proposé</translation>
    </message>
    <message>
        <source>What the requester gets, and how long it takes</source>
        <translation>Ce que le demandeur obtient, et en combien de temps</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shown under the item&apos;s name in the catalog</source>
        <translation>Affiché sous le nom de l&apos;élément dans le catalogue</translation>
    </message>
    <message>
        <source>The category the service request is filed in</source>
        <translation>La catégorie dans laquelle la demande de service est classée</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Only requesters of the organisations checked see the item; none checked: all</source>
        <translation>Seuls les demandeurs des organisations cochées voient l&apos;élément ; aucune cochée : toutes</translation>
    </message>
    <message>
        <source>The group whose queue the request goes to</source>
        <translation>Le groupe dans la file duquel la demande arrive</translation>
    </message>
    <message>
        <source>The SLA policy the request is held to</source>
        <translation>La politique SLA à laquelle la demande est soumise</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>I&amp;con</source>
        <translation>&amp;Icône</translation>
    </message>
    <message>
        <source>Whether users of this role see the item; none checked: every role</source>
        <translation>Si les utilisateurs de ce rôle voient l&apos;élément ; aucun coché : tous les rôles</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Who may ask</source>
        <translation>Qui peut demander</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Fulfilment group</source>
        <translation>&amp;Groupe de traitement</translation>
    </message>
    <message>
        <source>SLA polic&amp;y</source>
        <translation>Politique S&amp;LA</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Form and preview</source>
        <translation>Formulaire et aperçu</translation>
    </message>
    <message>
        <source>Approval chain</source>
        <translation>Chaîne d&apos;approbation</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Tâches de traitement</translation>
    </message>
    <message>
        <source>Saved. Requesters see the item as it is now.</source>
        <translation>Enregistré. Les demandeurs voient désormais l&apos;élément tel qu&apos;il est.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Icône :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Who may ask:</source>
        <translation>Qui peut demander :</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <source>Fulfilment group:</source>
        <translation>Groupe de traitement :</translation>
    </message>
    <message>
        <source>SLA policy:</source>
        <translation>Politique SLA :</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulaire :</translation>
    </message>
    <message>
        <source>Approval chain:</source>
        <translation>Chaîne d&apos;approbation :</translation>
    </message>
    <message>
        <source>Fulfilment tasks:</source>
        <translation>Tâches de traitement :</translation>
    </message>
    <message>
        <source>Task %1:</source>
        <translation>Tâche %1 :</translation>
    </message>
    <message>
        <source>Approval step %1:</source>
        <translation>Étape d&apos;approbation %1 :</translation>
    </message>
    <message>
        <source>Form field %1:</source>
        <translation>Champ de formulaire %1 :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(the desk&apos;s default queue)</source>
        <translation>(la file par défaut du centre d&apos;assistance)</translation>
    </message>
    <message>
        <source>(the desk&apos;s SLA rules)</source>
        <translation>(les règles SLA du centre d&apos;assistance)</translation>
    </message>
    <message>
        <source>names nobody: type part of a name, username or e-mail and choose the person</source>
        <translation>ne désigne personne : saisissez une partie d’un nom, identifiant ou adresse e-mail et choisissez la personne</translation>
    </message>
    <message>
        <source>Another administrator changed this item while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Un autre administrateur a modifié cet élément pendant que vous le modifiiez. L’enregistrement remplace ses modifications par les vôtres.</translation>
    </message>
    <message>
        <source>This item is no longer listed. Saving creates it again.</source>
        <translation>Cet élément ne figure plus dans la liste. L&apos;enregistrement le crée à nouveau.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CategoriesPage</name>
    <message>
        <source>Offered on new tickets</source>
        <translation>Proposée pour les nouveaux tickets</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Routes to &amp;group</source>
        <translation>Dirige vers le &amp;groupe</translation>
    </message>
    <message>
        <source>No group (triage by hand)</source>
        <translation>Aucun groupe (tri manuel)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (N%2)</translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation>%1 — retirée</translation>
    </message>
    <message>
        <source>Category created.</source>
        <translation>Catégorie créée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The category&apos;s name as requesters and agents see it.</source>
        <translation>Le nom de la catégorie tel que le voient les demandeurs et les agents.</translation>
    </message>
    <message>
        <source>What belongs in this category; shown when choosing one.</source>
        <translation>Ce qui relève de cette catégorie ; affiché lors du choix d&apos;une catégorie.</translation>
    </message>
    <message>
        <source>New tickets of this category go to this group&apos;s queue.</source>
        <translation>Les nouveaux tickets de cette catégorie vont dans la file de ce groupe.</translation>
    </message>
    <message>
        <source>Checked: the category can be chosen for new tickets; unchecked keeps it on old tickets only.</source>
        <translation>Coché : la catégorie peut être choisie pour les nouveaux tickets ; décoché : elle reste uniquement sur les anciens tickets.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ChangeCalendarWindow</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Change calendar</source>
        <translation>Calendrier des changements</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Sui&amp;vant ▶</translation>
    </message>
    <message>
        <source>&amp;CI:</source>
        <translation>&amp;CI :</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Freeze (hatched)</source>
        <translation>Gel (hachuré)</translation>
    </message>
    <message>
        <source>⚠ Conflict (red outline)</source>
        <translation>⚠ Conflit (contour rouge)</translation>
    </message>
    <message>
        <source>New &amp;window…</source>
        <translation>Nouvelle &amp;fenêtre…</translation>
    </message>
    <message>
        <source>Edit wi&amp;ndows…</source>
        <translation>Modifier les fe&amp;nêtres…</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>All CIs</source>
        <translation>Tous les CI</translation>
    </message>
    <message>
        <source>Maintenance and freeze windows</source>
        <translation>Fenêtres de maintenance et de gel</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4%5 · %6</source>
        <translation>%1 · %2 · %3 – %4%5 · %6</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>gel</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>, weekly</source>
        <translation>, chaque semaine</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete window</source>
        <translation>Supprimer la fenêtre</translation>
    </message>
    <message>
        <source>Delete the window “%1” and all its occurrences?</source>
        <translation>Supprimer la fenêtre « %1 » et toutes ses occurrences ?</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ChangeScreens</name>
    <message>
        <source>Raised from #%1: %2</source>
        <translation>Issu de #%1 : %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ChangeSection</name>
    <message>
        <source>Standard change (pre-approved)</source>
        <translation>Changement standard (pré-approuvé)</translation>
    </message>
    <message>
        <source>Emergency change</source>
        <translation>Changement urgent</translation>
    </message>
    <message>
        <source>Normal change</source>
        <translation>Changement normal</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>&amp;Soumettre pour approbation</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Revue…</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <source>Link &amp;incident</source>
        <translation>Lier un &amp;incident</translation>
    </message>
    <message>
        <source>Unlink selected</source>
        <translation>Dissocier la sélection</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Schedule conflicts</source>
        <translation>Conflits de planning</translation>
    </message>
    <message>
        <source>Activate a conflict with another change to open it</source>
        <translation>Activez un conflit avec un autre changement pour ouvrir ce dernier</translation>
    </message>
    <message>
        <source>Standard changes are approved at once; others go to the change advisory board</source>
        <translation>Les changements standard sont approuvés immédiatement ; les autres passent devant le comité consultatif des changements</translation>
    </message>
    <message>
        <source>Incidents caused by this change</source>
        <translation>Incidents causés par ce changement</translation>
    </message>
    <message>
        <source>Incident number to link</source>
        <translation>Numéro de l&apos;incident à lier</translation>
    </message>
    <message>
        <source>Incident #</source>
        <translation>Incident n°</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Planning :</translation>
    </message>
    <message>
        <source>Affected CIs:</source>
        <translation>CI concernés :</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact :</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>Plans :</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revue :</translation>
    </message>
    <message>
        <source>Incidents caused by this change:</source>
        <translation>Incidents causés par ce changement :</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Submitted: approved at once (a standard change).</source>
        <translation>Soumis : approuvé immédiatement (changement standard).</translation>
    </message>
    <message>
        <source>Submitted to the change advisory board.</source>
        <translation>Soumis au comité consultatif des changements.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Revue enregistrée.</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 issu de « %2 »</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation>pas encore planifié</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations : %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utilisateurs : %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Back-out</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 (by %2): %3</source>
        <translation>%1 (par %2) : %3</translation>
    </message>
    <message>
        <source>due: the change is implemented</source>
        <translation>à faire : le changement est mis en œuvre</translation>
    </message>
    <message>
        <source>after implementation</source>
        <translation>après la mise en œuvre</translation>
    </message>
    <message>
        <source>#%1  %2  (%3)</source>
        <translation>#%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Reschedule change #%1</source>
        <translation>Replanifier le changement #%1</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Change the kind, CIs, plans, risk answers or schedule</source>
        <translation>Modifier le type, les CI, les plans, les réponses de risque ou le calendrier</translation>
    </message>
    <message>
        <source>The board is deciding on this plan: it can be edited again if the board sends it back to assessment</source>
        <translation>Le comité statue sur ce plan : il pourra être modifié à nouveau si le comité le renvoie en évaluation</translation>
    </message>
    <message>
        <source>The change is no longer open</source>
        <translation>Le changement n’est plus ouvert</translation>
    </message>
    <message>
        <source>Approved changes keep their plan; only the schedule may still move (Reschedule…)</source>
        <translation>Les changements approuvés gardent leur plan ; seul le calendrier peut encore bouger (Replanifier…)</translation>
    </message>
    <message>
        <source>E&amp;dit change…</source>
        <translation>Modifier le c&amp;hangement…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiBrowserWindow</name>
    <message>
        <source>&amp;New CI…</source>
        <translation>&amp;Nouveau CI…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Relate…</source>
        <translation>&amp;Relier…</translation>
    </message>
    <message>
        <source>Remove re&amp;lation</source>
        <translation>Supprimer la re&amp;lation</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Configuration items</source>
        <translation>Éléments de configuration</translation>
    </message>
    <message>
        <source>Name, host name, serial or attribute</source>
        <translation>Nom, nom d&apos;hôte, numéro de série ou attribut</translation>
    </message>
    <message>
        <source>Search configuration items</source>
        <translation>Rechercher des éléments de configuration</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>Im&amp;pact</source>
        <translation>Im&amp;pact</translation>
    </message>
    <message>
        <source>Chosen: %1 — double-click to centre it</source>
        <translation>Choisi : %1 — double-cliquez pour le centrer</translation>
    </message>
    <message>
        <source>Reading the relationships…</source>
        <translation>Lecture des relations…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a c&amp;hange…</source>
        <translation>Planifier un c&amp;hangement…</translation>
    </message>
    <message>
        <source>Opens a new change with this configuration item affected</source>
        <translation>Ouvre un nouveau changement concernant cet élément de configuration</translation>
    </message>
    <message>
        <source>Announce an &amp;outage…</source>
        <translation>Annoncer une &amp;panne…</translation>
    </message>
    <message>
        <source>Announces an outage to the users of the services that depend on this configuration item</source>
        <translation>Annonce une panne aux utilisateurs des services qui dépendent de cet élément de configuration</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiClassFieldsEditor</name>
    <message>
        <source>A&amp;dd attribute</source>
        <translation>A&amp;jouter l&apos;attribut</translation>
    </message>
    <message>
        <source>Adds the chosen custom field to the class&apos;s attributes</source>
        <translation>Ajoute le champ personnalisé choisi aux attributs de la classe</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Moves the selected attribute one place up</source>
        <translation>Monte l&apos;attribut sélectionné d&apos;un rang</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Moves the selected attribute one place down</source>
        <translation>Descend l&apos;attribut sélectionné d&apos;un rang</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Retirer l&apos;attribut</translation>
    </message>
    <message>
        <source>Takes the selected attribute off the class; the items keep no value for it</source>
        <translation>Retire l&apos;attribut sélectionné de la classe ; les éléments n&apos;en gardent aucune valeur</translation>
    </message>
    <message>
        <source>The custom fields the class does not have yet</source>
        <translation>Les champs personnalisés que la classe n&apos;a pas encore</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>The class&apos;s attributes in the order the CI editor shows them; checked: required. Drag an attribute or use Move up and Move down to reorder</source>
        <translation>Les attributs de la classe dans l&apos;ordre où l&apos;éditeur de CI les montre ; coché : obligatoire. Faites glisser un attribut ou utilisez Monter et Descendre pour changer l&apos;ordre</translation>
    </message>
    <message>
        <source>Pic&amp;k a field</source>
        <translation>C&amp;hoisir un champ</translation>
    </message>
    <message>
        <source>Checked: every item of the class must have a value. New fields are made in the Fields tab.</source>
        <translation>Coché : chaque élément de la classe doit avoir une valeur. Les nouveaux champs se créent dans l&apos;onglet Champs.</translation>
    </message>
    <message>
        <source>%1 (not a custom field)</source>
        <translation>%1 (pas un champ personnalisé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, inactive field)</source>
        <translation>%1 (%2, champ inactif)</translation>
    </message>
    <message>
        <source>Checked: every item of the class must have a value</source>
        <translation>Coché : chaque élément de la classe doit avoir une valeur</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiClassesPage</name>
    <message>
        <source>A&amp;ctive: new items can be of this class</source>
        <translation>A&amp;ctive : de nouveaux éléments peuvent être de cette classe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>The class as people read it in lists and forms</source>
        <translation>La classe telle qu&apos;on la lit dans les listes et les formulaires</translation>
    </message>
    <message>
        <source>phone (lower case; never changes once saved)</source>
        <translation>phone (minuscules ; ne change jamais une fois enregistré)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>An inactive class keeps its items but takes no new ones</source>
        <translation>Une classe inactive garde ses éléments mais n&apos;en accepte pas de nouveaux</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Saved. The CI browser and editor offer the class as saved now.</source>
        <translation>Enregistré. Le navigateur et l&apos;éditeur de CI proposent maintenant la classe telle qu&apos;enregistrée.</translation>
    </message>
    <message>
        <source>Nothing changed: nothing was sent.</source>
        <translation>Rien n&apos;a changé : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Attribute %1:</source>
        <translation>Attribut %1 :</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs :</translation>
    </message>
    <message>
        <source>%1 (%2) — attributes: %3</source>
        <translation>%1 (%2) — attributs : %3</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, inactive</translation>
    </message>
    <message>
        <source>The name never changes: items and scripts use it</source>
        <translation>Le nom ne change jamais : les éléments et les scripts l&apos;utilisent</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _, a letter first</source>
        <translation>Lettres minuscules, chiffres et _, une lettre d&apos;abord</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiDetailsPanel</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>Autre extrémité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choose a configuration item</source>
        <translation>Choisissez un élément de configuration</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire : %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Host name: %1</source>
        <translation>Nom d&apos;hôte : %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Numéro de série : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortante</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrante</translation>
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
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New configuration item</source>
        <translation>Nouvel élément de configuration</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>Nom d&apos;&amp;hôte :</translation>
    </message>
    <message>
        <source>S&amp;erial:</source>
        <translation>Numé&amp;ro de série :</translation>
    </message>
    <message>
        <source>Type a name (empty: nobody)</source>
        <translation>Saisissez un nom (vide : personne)</translation>
    </message>
    <message>
        <source>Attributes of the class:</source>
        <translation>Attributs de la classe :</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Pr&amp;opriétaire :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Owner: choose a person from the list that appears while you type.</source>
        <translation>Propriétaire : choisissez une personne dans la liste qui apparaît pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiGraphView</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>The selected CI in the middle, what it depends on to the right, what depends on it to the left</source>
        <translation>Le CI sélectionné au centre, ce dont il dépend à droite, ce qui dépend de lui à gauche</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiImpactPanel</name>
    <message>
        <source>What the selected CI affects</source>
        <translation>Ce que touche le CI sélectionné</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Concerné</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Steps away</source>
        <translation>Distance (étapes)</translation>
    </message>
    <message>
        <source>No impact computed yet.</source>
        <translation>Aucun impact calculé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>If %1 fails: %2.</source>
        <translation>Si %1 tombe en panne : %2.</translation>
    </message>
    <message>
        <source>Truncated: the depth or node bound stopped the walk, there may be more.</source>
        <translation>Tronqué : la limite de profondeur ou de nœuds a arrêté le parcours, il peut y en avoir davantage.</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation>Utilisateurs (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Organisations (%1)</translation>
    </message>
    <message>
        <source>All affected CIs (%1)</source>
        <translation>Tous les CI concernés (%1)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiImportDialog</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import configuration items</source>
        <translation>Importer des éléments de configuration</translation>
    </message>
    <message>
        <source>name,class,status,host_name,serial,owner,organisation,…
One column per attribute, by its field&apos;s name.</source>
        <translation>name,class,status,host_name,serial,owner,organisation,…
Une colonne par attribut, portant le nom de son champ.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused.</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangé(s), %4 refusé(s).</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importé. %1</translation>
    </message>
    <message>
        <source>Nothing can be imported until the refused rows are corrected. %1</source>
        <translation>Rien ne peut être importé tant que les lignes refusées ne sont pas corrigées. %1</translation>
    </message>
    <message>
        <source>Preview (nothing written yet). %1</source>
        <translation>Aperçu (rien n&apos;est encore enregistré). %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiPicker</name>
    <message>
        <source>Find a configuration item</source>
        <translation>Trouver un élément de configuration</translation>
    </message>
    <message>
        <source>Find a CI by name, host name or serial…</source>
        <translation>Trouver un CI par nom, nom d&apos;hôte ou numéro de série…</translation>
    </message>
    <message>
        <source>CIs found</source>
        <translation>CI trouvés</translation>
    </message>
    <message>
        <source>Affected CIs</source>
        <translation>CI concernés</translation>
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
        <translation>Entrée ou un clic ajoute le CI à la sélection</translation>
    </message>
    <message>
        <source>A click or Delete removes a CI from the chosen ones</source>
        <translation>Un clic ou Suppr retire un CI de la sélection</translation>
    </message>
    <message>
        <source>Remove %1 from the chosen CIs</source>
        <translation>Retirer %1 des CI choisis</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CiRelateDialog</name>
    <message>
        <source>Relate %1</source>
        <translation>Mettre %1 en relation</translation>
    </message>
    <message>
        <source>Name, host name or serial of the other CI</source>
        <translation>Nom, nom d&apos;hôte ou numéro de série de l&apos;autre CI</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Other CI:</source>
        <translation>&amp;Autre CI :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find the other CI first.</source>
        <translation>Trouvez d&apos;abord l&apos;autre CI.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::Composer</name>
    <message>
        <source>Reply to requester</source>
        <translation>Répondre au demandeur</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Écrire une réponse… (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Réponse type</translation>
    </message>
    <message>
        <source>The requester will see this.</source>
        <translation>Le demandeur verra ceci.</translation>
    </message>
    <message>
        <source>Only staff will see this.</source>
        <translation>Seul le personnel verra ceci.</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>No canned responses yet</source>
        <translation>Pas encore de réponses types</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>Réponse au demandeur</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>Note interne, visible uniquement par le personnel</translation>
    </message>
    <message>
        <source>Write an internal note: only staff see it; the requester is not told.</source>
        <translation>Écrire une note interne : seul le personnel la voit ; le demandeur n&apos;est pas prévenu.</translation>
    </message>
    <message>
        <source>Write a public reply: the requester sees it and gets it by e-mail.</source>
        <translation>Écrire une réponse publique : le demandeur la voit et la reçoit par e-mail.</translation>
    </message>
    <message>
        <source>The text to send. Ctrl+Enter sends it; the mode buttons above choose reply or internal note.</source>
        <translation>Le texte à envoyer. Ctrl+Entrée l&apos;envoie ; les boutons de mode ci-dessus choisissent entre réponse et note interne.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ConnectionBanner</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The connection to the server is lost. Trying again… Your changes are kept and sent when it is back.</source>
        <translation>La connexion au serveur est perdue. Nouvelle tentative… Vos modifications sont conservées et envoyées à son retour.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n modification en attente.</numerusform>
            <numerusform>%n modifications en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s). Look at them to retry or discard.</source>
        <translation>
            <numerusform>Le serveur a refusé %n modification. Consultez-la pour la renvoyer ou l&apos;abandonner.</numerusform>
            <numerusform>Le serveur a refusé %n modifications. Consultez-les pour les renvoyer ou les abandonner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Envoi de %n modification…</numerusform>
            <numerusform>Envoi de %n modifications…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ConversationDelegate</name>
    <message>
        <source>Internal note — not visible to the requester</source>
        <translation>Note interne — invisible pour le demandeur</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>✉ via e-mail from %1</source>
        <translation>✉ par e-mail de %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CreateChangeDialog</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <source>The steps, in order, and who does them</source>
        <translation>Les étapes, dans l&apos;ordre, et qui les réalise</translation>
    </message>
    <message>
        <source>Back-out plan</source>
        <translation>Plan de retour arrière</translation>
    </message>
    <message>
        <source>How to return to the state before if it goes wrong</source>
        <translation>Comment revenir à l&apos;état antérieur en cas de problème</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Plan de test</translation>
    </message>
    <message>
        <source>How you will know it worked</source>
        <translation>Comment vous saurez que cela a fonctionné</translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation>&amp;Planifié</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Nouveau changement</translation>
    </message>
    <message>
        <source>Normal (the change advisory board approves)</source>
        <translation>Normal (approuvé par le comité consultatif des changements)</translation>
    </message>
    <message>
        <source>Standard (pre-approved, from a template)</source>
        <translation>Standard (pré-approuvé, à partir d&apos;un modèle)</translation>
    </message>
    <message>
        <source>Emergency (the emergency board approves)</source>
        <translation>Urgent (approuvé par le comité des changements urgents)</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titre du changement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Affected &amp;CIs:</source>
        <translation>&amp;CI concernés :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Prévu :</translation>
    </message>
    <message>
        <source>&amp;Implementation:</source>
        <translation>Mise en œ&amp;uvre :</translation>
    </message>
    <message>
        <source>&amp;Back-out:</source>
        <translation>&amp;Retour arrière :</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>T&amp;est :</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <source>&amp;Create change</source>
        <translation>Créer le c&amp;hangement</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(choisissez un modèle)</translation>
    </message>
    <message>
        <source>Choose a template: its risk level applies.</source>
        <translation>Choisissez un modèle : son niveau de risque s&apos;applique.</translation>
    </message>
    <message>
        <source>Edit change #%1</source>
        <translation>Modifier le changement n° %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Change #%1 is no longer the one shown; open it and edit it again.</source>
        <translation>Le changement n° %1 n’est plus celui affiché ; ouvrez-le et modifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>This template was deactivated: the change keeps its plans, but to submit it choose another template or make it a normal change.</source>
        <translation>Ce modèle a été désactivé : le changement garde ses plans, mais pour le soumettre choisissez un autre modèle ou faites-en un changement normal.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::CreateProblemDialog</name>
    <message>
        <source>Create problem</source>
        <translation>Créer un problème</translation>
    </message>
    <message>
        <source>Problem title</source>
        <translation>Titre du problème</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Incidents of the problem</source>
        <translation>Incidents du problème</translation>
    </message>
    <message>
        <source>More incident numbers</source>
        <translation>Autres numéros d&apos;incident</translation>
    </message>
    <message>
        <source>Incident numbers separated by spaces or commas</source>
        <translation>Numéros d&apos;incident séparés par des espaces ou des virgules</translation>
    </message>
    <message>
        <source>More incidents: 12, 15 …</source>
        <translation>Autres incidents : 12, 15 …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>&amp;Create problem</source>
        <translation>&amp;Créer le problème</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidents :</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DashboardWindow</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Demandes de service</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
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
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouverts maintenant</translation>
    </message>
    <message>
        <source>Mean resolution</source>
        <translation>Résolution moyenne</translation>
    </message>
    <message>
        <source>Agents (double-click for the tickets they resolved)</source>
        <translation>Agents (double-cliquez pour voir les tickets qu’ils ont résolus)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Résolus par %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>net flow %1</source>
        <translation>solde %1</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 clos</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 at the start</source>
        <translation>%1 au début</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Première réponse (médiane)</translation>
    </message>
    <message>
        <source>%1 in business hours</source>
        <translation>%1 en heures ouvrées</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Résolution (médiane)</translation>
    </message>
    <message>
        <source>90 %: %1</source>
        <translation>90 % : %1</translation>
    </message>
    <message>
        <source>Resolution in business hours</source>
        <translation>Résolution en heures ouvrées</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA de réponse</translation>
    </message>
    <message>
        <source>%1 breached</source>
        <translation>%1 dépassés</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>SLA de résolution</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Résolution au premier contact</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverts</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladés</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 ont répondu</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Créés le %1</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>Résolus le %1</translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation>Tickets ouverts par âge</translation>
    </message>
    <message>
        <source>Resolved within the period</source>
        <translation>Résolus dans la période</translation>
    </message>
    <message>
        <source>First response too late</source>
        <translation>Première réponse trop tardive</translation>
    </message>
    <message>
        <source>Resolved too late</source>
        <translation>Résolus trop tard</translation>
    </message>
    <message>
        <source>Created in %1</source>
        <translation>Créés dans %1</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n tickets (more match; export for all).</source>
        <translation>
            <numerusform>Le ticket le plus récent (d’autres correspondent ; exportez pour tout voir).</numerusform>
            <numerusform>Les %n tickets les plus récents (d’autres correspondent ; exportez pour tout voir).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n ticket. Double-cliquez pour l’ouvrir.</numerusform>
            <numerusform>%n tickets. Double-cliquez sur l’un d’eux pour l’ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The figures are being recounted</source>
        <translation>Les indicateurs sont en cours de recomptage</translation>
    </message>
    <message>
        <source>About a minute left.</source>
        <translation>Encore une minute environ.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Encore %n minute environ.</numerusform>
            <numerusform>Encore %n minutes environ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets can be worked on meanwhile; the dashboard appears by itself.</source>
        <translation>Les tickets restent utilisables pendant ce temps ; le tableau de bord s’affichera de lui-même.</translation>
    </message>
    <message>
        <source>Recounting…</source>
        <translation>Recomptage…</translation>
    </message>
    <message>
        <source>The server is counting the ticket history for the reports: %1 of %2 events (%3 %).</source>
        <translation>Le serveur compte l’historique des tickets pour les rapports : %1 événements sur %2 (%3 %).</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>Satisfaction ratings</source>
        <translation>Évaluations de satisfaction</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>The time the figures cover; Custom for the dates beside it</source>
        <translation>La période couverte par les indicateurs ; Personnalisée pour les dates à côté</translation>
    </message>
    <message>
        <source>The first day the figures cover (with a Custom period)</source>
        <translation>Le premier jour couvert par les indicateurs (avec une période personnalisée)</translation>
    </message>
    <message>
        <source>The last day the figures cover (with a Custom period)</source>
        <translation>Le dernier jour couvert par les indicateurs (avec une période personnalisée)</translation>
    </message>
    <message>
        <source>Only the tickets of this group</source>
        <translation>Uniquement les tickets de ce groupe</translation>
    </message>
    <message>
        <source>Only the tickets of this category</source>
        <translation>Uniquement les tickets de cette catégorie</translation>
    </message>
    <message>
        <source>Only the tickets of this agent</source>
        <translation>Uniquement les tickets de cet agent</translation>
    </message>
    <message>
        <source>Only the tickets of this type</source>
        <translation>Uniquement les tickets de ce type</translation>
    </message>
    <message>
        <source>Only the tickets of requesters in this organisation</source>
        <translation>Uniquement les tickets des demandeurs de cette organisation</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>No custom field</source>
        <translation>Aucun champ personnalisé</translation>
    </message>
    <message>
        <source>Only the tickets whose custom field holds the value given beside it</source>
        <translation>Seulement les tickets dont le champ personnalisé contient la valeur indiquée à côté</translation>
    </message>
    <message>
        <source>Custom fi&amp;eld:</source>
        <translation>C&amp;hamp personnalisé :</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DelegationDialog</name>
    <message>
        <source>Away: hand over approvals</source>
        <translation>Absence : transmettre les approbations</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Your approvals go to someone else until %1.</source>
        <translation>Vos approbations sont confiées à une autre personne jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>You decide your approvals yourself.</source>
        <translation>Vous décidez vous-même de vos approbations.</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;Délégué</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <source>&amp;End delegation</source>
        <translation>&amp;Mettre fin à la délégation</translation>
    </message>
    <message>
        <source>Choose the person who decides while you are away.</source>
        <translation>Choisissez la personne qui décide pendant votre absence.</translation>
    </message>
    <message>
        <source>The colleague who decides your approvals while you are away: type a name to search</source>
        <translation>Le collègue qui décide de vos approbations pendant votre absence : saisissez un nom pour rechercher</translation>
    </message>
    <message>
        <source>When your approvals come back to you</source>
        <translation>Quand vos approbations vous reviennent</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DevicesDialog</name>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Sign out &amp;all others</source>
        <translation>Déconnecter &amp;tous les autres</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Appareils connectés</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message numerus="yes">
        <source>Signed out on %n device(s).</source>
        <translation>
            <numerusform>Déconnecté sur %n appareil.</numerusform>
            <numerusform>Déconnecté sur %n appareils.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::DirectoriesPage</name>
    <message>
        <source>Use StartTLS on ldap://</source>
        <translation>Utiliser StartTLS sur ldap://</translation>
    </message>
    <message>
        <source>Add &amp;mapping</source>
        <translation>Ajouter une c&amp;orrespondance</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation>manuellement uniquement</translation>
    </message>
    <message>
        <source>Directory group (DN)</source>
        <translation>Groupe de l&apos;annuaire (DN)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Frontline groups (comma-separated)</source>
        <translation>Groupes Frontline (séparés par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;CA file on the server</source>
        <translation>Fichier &amp;CA sur le serveur</translation>
    </message>
    <message>
        <source>Service account &amp;DN</source>
        <translation>&amp;DN du compte de service</translation>
    </message>
    <message>
        <source>Service account &amp;password</source>
        <translation>&amp;Mot de passe du compte de service</translation>
    </message>
    <message>
        <source>&amp;Base DN</source>
        <translation>DN de &amp;base</translation>
    </message>
    <message>
        <source>User &amp;filter</source>
        <translation>&amp;Filtre utilisateur</translation>
    </message>
    <message>
        <source>&amp;Login attribute</source>
        <translation>Attribut d&apos;&amp;identifiant</translation>
    </message>
    <message>
        <source>Name attribute</source>
        <translation>Attribut du nom</translation>
    </message>
    <message>
        <source>Mail attribute</source>
        <translation>Attribut de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Intervalle de &amp;synchronisation</translation>
    </message>
    <message>
        <source>Group mappings</source>
        <translation>Correspondances de groupes</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Removed. Its accounts stay, and cannot sign in.</source>
        <translation>Retiré. Ses comptes restent, mais ne peuvent plus se connecter.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple : %1</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>Le test a réussi.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Le test a échoué.</translation>
    </message>
    <message>
        <source>Synchronised.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <source>unchanged (a password is stored)</source>
        <translation>inchangé (un mot de passe est enregistré)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Service account DN</source>
        <translation>DN du compte de service</translation>
    </message>
    <message>
        <source>Service account password</source>
        <translation>Mot de passe du compte de service</translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation>DN de base</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtre utilisateur</translation>
    </message>
    <message>
        <source>Login attribute</source>
        <translation>Attribut d&apos;identifiant</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>Intervalle de synchronisation</translation>
    </message>
    <message>
        <source>Group mapping %1</source>
        <translation>Correspondance de groupe %1</translation>
    </message>
    <message>
        <source>The directory&apos;s name, shown on the accounts it provides.</source>
        <translation>Le nom de l&apos;annuaire, affiché sur les comptes qu&apos;il fournit.</translation>
    </message>
    <message>
        <source>Checked: an ldap:// connection is encrypted with StartTLS before the password is sent.</source>
        <translation>Coché : une connexion ldap:// est chiffrée avec StartTLS avant l&apos;envoi du mot de passe.</translation>
    </message>
    <message>
        <source>The path, on the server&apos;s machine, of a PEM file with the authority that signed the directory&apos;s certificate; empty: the system&apos;s.</source>
        <translation>Le chemin, sur la machine du serveur, d&apos;un fichier PEM contenant l&apos;autorité qui a signé le certificat de l&apos;annuaire ; vide : celles du système.</translation>
    </message>
    <message>
        <source>The distinguished name the server binds as to search, e.g. cn=frontline,ou=services,dc=example,dc=com.</source>
        <translation>Le nom distinctif (DN) avec lequel le serveur se connecte pour rechercher, par ex. cn=frontline,ou=services,dc=example,dc=com.</translation>
    </message>
    <message>
        <source>Where the user search starts, e.g. ou=people,dc=example,dc=com.</source>
        <translation>Le point de départ de la recherche des utilisateurs, par ex. ou=people,dc=example,dc=com.</translation>
    </message>
    <message>
        <source>An LDAP filter for the accounts that may log in, e.g. (objectClass=person).</source>
        <translation>Un filtre LDAP pour les comptes autorisés à se connecter, par ex. (objectClass=person).</translation>
    </message>
    <message>
        <source>The attribute that holds the user name people log in with, e.g. uid or sAMAccountName.</source>
        <translation>L&apos;attribut qui contient le nom d&apos;utilisateur servant à se connecter, par ex. uid ou sAMAccountName.</translation>
    </message>
    <message>
        <source>The attribute that holds the person&apos;s display name, e.g. cn or displayName.</source>
        <translation>L&apos;attribut qui contient le nom affiché de la personne, par ex. cn ou displayName.</translation>
    </message>
    <message>
        <source>The attribute that holds the person&apos;s e-mail address, usually mail.</source>
        <translation>L&apos;attribut qui contient l&apos;adresse e-mail de la personne, généralement mail.</translation>
    </message>
    <message>
        <source>How often, in minutes, the accounts are read again from the directory; 0: only with Sync now.</source>
        <translation>La fréquence, en minutes, à laquelle les comptes sont relus depuis l&apos;annuaire ; 0 : uniquement avec Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Remove the directory “%1”? It is no longer synchronised; the accounts it created stay but can no longer sign in.</source>
        <translation>Retirer l&apos;annuaire « %1 » ? Il n&apos;est plus synchronisé ; les comptes qu&apos;il a créés restent mais ne peuvent plus se connecter.</translation>
    </message>
    <message>
        <source>Another admin removed this directory. Saving adds it again.</source>
        <translation>Un autre administrateur a retiré cet annuaire. L&apos;enregistrer le recrée.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::EscalateDialog</name>
    <message>
        <source>Escalate ticket</source>
        <translation>Escalader le ticket</translation>
    </message>
    <message>
        <source>Next tier: %1 (L%2)</source>
        <translation>Niveau suivant : %1 (N%2)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (N%2)</translation>
    </message>
    <message>
        <source>What was checked, what is known: an internal note for the next tier.</source>
        <translation>Ce qui a été vérifié, ce que l&apos;on sait : une note interne pour le niveau suivant.</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalader vers</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Note de passation</translation>
    </message>
    <message>
        <source>The group that takes the ticket over, with its support tier</source>
        <translation>Le groupe qui reprend le ticket, avec son niveau de support</translation>
    </message>
    <message>
        <source>An internal note for the next tier: what was checked, what is known</source>
        <translation>Une note interne pour le niveau suivant : ce qui a été vérifié, ce qui est connu</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::FieldForm</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 à %2.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Au moins %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Au plus %1.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Type a name and pick the person</source>
        <translation>Tapez un nom et choisissez la personne</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Facultatif.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::FieldsPage</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice (one)</source>
        <translation>Choix (unique)</translation>
    </message>
    <message>
        <source>Choice (several)</source>
        <translation>Choix (multiple)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Demandes de service</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>every ticket</source>
        <translation>tous les tickets</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>Ajouter une o&amp;ption</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Retirer l&apos;option</translation>
    </message>
    <message>
        <source>Mi&amp;nimum</source>
        <translation>Minim&amp;um</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>Ma&amp;ximum</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>O&amp;bligatoire</translation>
    </message>
    <message>
        <source>Sh&amp;own to requesters</source>
        <translation>&amp;Visible par les demandeurs</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctif</translation>
    </message>
    <message>
        <source>asset_tag (lower case; scripts and rules use it)</source>
        <translation>asset_tag (en minuscules ; utilisé par les scripts et les règles)</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Numéro d&apos;inventaire</translation>
    </message>
    <message>
        <source>Shown under the input, e.g. where to find it</source>
        <translation>Affiché sous la saisie, p. ex. où trouver l&apos;information</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Each option&apos;s label, its key (fixed once saved) and whether it can be chosen</source>
        <translation>Le libellé de chaque option, sa clé (figée une fois enregistrée) et si elle peut être choisie</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>The field applies to tickets of the categories checked, or of the types checked</source>
        <translation>Le champ s&apos;applique aux tickets des catégories cochées ou des types cochés</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>C&amp;atégories</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Saved. The field is in the forms now.</source>
        <translation>Enregistré. Le champ figure désormais dans les formulaires.</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Aide :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum :</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum :</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>S&apos;applique à :</translation>
    </message>
    <message>
        <source>Option %1:</source>
        <translation>Option %1 :</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Shortest (characters)</source>
        <translation>Longueur min. (caractères)</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Longueur max.</translation>
    </message>
    <message>
        <source>(no label yet)</source>
        <translation>(pas encore de libellé)</translation>
    </message>
    <message>
        <source>Agents see it on tickets of: %1.</source>
        <translation>Les agents le voient sur les tickets de : %1.</translation>
    </message>
    <message>
        <source>Requesters fill it in the applet&apos;s form too.</source>
        <translation>Les demandeurs le remplissent aussi dans le formulaire de l&apos;applet.</translation>
    </message>
    <message>
        <source>Requesters do not see it.</source>
        <translation>Les demandeurs ne le voient pas.</translation>
    </message>
    <message>
        <source>Inactive: no form shows it.</source>
        <translation>Inactif : aucun formulaire ne l&apos;affiche.</translation>
    </message>
    <message>
        <source>What the field holds: it decides the input the forms show</source>
        <translation>Ce que contient le champ : il détermine la saisie proposée par les formulaires</translation>
    </message>
    <message>
        <source>Whether a ticket cannot be saved without a value in the field</source>
        <translation>Si un ticket ne peut pas être enregistré sans valeur dans le champ</translation>
    </message>
    <message>
        <source>Whether requesters also see and fill in the field in the applet</source>
        <translation>Si les demandeurs voient et remplissent aussi le champ dans l&apos;applet</translation>
    </message>
    <message>
        <source>Whether forms show the field; an inactive field keeps its values</source>
        <translation>Si les formulaires affichent le champ ; un champ inactif conserve ses valeurs</translation>
    </message>
    <message>
        <source>Whether the field applies to tickets of this type</source>
        <translation>Si le champ s&apos;applique aux tickets de ce type</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ForgotPasswordDialog</name>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;M&apos;envoyer un code</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Enter your user name or e-mail address. If an account matches, a code is mailed to its address.</source>
        <translation>Saisissez votre nom d&apos;utilisateur ou votre adresse e-mail. Si un compte correspond, un code est envoyé à son adresse.</translation>
    </message>
    <message>
        <source>User name or &amp;e-mail</source>
        <translation>Nom d&apos;utilisateur ou &amp;e-mail</translation>
    </message>
    <message>
        <source>Enter the code from the mail (valid 15 minutes) and your new password.</source>
        <translation>Saisissez le code reçu par e-mail (valable 15 minutes) et votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>If the account exists, a code is on its way to its e-mail address.</source>
        <translation>Si le compte existe, un code est en route vers son adresse e-mail.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>Nouveau mot de passe : %1</translation>
    </message>
    <message>
        <source>User name or e-mail: %1</source>
        <translation>Nom d&apos;utilisateur ou e-mail : %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::GroupsPage</name>
    <message>
        <source>Add an agent: type a name</source>
        <translation>Ajouter un agent : tapez un nom</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Escalates to</source>
        <translation>&amp;Escalade vers</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (N%2)</translation>
    </message>
    <message>
        <source>Nobody (top tier)</source>
        <translation>Personne (niveau le plus haut)</translation>
    </message>
    <message>
        <source>Member: pick a person from the list that appears while typing.</source>
        <translation>Membre : choisissez une personne dans la liste qui apparaît pendant la saisie.</translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation>Groupe créé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>In turn (round robin), available agents</source>
        <translation>À tour de rôle, agents disponibles</translation>
    </message>
    <message>
        <source>Fewest open tickets, available agents</source>
        <translation>Moins de tickets ouverts, agents disponibles</translation>
    </message>
    <message>
        <source>New tickets &amp;go</source>
        <translation>Nouveaux tickets &amp;attribués</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable du groupe</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Agent to add</source>
        <translation>Agent à ajouter</translation>
    </message>
    <message>
        <source>The group&apos;s name as agents see it in queues and on tickets.</source>
        <translation>Le nom du groupe tel que le voient les agents dans les files et sur les tickets.</translation>
    </message>
    <message>
        <source>The support level, 1 to 3 (L1 to L3); escalation moves tickets to a higher tier.</source>
        <translation>Le niveau de support, de 1 à 3 (N1 à N3) ; l&apos;escalade fait passer les tickets à un niveau supérieur.</translation>
    </message>
    <message>
        <source>The group that gets a ticket when this group escalates it.</source>
        <translation>Le groupe qui reçoit un ticket quand ce groupe l&apos;escalade.</translation>
    </message>
    <message>
        <source>How new tickets are assigned in this group: by hand, round robin, or to the least loaded agent.</source>
        <translation>Comment les nouveaux tickets sont attribués dans ce groupe : à la main, à tour de rôle ou à l&apos;agent le moins chargé.</translation>
    </message>
    <message>
        <source>The manager told of hierarchical escalations in this group.</source>
        <translation>Le responsable prévenu des escalades hiérarchiques dans ce groupe.</translation>
    </message>
    <message>
        <source>What the group does; shown to agents choosing a group.</source>
        <translation>Le rôle du groupe ; affiché aux agents qui choisissent un groupe.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>Columns: username (required), display_name, email, role, org, vip, org_viewer. Empty cells leave a value as it is; new users get no password.</source>
        <translation>Colonnes : username (obligatoire), display_name, email, role, org, vip, org_viewer. Une cellule vide laisse la valeur inchangée ; les nouveaux utilisateurs n&apos;ont pas de mot de passe.</translation>
    </message>
    <message>
        <source>Columns: name (required), domains, notes.</source>
        <translation>Colonnes : name (obligatoire), domains, notes.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Preview: %1.</source>
        <translation>Aperçu : %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::KnowledgeBaseWindow</name>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Knowledge base — Frontline</source>
        <translation>Base de connaissances — Frontline</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Find articles by words…</source>
        <translation>Chercher des articles par mots…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>Choose an article, or write a new one.</source>
        <translation>Choisissez un article ou rédigez-en un nouveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;KB-%1&lt;/b&gt; · %2 · %3 · version %4 by %5</source>
        <translation>&lt;b&gt;KB-%1&lt;/b&gt; · %2 · %3 · version %4 par %5</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>helpful %1, not helpful %2</source>
        <translation>utile %1, pas utile %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) deflected</source>
        <translation>
            <numerusform>%n ticket évité</numerusform>
            <numerusform>%n tickets évités</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers tickets %1</source>
        <translation>Répond aux tickets %1</translation>
    </message>
    <message>
        <source>Find articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Words from the title or text of the articles to find</source>
        <translation>Mots du titre ou du texte des articles à rechercher</translation>
    </message>
    <message>
        <source>Which articles the list shows, by their state</source>
        <translation>Les articles affichés par la liste, selon leur état</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::KnownErrorBanner</name>
    <message>
        <source>&amp;Insert workaround</source>
        <translation>&amp;Insérer la solution de contournement</translation>
    </message>
    <message>
        <source>Link to &amp;problem</source>
        <translation>Lier au &amp;problème</translation>
    </message>
    <message>
        <source>Known error</source>
        <translation>Erreur connue</translation>
    </message>
    <message>
        <source>Puts the workaround into the reply</source>
        <translation>Place la solution de contournement dans la réponse</translation>
    </message>
    <message>
        <source>Links this incident to the known error&apos;s problem</source>
        <translation>Lie cet incident au problème de l&apos;erreur connue</translation>
    </message>
    <message>
        <source>Known error: %1 (problem #%2)
Workaround: %3</source>
        <translation>Erreur connue : %1 (problème #%2)
Solution de contournement : %3</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::LifecyclesPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Pauses SLA</source>
        <translation>Suspend le SLA</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Exige</translation>
    </message>
    <message>
        <source>Automatic on</source>
        <translation>Automatique sur</translation>
    </message>
    <message>
        <source>&amp;Initial state</source>
        <translation>État &amp;initial</translation>
    </message>
    <message>
        <source>Add state</source>
        <translation>Ajouter un état</translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation>Supprimer l’état</translation>
    </message>
    <message>
        <source>Add transition</source>
        <translation>Ajouter une transition</translation>
    </message>
    <message>
        <source>Remove transition</source>
        <translation>Supprimer la transition</translation>
    </message>
    <message>
        <source>States (names: a-z, 0-9 and _)</source>
        <translation>États (noms : a-z, 0-9 et _)</translation>
    </message>
    <message>
        <source>Transitions (from: states separated by commas; roles: requester, agent, manager, admin; requires: note, assignee)</source>
        <translation>Transitions (de : états séparés par des virgules ; rôles : requester, agent, manager, admin ; exige : note, assignee)</translation>
    </message>
    <message>
        <source>Saved. New tickets and transitions follow this lifecycle now.</source>
        <translation>Enregistré. Les nouveaux tickets et les transitions suivent désormais ce cycle de vie.</translation>
    </message>
    <message>
        <source>(a user takes it)</source>
        <translation>(un utilisateur la déclenche)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
    <message>
        <source>The state a new ticket of this type starts in: one of the state ids in the table below.</source>
        <translation>L&apos;état de départ d&apos;un nouveau ticket de ce type : l&apos;un des identifiants d&apos;état du tableau ci-dessous.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::LiveAnnouncements</name>
    <message>
        <source>The connection to the server is lost. Trying again; your changes are kept.</source>
        <translation>La connexion au serveur est perdue. Nouvelle tentative en cours ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The connection to the server is back.</source>
        <translation>La connexion au serveur est rétablie.</translation>
    </message>
    <message>
        <source>New internal note from %1 on ticket #%2.</source>
        <translation>Nouvelle note interne de %1 sur le ticket #%2.</translation>
    </message>
    <message>
        <source>New reply from %1 on ticket #%2.</source>
        <translation>Nouvelle réponse de %1 sur le ticket #%2.</translation>
    </message>
    <message>
        <source>Ticket #%1 breached its SLA.</source>
        <translation>Le ticket #%1 a dépassé son SLA.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::LoginDialog</name>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Chiffré (TLS)</translation>
    </message>
    <message>
        <source>Stay logged in on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log in to Frontline</source>
        <translation>Connexion à Frontline</translation>
    </message>
    <message>
        <source>No keychain was found on this desktop, so you log in at every start.</source>
        <translation>Aucun trousseau n&apos;a été trouvé sur ce bureau : vous vous connectez donc à chaque démarrage.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Frontline help desk</source>
        <translation>Centre d&apos;assistance Frontline</translation>
    </message>
    <message>
        <source>The server does not answer (%1). Trying again…</source>
        <translation>Le serveur ne répond pas (%1). Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Server: enter the server&apos;s host name or address.</source>
        <translation>Serveur : saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>User name: enter your user name.</source>
        <translation>Nom d&apos;utilisateur : saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Mot de passe : saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Utiliser un code de récupération</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Mot de passe &amp;oublié ?</translation>
    </message>
    <message>
        <source>xxxxx-xxxxx</source>
        <translation>xxxxx-xxxxx</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <source>One of the recovery codes you kept when you set up two-factor sign-in. Each works once.</source>
        <translation>L&apos;un des codes de récupération conservés lors de la configuration de la connexion à deux facteurs. Chacun ne fonctionne qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The code your authenticator app shows for Frontline.</source>
        <translation>Le code que votre application d&apos;authentification affiche pour Frontline.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>The code is not correct or was already used. Wait for the next code, or use a recovery code.</source>
        <translation>Le code est incorrect ou a déjà été utilisé. Attendez le code suivant, ou utilisez un code de récupération.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Code: enter the code from your authenticator app, or a recovery code.</source>
        <translation>Code : saisissez le code de votre application d&apos;authentification, ou un code de récupération.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Your password is changed: log in with the new one.</source>
        <translation>Votre mot de passe a été modifié : connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The help desk server&apos;s host name or IP address, as your IT department gave it.</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse IP du serveur du centre d&apos;assistance, tel que fourni par votre service informatique.</translation>
    </message>
    <message>
        <source>The server&apos;s port, a number from 1 to 65535 (7415 unless told otherwise).</source>
        <translation>Le port du serveur, un nombre de 1 à 65535 (7415 sauf indication contraire).</translation>
    </message>
    <message>
        <source>Checked: the connection is encrypted; needed for any server that is not on this computer.</source>
        <translation>Coché : la connexion est chiffrée ; nécessaire pour tout serveur qui n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Checked: the login is kept in the system&apos;s keychain and you are not asked again.</source>
        <translation>Coché : la connexion est gardée dans le trousseau du système et ne vous est plus demandée.</translation>
    </message>
    <message>
        <source>Your help desk user name; with a directory account, your network login.</source>
        <translation>Votre nom d&apos;utilisateur du centre d&apos;assistance ; avec un compte d&apos;annuaire, votre identifiant réseau.</translation>
    </message>
    <message>
        <source>Your help desk password; with a directory account, your network password.</source>
        <translation>Votre mot de passe du centre d&apos;assistance ; avec un compte d&apos;annuaire, votre mot de passe réseau.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailOutboxPage</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>All mails</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>The mail to %1 is sent again now.</source>
        <translation>L&apos;e-mail à %1 est renvoyé maintenant.</translation>
    </message>
    <message>
        <source>%1 queued, %2 being sent, %3 sent, %4 failed</source>
        <translation>%1 en file d&apos;attente, %2 en cours d&apos;envoi, %3 envoyé(s), %4 en échec</translation>
    </message>
    <message>
        <source>Outgoing mails</source>
        <translation>E-mails sortants</translation>
    </message>
    <message>
        <source>Which mails the list shows: all, waiting, sent or failed.</source>
        <translation>Les e-mails affichés dans la liste : tous, en attente, envoyés ou en échec.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailPreferencesBox</name>
    <message>
        <source>E-mail notifications</source>
        <translation>Notifications par e-mail</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Mails in</source>
        <translation>E-mails en</translation>
    </message>
    <message>
        <source>Send me a mail when:</source>
        <translation>M&apos;envoyer un e-mail quand :</translation>
    </message>
    <message>
        <source>The language of the notification e-mails the help desk sends you.</source>
        <translation>La langue des e-mails de notification que le centre d&apos;assistance vous envoie.</translation>
    </message>
    <message>
        <source>Checked: the help desk sends you an e-mail when this happens.</source>
        <translation>Coché : le centre d&apos;assistance vous envoie un e-mail quand cela se produit.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailTemplatesPage</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>&amp;Placeholder</source>
        <translation>&amp;Variable</translation>
    </message>
    <message>
        <source>Preview (a sample ticket, as the recipient reads it):</source>
        <translation>Aperçu (un ticket d&apos;exemple, tel que le destinataire le lit) :</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <source>The default text is used again.</source>
        <translation>Le texte par défaut est de nouveau utilisé.</translation>
    </message>
    <message>
        <source>Ticket received</source>
        <translation>Ticket reçu</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>Waiting for the requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>Resolved (with the survey)</source>
        <translation>Résolu (avec l&apos;enquête de satisfaction)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Vous est attribué</translation>
    </message>
    <message>
        <source>New in your group</source>
        <translation>Nouveau dans votre groupe</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA menacé</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Choisissez un modèle à gauche.</translation>
    </message>
    <message>
        <source> (default text)</source>
        <translation> (texte par défaut)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <source>The mail&apos;s subject line; placeholders like {{ticket.id}} are filled in when it is sent.</source>
        <translation>L&apos;objet de l&apos;e-mail ; les variables comme {{ticket.id}} sont remplies à l&apos;envoi.</translation>
    </message>
    <message>
        <source>The mail&apos;s text; placeholders like {{ticket.title}} are filled in when it is sent.</source>
        <translation>Le texte de l&apos;e-mail ; les variables comme {{ticket.title}} sont remplies à l&apos;envoi.</translation>
    </message>
    <message>
        <source>A value the desk fills in; Insert puts it at the cursor in the subject or the text.</source>
        <translation>Une valeur remplie par le centre d&apos;assistance ; Insérer la place au curseur dans l&apos;objet ou le texte.</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Approbation demandée</translation>
    </message>
    <message>
        <source>Approval reminder</source>
        <translation>Rappel d&apos;approbation</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MailboxesPage</name>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Aucune (uniquement vers cet ordinateur)</translation>
    </message>
    <message>
        <source>Read this mailbox</source>
        <translation>Lire cette boîte</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>become requesters (a ticket is created)</source>
        <translation>deviennent demandeurs (un ticket est créé)</translation>
    </message>
    <message>
        <source>are refused (the mail is quarantined)</source>
        <translation>sont refusés (le message est mis en quarantaine)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Desk &amp;address</source>
        <translation>&amp;Adresse du service</translation>
    </message>
    <message>
        <source>IMAP &amp;host</source>
        <translation>&amp;Hôte IMAP</translation>
    </message>
    <message>
        <source>IMAP &amp;port</source>
        <translation>&amp;Port IMAP</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Trusted c&amp;ertificate</source>
        <translation>C&amp;ertificat de confiance</translation>
    </message>
    <message>
        <source>New tickets&apos; &amp;group</source>
        <translation>&amp;Groupe des nouveaux tickets</translation>
    </message>
    <message>
        <source>New tickets&apos; ca&amp;tegory</source>
        <translation>Ca&amp;tégorie des nouveaux tickets</translation>
    </message>
    <message>
        <source>Unknown &amp;senders</source>
        <translation>&amp;Expéditeurs inconnus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Quarantine: mail that could not be filed</source>
        <translation>Quarantaine : messages qui n&apos;ont pas pu être classés</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Mailbox created.</source>
        <translation>Boîte créée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Deleted. What the mailbox filed stays.</source>
        <translation>Supprimée. Ce que la boîte a classé reste.</translation>
    </message>
    <message>
        <source>%1 — %2 (off)</source>
        <translation>%1 — %2 (désactivée)</translation>
    </message>
    <message>
        <source>%1 — set the password again</source>
        <translation>%1 — saisir à nouveau le mot de passe</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>No group (triage by hand)</source>
        <translation>Aucun groupe (tri manuel)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (N%2)</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message>
        <source>unchanged (a password is stored)</source>
        <translation>inchangé (un mot de passe est enregistré)</translation>
    </message>
    <message>
        <source>A certificate is trusted; paste another one to replace it.</source>
        <translation>Un certificat est approuvé ; collez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>PEM of the server&apos;s certificate, when no public authority signed it</source>
        <translation>PEM du certificat du serveur, s&apos;il n&apos;est signé par aucune autorité publique</translation>
    </message>
    <message>
        <source>Desk address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation>Hôte IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation>Expéditeurs inconnus</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Quarantined mails</source>
        <translation>E-mails en quarantaine</translation>
    </message>
    <message>
        <source>the desk address</source>
        <translation>l&apos;adresse du service</translation>
    </message>
    <message>
        <source>the outgoing mail&apos;s sender name</source>
        <translation>le nom d&apos;expéditeur des e-mails sortants</translation>
    </message>
    <message>
        <source>the outgoing mail&apos;s relay</source>
        <translation>le relais des e-mails sortants</translation>
    </message>
    <message>
        <source>The mailbox&apos;s name in this list and in the tickets it makes.</source>
        <translation>Le nom de la boîte dans cette liste et dans les tickets qu&apos;elle crée.</translation>
    </message>
    <message>
        <source>The IMAP password; it is stored encrypted on the server and never shown again.</source>
        <translation>Le mot de passe IMAP ; il est enregistré chiffré sur le serveur et n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>The IMAP login of this mailbox.</source>
        <translation>L&apos;identifiant IMAP de cette boîte.</translation>
    </message>
    <message>
        <source>The mail server to read from over IMAP, e.g. imap.example.com.</source>
        <translation>Le serveur de messagerie à lire via IMAP, par ex. imap.example.com.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: TLS from the start, STARTTLS, or none (only on a trusted network).</source>
        <translation>Le chiffrement de la connexion : TLS dès le départ, STARTTLS ou aucun (uniquement sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>The IMAP port, 1 to 65535: usually 993 with TLS from the start, 143 with STARTTLS.</source>
        <translation>Le port IMAP, de 1 à 65535 : généralement 993 avec TLS dès le départ, 143 avec STARTTLS.</translation>
    </message>
    <message>
        <source>A PEM certificate to trust for this server when it is not signed by a known authority; empty: the system&apos;s authorities.</source>
        <translation>Un certificat PEM auquel faire confiance pour ce serveur quand il n&apos;est pas signé par une autorité connue ; vide : les autorités du système.</translation>
    </message>
    <message>
        <source>The group whose queue gets the tickets made from this mailbox.</source>
        <translation>Le groupe dont la file reçoit les tickets créés à partir de cette boîte.</translation>
    </message>
    <message>
        <source>The category the tickets made from this mailbox get.</source>
        <translation>La catégorie attribuée aux tickets créés à partir de cette boîte.</translation>
    </message>
    <message>
        <source>Checked: the server reads this mailbox and turns its mails into tickets and replies.</source>
        <translation>Coché : le serveur lit cette boîte et transforme ses e-mails en tickets et en réponses.</translation>
    </message>
    <message>
        <source>What happens to mail from addresses the desk does not know: a new requester and ticket, or the quarantine.</source>
        <translation>Ce que deviennent les e-mails d&apos;adresses inconnues du centre d&apos;assistance : un nouveau demandeur et un ticket, ou la quarantaine.</translation>
    </message>
    <message>
        <source>Replies to this mailbox&apos;s tickets</source>
        <translation>Réponses aux tickets de cette boîte</translation>
    </message>
    <message>
        <source>Reply &amp;from address</source>
        <translation>Adresse d&apos;e&amp;xpédition des réponses</translation>
    </message>
    <message>
        <source>Reply sender na&amp;me</source>
        <translation>No&amp;m d&apos;expéditeur des réponses</translation>
    </message>
    <message>
        <source>SMT&amp;P host</source>
        <translation>Hôte SMT&amp;P</translation>
    </message>
    <message>
        <source>SMTP p&amp;ort</source>
        <translation>P&amp;ort SMTP</translation>
    </message>
    <message>
        <source>SMTP securit&amp;y</source>
        <translation>Sécur&amp;ité SMTP</translation>
    </message>
    <message>
        <source>SMTP user na&amp;me</source>
        <translation>Nom d&apos;uti&amp;lisateur SMTP</translation>
    </message>
    <message>
        <source>SMTP pass&amp;word</source>
        <translation>Mot de &amp;passe SMTP</translation>
    </message>
    <message>
        <source>unchanged (left empty, the stored one stays)</source>
        <translation>inchangé (laissé vide, celui enregistré est conservé)</translation>
    </message>
    <message>
        <source>Reply from address</source>
        <translation>Adresse d&apos;expédition des réponses</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Hôte SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <source>The port of this mailbox&apos;s relay: usually 587 with STARTTLS, 465 with TLS.</source>
        <translation>Le port du relais de cette boîte : généralement 587 avec STARTTLS, 465 avec TLS.</translation>
    </message>
    <message>
        <source>How the connection to this mailbox&apos;s relay is encrypted.</source>
        <translation>Le chiffrement de la connexion au relais de cette boîte.</translation>
    </message>
    <message>
        <source>The relay&apos;s login; empty when it needs none.</source>
        <translation>L&apos;identifiant du relais ; vide s&apos;il n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>The relay&apos;s password; it is stored encrypted on the server and never shown again.</source>
        <translation>Le mot de passe du relais ; il est enregistré chiffré sur le serveur et n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>Delete the mailbox “%1”? Nothing more is fetched from it; the tickets and replies it filed stay.</source>
        <translation>Supprimer la boîte aux lettres « %1 » ? Plus rien n&apos;y est relevé ; les tickets et réponses qu&apos;elle a classés restent.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::MainWindow</name>
    <message>
        <source>S&amp;election</source>
        <translation>Sé&amp;lection</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>La file n&apos;a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket #%1 créé.</translation>
    </message>
    <message>
        <source>Not done: %1 — %2</source>
        <translation>Non effectué : %1 — %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n ticket(s) to you.</source>
        <translation>
            <numerusform>%n ticket vous est attribué.</numerusform>
            <numerusform>%n tickets vous sont attribués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select tickets in the queue first (Shift or Ctrl + click)</source>
        <translation>Sélectionnez d&apos;abord des tickets dans la file (Maj ou Ctrl + clic)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n ticket sélectionné</numerusform>
            <numerusform>%n tickets sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s).</source>
        <translation>
            <numerusform>Envoi de %n modification.</numerusform>
            <numerusform>Envoi de %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Personne (désattribuer)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>No status change suits all of them</source>
        <translation>Aucun changement de statut ne convient à tous</translation>
    </message>
    <message numerus="yes">
        <source>A note for all %n ticket(s):</source>
        <translation>
            <numerusform>Une note pour %n ticket :</numerusform>
            <numerusform>Une note pour les %n tickets :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded ticket(s) match “%1”.</source>
        <translation>
            <numerusform>%n ticket chargé correspond à « %1 ».</numerusform>
            <numerusform>%n tickets chargés correspondent à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Enregistrer cette vue</translation>
    </message>
    <message>
        <source>A name for the view of “%1”:</source>
        <translation>Un nom pour la vue de « %1 » :</translation>
    </message>
    <message>
        <source>View saved.</source>
        <translation>Vue enregistrée.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Supprimer la vue « %1 » ?</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>offline, reconnecting to %1</source>
        <translation>hors ligne, reconnexion à %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded, more below</source>
        <translation>
            <numerusform>%n ticket chargé, d&apos;autres suivent</numerusform>
            <numerusform>%n tickets chargés, d&apos;autres suivent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
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
        <translation>Vous êtes absent : aucun nouveau ticket ne vous est attribué automatiquement.</translation>
    </message>
    <message>
        <source>You are available again.</source>
        <translation>Vous êtes de nouveau disponible.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notifications (%n unread)…</source>
        <translation>
            <numerusform>&amp;Notifications (%n non lue)…</numerusform>
            <numerusform>&amp;Notifications (%n non lues)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <source>Ticket number, or words to find tickets and articles  (/)</source>
        <translation>Numéro de ticket, ou mots pour trouver tickets et articles  (/)</translation>
    </message>
    <message>
        <source>Open the ticket the article should come from.</source>
        <translation>Ouvrez le ticket dont l&apos;article doit être tiré.</translation>
    </message>
    <message>
        <source>Show only the tickets of one organisation</source>
        <translation>Afficher uniquement les tickets d&apos;une organisation</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Search tickets and articles</source>
        <translation>Rechercher des tickets et des articles</translation>
    </message>
    <message>
        <source>Tickets in the queue</source>
        <translation>Tickets de la file d&apos;attente</translation>
    </message>
    <message>
        <source>J and K move, Enter opens; the chosen ticket shows in the pane beside</source>
        <translation>J et K pour se déplacer, Entrée pour ouvrir ; le ticket choisi s&apos;affiche dans le volet à côté</translation>
    </message>
    <message>
        <source>Queues and saved views</source>
        <translation>Files d&apos;attente et vues enregistrées</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Create &amp;problem from selection…</source>
        <translation>Créer un p&amp;roblème à partir de la sélection…</translation>
    </message>
    <message>
        <source>Raise a c&amp;hange for the selection…</source>
        <translation>Créer un c&amp;hangement pour la sélection…</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::NavigationPane</name>
    <message>
        <source>Delete this view</source>
        <translation>Supprimer cette vue</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <source>Unassigned in my groups</source>
        <translation>Non attribués dans mes groupes</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA menacé</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous les ouverts</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mis à jour récemment</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Problèmes ouverts</translation>
    </message>
    <message>
        <source>Open changes</source>
        <translation>Changements ouverts</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message numerus="yes">
        <source>Approvals, %n waiting on me</source>
        <translation>
            <numerusform>Approbations, %n m&apos;attend</numerusform>
            <numerusform>Approbations, %n m&apos;attendent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::NewTicketDialog</name>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>One line: what is wrong or wanted</source>
        <translation>Une ligne : ce qui ne va pas ou ce qui est souhaité</translation>
    </message>
    <message>
        <source>What the caller said: symptoms, since when, what they tried</source>
        <translation>Ce que l&apos;appelant a dit : symptômes, depuis quand, ce qu&apos;il a essayé</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name (empty: yourself)</source>
        <translation>Tapez le nom de l&apos;appelant (vide : vous-même)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>By category (automatic)</source>
        <translation>Selon la catégorie (automatique)</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (N%2)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>&amp;Appelant</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>I&amp;mpact</source>
        <translation>I&amp;mpact</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Créer le ticket</translation>
    </message>
    <message>
        <source>P%1 (from impact and urgency)</source>
        <translation>P%1 (d&apos;après l&apos;impact et l&apos;urgence)</translation>
    </message>
    <message>
        <source>Set by the server</source>
        <translation>Fixée par le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) may answer this — double-click to read</source>
        <translation>
            <numerusform>%n article pourrait y répondre — double-cliquez pour le lire</numerusform>
            <numerusform>%n articles pourraient y répondre — double-cliquez pour les lire</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>New %1 from #%2</source>
        <translation>Nouveau : %1 à partir de #%2</translation>
    </message>
    <message>
        <source>Linked with #%1 once it is created.</source>
        <translation>Sera lié à #%1 une fois créé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incident: something is broken. Service request: something is wanted. Problem: the cause of incidents. Change: a planned change.</source>
        <translation>Incident : quelque chose est en panne. Demande de service : quelque chose est souhaité. Problème : la cause d&apos;incidents. Changement : une modification planifiée.</translation>
    </message>
    <message>
        <source>What happened, what was expected, and what was tried; the requester sees it.</source>
        <translation>Ce qui s&apos;est passé, ce qui était attendu et ce qui a été essayé ; le demandeur le voit.</translation>
    </message>
    <message>
        <source>What the ticket is about; it decides the group the ticket goes to.</source>
        <translation>Le sujet du ticket ; il détermine le groupe auquel le ticket est envoyé.</translation>
    </message>
    <message>
        <source>How many people or how much of the business it affects; with urgency it sets the priority.</source>
        <translation>Combien de personnes ou quelle part de l&apos;activité sont touchées ; avec l&apos;urgence, il fixe la priorité.</translation>
    </message>
    <message>
        <source>How soon it must be solved; with impact it sets the priority.</source>
        <translation>Dans quel délai le problème doit être résolu ; avec l&apos;impact, elle fixe la priorité.</translation>
    </message>
    <message>
        <source>The group whose queue gets the ticket; automatic: by its category.</source>
        <translation>Le groupe dont la file reçoit le ticket ; automatique : selon sa catégorie.</translation>
    </message>
    <message>
        <source>The new ticket is assigned to you instead of waiting in the group&apos;s queue.</source>
        <translation>Le nouveau ticket vous est attribué au lieu d&apos;attendre dans la file du groupe.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>%1 — %2 ago</source>
        <translation>%1 — il y a %2</translation>
    </message>
    <message>
        <source>Nothing to tell you yet.</source>
        <translation>Rien à vous signaler pour le moment.</translation>
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
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Mail &amp;domains</source>
        <translation>&amp;Domaines de messagerie</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>New requesters whose address ends in one of the domains join the organisation. A domain belongs to one organisation.</source>
        <translation>Les nouveaux demandeurs dont l&apos;adresse se termine par l&apos;un de ces domaines rejoignent l&apos;organisation. Un domaine appartient à une seule organisation.</translation>
    </message>
    <message>
        <source>Import &amp;organisations…</source>
        <translation>Importer des or&amp;ganisations…</translation>
    </message>
    <message>
        <source>Import &amp;users…</source>
        <translation>Importer des &amp;utilisateurs…</translation>
    </message>
    <message>
        <source>Organisation created.</source>
        <translation>Organisation créée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1 (1 member)</source>
        <translation>%1 (1 membre)</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 membres)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, shown on its people&apos;s tickets.</source>
        <translation>Le nom de l&apos;organisation, affiché sur les tickets de ses membres.</translation>
    </message>
    <message>
        <source>Notes for the desk&apos;s staff about this organisation; requesters do not see them.</source>
        <translation>Notes pour le personnel du centre d&apos;assistance sur cette organisation ; les demandeurs ne les voient pas.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::OutboxDialog</name>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Apply anyway</source>
        <translation>&amp;Appliquer quand même</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Someone changed the ticket meanwhile: send your change over theirs.</source>
        <translation>Quelqu&apos;un a modifié le ticket entre-temps : envoyer votre modification par-dessus la sienne.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Discard “%1”? It will not be sent.</source>
        <translation>Abandonner « %1 » ? Elle ne sera pas envoyée.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::OutgoingMailPage</name>
    <message>
        <source>Send notification mails</source>
        <translation>Envoyer les messages de notification</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Supprimer le mot de passe enregistré</translation>
    </message>
    <message>
        <source>SMTP &amp;host</source>
        <translation>&amp;Hôte SMTP</translation>
    </message>
    <message>
        <source>SMTP &amp;port</source>
        <translation>&amp;Port SMTP</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;From address</source>
        <translation>Adresse d&apos;&amp;expédition</translation>
    </message>
    <message>
        <source>From &amp;name</source>
        <translation>&amp;Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>A password is stored.</source>
        <translation>Un mot de passe est enregistré.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Aucun mot de passe n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Hôte SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>The SMTP password; it is stored encrypted on the server and never shown again.</source>
        <translation>Le mot de passe SMTP ; il est enregistré chiffré sur le serveur et n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>The SMTP login; empty when the server needs none.</source>
        <translation>L&apos;identifiant SMTP ; vide si le serveur n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>Checked: the desk sends notification mails; unchecked: none are sent.</source>
        <translation>Coché : le centre d&apos;assistance envoie les e-mails de notification ; décoché : aucun n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>The mail server notification mails are sent through, e.g. smtp.example.com.</source>
        <translation>Le serveur de messagerie par lequel partent les e-mails de notification, par ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: TLS from the start, STARTTLS, or none (only on a trusted network).</source>
        <translation>Le chiffrement de la connexion : TLS dès le départ, STARTTLS ou aucun (uniquement sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>The SMTP port, 1 to 65535: usually 587 with STARTTLS, 465 with TLS from the start.</source>
        <translation>Le port SMTP, de 1 à 65535 : généralement 587 avec STARTTLS, 465 avec TLS dès le départ.</translation>
    </message>
    <message>
        <source>The sender address of notification mails, e.g. helpdesk@example.com.</source>
        <translation>L&apos;adresse d&apos;expédition des e-mails de notification, par ex. helpdesk@example.com.</translation>
    </message>
    <message>
        <source>The sender name people see on notification mails.</source>
        <translation>Le nom d&apos;expéditeur affiché sur les e-mails de notification.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ProblemSection</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Known error (offer the workaround on matching incidents)</source>
        <translation>&amp;Erreur connue (proposer la solution de contournement sur les incidents correspondants)</translation>
    </message>
    <message>
        <source>Save &amp;record</source>
        <translation>Enregist&amp;rer la fiche</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>&amp;Lier un incident</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>&amp;Délier la sélection</translation>
    </message>
    <message>
        <source>Resolve problem and its &amp;incidents…</source>
        <translation>Résoudre le problème et ses &amp;incidents…</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>What causes the incidents, once found</source>
        <translation>Ce qui cause les incidents, une fois trouvé</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Solution de contournement</translation>
    </message>
    <message>
        <source>What agents can tell requesters until the problem is fixed</source>
        <translation>Ce que les agents peuvent dire aux demandeurs jusqu&apos;à ce que le problème soit corrigé</translation>
    </message>
    <message>
        <source>A known error needs a workaround; agents are offered it on matching incidents</source>
        <translation>Une erreur connue nécessite une solution de contournement ; elle est proposée aux agents sur les incidents correspondants</translation>
    </message>
    <message>
        <source>Linked incidents</source>
        <translation>Incidents liés</translation>
    </message>
    <message>
        <source>Activate one to open it</source>
        <translation>Activez-en un pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Incident number to link</source>
        <translation>Numéro de l&apos;incident à lier</translation>
    </message>
    <message>
        <source>Incident #</source>
        <translation>Incident n°</translation>
    </message>
    <message>
        <source>Problem status</source>
        <translation>Statut du problème</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Cause première :</translation>
    </message>
    <message>
        <source>&amp;Workaround:</source>
        <translation>&amp;Solution de contournement :</translation>
    </message>
    <message>
        <source>Incidents caused by this problem:</source>
        <translation>Incidents causés par ce problème :</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Problem resolved with %n incident(s); </source>
        <translation>
            <numerusform>Problème résolu avec %n incident ; </numerusform>
            <numerusform>Problème résolu avec %n incidents ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they were.</source>
        <translation>
            <numerusform>%n laissé tel quel.</numerusform>
            <numerusform>%n laissés tels quels.</numerusform>
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
        <translation>Le responsable hiérarchique du demandeur</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <source>A named approver</source>
        <translation>Un approbateur désigné</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>en attente d&apos;une décision</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <source>not yet started</source>
        <translation>pas encore commencé</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Tâches de traitement</translation>
    </message>
    <message>
        <source>The request&apos;s tasks with their group, status and stage; Enter or a double-click opens one</source>
        <translation>Les tâches de la demande avec leur groupe, leur statut et leur phase ; Entrée ou un double-clic en ouvre une</translation>
    </message>
    <message>
        <source>Opens the service request this task fulfils</source>
        <translation>Ouvre la demande de service que cette tâche traite</translation>
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
        <translation>Approbation %1 : %2, %3</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>Requested from the catalog: %1</source>
        <translation>Demandé depuis le catalogue : %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No fulfilment task yet: they start once the request is approved.</source>
        <translation>Aucune tâche de traitement pour l&apos;instant : elles commencent une fois la demande approuvée.</translation>
    </message>
    <message>
        <source>Fulfilment: %1 of %2 tasks done.</source>
        <translation>Traitement : %1 tâche(s) sur %2 terminée(s).</translation>
    </message>
    <message>
        <source>Part of service request #%1</source>
        <translation>Fait partie de la demande de service #%1</translation>
    </message>
    <message>
        <source>Part of service request #%1: %2</source>
        <translation>Fait partie de la demande de service #%1 : %2</translation>
    </message>
    <message>
        <source>Change advisory board</source>
        <translation>Comité consultatif des changements</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ResolveProblemDialog</name>
    <message>
        <source>Resolve problem #%1</source>
        <translation>Résoudre le problème #%1</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>How the problem was fixed</source>
        <translation>Comment le problème a été corrigé</translation>
    </message>
    <message numerus="yes">
        <source>Also resolve its %n open incident(s) and tell their requesters</source>
        <translation>
            <numerusform>Résoudre aussi %n incident ouvert et prévenir son demandeur</numerusform>
            <numerusform>Résoudre aussi ses %n incidents ouverts et prévenir leurs demandeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to the incidents</source>
        <translation>Réponse aux incidents</translation>
    </message>
    <message>
        <source>The public reply each incident&apos;s requester receives</source>
        <translation>La réponse publique que reçoit le demandeur de chaque incident</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Ré&amp;solution :</translation>
    </message>
    <message>
        <source>Reply to &amp;incidents:</source>
        <translation>Réponse aux &amp;incidents :</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ReviewDialog</name>
    <message>
        <source>successful</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>successful with issues</source>
        <translation>réussi avec des problèmes</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>backed out</source>
        <translation>annulé par retour arrière</translation>
    </message>
    <message>
        <source>Post-implementation review</source>
        <translation>Revue post-implémentation</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>What happened, what was learned, what to do next time</source>
        <translation>Ce qui s&apos;est passé, ce qui a été appris, ce qu&apos;il faudra faire la prochaine fois</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::RiskForm</name>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::RulesPage</name>
    <message>
        <source>A ticket is created</source>
        <translation>Un ticket est créé</translation>
    </message>
    <message>
        <source>A ticket is changed</source>
        <translation>Un ticket est modifié</translation>
    </message>
    <message>
        <source>Someone replies or adds a note</source>
        <translation>Quelqu&apos;un répond ou ajoute une note</translation>
    </message>
    <message>
        <source>The status changes</source>
        <translation>Le statut change</translation>
    </message>
    <message>
        <source>An SLA target is at risk</source>
        <translation>Un objectif SLA est menacé</translation>
    </message>
    <message>
        <source>An SLA target is breached</source>
        <translation>Un objectif SLA est dépassé</translation>
    </message>
    <message>
        <source>Some time after an event</source>
        <translation>Un certain temps après un événement</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>in business hours</source>
        <translation>en heures ouvrées</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>all conditions hold</source>
        <translation>toutes les conditions sont remplies</translation>
    </message>
    <message>
        <source>any condition holds</source>
        <translation>l&apos;une des conditions est remplie</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>&amp;If</source>
        <translation>&amp;Si</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Retirer la condition</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>De&amp;lete rule</source>
        <translation>Supprimer la &amp;règle</translation>
    </message>
    <message>
        <source>List the open tickets this rule would match now, without changing any</source>
        <translation>Lister les tickets ouverts que cette règle concernerait maintenant, sans rien modifier</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Actions (reply, note and notify texts may use {{ticket.id}}, {{ticket.title}}, {{requester.name}}; notify targets: assignee, group, group_manager, requester, user:ID, group:ID)</source>
        <translation>Actions (les textes de réponse, de note et de notification peuvent utiliser {{ticket.id}}, {{ticket.title}}, {{requester.name}} ; cibles de notification : assignee, group, group_manager, requester, user:ID, group:ID)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>Rule created.</source>
        <translation>Règle créée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>Règle supprimée.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n open ticket(s) match now.</source>
        <translation>
            <numerusform>Essai à blanc : %n ticket ouvert correspond maintenant.</numerusform>
            <numerusform>Essai à blanc : %n tickets ouverts correspondent maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the first %n matches among %1 open tickets looked at.</source>
        <translation>
            <numerusform>Essai à blanc : %n correspondance parmi %1 tickets ouverts examinés (il y en a d’autres).</numerusform>
            <numerusform>Essai à blanc : les %n premières correspondances parmi %1 tickets ouverts examinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n&apos;est aucun de</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>was changed</source>
        <translation>a été modifié</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Group (id)</source>
        <translation>Groupe (id)</translation>
    </message>
    <message>
        <source>Assignee (id)</source>
        <translation>Responsable (id)</translation>
    </message>
    <message>
        <source>Requester (id)</source>
        <translation>Demandeur (id)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>État SLA</translation>
    </message>
    <message>
        <source>Role of who made the change</source>
        <translation>Rôle de l&apos;auteur du changement</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Définir un champ</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open tickets the dry run matches</source>
        <translation>Tickets ouverts correspondant à la simulation</translation>
    </message>
    <message>
        <source>Wait, minutes</source>
        <translation>Attente, minutes</translation>
    </message>
    <message>
        <source>Checked: the waiting time counts only business hours.</source>
        <translation>Coché : le délai d&apos;attente ne compte que les heures ouvrées.</translation>
    </message>
    <message>
        <source>The event the waiting time counts from.</source>
        <translation>L&apos;événement à partir duquel le délai d&apos;attente est compté.</translation>
    </message>
    <message>
        <source>How many minutes after the event the time rule runs, from 1 to 527040 (a year).</source>
        <translation>Combien de minutes après l&apos;événement la règle temporelle s&apos;exécute, de 1 à 527040 (un an).</translation>
    </message>
    <message>
        <source>The event that makes the rule run; a time rule runs a while after the event chosen below.</source>
        <translation>L&apos;événement qui déclenche la règle ; une règle temporelle s&apos;exécute un certain temps après l&apos;événement choisi ci-dessous.</translation>
    </message>
    <message>
        <source>Checked: the rule runs; unchecked keeps it without effect.</source>
        <translation>Coché : la règle s&apos;exécute ; décoché : elle est conservée sans effet.</translation>
    </message>
    <message>
        <source>The rule&apos;s name, shown in the ticket history when it acts.</source>
        <translation>Le nom de la règle, affiché dans l&apos;historique du ticket quand elle agit.</translation>
    </message>
    <message>
        <source>Whether every condition below must hold, or any one of them.</source>
        <translation>Si toutes les conditions ci-dessous doivent être remplies, ou une seule d&apos;entre elles.</translation>
    </message>
    <message>
        <source>Another manager changed this rule while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Un autre responsable a modifié cette règle pendant que vous la modifiiez. L&apos;enregistrement remplace ses modifications par les vôtres.</translation>
    </message>
    <message>
        <source>Another manager deleted this rule. Saving creates it again.</source>
        <translation>Un autre responsable a supprimé cette règle. L&apos;enregistrement la crée à nouveau.</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Its waiting timers are dropped; what it already did to tickets stays.</source>
        <translation>Supprimer la règle « %1 » ? Ses minuteries en attente sont abandonnées ; ce qu&apos;elle a déjà fait aux tickets reste.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SearchPopup</name>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) — ↓ to choose, Enter to open, Enter in the box to filter the queue</source>
        <translation>
            <numerusform>%n résultat — ↓ pour choisir, Entrée pour ouvrir, Entrée dans le champ pour filtrer la file</numerusform>
            <numerusform>%n résultats — ↓ pour choisir, Entrée pour ouvrir, Entrée dans le champ pour filtrer la file</numerusform>
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
        <translation>Article KB-%1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SecurityPage</name>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Requesters (end users)</source>
        <translation>Demandeurs (utilisateurs finaux)</translation>
    </message>
    <message>
        <source>Must use two-factor sign-in</source>
        <translation>Connexion à deux facteurs obligatoire</translation>
    </message>
    <message>
        <source>People in these roles who have not set up two-factor sign-in are asked to at their next login, and can do nothing else until they have.</source>
        <translation>Les personnes ayant ces rôles qui n&apos;ont pas configuré la connexion à deux facteurs doivent le faire à leur prochaine connexion, et ne peuvent rien faire d&apos;autre avant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Checked: everyone in this role must sign in with a second factor (an authenticator app&apos;s code).</source>
        <translation>Coché : toute personne de ce rôle doit se connecter avec un second facteur (le code d&apos;une application d&apos;authentification).</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>The language changes at once for new windows; restart Frontline to change it everywhere.</source>
        <translation>La langue change aussitôt pour les nouvelles fenêtres ; redémarrez Frontline pour la changer partout.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Two-factor sign-in…</source>
        <translation>Connexion à deux facteurs…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Hand over my approvals…</source>
        <translation>Transmettre mes approbations…</translation>
    </message>
    <message>
        <source>The language of this program&apos;s windows; applies after a restart.</source>
        <translation>La langue des fenêtres de ce programme ; appliquée après un redémarrage.</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system&apos;s setting.</source>
        <translation>Couleurs claires ou sombres, ou selon le réglage du système.</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>Dans la file</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::SlaPoliciesPage</name>
    <message>
        <source>A breach escalates to the group&apos;s next tier</source>
        <translation>Un dépassement escalade vers le niveau suivant du groupe</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source> business min</source>
        <translation> min ouvrées</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Ticket &amp;type</source>
        <translation>&amp;Type de ticket</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>First &amp;response within</source>
        <translation>Première &amp;réponse sous</translation>
    </message>
    <message>
        <source>Re&amp;solution within</source>
        <translation>Ré&amp;solution sous</translation>
    </message>
    <message>
        <source>At &amp;risk after</source>
        <translation>Menacé &amp;après</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>24 h sur 24</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n open ticket(s) re-planned.</source>
        <translation>
            <numerusform>Enregistré ; %n ticket ouvert replanifié.</numerusform>
            <numerusform>Enregistré ; %n tickets ouverts replanifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Type de ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Première réponse sous</translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation>Résolution sous</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>À risque après</translation>
    </message>
    <message>
        <source>The ticket type this policy applies to, or any type.</source>
        <translation>Le type de ticket auquel cette politique s&apos;applique, ou tous les types.</translation>
    </message>
    <message>
        <source>The policy&apos;s name, shown on tickets it applies to.</source>
        <translation>Le nom de la politique, affiché sur les tickets auxquels elle s&apos;applique.</translation>
    </message>
    <message>
        <source>The priority this policy applies to, or any; the most specific policy wins.</source>
        <translation>La priorité à laquelle cette politique s&apos;applique, ou toutes ; la politique la plus spécifique l&apos;emporte.</translation>
    </message>
    <message>
        <source>The category this policy applies to, or any.</source>
        <translation>La catégorie à laquelle cette politique s&apos;applique, ou toutes.</translation>
    </message>
    <message>
        <source>The business hours the targets count in; around the clock counts every minute.</source>
        <translation>Les heures ouvrées dans lesquelles les objectifs sont comptés ; 24 h sur 24 compte chaque minute.</translation>
    </message>
    <message>
        <source>Minutes of business time until the first public reply is due.</source>
        <translation>Minutes en heures ouvrées avant l&apos;échéance de la première réponse publique.</translation>
    </message>
    <message>
        <source>Minutes of business time until the ticket must be resolved.</source>
        <translation>Minutes en heures ouvrées avant lesquelles le ticket doit être résolu.</translation>
    </message>
    <message>
        <source>Percent of the target time, 1 to 99, after which the ticket is marked at risk and its agent warned.</source>
        <translation>Pourcentage du délai cible, de 1 à 99, au-delà duquel le ticket est marqué comme menacé et son agent averti.</translation>
    </message>
    <message>
        <source>Checked: a breached ticket moves to the group its group escalates to.</source>
        <translation>Coché : un ticket en dépassement passe au groupe d&apos;escalade de son groupe.</translation>
    </message>
    <message>
        <source>Checked: the policy applies to new tickets; unchecked keeps it for reference.</source>
        <translation>Coché : la politique s&apos;applique aux nouveaux tickets ; décoché : elle est conservée pour référence.</translation>
    </message>
    <message>
        <source>Another manager changed this policy while you were editing it. Saving replaces their changes with yours.</source>
        <translation>Un autre responsable a modifié cette politique pendant que vous la modifiiez. L&apos;enregistrement remplace ses modifications par les vôtres.</translation>
    </message>
    <message>
        <source>Another manager deleted this policy. Saving creates it again.</source>
        <translation>Un autre responsable a supprimé cette politique. L&apos;enregistrement la crée à nouveau.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>&amp;Delete policy</source>
        <translation>S&amp;upprimer la politique</translation>
    </message>
    <message numerus="yes">
        <source>Policy deleted; %n open ticket(s) re-planned.</source>
        <translation>
            <numerusform>Politique supprimée ; %n ticket ouvert replanifié.</numerusform>
            <numerusform>Politique supprimée ; %n tickets ouverts replanifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy deleted.</source>
        <translation>Politique supprimée.</translation>
    </message>
    <message>
        <source>Delete the SLA policy “%1”? Its open tickets are planned again under the next policy that matches them, or the desk&apos;s defaults.</source>
        <translation>Supprimer la politique SLA « %1 » ? Ses tickets ouverts sont replanifiés selon la prochaine politique qui leur correspond, ou selon les valeurs par défaut du service.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TaskListEditor</name>
    <message>
        <source>Add &amp;task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <source>Adds a fulfilment task</source>
        <translation>Ajoute une tâche de traitement</translation>
    </message>
    <message>
        <source>No tasks: the fulfilment group works on the request itself.</source>
        <translation>Aucune tâche : le groupe de traitement traite directement la demande.</translation>
    </message>
    <message>
        <source>Title, e.g. Prepare the laptop</source>
        <translation>Titre, p. ex. Préparer l&apos;ordinateur portable</translation>
    </message>
    <message>
        <source>The task&apos;s title, as its group sees it in its queue</source>
        <translation>Le titre de la tâche, tel que son groupe le voit dans sa file</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the group is to do for the task</source>
        <translation>Ce que le groupe doit faire pour la tâche</translation>
    </message>
    <message>
        <source>The group the task is assigned to</source>
        <translation>Le groupe auquel la tâche est attribuée</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
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
        <translation>Les tâches d&apos;une même phase s&apos;exécutent en parallèle ; la phase suivante commence quand elles sont terminées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Takes this task out</source>
        <translation>Retire cette tâche</translation>
    </message>
    <message>
        <source>#%1 (unknown)</source>
        <translation>#%1 (inconnu)</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TextPromptDialog</name>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketCiSection</name>
    <message>
        <source>Configuration items</source>
        <translation>Éléments de configuration</translation>
    </message>
    <message>
        <source>Link a C&amp;I…</source>
        <translation>Lier un C&amp;I…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1 in the CI browser</source>
        <translation>Ouvrir %1 dans le navigateur de CI</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Unlink %1 from the ticket</source>
        <translation>Dissocier %1 du ticket</translation>
    </message>
    <message>
        <source>Link a configuration item</source>
        <translation>Lier un élément de configuration</translation>
    </message>
    <message>
        <source>Name, host name or serial</source>
        <translation>Nom, nom d&apos;hôte ou numéro de série</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;CI:</source>
        <translation>&amp;CI :</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketCustomFields</name>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Save fields</source>
        <translation>Enregistrer les champs</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketFields</name>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Paused (waiting on requester)</source>
        <translation>En pause (en attente du demandeur)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>%1 by %2
%3</source>
        <translation>%1 avant %2
%3</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Priorit&amp;y</source>
        <translation>Priori&amp;té</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>%1 (L%2)</source>
        <translation>%1 (N%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>%1
%2 by %3</source>
        <translation>%1
%2 avant %3</translation>
    </message>
    <message>
        <source>Breached: response was late</source>
        <translation>Dépassé : réponse en retard</translation>
    </message>
    <message>
        <source>Breached: resolution overdue</source>
        <translation>Dépassé : résolution en retard</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Menacé</translation>
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
        <translation>P1 est la plus urgente, P5 la moins urgente ; fixée d&apos;après l&apos;impact et l&apos;urgence, modifiable ici à la main. Toute modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>The group whose queue holds this ticket. A change is saved at once.</source>
        <translation>Le groupe dont la file contient ce ticket. Toute modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>The agent who works on this ticket. A change is saved at once.</source>
        <translation>L&apos;agent qui traite ce ticket. Toute modification est enregistrée immédiatement.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketPane</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Select a ticket in the queue, or press Ctrl+N to take a new one.</source>
        <translation>Choisissez un ticket dans la file, ou appuyez sur Ctrl+N pour en saisir un nouveau.</translation>
    </message>
    <message>
        <source>Link to another ticket…</source>
        <translation>Lier à un autre ticket…</translation>
    </message>
    <message>
        <source>Merge into another ticket…</source>
        <translation>Fusionner dans un autre ticket…</translation>
    </message>
    <message>
        <source>Log time…</source>
        <translation>Saisir du temps…</translation>
    </message>
    <message>
        <source>%1 just changed this ticket.</source>
        <translation>%1 vient de modifier ce ticket.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · version %4</source>
        <translation>#%1 · %2 · %3 · version %4</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>Fusionné depuis</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>%1 #%2: %3 (%4)</source>
        <translation>%1 #%2 : %3 (%4)</translation>
    </message>
    <message>
        <source>%1 typing a reply…</source>
        <translation>%1 écrit une réponse…</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>Consulté aussi par : %1</translation>
    </message>
    <message>
        <source>What was done? The requester sees this note.</source>
        <translation>Qu&apos;est-ce qui a été fait ? Le demandeur voit cette note.</translation>
    </message>
    <message>
        <source>No status change is possible from here</source>
        <translation>Aucun changement de statut n&apos;est possible d&apos;ici</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>Tickets liés</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The public replies and internal notes of this ticket, oldest first</source>
        <translation>Les réponses publiques et notes internes de ce ticket, les plus anciennes en premier</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Caused by change</source>
        <translation>Causé par le changement</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TicketReferenceDialog</name>
    <message>
        <source>Link #%1 to another ticket</source>
        <translation>Lier #%1 à un autre ticket</translation>
    </message>
    <message>
        <source>Related ticket</source>
        <translation>Ticket lié</translation>
    </message>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>Fusionner #%1 dans un autre ticket</translation>
    </message>
    <message>
        <source>#%1 ends as a duplicate; its requester is told where the work goes on.</source>
        <translation>#%1 se termine comme doublon ; son demandeur apprend où le travail continue.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Log time on #%1</source>
        <translation>Saisir du temps sur #%1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Ce qui a été fait (facultatif)</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::TwoFactorDialog</name>
    <message>
        <source>&amp;Set up two-factor sign-in…</source>
        <translation>&amp;Configurer la connexion à deux facteurs…</translation>
    </message>
    <message>
        <source>&amp;New recovery codes…</source>
        <translation>&amp;Nouveaux codes de récupération…</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Security: two-factor sign-in</source>
        <translation>Sécurité : connexion à deux facteurs</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>The current code from your authenticator app (the old recovery codes stop working):</source>
        <translation>Le code actuel de votre application d&apos;authentification (les anciens codes de récupération cessent de fonctionner) :</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (such as FreeOTP, Aegis, Google or Microsoft Authenticator).</source>
        <translation>1. Scannez ce code avec une application d&apos;authentification (comme FreeOTP, Aegis, Google ou Microsoft Authenticator).</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Ou saisissez cette clé dans l&apos;application :</translation>
    </message>
    <message>
        <source>2. The app&apos;s &amp;code</source>
        <translation>2. Le &amp;code de l&apos;application</translation>
    </message>
    <message>
        <source>C&amp;opy the codes</source>
        <translation>C&amp;opier les codes</translation>
    </message>
    <message>
        <source>I have kept them: &amp;done</source>
        <translation>Je les ai conservés : &amp;terminé</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe (printed, or in a password manager): each lets you sign in once without your phone. They are shown only now.</source>
        <translation>La connexion à deux facteurs est activée. Conservez ces codes de récupération en lieu sûr (imprimés, ou dans un gestionnaire de mots de passe) : chacun permet de se connecter une fois sans votre téléphone. Ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>Code à 6 chiffres ou code de récupération</translation>
    </message>
    <message>
        <source>&amp;Turn off two-factor sign-in</source>
        <translation>&amp;Désactiver la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on: you sign in with your password and a code from your authenticator app. Recovery codes left: %1.</source>
        <translation>La connexion à deux facteurs est activée : vous vous connectez avec votre mot de passe et un code de votre application d&apos;authentification. Codes de récupération restants : %1.</translation>
    </message>
    <message>
        <source>Your role must sign in with a second factor. Set it up now to continue.</source>
        <translation>Votre rôle exige une connexion avec un second facteur. Configurez-la maintenant pour continuer.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off. With it, your password alone is not enough to sign in: a code from an app on your phone is needed too.</source>
        <translation>La connexion à deux facteurs est désactivée. Une fois activée, votre mot de passe seul ne suffit plus pour vous connecter : un code d&apos;une application sur votre téléphone est aussi nécessaire.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::UsersPage</name>
    <message>
        <source>Disabled (cannot log in)</source>
        <translation>Désactivé (ne peut pas se connecter)</translation>
    </message>
    <message>
        <source>Find people…</source>
        <translation>Trouver des personnes…</translation>
    </message>
    <message>
        <source>Requester (end user)</source>
        <translation>Demandeur (utilisateur final)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trouver</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nom &amp;affiché</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <translation>%1 — désactivé</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Laisser vide pour garder le mot de passe</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>Utilisateur créé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved, with the new password.</source>
        <translation>Enregistré, avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Show &amp;more people</source>
        <translation>Afficher &amp;plus de personnes</translation>
    </message>
    <message>
        <source>First password (at least %1 characters)</source>
        <translation>Premier mot de passe (au moins %1 caractères)</translation>
    </message>
    <message>
        <source>VIP (automation rules can treat them first)</source>
        <translation>VIP (les règles d&apos;automatisation peuvent les traiter en priorité)</translation>
    </message>
    <message>
        <source>Organisation viewer (sees all of the organisation&apos;s tickets)</source>
        <translation>Lecteur de l&apos;organisation (voit tous les tickets de l&apos;organisation)</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor</source>
        <translation>Réinitialiser la connexion à &amp;deux facteurs</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>Déc&amp;onnecter partout</translation>
    </message>
    <message>
        <source>Turns off this person&apos;s two-factor sign-in (a lost phone): they sign in with the password and set it up again.</source>
        <translation>Désactive la connexion à deux facteurs de cette personne (téléphone perdu) : elle se connecte avec son mot de passe et la configure à nouveau.</translation>
    </message>
    <message>
        <source>Forgets this person&apos;s failed logins, so they can try again now.</source>
        <translation>Oublie les échecs de connexion de cette personne, pour qu&apos;elle puisse réessayer dès maintenant.</translation>
    </message>
    <message>
        <source>Ends every session of this person on every device</source>
        <translation>Met fin à toutes les sessions de cette personne sur tous les appareils</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off for this person; they set it up again.</source>
        <translation>La connexion à deux facteurs est désactivée pour cette personne ; elle devra la configurer à nouveau.</translation>
    </message>
    <message>
        <source>Unlocked: this person can log in again now.</source>
        <translation>Déverrouillé : cette personne peut de nouveau se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out of %n session(s).</source>
        <translation>
            <numerusform>Déconnecté de %n session.</numerusform>
            <numerusform>Déconnecté de %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>None (or by mail domain when created)</source>
        <translation>Aucune (ou selon le domaine de messagerie à la création)</translation>
    </message>
    <message>
        <source>The name the person logs in with; letters, digits, dots, dashes and underscores. It cannot be changed later.</source>
        <translation>Le nom avec lequel la personne se connecte ; lettres, chiffres, points, tirets et tirets bas. Il ne peut pas être modifié ensuite.</translation>
    </message>
    <message>
        <source>The name others see on tickets and replies.</source>
        <translation>Le nom que les autres voient sur les tickets et les réponses.</translation>
    </message>
    <message>
        <source>Where notification mails go, and how mails from this person are matched to them.</source>
        <translation>L&apos;adresse où partent les e-mails de notification, et qui permet de rattacher à cette personne les e-mails qu&apos;elle envoie.</translation>
    </message>
    <message>
        <source>Requester: own tickets only. Agent: works the queues. Manager: also reports. Administrator: also configures the desk.</source>
        <translation>Demandeur : ses propres tickets uniquement. Agent : traite les files. Responsable : aussi les rapports. Administrateur : configure aussi le centre d&apos;assistance.</translation>
    </message>
    <message>
        <source>Checked: the account cannot log in; its tickets and history stay.</source>
        <translation>Coché : le compte ne peut pas se connecter ; ses tickets et son historique restent.</translation>
    </message>
    <message>
        <source>The customer organisation this person belongs to.</source>
        <translation>L&apos;organisation cliente à laquelle appartient cette personne.</translation>
    </message>
    <message>
        <source>Marks the person as a VIP; automation rules can give their tickets a higher priority.</source>
        <translation>Marque la personne comme VIP ; les règles d&apos;automatisation peuvent donner une priorité plus élevée à ses tickets.</translation>
    </message>
    <message>
        <source>Checked: this requester also sees the other tickets of their organisation.</source>
        <translation>Coché : ce demandeur voit aussi les autres tickets de son organisation.</translation>
    </message>
    <message>
        <source>Nobody (type a name to find the manager)</source>
        <translation>Personne (saisissez un nom pour trouver le responsable hiérarchique)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>Responsable &amp;hiérarchique</translation>
    </message>
    <message>
        <source>Approves this person&apos;s requests where an approval chain asks for their manager. Empty: nobody (such requests are refused).</source>
        <translation>Approuve les demandes de cette personne quand une chaîne d&apos;approbation demande son responsable hiérarchique. Vide : personne (ces demandes sont refusées).</translation>
    </message>
    <message>
        <source>Choose the manager from the people offered as you type.</source>
        <translation>Choisissez le responsable hiérarchique parmi les personnes proposées pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::WebhooksPage</name>
    <message>
        <source>&amp;All events, also those added later</source>
        <translation>&amp;Tous les événements, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctif</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>&amp;Relivrer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
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
        <translation>Événements</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Webhook created. Copy its secret now: it is not shown again.</source>
        <translation>Webhook créé. Copiez son secret maintenant : il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Webhook deleted.</source>
        <translation>Webhook supprimé.</translation>
    </message>
    <message>
        <source>A test delivery (ping) is on its way.</source>
        <translation>Une livraison de test (ping) est en cours.</translation>
    </message>
    <message>
        <source>The event is delivered again, under a new delivery id.</source>
        <translation>L&apos;événement est de nouveau livré, sous un nouvel identifiant de livraison.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>Le secret est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>A secret is made for a new hook and shown once.</source>
        <translation>Un secret est créé pour un nouveau webhook et affiché une seule fois.</translation>
    </message>
    <message>
        <source>Turned off by the server: %1</source>
        <translation>Désactivé par le serveur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row.</source>
        <translation>
            <numerusform>%n tentative échouée d&apos;affilée.</numerusform>
            <numerusform>%n tentatives échouées d&apos;affilée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) waiting.</source>
        <translation>
            <numerusform>%n livraison en attente.</numerusform>
            <numerusform>%n livraisons en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown once, when the webhook is created</source>
        <translation>Affiché une seule fois, à la création du webhook</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des livraisons</translation>
    </message>
    <message>
        <source>Checked: the hook gets every event, also kinds added in later versions.</source>
        <translation>Coché : le webhook reçoit tous les événements, y compris les types ajoutés dans les versions ultérieures.</translation>
    </message>
    <message>
        <source>Checked: events are delivered to this hook; unchecked: they are not, and not kept.</source>
        <translation>Coché : les événements sont livrés à ce webhook ; décoché : ils ne le sont pas et ne sont pas conservés.</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? Nothing more is sent to it, and its delivery log is deleted.</source>
        <translation>Supprimer le webhook vers %1 ? Plus rien ne lui est envoyé, et son journal de livraisons est supprimé.</translation>
    </message>
</context>
<context>
    <name>frontline::client::ui::WindowDialog</name>
    <message>
        <source>Repeats &amp;weekly until</source>
        <translation>Répéter chaque &amp;semaine jusqu&apos;au</translation>
    </message>
    <message>
        <source>Edit window</source>
        <translation>Modifier la fenêtre</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>Nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Window name</source>
        <translation>Nom de la fenêtre</translation>
    </message>
    <message>
        <source>Maintenance window (changes belong inside)</source>
        <translation>Fenêtre de maintenance (les changements doivent s&apos;y trouver)</translation>
    </message>
    <message>
        <source>Freeze (no changes)</source>
        <translation>Gel (aucun changement)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>For &amp;CIs:</source>
        <translation>Pour les &amp;CI :</translation>
    </message>
    <message>
        <source>No CI: the window applies everywhere.</source>
        <translation>Aucun CI : la fenêtre s&apos;applique partout.</translation>
    </message>
</context>
<context>
    <name>frontline::rpc::RpcClient</name>
    <message>
        <source>The server sent a message larger than allowed.</source>
        <translation>Le serveur a envoyé un message plus grand que permis.</translation>
    </message>
</context>
</TS>
