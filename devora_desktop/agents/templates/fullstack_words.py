"""Every word a full-stack template's pages show, in the six languages the apps write (en fr
es de pt it, ``i18n.LANGS``). One table for all the full-stack apps; a word the web engine
already says the same way comes from ``i18n.UI`` (``REUSED``) instead of a second copy.

The generated app gets them as one file, ``lib/words.ts`` (``words_ts``): its pages import
``W`` and fill ``{placeholders}`` with ``say()``, so a person changes a word in one place.
"""

from __future__ import annotations

import json
import re

from devora_desktop.agents.templates import i18n
from devora_desktop.agents.templates.shapes import FIELD, L

WORDS = {
    "signIn": L("Sign in", "Se connecter", "Iniciar sesión", "Anmelden", "Entrar", "Accedi"),
    "signUp": L("Sign up", "S'inscrire", "Registrarse", "Registrieren", "Criar conta",
                "Registrati"),
    "signOut": L("Sign out", "Se déconnecter", "Cerrar sesión", "Abmelden", "Sair", "Esci"),
    "darkMode": L("Dark mode", "Mode sombre", "Modo oscuro", "Dunkelmodus", "Modo escuro",
                  "Modalità scura"),
    "lightMode": L("Light mode", "Mode clair", "Modo claro", "Hellmodus", "Modo claro",
                   "Modalità chiara"),
    "createAccount": L("Create your account", "Créez votre compte", "Crea tu cuenta",
                       "Konto erstellen", "Crie sua conta", "Crea il tuo account"),
    "email": L("Email", "E-mail", "Correo electrónico", "E-Mail", "E-mail", "Email"),
    # (a key without "password": a secret detector reads `"password": "Passwort"` as one)
    "passLabel": L("Password", "Mot de passe", "Contraseña", "Passwort", "Senha", "Password"),
    "newHere": L("New here? ", "Nouveau ici ? ", "¿Eres nuevo? ", "Neu hier? ",
                 "Novo por aqui? ", "Sei nuovo? "),
    "haveAccount": L("Already have an account? ", "Déjà un compte ? ", "¿Ya tienes cuenta? ",
                     "Schon ein Konto? ", "Já tem conta? ", "Hai già un account? "),
    "makeAccount": L("Create an account", "Créer un compte", "Crear una cuenta",
                     "Ein Konto anlegen", "Criar uma conta", "Crea un account"),
    "invalid": L("Enter a valid email and a password of at least 8 characters.",
                 "Saisissez un e-mail valide et un mot de passe d'au moins 8 caractères.",
                 "Escribe un correo válido y una contraseña de al menos 8 caracteres.",
                 "Geben Sie eine gültige E-Mail und ein Passwort mit mindestens 8 Zeichen ein.",
                 "Informe um e-mail válido e uma senha com pelo menos 8 caracteres.",
                 "Inserisci un'email valida e una password di almeno 8 caratteri."),
    "credentials": L("That email and password don't match an account.",
                     "Cet e-mail et ce mot de passe ne correspondent à aucun compte.",
                     "Ese correo y esa contraseña no coinciden con ninguna cuenta.",
                     "E-Mail und Passwort passen zu keinem Konto.",
                     "Esse e-mail e essa senha não correspondem a nenhuma conta.",
                     "Email e password non corrispondono a nessun account."),
    "signupFailed": L("We couldn't create that account. Try another email, or sign in.",
                      "Impossible de créer ce compte. Essayez un autre e-mail ou connectez-vous.",
                      "No pudimos crear esa cuenta. Prueba otro correo o inicia sesión.",
                      "Dieses Konto ließ sich nicht anlegen. Andere E-Mail versuchen oder "
                      "anmelden.",
                      "Não foi possível criar essa conta. Tente outro e-mail ou entre.",
                      "Impossibile creare l'account. Prova un'altra email o accedi."),
    "config": L("Supabase is not configured yet: see the README.",
                "Supabase n'est pas encore configuré : voir le README.",
                "Supabase aún no está configurado: consulta el README.",
                "Supabase ist noch nicht eingerichtet: siehe README.",
                "O Supabase ainda não está configurado: veja o README.",
                "Supabase non è ancora configurato: vedi il README."),
    "csrf": L("The form expired. Please try again.", "Le formulaire a expiré. Réessayez.",
              "El formulario caducó. Inténtalo de nuevo.",
              "Das Formular ist abgelaufen. Bitte erneut versuchen.",
              "O formulário expirou. Tente novamente.", "Il modulo è scaduto. Riprova."),
    # a signed-out request to the API; the pages show it where a save failed
    "signInFirst": L("Sign in first.", "Connectez-vous d'abord.", "Inicia sesión primero.",
                     "Bitte zuerst anmelden.", "Entre primeiro.", "Accedi prima."),
    "confirm": L("Check your email to confirm your account, then sign in.",
                 "Confirmez votre compte depuis l'e-mail reçu, puis connectez-vous.",
                 "Confirma tu cuenta desde el correo y luego inicia sesión.",
                 "Bestätigen Sie Ihr Konto über die E-Mail und melden Sie sich dann an.",
                 "Confirme sua conta pelo e-mail e depois entre.",
                 "Conferma l'account dall'email, poi accedi."),
    # ---- what the API refused in a form (lib/input.ts): "{field}: {why}"
    "badInput": L("{field}: {why}", "{field} : {why}", "{field}: {why}", "{field}: {why}",
                  "{field}: {why}", "{field}: {why}"),
    "whyRequired": L("required", "obligatoire", "obligatorio", "Pflichtfeld", "obrigatório",
                     "obbligatorio"),
    "whyNumber": L("a number", "un nombre", "un número", "eine Zahl", "um número",
                   "un numero"),
    "whyInvalid": L("not valid", "non valide", "no válido", "ungültig", "inválido",
                    "non valido"),
    "whyMinChars": L("at least {n} characters", "au moins {n} caractères",
                     "al menos {n} caracteres", "mindestens {n} Zeichen",
                     "pelo menos {n} caracteres", "almeno {n} caratteri"),
    "whyMaxChars": L("at most {n} characters", "{n} caractères au plus",
                     "{n} caracteres como máximo", "höchstens {n} Zeichen",
                     "no máximo {n} caracteres", "al massimo {n} caratteri"),
    "whyAtLeast": L("at least {n}", "au moins {n}", "al menos {n}", "mindestens {n}",
                    "pelo menos {n}", "almeno {n}"),
    "whyAtMost": L("at most {n}", "{n} au plus", "{n} como máximo", "höchstens {n}",
                   "no máximo {n}", "al massimo {n}"),
    "whyEmail": L("not a valid email address", "adresse e-mail non valide",
                  "correo electrónico no válido", "keine gültige E-Mail-Adresse",
                  "e-mail inválido", "indirizzo email non valido"),
    "whyHttps": L("must be an https:// address", "doit être une adresse https://",
                  "debe ser una dirección https://", "muss eine https://-Adresse sein",
                  "deve ser um endereço https://", "deve essere un indirizzo https://"),
    "whyOneOf": L("one of {options}", "l'une de ces valeurs : {options}", "uno de: {options}",
                  "einer von: {options}", "um destes: {options}", "uno tra: {options}"),
    "whyDate": L("a date as YYYY-MM-DD", "une date au format AAAA-MM-JJ",
                 "una fecha con formato AAAA-MM-DD", "ein Datum im Format JJJJ-MM-TT",
                 "uma data no formato AAAA-MM-DD", "una data nel formato AAAA-MM-GG"),
    "whyTime": L("a time as HH:MM", "une heure au format HH:MM", "una hora con formato HH:MM",
                 "eine Uhrzeit im Format HH:MM", "um horário no formato HH:MM",
                 "un orario nel formato HH:MM"),
    "whySlug": L("lowercase words joined by -", "des mots en minuscules reliés par -",
                 "palabras en minúsculas unidas por -", "kleingeschriebene Wörter, mit - verbunden",
                 "palavras minúsculas unidas por -", "parole minuscole unite da -"),
    "whyPhoto": L("a photo (PNG, JPEG, WebP or GIF)", "une photo (PNG, JPEG, WebP ou GIF)",
                  "una foto (PNG, JPEG, WebP o GIF)", "ein Foto (PNG, JPEG, WebP oder GIF)",
                  "uma foto (PNG, JPEG, WebP ou GIF)", "una foto (PNG, JPEG, WebP o GIF)"),
    "whyNothing": L("Nothing to change was sent.", "Aucune modification n'a été envoyée.",
                    "No se envió ningún cambio.", "Es wurde keine Änderung gesendet.",
                    "Nenhuma alteração foi enviada.", "Nessuna modifica è stata inviata."),
    # ---- every app: set-up notice, examples, errors
    "setupTitle": L("Connect Supabase to start", "Connectez Supabase pour commencer",
                    "Conecta Supabase para empezar", "Supabase verbinden, um zu starten",
                    "Conecte o Supabase para começar", "Collega Supabase per iniziare"),
    "setup1": L("Create a Supabase project and run the SQL in `supabase/migrations/` in its SQL "
                "editor.",
                "Créez un projet Supabase et exécutez le SQL de `supabase/migrations/` dans son "
                "éditeur SQL.",
                "Crea un proyecto de Supabase y ejecuta el SQL de `supabase/migrations/` en su "
                "editor SQL.",
                "Ein Supabase-Projekt anlegen und das SQL aus `supabase/migrations/` in dessen "
                "SQL-Editor ausführen.",
                "Crie um projeto no Supabase e rode o SQL de `supabase/migrations/` no editor "
                "SQL dele.",
                "Crea un progetto Supabase ed esegui l'SQL di `supabase/migrations/` nel suo "
                "editor SQL."),
    "setup2": L("In Devora: `Project › Connect Supabase…`, paste the project URL and anon key "
                "(Project settings › API); the preview restarts by itself.",
                "Dans Devora : `Project › Connect Supabase…`, collez l'URL du projet et la clé "
                "anon (Project settings › API) ; l'aperçu redémarre tout seul.",
                "En Devora: `Project › Connect Supabase…`, pega la URL del proyecto y la clave "
                "anon (Project settings › API); la vista previa se reinicia sola.",
                "In Devora: `Project › Connect Supabase…`, Projekt-URL und anon-Schlüssel "
                "einfügen (Project settings › API); die Vorschau startet von selbst neu.",
                "No Devora: `Project › Connect Supabase…`, cole a URL do projeto e a chave anon "
                "(Project settings › API); a prévia reinicia sozinha.",
                "In Devora: `Project › Connect Supabase…`, incolla l'URL del progetto e la "
                "chiave anon (Project settings › API); l'anteprima si riavvia da sola."),
    # (no environment variable's name here: these words reach the browser's bundle)
    "setup3": L("Running it yourself: copy `.env.example` to `.env.local`, fill in the project "
                "URL and anon key, and restart `npm run dev`.",
                "Pour le lancer vous-même : copiez `.env.example` en `.env.local`, remplissez "
                "l'URL du projet et la clé anon, puis relancez `npm run dev`.",
                "Para ejecutarlo tú: copia `.env.example` a `.env.local`, rellena la URL del "
                "proyecto y la clave anon y reinicia `npm run dev`.",
                "Selbst starten: `.env.example` nach `.env.local` kopieren, Projekt-URL und "
                "anon-Schlüssel eintragen und `npm run dev` neu starten.",
                "Para rodar você mesmo: copie `.env.example` para `.env.local`, preencha a URL "
                "do projeto e a chave anon e reinicie `npm run dev`.",
                "Per avviarlo tu: copia `.env.example` in `.env.local`, compila l'URL del "
                "progetto e la chiave anon e riavvia `npm run dev`."),
    "setupThen": L("Then sign up.", "Puis inscrivez-vous.", "Después, regístrate.",
                   "Dann registrieren.", "Depois, crie sua conta.", "Poi registrati."),
    "mainNav": L("Main", "Principal", "Principal", "Hauptmenü", "Principal", "Principale"),
    "exampleChip": L("Example", "Exemple", "Ejemplo", "Beispiel", "Exemplo", "Esempio"),
    "onlyWho": L("Only {who} can remove them.", "Seul {who} peut les retirer.",
                 "Solo {who} puede quitarlos.", "Nur {who} kann sie entfernen.",
                 "Só {who} pode removê-los.", "Solo {who} può toglierli."),
    "notRemoved": L("Could not remove them ({status}).", "Impossible de les retirer ({status}).",
                    "No se pudieron quitar ({status}).",
                    "Sie ließen sich nicht entfernen ({status}).",
                    "Não foi possível removê-los ({status}).",
                    "Impossibile toglierli ({status})."),
    "examplesGone": L("Examples removed.", "Exemples retirés.", "Ejemplos quitados.",
                      "Beispiele entfernt.", "Exemplos removidos.", "Esempi tolti."),
    "notSavedStatus": L("Could not save ({status})", "Enregistrement impossible ({status})",
                        "No se pudo guardar ({status})",
                        "Speichern fehlgeschlagen ({status})",
                        "Não foi possível salvar ({status})", "Salvataggio non riuscito ({status})"),
    "couldNotLoad": L("Could not load:", "Chargement impossible :", "No se pudo cargar:",
                      "Laden fehlgeschlagen:", "Não foi possível carregar:",
                      "Caricamento non riuscito:"),
    "loadScript": L("Could not load {what}", "Impossible de charger {what}",
                    "No se pudo cargar {what}", "{what} ließ sich nicht laden",
                    "Não foi possível carregar {what}", "Impossibile caricare {what}"),
    "commaSeparated": L("comma, separated", "séparés, par, des virgules", "separadas, por, comas",
                        "durch, Kommas, getrennt", "separadas, por, vírgulas",
                        "separati, da, virgole"),
    "tagsLabel": L("Tags", "Étiquettes", "Etiquetas", "Tags", "Tags", "Tag"),
    "filterByTag": L("Filter by tag", "Filtrer par étiquette", "Filtrar por etiqueta",
                     "Nach Tag filtern", "Filtrar por tag", "Filtra per tag"),
    "filterBtn": L("Filter", "Filtrer", "Filtrar", "Filtern", "Filtrar", "Filtra"),
    # ---- to-do
    "navTasks": L("Tasks", "Tâches", "Tareas", "Aufgaben", "Tarefas", "Attività"),
    "yourTasks": L("Your tasks", "Vos tâches", "Tus tareas", "Ihre Aufgaben", "Suas tarefas",
                   "Le tue attività"),
    "todoBlurb": L("Due dates, priorities and tags keep the week in order; overdue tasks stand "
                   "out.",
                   "Échéances, priorités et étiquettes rangent la semaine ; les tâches en "
                   "retard ressortent.",
                   "Fechas límite, prioridades y etiquetas ordenan la semana; las tareas "
                   "atrasadas destacan.",
                   "Fälligkeiten, Prioritäten und Tags ordnen die Woche; überfällige Aufgaben "
                   "fallen auf.",
                   "Prazos, prioridades e tags organizam a semana; tarefas atrasadas se "
                   "destacam.",
                   "Scadenze, priorità e tag mettono in ordine la settimana; le attività in "
                   "ritardo risaltano."),
    "addATask": L("Add a task", "Ajouter une tâche", "Añadir una tarea", "Aufgabe hinzufügen",
                  "Adicionar uma tarefa", "Aggiungi un'attività"),
    "task": L("Task", "Tâche", "Tarea", "Aufgabe", "Tarefa", "Attività"),
    "dueDate": L("Due date", "Échéance", "Fecha límite", "Fällig am", "Prazo", "Scadenza"),
    "priority": L("Priority", "Priorité", "Prioridad", "Priorität", "Prioridade", "Priorità"),
    "high": L("High", "Haute", "Alta", "Hoch", "Alta", "Alta"),
    "medium": L("Medium", "Moyenne", "Media", "Mittel", "Média", "Media"),
    "low": L("Low", "Basse", "Baja", "Niedrig", "Baixa", "Bassa"),
    "addTask": L("Add task", "Ajouter", "Añadir tarea", "Hinzufügen", "Adicionar tarefa",
                 "Aggiungi"),
    "exampleTask": L("1 example task shows how this works; it is not real.",
                     "1 tâche d'exemple montre comment ça marche ; elle n'est pas réelle.",
                     "1 tarea de ejemplo muestra cómo funciona; no es real.",
                     "1 Beispielaufgabe zeigt, wie es funktioniert; sie ist nicht echt.",
                     "1 tarefa de exemplo mostra como funciona; não é real.",
                     "1 attività di esempio mostra come funziona; non è reale."),
    "exampleTasks": L("{n} example tasks show how this works; they are not real.",
                      "{n} tâches d'exemple montrent comment ça marche ; elles ne sont pas "
                      "réelles.",
                      "{n} tareas de ejemplo muestran cómo funciona; no son reales.",
                      "{n} Beispielaufgaben zeigen, wie es funktioniert; sie sind nicht echt.",
                      "{n} tarefas de exemplo mostram como funciona; não são reais.",
                      "{n} attività di esempio mostrano come funziona; non sono reali."),
    "filters": L("Filters", "Filtres", "Filtros", "Filter", "Filtros", "Filtri"),
    "stAll": L("All", "Toutes", "Todas", "Alle", "Todas", "Tutte"),
    "stActive": L("Active", "En cours", "Activas", "Offen", "Ativas", "Attive"),
    "stOverdue": L("Overdue", "En retard", "Atrasadas", "Überfällig", "Atrasadas",
                   "In ritardo"),
    "stDone": L("Done", "Faites", "Hechas", "Erledigt", "Feitas", "Fatte"),
    "filterByPriority": L("Filter by priority", "Filtrer par priorité", "Filtrar por prioridad",
                          "Nach Priorität filtern", "Filtrar por prioridade",
                          "Filtra per priorità"),
    "anyPriority": L("Any priority", "Toute priorité", "Cualquier prioridad", "Jede Priorität",
                     "Qualquer prioridade", "Qualsiasi priorità"),
    "anyTag": L("Any tag", "Toute étiquette", "Cualquier etiqueta", "Jeder Tag", "Qualquer tag",
                "Qualsiasi tag"),
    "searchTasks": L("Search tasks", "Rechercher une tâche", "Buscar tareas", "Aufgaben suchen",
                     "Buscar tarefas", "Cerca attività"),
    "taskCounts": L("{open} open · {overdue} overdue · {total} total",
                    "{open} à faire · {overdue} en retard · {total} au total",
                    "{open} pendientes · {overdue} atrasadas · {total} en total",
                    "{open} offen · {overdue} überfällig · {total} insgesamt",
                    "{open} abertas · {overdue} atrasadas · {total} no total",
                    "{open} aperte · {overdue} in ritardo · {total} in tutto"),
    "noTasks": L("No tasks yet. Add one above, or start with a few examples.",
                 "Aucune tâche pour l'instant. Ajoutez-en une plus haut, ou partez de quelques "
                 "exemples.",
                 "Aún no hay tareas. Añade una arriba o empieza con algunos ejemplos.",
                 "Noch keine Aufgaben. Oben eine anlegen oder mit ein paar Beispielen beginnen.",
                 "Nenhuma tarefa ainda. Adicione uma acima ou comece com alguns exemplos.",
                 "Ancora nessuna attività. Aggiungine una qui sopra o parti da qualche esempio."),
    "addSampleTasks": L("Add sample tasks", "Ajouter des tâches d'exemple",
                        "Añadir tareas de ejemplo", "Beispielaufgaben hinzufügen",
                        "Adicionar tarefas de exemplo", "Aggiungi attività di esempio"),
    "doneWhat": L("Done: {what}", "Fait : {what}", "Hecha: {what}", "Erledigt: {what}",
                  "Feita: {what}", "Fatta: {what}"),
    "overdueOn": L("Overdue · ", "En retard · ", "Atrasada · ", "Überfällig · ", "Atrasada · ",
                   "In ritardo · "),
    "dueOn": L("Due ", "Pour le ", "Vence el ", "Fällig ", "Prazo: ", "Scade il "),
    "deleteWhat": L("Delete {what}", "Supprimer {what}", "Eliminar {what}", "{what} löschen",
                    "Excluir {what}", "Elimina {what}"),
    # ---- blog
    "navPosts": L("Posts", "Articles", "Entradas", "Beiträge", "Posts", "Articoli"),
    "navWrite": L("Write", "Écrire", "Escribir", "Schreiben", "Escrever", "Scrivi"),
    "latestPosts": L("Latest posts", "Derniers articles", "Últimas entradas", "Neueste Beiträge",
                     "Posts recentes", "Ultimi articoli"),
    "blogBlurb": L("Posts in markdown, searchable and tagged.",
                   "Des articles en markdown, avec recherche et étiquettes.",
                   "Entradas en markdown, con búsqueda y etiquetas.",
                   "Beiträge in Markdown, durchsuchbar und mit Tags.",
                   "Posts em markdown, com busca e tags.",
                   "Articoli in markdown, con ricerca e tag."),
    "searchPosts": L("Search posts", "Rechercher un article", "Buscar entradas",
                     "Beiträge suchen", "Buscar posts", "Cerca articoli"),
    "allTags": L("All tags", "Toutes les étiquettes", "Todas las etiquetas", "Alle Tags",
                 "Todas as tags", "Tutti i tag"),
    "examplePost": L("1 example post shows how this works; it is not real.",
                     "1 article d'exemple montre comment ça marche ; il n'est pas réel.",
                     "1 entrada de ejemplo muestra cómo funciona; no es real.",
                     "1 Beispielbeitrag zeigt, wie es funktioniert; er ist nicht echt.",
                     "1 post de exemplo mostra como funciona; não é real.",
                     "1 articolo di esempio mostra come funziona; non è reale."),
    "examplePosts": L("{n} example posts show how this works; they are not real.",
                      "{n} articles d'exemple montrent comment ça marche ; ils ne sont pas "
                      "réels.",
                      "{n} entradas de ejemplo muestran cómo funciona; no son reales.",
                      "{n} Beispielbeiträge zeigen, wie es funktioniert; sie sind nicht echt.",
                      "{n} posts de exemplo mostram como funciona; não são reais.",
                      "{n} articoli di esempio mostrano come funziona; non sono reali."),
    "anAuthor": L("an author", "un auteur", "un autor", "ein Autor", "um autor", "un autore"),
    "noPostsYet": L("No posts yet.", "Aucun article pour l'instant.", "Aún no hay entradas.",
                    "Noch keine Beiträge.", "Nenhum post ainda.", "Ancora nessun articolo."),
    "writeFirst": L("Write the first one", "Écrire le premier", "Escribe la primera",
                    "Den ersten schreiben", "Escreva o primeiro", "Scrivi il primo"),
    "authorsPublish": L("No posts yet. Authors publish here.",
                        "Aucun article pour l'instant. Les auteurs publient ici.",
                        "Aún no hay entradas. Aquí publican los autores.",
                        "Noch keine Beiträge. Hier veröffentlichen die Autoren.",
                        "Nenhum post ainda. Os autores publicam aqui.",
                        "Ancora nessun articolo. Qui pubblicano gli autori."),
    "minRead": L("{n} min read", "{n} min de lecture", "{n} min de lectura", "{n} Min. Lesezeit",
                 "{n} min de leitura", "{n} min di lettura"),
    "editPost": L("Edit post", "Modifier l'article", "Editar entrada", "Beitrag bearbeiten",
                  "Editar post", "Modifica articolo"),
    "newPost": L("New post", "Nouvel article", "Nueva entrada", "Neuer Beitrag", "Novo post",
                 "Nuovo articolo"),
    "preview": L("Preview", "Aperçu", "Vista previa", "Vorschau", "Prévia", "Anteprima"),
    "nothingToPreview": L("*Nothing to preview yet.*", "*Rien à prévisualiser pour l'instant.*",
                          "*Nada que previsualizar todavía.*", "*Noch nichts zur Vorschau.*",
                          "*Nada para pré-visualizar ainda.*", "*Ancora niente da mostrare.*"),
    "bodyMarkdown": L("Text (markdown)", "Texte (markdown)", "Texto (markdown)",
                      "Text (Markdown)", "Texto (markdown)", "Testo (markdown)"),
    "photoHint": L("A photo: ![what it shows](https://… its link)",
                   "Une photo : ![ce qu'elle montre](https://… son lien)",
                   "Una foto: ![lo que muestra](https://… su enlace)",
                   "Ein Foto: ![was es zeigt](https://… sein Link)",
                   "Uma foto: ![o que ela mostra](https://… o link dela)",
                   "Una foto: ![cosa mostra](https://… il suo link)"),
    "publishedLabel": L("Published (visible to everyone)", "Publié (visible par tous)",
                        "Publicada (visible para todos)", "Veröffentlicht (für alle sichtbar)",
                        "Publicado (visível para todos)", "Pubblicato (visibile a tutti)"),
    "saveChanges": L("Save changes", "Enregistrer", "Guardar cambios", "Änderungen speichern",
                     "Salvar alterações", "Salva le modifiche"),
    "publish": L("Publish", "Publier", "Publicar", "Veröffentlichen", "Publicar", "Pubblica"),
    "deletePost": L("Delete post", "Supprimer l'article", "Eliminar entrada", "Beitrag löschen",
                    "Excluir post", "Elimina articolo"),
    "confirmDelete": L("Delete \"{what}\"?", "Supprimer « {what} » ?", "¿Eliminar «{what}»?",
                       "„{what}“ löschen?", "Excluir “{what}”?", "Eliminare «{what}»?"),
    "onlyAuthors": L("Only authors can publish here: ask the site's owner to add you.",
                     "Seuls les auteurs publient ici : demandez au propriétaire du site de vous "
                     "ajouter.",
                     "Aquí solo publican los autores: pide al dueño del sitio que te añada.",
                     "Nur Autoren veröffentlichen hier: bitten Sie den Betreiber, Sie "
                     "hinzuzufügen.",
                     "Só autores publicam aqui: peça ao dono do site para adicionar você.",
                     "Qui pubblicano solo gli autori: chiedi al proprietario del sito di "
                     "aggiungerti."),
    # ---- dashboard
    "navOverview": L("Overview", "Vue d'ensemble", "Resumen", "Übersicht", "Visão geral",
                     "Panoramica"),
    "atAGlance": L("Your business at a glance", "Votre activité en un coup d'œil",
                   "Tu negocio de un vistazo", "Ihr Geschäft auf einen Blick",
                   "Seu negócio num relance", "La tua attività a colpo d'occhio"),
    "dashBlurb": L("Every figure is computed from your {plural} in the database.",
                   "Chaque chiffre est calculé à partir de vos {plural} dans la base de données.",
                   "Cada cifra se calcula a partir de tus {plural} en la base de datos.",
                   "Jede Zahl wird aus Ihren {plural} in der Datenbank berechnet.",
                   "Cada número é calculado a partir dos seus {plural} no banco de dados.",
                   "Ogni cifra è calcolata dai tuoi {plural} nel database."),
    "member": L("customer", "client", "cliente", "Kunde", "cliente", "cliente"),
    "members": L("customers", "clients", "clientes", "Kunden", "clientes", "clienti"),
    "kpiActive": L("Active {plural}", "{plural} actifs", "{plural} activos", "Aktive {plural}",
                   "{plural} ativos", "{plural} attivi"),
    "kpiMrr": L("MRR", "Revenu mensuel", "Ingreso mensual", "Monatsumsatz", "Receita mensal",
                "Ricavo mensile"),
    "kpiArpu": L("Revenue per {singular}", "Revenu par {singular}", "Ingreso por {singular}",
                 "Umsatz pro {singular}", "Receita por {singular}", "Ricavo per {singular}"),
    "kpiChurn": L("Churn", "Attrition", "Bajas", "Abwanderung", "Cancelamentos", "Abbandoni"),
    "kpiNew": L("New this month", "Nouveaux ce mois-ci", "Nuevos este mes", "Neu diesen Monat",
                "Novos este mês", "Nuovi questo mese"),
    "keyFigures": L("Key figures", "Chiffres clés", "Cifras clave", "Kennzahlen",
                    "Números-chave", "Cifre chiave"),
    "newPerMonth": L("New {plural} per month", "Nouveaux {plural} par mois",
                     "Nuevos {plural} por mes", "Neue {plural} pro Monat",
                     "Novos {plural} por mês", "Nuovi {plural} al mese"),
    "mrrByPlan": L("MRR by plan", "Revenu mensuel par formule", "Ingreso mensual por plan",
                   "Monatsumsatz nach Tarif", "Receita mensal por plano",
                   "Ricavo mensile per piano"),
    "searchWhat": L("Search {plural}", "Rechercher des {plural}", "Buscar {plural}",
                    "{plural} suchen", "Buscar {plural}", "Cerca {plural}"),
    "filterByPlan": L("Filter by plan", "Filtrer par formule", "Filtrar por plan",
                      "Nach Tarif filtern", "Filtrar por plano", "Filtra per piano"),
    "allPlans": L("All plans", "Toutes les formules", "Todos los planes", "Alle Tarife",
                  "Todos os planos", "Tutti i piani"),
    "filterByStatus": L("Filter by status", "Filtrer par statut", "Filtrar por estado",
                        "Nach Status filtern", "Filtrar por status", "Filtra per stato"),
    "anyStatus": L("Any status", "Tout statut", "Cualquier estado", "Jeder Status",
                   "Qualquer status", "Qualsiasi stato"),
    "active": L("Active", "Actif", "Activo", "Aktiv", "Ativo", "Attivo"),
    "churned": L("Churned", "Parti", "De baja", "Abgewandert", "Cancelado", "Perso"),
    "plan": L("Plan", "Formule", "Plan", "Tarif", "Plano", "Piano"),
    "status": L("Status", "Statut", "Estado", "Status", "Status", "Stato"),
    "joined": L("Joined", "Arrivé le", "Alta", "Seit", "Entrou em", "Iscritto il"),
    "noMembers": L("No {plural} yet: add one below or load sample data.",
                   "Aucun {singular} pour l'instant : ajoutez-en un plus bas ou chargez des "
                   "exemples.",
                   "Aún no hay {plural}: añade uno abajo o carga datos de ejemplo.",
                   "Noch keine {plural}: unten einen anlegen oder Beispieldaten laden.",
                   "Nenhum {singular} ainda: adicione um abaixo ou carregue exemplos.",
                   "Ancora nessun {singular}: aggiungine uno qui sotto o carica degli esempi."),
    "exampleMember": L("1 example {singular} shows how this works; it is not real.",
                       "1 {singular} d'exemple montre comment ça marche ; il n'est pas réel.",
                       "1 {singular} de ejemplo muestra cómo funciona; no es real.",
                       "1 Beispiel ({singular}) zeigt, wie es funktioniert; es ist nicht echt.",
                       "1 {singular} de exemplo mostra como funciona; não é real.",
                       "1 {singular} di esempio mostra come funziona; non è reale."),
    "exampleMembers": L("{n} example {plural} show how this works; they are not real.",
                        "{n} {plural} d'exemple montrent comment ça marche ; ils ne sont pas "
                        "réels.",
                        "{n} {plural} de ejemplo muestran cómo funciona; no son reales.",
                        "{n} Beispiele ({plural}) zeigen, wie es funktioniert; sie sind nicht "
                        "echt.",
                        "{n} {plural} de exemplo mostram como funciona; não são reais.",
                        "{n} {plural} di esempio mostrano come funziona; non sono reali."),
    "you": L("you", "vous", "tú", "Sie", "você", "tu"),
    "addWhat": L("Add {singular}", "Ajouter un {singular}", "Añadir {singular}",
                 "{singular} hinzufügen", "Adicionar {singular}", "Aggiungi {singular}"),
    "perMonth": L("{price}/mo", "{price}/mois", "{price}/mes", "{price}/Monat", "{price}/mês",
                  "{price}/mese"),
    "loadSamples": L("Load sample {plural}", "Charger des {plural} d'exemple",
                     "Cargar {plural} de ejemplo", "Beispieldaten laden",
                     "Carregar {plural} de exemplo", "Carica {plural} di esempio"),
    # ---- store
    "navShop": L("Shop", "Boutique", "Tienda", "Shop", "Loja", "Negozio"),
    "navOrders": L("Orders", "Commandes", "Pedidos", "Bestellungen", "Pedidos", "Ordini"),
    "cartCount": L("Cart ({n})", "Panier ({n})", "Carrito ({n})", "Warenkorb ({n})",
                   "Carrinho ({n})", "Carrello ({n})"),
    "thingsPeopleLove": L("Things people love", "Ce que nos clients adorent",
                          "Lo que más gusta", "Was Kunden lieben", "O que o pessoal adora",
                          "Le cose più amate"),
    "storeBlurb": L("Browse by category, add to the cart and check out securely.",
                    "Parcourez par catégorie, remplissez le panier et commandez en toute "
                    "sécurité.",
                    "Explora por categoría, añade al carrito y paga con seguridad.",
                    "Nach Kategorie stöbern, in den Warenkorb legen und sicher bestellen.",
                    "Navegue por categoria, adicione ao carrinho e finalize com segurança.",
                    "Sfoglia per categoria, aggiungi al carrello e ordina in sicurezza."),
    "rated": L("Rated {rating} out of 5", "Noté {rating} sur 5", "Valorado con {rating} de 5",
               "Bewertet mit {rating} von 5", "Nota {rating} de 5", "Voto {rating} su 5"),
    "searchProducts": L("Search products", "Rechercher un produit", "Buscar productos",
                        "Produkte suchen", "Buscar produtos", "Cerca prodotti"),
    "allCategories": L("All categories", "Toutes les catégories", "Todas las categorías",
                       "Alle Kategorien", "Todas as categorias", "Tutte le categorie"),
    "sortBy": L("Sort by", "Trier par", "Ordenar por", "Sortieren nach", "Ordenar por",
                "Ordina per"),
    "sortName": L("Sort: name", "Tri : nom", "Orden: nombre", "Sortierung: Name",
                  "Ordem: nome", "Ordine: nome"),
    "sortPrice": L("Price, low to high", "Prix croissant", "Precio, de menor a mayor",
                   "Preis aufsteigend", "Preço, do menor ao maior", "Prezzo crescente"),
    "sortRating": L("Best rated", "Mieux notés", "Mejor valorados", "Am besten bewertet",
                    "Mais bem avaliados", "I più votati"),
    "catalogueFailed": L("Could not load the catalogue:", "Impossible de charger le catalogue :",
                         "No se pudo cargar el catálogo:", "Katalog ließ sich nicht laden:",
                         "Não foi possível carregar o catálogo:",
                         "Impossibile caricare il catalogo:"),
    "exampleProduct": L("1 example product shows how this works; it is not real.",
                        "1 produit d'exemple montre comment ça marche ; il n'est pas réel.",
                        "1 producto de ejemplo muestra cómo funciona; no es real.",
                        "1 Beispielprodukt zeigt, wie es funktioniert; es ist nicht echt.",
                        "1 produto de exemplo mostra como funciona; não é real.",
                        "1 prodotto di esempio mostra come funziona; non è reale."),
    "exampleProducts": L("{n} example products show how this works; they are not real.",
                         "{n} produits d'exemple montrent comment ça marche ; ils ne sont pas "
                         "réels.",
                         "{n} productos de ejemplo muestran cómo funciona; no son reales.",
                         "{n} Beispielprodukte zeigen, wie es funktioniert; sie sind nicht "
                         "echt.",
                         "{n} produtos de exemplo mostram como funciona; não são reais.",
                         "{n} prodotti di esempio mostrano come funziona; non sono reali."),
    "theShopOwner": L("the shop owner", "le gérant de la boutique", "el dueño de la tienda",
                      "der Shop-Inhaber", "o dono da loja", "il titolare del negozio"),
    "noProducts": L("No products yet: the shop owner adds them (see the README).",
                    "Aucun produit pour l'instant : le gérant de la boutique les ajoute (voir le "
                    "README).",
                    "Aún no hay productos: los añade el dueño de la tienda (ver el README).",
                    "Noch keine Produkte: Der Shop-Inhaber legt sie an (siehe README).",
                    "Nenhum produto ainda: o dono da loja os adiciona (veja o README).",
                    "Ancora nessun prodotto: li aggiunge il titolare del negozio (vedi il "
                    "README)."),
    "notForSale": L("Price to set: not for sale yet", "Prix à fixer : pas encore en vente",
                    "Precio por fijar: aún no está a la venta",
                    "Preis folgt: noch nicht im Verkauf",
                    "Preço a definir: ainda não está à venda",
                    "Prezzo da definire: non ancora in vendita"),
    "addedMark": L("Added ✓", "Ajouté ✓", "Añadido ✓", "Hinzugefügt ✓", "Adicionado ✓",
                   "Aggiunto ✓"),
    "addNameToCart": L("Add {name} to cart", "Ajouter {name} au panier",
                       "Añadir {name} al carrito", "{name} in den Warenkorb",
                       "Adicionar {name} ao carrinho", "Aggiungi {name} al carrello"),
    "rateName": L("Rate {name}", "Noter {name}", "Valorar {name}", "{name} bewerten",
                  "Avaliar {name}", "Vota {name}"),
    "outOfFive": L("{n} out of 5", "{n} sur 5", "{n} de 5", "{n} von 5", "{n} de 5",
                   "{n} su 5"),
    "thanksRating": L("Thanks for rating!", "Merci pour votre note !", "¡Gracias por valorar!",
                      "Danke für Ihre Bewertung!", "Obrigado pela avaliação!",
                      "Grazie per il voto!"),
    "ratingFailed": L("Could not save your rating.", "Impossible d'enregistrer votre note.",
                      "No se pudo guardar tu valoración.",
                      "Ihre Bewertung ließ sich nicht speichern.",
                      "Não foi possível salvar sua avaliação.",
                      "Impossibile salvare il tuo voto."),
    "quantityOf": L("Quantity of {name}", "Quantité de {name}", "Cantidad de {name}",
                    "Menge von {name}", "Quantidade de {name}", "Quantità di {name}"),
    "checkoutBtn": L("Checkout", "Commander", "Pagar", "Zur Kasse", "Finalizar compra",
                     "Vai al pagamento"),
    "checkoutNote": L("Checkout uses Stripe when the shop has set up its Stripe key; otherwise "
                      "the order is placed for pick-up.",
                      "Le paiement passe par Stripe quand la boutique a configuré sa clé "
                      "Stripe ; sinon la commande est à retirer sur place.",
                      "El pago usa Stripe cuando la tienda ha configurado su clave de Stripe; "
                      "si no, el pedido se recoge en tienda.",
                      "Bezahlt wird über Stripe, wenn der Shop seinen Stripe-Schlüssel "
                      "eingerichtet hat; sonst wird die Bestellung abgeholt.",
                      "O pagamento usa o Stripe quando a loja configura sua chave do Stripe; "
                      "senão o pedido é retirado na loja.",
                      "Il pagamento usa Stripe quando il negozio ha impostato la sua chiave "
                      "Stripe; altrimenti l'ordine si ritira in negozio."),
    "startingCheckout": L("Starting checkout…", "Paiement en cours…", "Iniciando el pago…",
                          "Kasse wird geöffnet…", "Iniciando o pagamento…",
                          "Avvio del pagamento…"),
    "checkoutFailed": L("Checkout failed ({status})", "Échec de la commande ({status})",
                        "El pago falló ({status})", "Bestellung fehlgeschlagen ({status})",
                        "Falha no pagamento ({status})", "Pagamento non riuscito ({status})"),
    "noPriceYet": L("{name} has no price yet", "{name} n'a pas encore de prix",
                    "{name} aún no tiene precio", "{name} hat noch keinen Preis",
                    "{name} ainda não tem preço", "{name} non ha ancora un prezzo"),
    "productGone": L("A product in the cart no longer exists",
                     "Un produit du panier n'existe plus",
                     "Un producto del carrito ya no existe",
                     "Ein Produkt im Warenkorb gibt es nicht mehr",
                     "Um produto do carrinho não existe mais",
                     "Un prodotto nel carrello non esiste più"),
    "paidText": L("Thank you! Your payment went through.", "Merci ! Votre paiement est passé.",
                  "¡Gracias! Tu pago se ha completado.",
                  "Vielen Dank! Ihre Zahlung ist eingegangen.",
                  "Obrigado! Seu pagamento foi concluído.",
                  "Grazie! Il pagamento è andato a buon fine."),
    "placedText": L("Thank you! Your order is placed: pay on pick-up. The shop sees it on its "
                    "orders page.",
                    "Merci ! Votre commande est passée : vous payez au retrait. La boutique la "
                    "voit sur sa page des commandes.",
                    "¡Gracias! Tu pedido está hecho: pagas al recogerlo. La tienda lo ve en su "
                    "página de pedidos.",
                    "Vielen Dank! Ihre Bestellung ist aufgegeben: Bezahlung bei Abholung. Der "
                    "Shop sieht sie auf seiner Bestellseite.",
                    "Obrigado! Seu pedido foi feito: pague na retirada. A loja o vê na página "
                    "de pedidos.",
                    "Grazie! L'ordine è fatto: paghi al ritiro. Il negozio lo vede nella sua "
                    "pagina degli ordini."),
    "pendingText": L("Waiting for Stripe to confirm your payment: refresh in a moment.",
                     "En attente de la confirmation de Stripe : actualisez dans un instant.",
                     "Esperando a que Stripe confirme tu pago: recarga en un momento.",
                     "Warten auf die Bestätigung von Stripe: gleich neu laden.",
                     "Aguardando o Stripe confirmar o pagamento: atualize em instantes.",
                     "In attesa della conferma di Stripe: ricarica tra un attimo."),
    "cancelledText": L("This order was cancelled.", "Cette commande a été annulée.",
                       "Este pedido se canceló.", "Diese Bestellung wurde storniert.",
                       "Este pedido foi cancelado.", "Questo ordine è stato annullato."),
    "allOrders": L("All orders", "Toutes les commandes", "Todos los pedidos",
                   "Alle Bestellungen", "Todos os pedidos", "Tutti gli ordini"),
    "yourOrders": L("Your orders", "Vos commandes", "Tus pedidos", "Ihre Bestellungen",
                    "Seus pedidos", "I tuoi ordini"),
    "ownerSeesAll": L("You are the shop owner: every buyer's order is listed here.",
                      "Vous gérez la boutique : les commandes de tous les acheteurs sont ici.",
                      "Eres el dueño de la tienda: aquí están los pedidos de todos.",
                      "Sie sind der Shop-Inhaber: Hier stehen die Bestellungen aller Käufer.",
                      "Você é o dono da loja: os pedidos de todos os compradores estão aqui.",
                      "Sei il titolare del negozio: qui ci sono gli ordini di tutti."),
    "noOrders": L("No orders yet.", "Aucune commande pour l'instant.", "Aún no hay pedidos.",
                  "Noch keine Bestellungen.", "Nenhum pedido ainda.", "Ancora nessun ordine."),
    "st_pending": L("pending", "en attente", "pendiente", "ausstehend", "pendente",
                    "in attesa"),
    "st_paid": L("paid", "payée", "pagado", "bezahlt", "pago", "pagato"),
    "st_placed": L("placed", "passée", "hecho", "aufgegeben", "feito", "effettuato"),
    "st_cancelled": L("cancelled", "annulée", "cancelado", "storniert", "cancelado",
                      "annullato"),
    # ---- store: the owner's products page
    "manageProducts": L("Manage products", "Gérer les produits", "Gestionar productos",
                        "Produkte verwalten", "Gerenciar produtos", "Gestisci prodotti"),
    "yourProducts": L("Your products", "Vos produits", "Tus productos", "Ihre Produkte",
                      "Seus produtos", "I tuoi prodotti"),
    "ownerOnlyNote": L("Only you, the shop owner, see this page; the database refuses anyone "
                       "else's changes.",
                       "Vous seul, gérant de la boutique, voyez cette page ; la base de "
                       "données refuse les modifications de toute autre personne.",
                       "Solo tú, dueño de la tienda, ves esta página; la base de datos rechaza "
                       "los cambios de cualquier otra persona.",
                       "Nur Sie als Shop-Inhaber sehen diese Seite; die Datenbank lehnt "
                       "Änderungen anderer ab.",
                       "Só você, dono da loja, vê esta página; o banco de dados recusa "
                       "alterações de qualquer outra pessoa.",
                       "Solo tu, titolare del negozio, vedi questa pagina; il database rifiuta "
                       "le modifiche di chiunque altro."),
    "addProduct": L("Add a product", "Ajouter un produit", "Añadir un producto",
                    "Produkt hinzufügen", "Adicionar um produto", "Aggiungi un prodotto"),
    "imageUrl": L("Image URL (https://…)", "URL de l'image (https://…)",
                  "URL de la imagen (https://…)", "Bild-URL (https://…)",
                  "URL da imagem (https://…)", "URL dell'immagine (https://…)"),
    "emojiLabel": L("Emoji (without an image)", "Emoji (sans image)", "Emoji (sin imagen)",
                    "Emoji (ohne Bild)", "Emoji (sem imagem)", "Emoji (senza immagine)"),
    "productAdded": L("{name} added.", "{name} ajouté.", "{name} añadido.",
                      "{name} hinzugefügt.", "{name} adicionado.", "{name} aggiunto."),
    "productSaved": L("{name} saved.", "{name} enregistré.", "{name} guardado.",
                      "{name} gespeichert.", "{name} salvo.", "{name} salvato."),
    "productDeleted": L("{name} deleted.", "{name} supprimé.", "{name} eliminado.",
                        "{name} gelöscht.", "{name} excluído.", "{name} eliminato."),
    "ownerOnly": L("Only the shop owner can change products: see the README to make yourself "
                   "the owner.",
                   "Seul le gérant de la boutique modifie les produits : voir le README pour "
                   "le devenir.",
                   "Solo el dueño de la tienda cambia los productos: mira el README para "
                   "serlo.",
                   "Nur der Shop-Inhaber ändert Produkte: Im README steht, wie Sie es werden.",
                   "Só o dono da loja altera produtos: veja no README como se tornar dono.",
                   "Solo il titolare del negozio modifica i prodotti: il README spiega come "
                   "diventarlo."),
    "badImage": L("The image must be an https:// address.",
                  "L'image doit être une adresse https://.",
                  "La imagen debe ser una dirección https://.",
                  "Das Bild muss eine https://-Adresse sein.",
                  "A imagem deve ser um endereço https://.",
                  "L'immagine deve essere un indirizzo https://."),
    "editWhat": L("Edit {what}", "Modifier {what}", "Editar {what}", "{what} bearbeiten",
                  "Editar {what}", "Modifica {what}"),
    "noProductMatch": L("No product matches your search.",
                        "Aucun produit ne correspond à la recherche.",
                        "Ningún producto coincide con la búsqueda.",
                        "Kein Produkt passt zur Suche.",
                        "Nenhum produto corresponde à busca.",
                        "Nessun prodotto corrisponde alla ricerca."),
    "noPriceHint": L("No price: not for sale", "Sans prix : pas en vente", "Sin precio: no está "
                     "a la venta", "Ohne Preis: nicht im Verkauf", "Sem preço: não está à venda",
                     "Senza prezzo: non in vendita"),
    # ---- landing
    "comingSoon": L("Coming soon", "Bientôt", "Muy pronto", "Demnächst", "Em breve",
                    "Prossimamente"),
    "openingSoon": L("{name} is opening soon. Join the waitlist to leave your email with the "
                     "team.",
                     "{name} ouvre bientôt. Rejoignez la liste d'attente pour laisser votre "
                     "e-mail à l'équipe.",
                     "{name} abre muy pronto. Únete a la lista de espera para dejar tu correo "
                     "al equipo.",
                     "{name} startet bald. Tragen Sie sich in die Warteliste ein, um dem Team "
                     "Ihre E-Mail zu hinterlassen.",
                     "{name} abre em breve. Entre na lista de espera para deixar seu e-mail "
                     "com a equipe.",
                     "{name} apre presto. Entra nella lista d'attesa per lasciare la tua email "
                     "al team."),
    "why": L("Why {name}", "Pourquoi {name}", "Por qué {name}", "Warum {name}",
             "Por que {name}", "Perché {name}"),
    "featureExamples": L("Examples: replace them with what you offer (app/page.tsx).",
                         "Exemples : remplacez-les par ce que vous proposez (app/page.tsx).",
                         "Ejemplos: cámbialos por lo que ofreces (app/page.tsx).",
                         "Beispiele: durch Ihr Angebot ersetzen (app/page.tsx).",
                         "Exemplos: troque pelo que você oferece (app/page.tsx).",
                         "Esempi: sostituiscili con ciò che offri (app/page.tsx)."),
    "faq": L("FAQ", "FAQ", "Preguntas frecuentes", "FAQ", "Perguntas frequentes", "FAQ"),
    "firstInLine": L("Be first in line", "Soyez les premiers", "Sé de los primeros",
                     "Seien Sie als Erste dabei", "Seja um dos primeiros", "Sii tra i primi"),
    "leaveEmail": L("Leave your email: it is kept on the waitlist, readable only by the team "
                    "behind {name}.",
                    "Laissez votre e-mail : il reste sur la liste d'attente, lisible seulement "
                    "par l'équipe de {name}.",
                    "Deja tu correo: queda en la lista de espera y solo lo lee el equipo de "
                    "{name}.",
                    "Hinterlassen Sie Ihre E-Mail: Sie bleibt auf der Warteliste, lesbar nur "
                    "für das Team von {name}.",
                    "Deixe seu e-mail: ele fica na lista de espera, visível só para a equipe "
                    "de {name}.",
                    "Lascia la tua email: resta nella lista d'attesa, leggibile solo dal team "
                    "di {name}."),
    "planExamples": L("Example plans and prices: replace them with yours (app/page.tsx).",
                      "Formules et prix d'exemple : remplacez-les par les vôtres (app/page.tsx).",
                      "Planes y precios de ejemplo: cámbialos por los tuyos (app/page.tsx).",
                      "Beispieltarife und -preise: durch Ihre ersetzen (app/page.tsx).",
                      "Planos e preços de exemplo: troque pelos seus (app/page.tsx).",
                      "Piani e prezzi di esempio: sostituiscili con i tuoi (app/page.tsx)."),
    "onWaitlist": L("Thanks{name}! You're on the waitlist.",
                    "Merci{name} ! Vous êtes sur la liste d'attente.",
                    "¡Gracias{name}! Estás en la lista de espera.",
                    "Danke{name}! Sie stehen auf der Warteliste.",
                    "Obrigado{name}! Você está na lista de espera.",
                    "Grazie{name}! Sei nella lista d'attesa."),
    "wentWrong": L("Something went wrong, please try again.",
                   "Une erreur s'est produite, réessayez.", "Algo salió mal, inténtalo de nuevo.",
                   "Etwas ist schiefgelaufen, bitte erneut versuchen.",
                   "Algo deu errado, tente novamente.", "Qualcosa è andato storto, riprova."),
    "whenOpen": L("When does {name} open?", "Quand {name} ouvre-t-il ?", "¿Cuándo abre {name}?",
                  "Wann startet {name}?", "Quando {name} abre?", "Quando apre {name}?"),
    "whenOpenA": L("Soon. Join the waitlist to leave your email with the {name} team.",
                   "Bientôt. Rejoignez la liste d'attente pour laisser votre e-mail à l'équipe "
                   "de {name}.",
                   "Pronto. Únete a la lista de espera para dejar tu correo al equipo de {name}.",
                   "Bald. Tragen Sie sich in die Warteliste ein, um dem Team von {name} Ihre "
                   "E-Mail zu hinterlassen.",
                   "Em breve. Entre na lista de espera para deixar seu e-mail com a equipe de "
                   "{name}.",
                   "Presto. Entra nella lista d'attesa per lasciare la tua email al team di "
                   "{name}."),
    "payHere": L("Can I pay here?", "Puis-je payer ici ?", "¿Puedo pagar aquí?",
                 "Kann ich hier bezahlen?", "Posso pagar aqui?", "Posso pagare qui?"),
    "payHereA": L("Not yet: this page lists the prices, nothing is charged on it.",
                  "Pas encore : cette page affiche les prix, rien n'y est facturé.",
                  "Todavía no: esta página muestra los precios, no se cobra nada en ella.",
                  "Noch nicht: Diese Seite nennt die Preise, hier wird nichts berechnet.",
                  "Ainda não: esta página mostra os preços, nada é cobrado nela.",
                  "Non ancora: questa pagina mostra i prezzi, qui non si paga nulla."),
}

# The people a dashboard counts, as a prompt in another language names them ("abonnés",
# "socios", "Mitglieder"): (singular, plural), nouns the page's words agree with.
PEOPLE = {
    "fr": (("abonné", "abonnés"), ("adhérent", "adhérents"), ("membre", "membres"),
           ("client", "clients"), ("élève", "élèves"), ("inscrit", "inscrits"),
           ("patient", "patients")),
    "es": (("socio", "socios"), ("cliente", "clientes"), ("miembro", "miembros"),
           ("alumno", "alumnos"), ("suscriptor", "suscriptores"), ("paciente", "pacientes")),
    "de": (("Mitglied", "Mitglieder"), ("Kunde", "Kunden"), ("Abonnent", "Abonnenten"),
           ("Schüler", "Schüler"), ("Patient", "Patienten")),
    "pt": (("aluno", "alunos"), ("cliente", "clientes"), ("membro", "membros"),
           ("sócio", "sócios"), ("assinante", "assinantes"), ("paciente", "pacientes")),
    "it": (("iscritto", "iscritti"), ("cliente", "clienti"), ("socio", "soci"),
           ("membro", "membri"), ("abbonato", "abbonati"), ("paziente", "pazienti")),
}
# Sample people a dashboard's "Load sample" adds, named as people are in the prompt's language.
SAMPLE_PEOPLE = L(
    ("Ava Martin", "Noah Kim", "Mia Rossi", "Leo Dubois", "Zoe Chen", "Omar Haddad",
     "Ivy Walsh", "Hugo Silva", "Nora Berg", "Eli Novak", "Ruth Okafor", "Sam Patel"),
    ("Léa Martin", "Hugo Bernard", "Chloé Petit", "Louis Durand", "Manon Leroy", "Jules Moreau",
     "Camille Fournier", "Lucas Girard", "Inès Lambert", "Théo Rousseau", "Zoé Mercier",
     "Nathan Blanc"),
    ("Lucía García", "Hugo Martínez", "Sofía López", "Mateo Sánchez", "Martina Romero",
     "Pablo Torres", "Valeria Ruiz", "Daniel Navarro", "Carmen Díaz", "Álvaro Moreno",
     "Paula Jiménez", "Diego Herrera"),
    ("Emma Schmidt", "Paul Müller", "Mia Weber", "Leon Fischer", "Hannah Wagner", "Felix Becker",
     "Lena Hoffmann", "Jonas Schulz", "Lea Koch", "Luca Richter", "Marie Klein", "Elias Wolf"),
    ("Beatriz Silva", "João Santos", "Mariana Costa", "Pedro Oliveira", "Ana Ferreira",
     "Tiago Pereira", "Inês Rodrigues", "Rafael Almeida", "Carolina Sousa", "Miguel Gomes",
     "Sofia Martins", "Gabriel Lima"),
    ("Giulia Rossi", "Luca Bianchi", "Sofia Romano", "Marco Ricci", "Chiara Colombo",
     "Matteo Greco", "Sara Marino", "Andrea Bruno", "Martina Gallo", "Davide Conti",
     "Elena Costa", "Lorenzo Fontana"))


def people_noun(prompt: str, lang: str) -> tuple[str, str] | None:
    """The people ``prompt`` says a dashboard counts, in its language, the first it names:
    ("abonné", "abonnés") for "un tableau de bord des abonnés de ma salle de sport"."""
    found = [(m.start(), pair) for pair in PEOPLE.get(lang, ())
             if (m := re.search(rf"\b(?:{re.escape(pair[1])}|{re.escape(pair[0])})\b", prompt,
                                re.I))]
    return min(found)[1] if found else None


# The generated README's own words, in the app's language (an Italian app's README was in
# English); what an app adds (its tables' notes, the shop owner's SQL) stays under a heading
# that says it is English.
README = {
    "built": L("Built by Devora Desktop from an offline template (no AI): Next.js 14 (App "
               "Router, TypeScript, Tailwind), Supabase Auth through `@supabase/ssr`, API routes "
               "validated with zod, and SQL with row-level security on every table ({tables}).",
               "Créée par Devora Desktop à partir d'un modèle hors ligne (sans IA) : Next.js 14 "
               "(App Router, TypeScript, Tailwind), Supabase Auth via `@supabase/ssr`, des routes "
               "d'API validées par zod et du SQL avec sécurité au niveau des lignes sur chaque "
               "table ({tables}).",
               "Creada por Devora Desktop a partir de una plantilla sin conexión (sin IA): "
               "Next.js 14 (App Router, TypeScript, Tailwind), Supabase Auth con `@supabase/ssr`, "
               "rutas de API validadas con zod y SQL con seguridad a nivel de fila en cada tabla "
               "({tables}).",
               "Von Devora Desktop aus einer Offline-Vorlage erstellt (ohne KI): Next.js 14 (App "
               "Router, TypeScript, Tailwind), Supabase Auth über `@supabase/ssr`, mit zod "
               "geprüfte API-Routen und SQL mit Row-Level-Security auf jeder Tabelle ({tables}).",
               "Criado pelo Devora Desktop a partir de um modelo offline (sem IA): Next.js 14 (App "
               "Router, TypeScript, Tailwind), Supabase Auth via `@supabase/ssr`, rotas de API "
               "validadas com zod e SQL com segurança por linha em todas as tabelas ({tables}).",
               "Creata da Devora Desktop da un modello offline (senza IA): Next.js 14 (App "
               "Router, TypeScript, Tailwind), Supabase Auth tramite `@supabase/ssr`, route API "
               "validate con zod e SQL con sicurezza a livello di riga su ogni tabella "
               "({tables})."),
    "step1": L("Create a Supabase project; run `supabase/migrations/*.sql` (and "
               "`supabase/seed.sql` if present) in its SQL editor or with `supabase db push`.",
               "Créez un projet Supabase ; exécutez `supabase/migrations/*.sql` (et "
               "`supabase/seed.sql` s'il existe) dans son éditeur SQL ou avec `supabase db push`.",
               "Crea un proyecto de Supabase; ejecuta `supabase/migrations/*.sql` (y "
               "`supabase/seed.sql` si existe) en su editor SQL o con `supabase db push`.",
               "Ein Supabase-Projekt anlegen; `supabase/migrations/*.sql` (und "
               "`supabase/seed.sql`, falls vorhanden) im SQL-Editor oder mit `supabase db push` "
               "ausführen.",
               "Crie um projeto no Supabase; rode `supabase/migrations/*.sql` (e "
               "`supabase/seed.sql`, se houver) no editor SQL ou com `supabase db push`.",
               "Crea un progetto Supabase; esegui `supabase/migrations/*.sql` (e "
               "`supabase/seed.sql`, se c'è) nel suo editor SQL o con `supabase db push`."),
    "step2": L("`cp .env.example .env.local` and fill in `SUPABASE_URL` and `SUPABASE_ANON_KEY` "
               "(Project settings → API); in Devora, Project › Connect Supabase… does this.",
               "`cp .env.example .env.local` puis renseignez `SUPABASE_URL` et "
               "`SUPABASE_ANON_KEY` (Project settings → API) ; dans Devora, Project › Connect "
               "Supabase… le fait pour vous.",
               "`cp .env.example .env.local` y rellena `SUPABASE_URL` y `SUPABASE_ANON_KEY` "
               "(Project settings → API); en Devora, Project › Connect Supabase… lo hace por ti.",
               "`cp .env.example .env.local` und `SUPABASE_URL` sowie `SUPABASE_ANON_KEY` "
               "eintragen (Project settings → API); in Devora erledigt das Project › Connect "
               "Supabase….",
               "`cp .env.example .env.local` e preencha `SUPABASE_URL` e `SUPABASE_ANON_KEY` "
               "(Project settings → API); no Devora, Project › Connect Supabase… faz isso.",
               "`cp .env.example .env.local` e compila `SUPABASE_URL` e `SUPABASE_ANON_KEY` "
               "(Project settings → API); in Devora lo fa Project › Connect Supabase…."),
    "step3": L("`npm install && npm run dev`, open http://localhost:3000 and sign up.",
               "`npm install && npm run dev`, ouvrez http://localhost:3000 et inscrivez-vous.",
               "`npm install && npm run dev`, abre http://localhost:3000 y regístrate.",
               "`npm install && npm run dev`, http://localhost:3000 öffnen und registrieren.",
               "`npm install && npm run dev`, abra http://localhost:3000 e crie sua conta.",
               "`npm install && npm run dev`, apri http://localhost:3000 e registrati."),
    "more": L("This app's own set-up steps are in the details below.",
              "Les étapes propres à cette app sont dans les détails plus bas.",
              "Los pasos propios de esta app están en los detalles más abajo.",
              "Die eigenen Schritte dieser App stehen unten in den Details.",
              "Os passos próprios deste app estão nos detalhes abaixo.",
              "I passi propri di questa app sono nei dettagli più sotto."),
    "wordsHead": L("Words", "Les mots", "Las palabras", "Die Wörter", "As palavras",
                   "Le parole"),
    "words": L("Every word the pages show is in `lib/words.ts` ({language}), with the currency "
               "and locale of the prices: change a word there and every page follows.",
               "Chaque mot des pages est dans `lib/words.ts` ({language}), avec la devise et le "
               "format des prix : changez un mot là et toutes les pages suivent.",
               "Cada palabra de las páginas está en `lib/words.ts` ({language}), con la moneda "
               "y el formato de los precios: cambia una palabra ahí y todas las páginas la "
               "siguen.",
               "Jedes Wort der Seiten steht in `lib/words.ts` ({language}), mit Währung und "
               "Zahlenformat der Preise: dort ein Wort ändern, und alle Seiten folgen.",
               "Cada palavra das páginas está em `lib/words.ts` ({language}), com a moeda e o "
               "formato dos preços: mude uma palavra ali e todas as páginas acompanham.",
               "Ogni parola delle pagine è in `lib/words.ts` ({language}), con la valuta e il "
               "formato dei prezzi: cambia una parola lì e tutte le pagine la seguono."),
    "language": L("English", "français", "español", "Deutsch", "português", "italiano"),
    "securityHead": L("Security", "Sécurité", "Seguridad", "Sicherheit", "Segurança",
                      "Sicurezza"),
    "security": L("Every API route checks who is signed in before touching the database, and "
                  "row-level security decides what each person sees; nothing secret reaches "
                  "the browser; input is checked and refused with a line in the app's language.",
                  "Chaque route d'API vérifie qui est connecté avant de toucher à la base, et la "
                  "sécurité au niveau des lignes décide de ce que chacun voit ; rien de secret "
                  "n'atteint le navigateur ; les saisies sont vérifiées et refusées avec une "
                  "ligne dans la langue de l'app.",
                  "Cada ruta de API comprueba quién ha iniciado sesión antes de tocar la base de "
                  "datos, y la seguridad a nivel de fila decide qué ve cada persona; nada "
                  "secreto llega al navegador; lo que se envía se comprueba y se rechaza con una "
                  "línea en el idioma de la app.",
                  "Jede API-Route prüft, wer angemeldet ist, bevor sie die Datenbank berührt, und "
                  "Row-Level-Security entscheidet, was jede Person sieht; nichts Geheimes "
                  "erreicht den Browser; Eingaben werden geprüft und mit einer Zeile in der "
                  "Sprache der App abgelehnt.",
                  "Cada rota de API verifica quem está conectado antes de tocar no banco, e a "
                  "segurança por linha decide o que cada pessoa vê; nada secreto chega ao "
                  "navegador; o que é enviado é verificado e recusado com uma linha no idioma "
                  "do app.",
                  "Ogni route API controlla chi ha effettuato l'accesso prima di toccare il "
                  "database, e la sicurezza a livello di riga decide cosa vede ciascuno; niente "
                  "di segreto arriva al browser; gli input sono controllati e rifiutati con una "
                  "riga nella lingua dell'app."),
    "details": L("Details for developers", "Détails pour les développeurs (en anglais)",
                 "Detalles para desarrolladores (en inglés)",
                 "Details für Entwickler (auf Englisch)",
                 "Detalhes para desenvolvedores (em inglês)",
                 "Dettagli per sviluppatori (in inglese)"),
}


# Words the web engine says the same way (i18n.UI): reused, not copied.
REUSED = ("search", "save", "delete", "removeExamples", "total", "yourCart", "addToCart",
          "cartEmpty", "back", "edit", "cancel")
# and the fields' names (shapes.FIELD) and the landing page's (i18n.LANDING)
FIELDS = ("name", "title", "description", "price", "category")
LANDING = ("features", "pricing", "month", "join")

_COUNTRY = {"en": "US", "fr": "FR", "es": "ES", "de": "DE", "pt": "PT", "it": "IT"}


def words(lang: str) -> dict[str, str]:
    """The app's words in ``lang``: this table's and the reused ones of ``i18n.UI``."""
    ui, field, landing = (i18n.words(lang, table) for table in (i18n.UI, FIELD, i18n.LANDING))
    return {**{k: ui[k] for k in REUSED}, **{k: field[k] for k in FIELDS},
            **{k: landing[k] for k in LANDING}, **i18n.words(lang, WORDS)}


def locale(lang: str, currency: str) -> str:
    """The number format's locale: the language with the country its money says (reais:
    Brazil, pounds: Britain), else the language's own."""
    if currency == "BRL":
        return "pt-BR"
    if currency == "GBP" and lang == "en":
        return "en-GB"
    return f"{lang}-{_COUNTRY[lang]}"


WORDS_TS = '''/**
 * Every word this app's pages show, in its language (@@LANG@@): change one here and every page
 * follows. say() fills a text's {placeholders}.
 */
export const W = @@WORDS@@;

/** Prices are shown in this money, formatted for this locale. */
export const CURRENCY = @@CURRENCY@@;
export const LOCALE = @@LOCALE@@;

export function say(text: string, values: Record<string, string | number>): string {
  return text.replace(/\\{(\\w+)\\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
'''


def words_ts(lang: str, currency: str, extra: dict[str, str] | None = None) -> str:
    """``lib/words.ts``: the words, and the money and locale prices are shown in."""
    out = WORDS_TS
    for key, value in (("LANG", lang), ("WORDS", json.dumps(
            {**words(lang), **(extra or {})}, ensure_ascii=False, indent=2)),
            ("CURRENCY", json.dumps(currency)), ("LOCALE", json.dumps(locale(lang, currency)))):
        out = out.replace(f"@@{key}@@", value)
    return out
