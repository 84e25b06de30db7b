"""The words of the offline data apps in the six languages they write: en fr es de pt it.

``LANGS`` is the order of every tuple here. ``words(lang)`` gives the engine's interface text;
``guess(prompt)`` says which language a prompt is written in (English unless another one's
words clearly win), so a French prompt gets a French app.
"""

from __future__ import annotations

import re

LANGS = ("en", "fr", "es", "de", "pt", "it")

# A board's columns when the prompt names none.
BOARD_COLUMNS = (("To do", "In progress", "Done"), ("À faire", "En cours", "Terminé"),
                 ("Por hacer", "En curso", "Hecho"), ("Offen", "In Arbeit", "Erledigt"),
                 ("A fazer", "Em andamento", "Feito"), ("Da fare", "In corso", "Fatto"))

CURRENCY = dict(zip(LANGS, ("USD", "EUR", "EUR", "EUR", "EUR", "EUR"), strict=True))
# The money a prompt names wins over its language's: "R$ 35" or Pix is Brazil, "£12" Britain.
# Brazilian Portuguese is told by its everyday words ("pra", "celular", "cardápio").
_MONEY_SAID = (("BRL", r"R\$|\breais\b|\bpix\b"), ("GBP", r"£|\bGBP\b|\d\s*(?:pounds?|quid)\b"),
               ("JPY", r"¥|\byen\b|\bJPY\b"), ("INR", r"₹|\brupees?\b|\bINR\b"),
               ("CAD", r"\bCAD\b|C\$|canadian dollars?"), ("AUD", r"\bAUD\b|A\$|australian dollars?"),
               ("MXN", r"\bMXN\b|pesos? mexicanos?|mexican pesos?"),
               ("EUR", r"€|\beuros?\b|\bEUR\b"), ("CHF", r"\bCHF\b|\bFranken\b"),
               ("USD", r"(?<![A-Za-z])\$|\bUSD\b|\bdollars?\b"))
_BRAZIL = (r"\bpra\b|\bcelular|\bcard[áa]pio|\bvoc[êe]\b|\ba gente\b|\b[ôo]nibus\b|\bgalera\b|"
           # Brazil's words where Portugal says others ("stock", "controlo", "renda",
           # "utilizador", "casa de banho", "frigorífico", "gelado", "sumo", "pequeno-almoço"):
           # walk17 #19 priced a "controle de estoque" in euros
           r"\bestoque|\bcontrole\b|\baluguel|\busu[áa]rios?\b|\bcadastr\w*|\bbanheiro|"
           r"\bgeladeira|\bsorvete|\bsuco\b|\bcaf[ée] da manh[ãa]|\bx[íi]cara|\bplanilha|"
           # "pro meu", "pros pedidos"; Brazil's own trades and papers (walk22 #17 priced a
           # condo's diaristas, a freelancer's board and a Curitiba food truck in euros)
           r"\bpros?\s+(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas|seu|sua)\b|\bpros\b|"
           r"\bMEI\b|\bCNPJ\b|\bCPF\b|\bnotas? fisca\w*|\bboleto|\bfreelas?\b|\bdiaristas?\b|"
           r"\bmarmitas?\b|\blanchonete|\bpet ?shop|\bbanho e tosa|\bbrasil\w*|"
           r"\b(?:s[ãa]o paulo|rio de janeiro|curitiba|belo horizonte|porto alegre|bras[íi]lia|"
           r"salvador|recife|fortaleza|manaus|florian[óo]polis|goi[âa]nia|campinas|niter[óo]i|"
           r"bel[ée]m|vit[óo]ria|natal|macei[óo]|jo[ãa]o pessoa|teresina|cuiab[áa]|londrina)\b")


def currency(prompt: str, lang: str) -> str:
    """The ISO code of the money the app shows: the one the prompt names, else its
    language's (Brazilian Portuguese: reais)."""
    said = next((code for code, pattern in _MONEY_SAID if re.search(pattern, prompt, re.I)),
                None)
    if said:
        return said
    return "BRL" if lang == "pt" and re.search(_BRAZIL, prompt, re.I) and not re.search(
        _PORTUGAL, prompt, re.I) else CURRENCY[lang]


# places in Portugal: its money whatever the words ("controle de gastos da casa em Lisboa")
_PORTUGAL = (r"\b(?:portugal|portugu[êe]s[ae]?s?|lisboa|coimbra|braga|faro|aveiro|set[úu]bal|"
             r"funchal|madeira|a[çc]ores|algarve|porto(?! alegre| seguro| velho))\b")


# Interface text of dataapp.js, {placeholders} filled there. A count's text is "one|other"
# where a language's singular differs ("1 pedidos", walk13 #24): dataapp.js's tr picks the
# form by the language's plural rule (Intl.PluralRules: French says "0 ligne").
UI: dict[str, tuple[str, str, str, str, str, str]] = {
    "add": ("Add", "Ajouter", "Añadir", "Hinzufügen", "Adicionar", "Aggiungi"),
    "save": ("Save", "Enregistrer", "Guardar", "Speichern", "Salvar", "Salva"),
    "cancel": ("Cancel", "Annuler", "Cancelar", "Abbrechen", "Cancelar", "Annulla"),
    "edit": ("Edit", "Modifier", "Editar", "Bearbeiten", "Editar", "Modifica"),
    "delete": ("Delete", "Supprimer", "Eliminar", "Löschen", "Excluir", "Elimina"),
    "deleted": ("Deleted.", "Supprimé.", "Eliminado.", "Gelöscht.", "Excluído.", "Eliminato."),
    "saved": ("Saved.", "Enregistré.", "Guardado.", "Gespeichert.", "Salvo.", "Salvato."),
    "added": ("Added.", "Ajouté.", "Añadido.", "Hinzugefügt.", "Adicionado.", "Aggiunto."),
    "search": ("Search", "Rechercher", "Buscar", "Suchen", "Pesquisar", "Cerca"),
    "sortBy": ("Sort by…", "Trier par…", "Ordenar por…", "Sortieren nach…", "Ordenar por…",
               "Ordina per…"),
    "all": ("all", "tous", "todos", "alle", "todos", "tutti"),
    "empty": ("Nothing here yet: add the first one.", "Rien pour l'instant : ajoutez le "
              "premier.", "Nada por ahora: añade el primero.", "Noch nichts hier: lege den "
              "ersten Eintrag an.", "Nada por aqui ainda: adicione o primeiro.",
              "Ancora niente: aggiungi il primo."),
    "examples": ("{n} examples show how this works; they are not real.",
                 "{n} exemples montrent comment ça marche ; ils ne sont pas réels.",
                 "{n} ejemplos muestran cómo funciona; no son reales.",
                 "{n} Beispiele zeigen, wie es funktioniert; sie sind nicht echt.",
                 "{n} exemplos mostram como funciona; não são reais.",
                 "{n} esempi mostrano come funziona; non sono reali."),
    "example": ("1 example shows how this works; it is not real.",
                "1 exemple montre comment ça marche ; il n'est pas réel.",
                "1 ejemplo muestra cómo funciona; no es real.",
                "1 Beispiel zeigt, wie es funktioniert; es ist nicht echt.",
                "1 exemplo mostra como funciona; não é real.",
                "1 esempio mostra come funziona; non è reale."),
    "removeExamples": ("Remove the examples", "Retirer les exemples", "Quitar los ejemplos",
                       "Beispiele entfernen", "Remover os exemplos", "Togli gli esempi"),
    "examplesRemoved": ("Examples removed: the app is yours to fill.",
                        "Exemples retirés : l'app est à vous.",
                        "Ejemplos quitados: la app es tuya.",
                        "Beispiele entfernt: Die App gehört dir.",
                        "Exemplos removidos: o app é seu.",
                        "Esempi tolti: l'app è tua."),
    "exported": ("{n} row exported as CSV.|{n} rows exported as CSV.",
                 "{n} ligne exportée en CSV.|{n} lignes exportées en CSV.",
                 "{n} fila exportada en CSV.|{n} filas exportadas en CSV.",
                 "{n} Zeile als CSV exportiert.|{n} Zeilen als CSV exportiert.",
                 "{n} linha exportada em CSV.|{n} linhas exportadas em CSV.",
                 "{n} riga esportata in CSV.|{n} righe esportate in CSV."),
    "imported": ("{n} row imported.|{n} rows imported.",
                 "{n} ligne importée.|{n} lignes importées.",
                 "{n} fila importada.|{n} filas importadas.",
                 "{n} Zeile importiert.|{n} Zeilen importiert.",
                 "{n} linha importada.|{n} linhas importadas.",
                 "{n} riga importata.|{n} righe importate."),
    "importEmpty": ("That file has no rows.", "Ce fichier n'a aucune ligne.",
                    "Ese archivo no tiene filas.", "Die Datei hat keine Zeilen.",
                    "Esse arquivo não tem linhas.", "Il file non ha righe."),
    "exportCsv": ("Export CSV", "Exporter en CSV", "Exportar CSV", "CSV exportieren",
                  "Exportar CSV", "Esporta CSV"),
    "importCsv": ("Import CSV", "Importer un CSV", "Importar CSV", "CSV importieren",
                  "Importar CSV", "Importa CSV"),
    "manage": ("Add, edit and delete", "Ajouter, modifier, supprimer", "Añadir, editar y eliminar",
               "Hinzufügen, bearbeiten, löschen", "Adicionar, editar e excluir",
               "Aggiungi, modifica, elimina"),
    "done": ("Done", "Fait", "Hecho", "Erledigt", "Feito", "Fatto"),
    "streak": ("{n}-day streak", "série de {n} jour|série de {n} jours",
               "racha de {n} día|racha de {n} días", "{n} Tag in Folge|{n} Tage in Folge",
               "sequência de {n} dia|sequência de {n} dias",
               "serie di {n} giorno|serie di {n} giorni"),
    "moved": ("Moved to {col}.", "Déplacée vers {col}.", "Movida a {col}.",
              "Nach {col} verschoben.", "Movido para {col}.", "Spostata in {col}."),
    "moveTo": ("Move to {col}", "Déplacer vers {col}", "Mover a {col}", "Nach {col} verschieben",
               "Mover para {col}", "Sposta in {col}"),
    "book": ("Book", "Réserver", "Reservar", "Buchen", "Agendar", "Prenota"),
    "confirmBooking": ("Confirm booking", "Confirmer la réservation", "Confirmar la reserva",
                       "Buchung bestätigen", "Confirmar agendamento", "Conferma prenotazione"),
    "slotTaken": ("That slot was just taken.", "Ce créneau vient d'être pris.",
                  "Ese horario acaba de ocuparse.", "Dieser Termin ist schon vergeben.",
                  "Esse horário acabou de ser ocupado.", "Questa fascia è appena stata presa."),
    "booked": ("Booked: {when}. Saved in this browser; nobody is notified.",
               "Réservé : {when}. Enregistré dans ce navigateur ; personne n'est prévenu.",
               "Reservado: {when}. Guardado en este navegador; no se avisa a nadie.",
               "Gebucht: {when}. In diesem Browser gespeichert; niemand wird benachrichtigt.",
               "Agendado: {when}. Salvo neste navegador; ninguém é avisado.",
               "Prenotato: {when}. Salvato in questo browser; nessuno viene avvisato."),
    "nextDue": ("{what}: done, next on {when}.", "{what} : fait, prochaine fois le {when}.",
                "{what}: hecho, la próxima vez el {when}.",
                "{what}: erledigt, nächstes Mal am {when}.",
                "{what}: feito, próxima vez em {when}.", "{what}: fatto, prossima volta il {when}."),
    "taken": ("Taken", "Pris", "Ocupado", "Belegt", "Ocupado", "Occupato"),
    "prevWeek": ("Previous week", "Semaine précédente", "Semana anterior", "Vorige Woche",
                 "Semana anterior", "Settimana precedente"),
    "nextWeek": ("Next week", "Semaine suivante", "Semana siguiente", "Nächste Woche",
                 "Próxima semana", "Settimana successiva"),
    "bookings": ("Upcoming bookings", "Réservations à venir", "Próximas reservas",
                 "Kommende Buchungen", "Próximos agendamentos", "Prossime prenotazioni"),
    "noBookings": ("No bookings yet: pick a free slot above.",
                   "Aucune réservation : choisissez un créneau libre.",
                   "Aún no hay reservas: elige un horario libre.",
                   "Noch keine Buchungen: wählen Sie oben einen freien Termin.",
                   "Nenhum agendamento: escolha um horário livre acima.",
                   "Nessuna prenotazione: scegli una fascia libera."),
    "cancelBooking": ("Cancel booking", "Annuler", "Cancelar reserva", "Stornieren", "Cancelar",
                      "Annulla"),
    "player": ("Player", "Joueur", "Jugador", "Spieler", "Jogador", "Giocatore"),
    # a leaderboard whose rows are teams
    "team": ("Team", "Équipe", "Equipo", "Team", "Time", "Squadra"),
    "addTeam": ("Add team", "Ajouter une équipe", "Añadir equipo", "Team hinzufügen",
                "Adicionar time", "Aggiungi squadra"),
    "recordResult": ("Add points", "Ajouter des points", "Sumar puntos", "Punkte eintragen",
                     "Adicionar pontos", "Aggiungi punti"),
    # a leaderboard whose prompt says what each kind of result scores
    "resultKind": ("Result", "Résultat", "Resultado", "Ergebnis", "Resultado", "Risultato"),
    "pointsTyped": ("Points as typed", "Points saisis", "Puntos escritos", "Punkte wie eingegeben",
                    "Pontos digitados", "Punti come scritti"),
    "recorded": ("Points added for {name}.", "Points ajoutés pour {name}.",
                 "Puntos sumados a {name}.", "Punkte für {name} eingetragen.",
                 "Pontos adicionados para {name}.", "Punti aggiunti a {name}."),
    "addPlayer": ("Add player", "Ajouter un joueur", "Añadir jugador", "Spieler hinzufügen",
                  "Adicionar jogador", "Aggiungi giocatore"),
    "playerAdded": ("{name} added to the ranking.", "{name} ajouté au classement.",
                    "{name} añadido a la clasificación.", "{name} zur Rangliste hinzugefügt.",
                    "{name} adicionado ao ranking.", "{name} aggiunto alla classifica."),
    "recordMatch": ("Record a game", "Noter une partie", "Anotar un partido",
                    "Spiel eintragen", "Registrar uma partida", "Registra una partita"),
    "winner": ("Winner", "Gagnant", "Ganador", "Sieger", "Vencedor", "Vincitore"),
    "loser": ("Loser", "Perdant", "Perdedor", "Verlierer", "Perdedor", "Perdente"),
    "draw": ("Draw", "Match nul", "Empate", "Unentschieden", "Empate", "Pareggio"),
    "matchRecorded": ("Result saved: {winner} – {loser}.", "Résultat noté : {winner} – {loser}.",
                      "Resultado anotado: {winner} – {loser}.",
                      "Ergebnis eingetragen: {winner} – {loser}.",
                      "Resultado registrado: {winner} – {loser}.",
                      "Risultato registrato: {winner} – {loser}."),
    "samePlayer": ("Pick two different players.", "Choisissez deux joueurs différents.",
                   "Elige dos jugadores distintos.", "Zwei verschiedene Spieler wählen.",
                   "Escolha dois jogadores diferentes.", "Scegli due giocatori diversi."),
    "flip": ("Flip the card", "Retourner la carte", "Girar la tarjeta", "Karte umdrehen",
             "Virar o cartão", "Gira la carta"),
    "flipHint": ("Click to flip", "Cliquez pour retourner", "Haz clic para girar",
                 "Zum Umdrehen klicken", "Clique para virar", "Clicca per girare"),
    "notYet": ("Not yet", "Pas encore", "Todavía no", "Noch nicht", "Ainda não", "Non ancora"),
    "nextCard": ("Next", "Suivante", "Siguiente", "Weiter", "Próxima", "Avanti"),
    "knewIt": ("I knew it", "Je savais", "Lo sabía", "Gewusst", "Eu sabia", "Lo sapevo"),
    "cardsStudied": ("{n} card|{n} cards", "{n} carte|{n} cartes", "{n} tarjeta|{n} tarjetas",
                     "{n} Karte|{n} Karten", "{n} cartão|{n} cartões", "{n} carta|{n} carte"),
    "restart": ("Start over", "Recommencer", "Empezar de nuevo", "Neu starten", "Recomeçar",
                "Ricomincia"),
    "score": ("Card {i} of {n} · score {right}/{seen}", "Carte {i} sur {n} · score {right}/{seen}",
              "Tarjeta {i} de {n} · aciertos {right}/{seen}",
              "Karte {i} von {n} · Punkte {right}/{seen}",
              "Cartão {i} de {n} · acertos {right}/{seen}",
              "Carta {i} di {n} · punteggio {right}/{seen}"),
    "cantCompute": ("Can't compute {what} from these numbers: check them (no division by zero, "
                    "no root of a negative number)",
                    "Impossible de calculer {what} avec ces nombres : vérifiez-les (pas de "
                    "division par zéro, pas de racine d'un nombre négatif)",
                    "No se puede calcular {what} con estos números: revísalos (sin división "
                    "por cero ni raíz de un número negativo)",
                    "{what} lässt sich mit diesen Zahlen nicht berechnen: bitte prüfen (keine "
                    "Division durch null, keine Wurzel aus einer negativen Zahl)",
                    "Não dá para calcular {what} com esses números: confira-os (sem divisão "
                    "por zero nem raiz de número negativo)",
                    "Impossibile calcolare {what} con questi numeri: controllali (niente "
                    "divisione per zero né radice di un numero negativo)"),
    "saveCalc": ("Save this calculation", "Garder ce calcul", "Guardar este cálculo",
                 "Berechnung speichern", "Salvar este cálculo", "Salva questo calcolo"),
    "history": ("Saved calculations", "Calculs gardés", "Cálculos guardados",
                "Gespeicherte Berechnungen", "Cálculos salvos", "Calcoli salvati"),
    "allOk": ("All systems operational", "Tous les systèmes fonctionnent",
              "Todos los sistemas operativos", "Alle Systeme in Betrieb",
              "Todos os sistemas operacionais", "Tutti i sistemi operativi"),
    "someDegraded": ("Some systems are degraded", "Certains systèmes sont perturbés",
                     "Algunos sistemas están degradados", "Einige Systeme sind beeinträchtigt",
                     "Alguns sistemas estão degradados", "Alcuni sistemi sono degradati"),
    "someDown": ("Some systems are down", "Certains systèmes sont en panne",
                 "Algunos sistemas están caídos", "Einige Systeme sind ausgefallen",
                 "Alguns sistemas estão fora do ar", "Alcuni sistemi sono fuori servizio"),
    "updated": ("Shown {when}", "Affiché le {when}", "Mostrado el {when}", "Stand {when}",
                "Exibido em {when}", "Mostrato il {when}"),
    "uptime": ("{pct}% uptime over {days} days", "{pct} % de disponibilité sur {days} jours",
               "{pct}% de disponibilidad en {days} días", "{pct} % Verfügbarkeit in {days} Tagen",
               "{pct}% de disponibilidade em {days} dias",
               "{pct}% di disponibilità in {days} giorni"),
    "daysAgo": ("{n} day ago|{n} days ago", "il y a {n} jour|il y a {n} jours",
                "hace {n} día|hace {n} días", "vor {n} Tag|vor {n} Tagen",
                "há {n} dia|há {n} dias", "{n} giorno fa|{n} giorni fa"),
    "todayWord": ("Today", "Aujourd'hui", "Hoy", "Heute", "Hoje", "Oggi"),
    "setStatus": ("Status", "État", "Estado", "Status", "Status", "Stato"),
    "addIncident": ("Post an incident", "Publier un incident", "Publicar un incidente",
                    "Störung melden", "Publicar um incidente", "Pubblica un incidente"),
    "incidents": ("Incidents", "Incidents", "Incidentes", "Störungen", "Incidentes",
                  "Incidenti"),
    "noIncidents": ("No incidents reported.", "Aucun incident signalé.",
                    "No se han reportado incidentes.", "Keine Störungen gemeldet.",
                    "Nenhum incidente relatado.", "Nessun incidente segnalato."),
    "statusNote": ("This page shows the statuses set here; it does not monitor anything by "
                   "itself. Changes are saved in this browser.",
                   "Cette page affiche les états saisis ici ; elle ne surveille rien "
                   "d'elle-même. Les changements restent dans ce navigateur.",
                   "Esta página muestra los estados indicados aquí; no vigila nada por sí "
                   "sola. Los cambios se guardan en este navegador.",
                   "Diese Seite zeigt die hier gesetzten Status; sie überwacht nichts selbst. "
                   "Änderungen bleiben in diesem Browser.",
                   "Esta página mostra os status definidos aqui; ela não monitora nada "
                   "sozinha. As alterações ficam neste navegador.",
                   "Questa pagina mostra gli stati impostati qui; non monitora nulla da sola. "
                   "Le modifiche restano in questo browser."),
    "addToOrder": ("Add", "Ajouter", "Añadir", "Hinzufügen", "Adicionar", "Aggiungi"),
    # an item the prompt named with no price: it can't be ordered until a price is set
    "priceToSet": ("Price to set", "Prix à fixer", "Precio por fijar", "Preis folgt",
                   "Preço a definir", "Prezzo da definire"),
    "setPriceHint": ("Set its price under “{manage}” to sell it.",
                     "Fixez son prix dans « {manage} » pour le vendre.",
                     "Fija su precio en «{manage}» para venderlo.",
                     "Preis unter „{manage}“ eintragen, um es zu verkaufen.",
                     "Defina o preço em “{manage}” para vendê-lo.",
                     "Imposta il prezzo in «{manage}» per venderlo."),
    "pricesToSet": ("Some items have no price yet: open “Add, edit and delete” below and Edit "
                    "them to set one.",
                    "Certains articles n'ont pas encore de prix : ouvrez « Ajouter, modifier, "
                    "supprimer » plus bas et modifiez-les pour en fixer un.",
                    "Algunos artículos aún no tienen precio: abre «Añadir, editar y eliminar» "
                    "más abajo y edítalos para fijarlo.",
                    "Einige Artikel haben noch keinen Preis: unten „Hinzufügen, bearbeiten, "
                    "löschen“ öffnen und sie bearbeiten.",
                    "Alguns itens ainda não têm preço: abra “Adicionar, editar e excluir” "
                    "abaixo e edite-os para definir um.",
                    "Alcuni articoli non hanno ancora un prezzo: apri «Aggiungi, modifica, "
                    "elimina» qui sotto e modificali per impostarlo."),
    # the item's name last: "Coxinha adicionado" took a gender from the word (walk13 #24)
    "addedToOrder": ("{name} added to your order.", "Ajouté à la commande : {name}.",
                     "Añadido al pedido: {name}.", "Zur Bestellung hinzugefügt: {name}.",
                     "Adicionado ao pedido: {name}.", "Aggiunto all'ordine: {name}."),
    "yourOrder": ("Your order", "Votre commande", "Tu pedido", "Ihre Bestellung", "Seu pedido",
                  "Il tuo ordine"),
    "orderEmpty": ("Nothing ordered yet.", "Rien de commandé pour l'instant.",
                   "Todavía no has pedido nada.", "Noch nichts bestellt.",
                   "Nada pedido ainda.", "Ancora nessun ordine."),
    "total": ("Total", "Total", "Total", "Summe", "Total", "Totale"),
    "placeOrder": ("Place order", "Passer la commande", "Hacer el pedido", "Bestellen",
                   "Fazer pedido", "Ordina"),
    "orderSaved": ("Order #{n} saved in this browser.", "Commande n° {n} enregistrée dans ce "
                   "navigateur.", "Pedido n.º {n} guardado en este navegador.",
                   "Bestellung Nr. {n} in diesem Browser gespeichert.",
                   "Pedido nº {n} salvo neste navegador.",
                   "Ordine n. {n} salvato in questo browser."),
    "orderNote": ("Orders stay in this browser: nothing is paid and nobody is notified.",
                  "Les commandes restent dans ce navigateur : rien n'est payé, personne n'est "
                  "prévenu.",
                  "Los pedidos se quedan en este navegador: no se paga nada ni se avisa a nadie.",
                  "Bestellungen bleiben in diesem Browser: nichts wird bezahlt, niemand "
                  "benachrichtigt.",
                  "Os pedidos ficam neste navegador: nada é pago e ninguém é avisado.",
                  "Gli ordini restano in questo browser: non si paga nulla e nessuno viene "
                  "avvisato."),
    "payNote": ("Online payment is not set up: orders stay in this browser, nothing is paid "
                "and nobody is notified.",
                "Le paiement en ligne n'est pas en place : les commandes restent dans ce "
                "navigateur, rien n'est payé, personne n'est prévenu.",
                "El pago en línea no está configurado: los pedidos se quedan en este navegador, "
                "no se paga nada ni se avisa a nadie.",
                "Online-Bezahlung ist nicht eingerichtet: Bestellungen bleiben in diesem "
                "Browser, nichts wird bezahlt, niemand benachrichtigt.",
                "O pagamento online não está configurado: os pedidos ficam neste navegador, "
                "nada é pago e ninguém é avisado.",
                "Il pagamento online non è attivo: gli ordini restano in questo browser, non si "
                "paga nulla e nessuno viene avvisato."),
    "ordersHere": ("{n} order in this browser|{n} orders in this browser",
                   "{n} commande dans ce navigateur|{n} commandes dans ce navigateur",
                   "{n} pedido en este navegador|{n} pedidos en este navegador",
                   "{n} Bestellung in diesem Browser|{n} Bestellungen in diesem Browser",
                   "{n} pedido neste navegador|{n} pedidos neste navegador",
                   "{n} ordine in questo browser|{n} ordini in questo browser"),
    "signUp": ("Sign up", "S'inscrire", "Inscribirme", "Eintragen", "Inscrever-me",
               "Iscrivimi"),
    "joinQueue": ("Join the waitlist", "Liste d'attente", "Lista de espera",
                     "Auf die Warteliste", "Entrar na lista de espera", "Lista d'attesa"),
    "queue": ("Waitlist (they move up when a spot frees):",
                 "Liste d'attente (on monte quand une place se libère) :",
                 "Lista de espera (suben cuando se libera un lugar):",
                 "Warteliste (rückt nach, wenn ein Platz frei wird):",
                 "Lista de espera (sobe quando uma vaga abre):",
                 "Lista d'attesa (si sale quando si libera un posto):"),
    "queued": ("{name} is on the waitlist for {what}.",
                   "{name} est sur la liste d'attente : {what}.",
                   "{name} está en la lista de espera: {what}.",
                   "{name} steht auf der Warteliste: {what}.",
                   "{name} está na lista de espera: {what}.",
                   "{name} è in lista d'attesa: {what}."),
    "full": ("Full", "Complet", "Completo", "Voll", "Lotado", "Completo"),
    "yourName": ("Your name", "Votre nom", "Tu nombre", "Ihr Name", "Seu nome", "Il tuo nome"),
    "signedUp": ("{name} signed up for {what}.", "{name} est inscrit·e : {what}.",
                 "{name} se inscribió en {what}.", "{name} ist eingetragen: {what}.",
                 "{name} se inscreveu em {what}.", "{name} è iscritto/a a {what}."),
    "signedCount": ("{n} signed up", "{n} inscrit·e|{n} inscrit·es",
                    "{n} apuntado|{n} apuntados", "{n} eingetragen",
                    "{n} inscrito|{n} inscritos", "{n} iscritto|{n} iscritti"),
    "spotsLeft": ("{n} of {of} spots left", "{n} places libres sur {of}",
                  "quedan {n} de {of} plazas", "{n} von {of} Plätzen frei",
                  "{n} de {of} vagas livres", "{n} posti liberi su {of}"),
    "signupNote": ("Sign-ups are kept in this browser only: share this device, or export a "
                   "CSV.", "Les inscriptions restent dans ce navigateur : utilisez cet "
                   "appareil ou exportez un CSV.",
                   "Las inscripciones se guardan solo en este navegador: usa este dispositivo "
                   "o exporta un CSV.",
                   "Eintragungen bleiben nur in diesem Browser: dieses Gerät nutzen oder CSV "
                   "exportieren.",
                   "As inscrições ficam só neste navegador: use este aparelho ou exporte um "
                   "CSV.",
                   "Le iscrizioni restano solo in questo browser: usa questo dispositivo o "
                   "esporta un CSV."),
    # a sign-up's details (phone, e-mail…) are not on the list everyone reads; asked for
    "showDetails": ("Show contact details ({n})", "Afficher les coordonnées ({n})",
                    "Mostrar datos de contacto ({n})", "Kontaktdaten zeigen ({n})",
                    "Mostrar contatos ({n})", "Mostra i recapiti ({n})"),
    "hideDetails": ("Hide contact details", "Masquer les coordonnées",
                    "Ocultar datos de contacto", "Kontaktdaten verbergen", "Ocultar contatos",
                    "Nascondi i recapiti"),
    "entries": ("Entries", "Entrées", "Registros", "Einträge", "Registros", "Voci"),
    "thisWeek": ("Last 7 days", "7 derniers jours", "Últimos 7 días", "Letzte 7 Tage",
                 "Últimos 7 dias", "Ultimi 7 giorni"),
    # a day's goal for a count ("goal is 8 glasses"): today's total against it, and the days
    # that reached it
    "goalToday": ("Today / goal", "Aujourd'hui / objectif", "Hoy / meta", "Heute / Ziel",
                  "Hoje / meta", "Oggi / obiettivo"),
    "goalDays": ("Days at the goal", "Jours à l'objectif", "Días en la meta",
                 "Tage mit Ziel erreicht", "Dias na meta", "Giorni all'obiettivo"),
    "lastTime": ("Last time", "Dernière fois", "Última vez", "Zuletzt", "Última vez",
                 "Ultima volta"),
    "daysSince": ("Days since", "Jours depuis", "Días desde", "Tage seitdem", "Dias desde",
                  "Giorni da allora"),
    "storage": ("Saved in this browser only (localStorage).",
                "Enregistré dans ce navigateur uniquement (localStorage).",
                "Guardado solo en este navegador (localStorage).",
                "Nur in diesem Browser gespeichert (localStorage).",
                "Salvo apenas neste navegador (localStorage).",
                "Salvato solo in questo browser (localStorage)."),
    "back": ("All posts", "Tous les articles", "Todas las entradas", "Alle Beiträge",
             "Todos os posts", "Tutti gli articoli"),
    "write": ("Write, edit and delete posts", "Écrire, modifier, supprimer des articles",
              "Escribir, editar y eliminar entradas", "Beiträge schreiben, bearbeiten, löschen",
              "Escrever, editar e excluir posts", "Scrivi, modifica, elimina articoli"),
    "comment": ("Comment", "Commentaire", "Comentario", "Kommentar", "Comentário", "Commento"),
    "comments": ("Comments", "Commentaires", "Comentarios", "Kommentare", "Comentários",
                 "Commenti"),
    "postComment": ("Post comment", "Publier", "Publicar", "Kommentieren", "Publicar",
                    "Pubblica"),
    "average": ("Average", "Moyenne", "Promedio", "Durchschnitt", "Média", "Media"),
    "thisMonth": ("This month", "Ce mois-ci", "Este mes", "Diesen Monat", "Este mês",
                  "Questo mese"),
    "last30": ("Last 30 days", "30 derniers jours", "Últimos 30 días", "Letzte 30 Tage",
               "Últimos 30 dias", "Ultimi 30 giorni"),
    "month": ("month", "mois", "mes", "Monat", "mês", "mese"),
    "perDay": ("daily totals", "totaux par jour", "totales por día", "Tagessummen",
               "totais por dia", "totali giornalieri"),
    "perMonth": ("monthly totals", "totaux mensuels", "totales mensuales", "Monatssummen",
                 "totais mensais", "totali mensili"),
    "monthLatest": ("each month's latest", "dernier relevé du mois", "último dato de cada mes",
                    "Stand im Monat", "último dado de cada mês", "ultimo dato del mese"),
    "yourCart": ("Your cart", "Votre panier", "Tu carrito", "Ihr Warenkorb", "Seu carrinho",
                 "Il tuo carrello"),
    "addToCart": ("Add to cart", "Ajouter au panier", "Añadir al carrito", "In den Warenkorb",
                  "Adicionar ao carrinho", "Aggiungi al carrello"),
    "checkout": ("Check out", "Valider la commande", "Finalizar compra", "Zur Kasse",
                 "Finalizar compra", "Procedi all'ordine"),
    "cartEmpty": ("Your cart is empty.", "Votre panier est vide.", "Tu carrito está vacío.",
                  "Ihr Warenkorb ist leer.", "Seu carrinho está vazio.",
                  "Il carrello è vuoto."),
    "darkMode": ("Dark mode", "Mode sombre", "Modo oscuro", "Dunkelmodus", "Modo escuro",
                 "Modalità scura"),
}

# The landing page's text.
LANDING: dict[str, tuple[str, str, str, str, str, str]] = {
    "features": ("Features", "Points forts", "Ventajas", "Vorteile", "Destaques", "Punti di forza"),
    "pricing": ("Pricing", "Tarifs", "Precios", "Preise", "Preços", "Prezzi"),
    "month": ("/ month", "/ mois", "/ mes", "/ Monat", "/ mês", "/ mese"),
    "see": ("Learn more", "Découvrir", "Descubre más", "Mehr erfahren", "Saiba mais",
            "Scopri di più"),
    "join": ("Join the waitlist", "Rejoindre la liste d'attente", "Únete a la lista de espera",
             "Auf die Warteliste", "Entrar na lista de espera", "Entra nella lista d'attesa"),
    "where": ("Sign-ups are saved in this browser only (localStorage): nobody receives them "
              "until the site is connected to a form service or a server.",
              "Les inscriptions restent dans ce navigateur (localStorage) : personne ne les "
              "reçoit tant que le site n'est pas relié à un service de formulaires ou à un "
              "serveur.",
              "Las inscripciones se guardan solo en este navegador (localStorage): nadie las "
              "recibe hasta conectar el sitio a un servicio de formularios o a un servidor.",
              "Eintragungen bleiben nur in diesem Browser (localStorage): niemand erhält sie, "
              "bis die Seite an einen Formulardienst oder Server angebunden ist.",
              "As inscrições ficam só neste navegador (localStorage): ninguém as recebe até o "
              "site ser ligado a um serviço de formulários ou a um servidor.",
              "Le iscrizioni restano solo in questo browser (localStorage): nessuno le riceve "
              "finché il sito non è collegato a un servizio di moduli o a un server."),
    "name": ("Name", "Nom", "Nombre", "Name", "Nome", "Nome"),
    "email": ("Email", "E-mail", "Correo", "E-Mail", "E-mail", "Email"),
    "noName": ("Please tell us your name.", "Indiquez votre nom.", "Escribe tu nombre.",
               "Bitte Namen angeben.", "Informe seu nome.", "Indica il tuo nome."),
    "badEmail": ("Please enter a valid email.", "Saisissez un e-mail valide.",
                 "Escribe un correo válido.", "Bitte gültige E-Mail angeben.",
                 "Informe um e-mail válido.", "Inserisci un'email valida."),
    "thanks": ("Thanks, {name}! Saved in this browser only.",
               "Merci, {name} ! Enregistré dans ce navigateur uniquement.",
               "¡Gracias, {name}! Guardado solo en este navegador.",
               "Danke, {name}! Nur in diesem Browser gespeichert.",
               "Obrigado, {name}! Salvo apenas neste navegador.",
               "Grazie, {name}! Salvato solo in questo browser."),
    "menu": ("Menu", "Menu", "Menú", "Menü", "Menu", "Menu"),
    # an event's page: how long until its day, and its helpers' sign-up
    "daysLeft": ("{n} days to go", "Plus que {n} jours", "Faltan {n} días", "Noch {n} Tage",
                 "Faltam {n} dias", "Mancano {n} giorni"),
    "oneDay": ("Tomorrow!", "C'est demain !", "¡Es mañana!", "Morgen ist es so weit!",
               "É amanhã!", "È domani!"),
    "today": ("It's today!", "C'est aujourd'hui !", "¡Es hoy!", "Heute ist es so weit!",
              "É hoje!", "È oggi!"),
    "past": ("This day has passed.", "Cette date est passée.", "Esta fecha ya pasó.",
             "Dieser Tag ist vorbei.", "Esta data já passou.", "Questa data è passata."),
    # a place's sign-up form for what it offers (a class, a workshop): the waitlist's form
    "signUp": ("Sign up", "S'inscrire", "Inscríbete", "Anmelden", "Inscreva-se", "Iscriviti"),
    "volunteer": ("Sign up to volunteer", "S'inscrire comme bénévole",
                  "Apúntate como voluntario", "Als Helfer:in eintragen",
                  "Inscreva-se como voluntário", "Iscriviti come volontario"),
    "tagline": ("{s}, made simple", "{s}, tout simplement", "{s}, sin complicaciones",
                "{s}, ganz einfach", "{s}, sem complicação", "{s}, in modo semplice"),
    "h1": ("Made for {s}", "Pensé pour {s}", "Pensado para {s}", "Gemacht für {s}",
           "Feito para {s}", "Pensato per {s}"),
    "t1": ("Everything about {s} in one place.", "Tout sur {s}, au même endroit.",
           "Todo sobre {s} en un solo lugar.", "Alles zu {s} an einem Ort.",
           "Tudo sobre {s} num só lugar.", "Tutto su {s} in un unico posto."),
    "h2": ("Close to you", "Tout près de vous", "Cerca de ti", "Ganz in Ihrer Nähe",
           "Perto de você", "Vicino a te"),
    "t2": ("Friendly people who know {s} well.", "Une équipe qui connaît bien {s}.",
           "Gente cercana que conoce bien {s}.", "Menschen, die {s} gut kennen.",
           "Pessoas que conhecem bem {s}.", "Persone che conoscono bene {s}."),
    "h3": ("Easy to reach", "Facile à joindre", "Fácil de contactar", "Leicht erreichbar",
           "Fácil de contatar", "Facile da contattare"),
    "t3": ("Questions about {s}? Ask us any time.", "Une question sur {s} ? Écrivez-nous.",
           "¿Dudas sobre {s}? Pregúntanos.", "Fragen zu {s}? Fragen Sie uns.",
           "Dúvidas sobre {s}? Fale conosco.", "Domande su {s}? Chiedici pure."),
    # a local business's own page: its services, prices, hours and where to find it
    "services": ("What we offer", "Nos prestations", "Nuestros servicios", "Unser Angebot",
                 "Nossos serviços", "I nostri servizi"),
    "visit": ("Visit us", "Nous trouver", "Visítanos", "So finden Sie uns", "Visite-nos",
              "Dove siamo"),
    "hours": ("Opening hours", "Horaires", "Horario", "Öffnungszeiten", "Horário",
              "Orari"),
    "place": ("Where", "Adresse", "Dónde", "Wo", "Onde", "Dove"),
    # a business that comes to people or moves about (a repair van, a food truck) has no
    # door to visit: where it goes, and the area it covers
    "roams": ("Where we go", "Où nous allons", "Adónde vamos", "Wo wir unterwegs sind",
              "Onde atendemos", "Dove andiamo"),
    "area": ("Area", "Secteur", "Zona", "Gebiet", "Região", "Zona"),
    "contact": ("Contact", "Contact", "Contacto", "Kontakt", "Contato", "Contatti"),
    # whom a place's offer is for, in the prompt's words ("kids and adults")
    "forWhom": ("For {x}.", "Pour {x}.", "Para {x}.", "Für {x}.", "Para {x}.", "Per {x}."),
    "onRequest": ("price on request", "prix sur demande", "precio a consultar",
                  "Preis auf Anfrage", "preço sob consulta", "prezzo su richiesta"),
    # a place's page whose prompt says only what it is ("a bakery called Crumb")
    "welcome": ("Welcome to {name}.", "Bienvenue chez {name}.", "Bienvenidos a {name}.",
                "Willkommen bei {name}.", "{name}: sejam bem-vindos!", "Benvenuti da {name}."),
    "ledeOffer": ("{kind}: what we offer, our hours and how to reach us.",
                  "{kind} : ce que nous proposons, nos horaires et comment nous joindre.",
                  "{kind}: lo que ofrecemos, nuestro horario y cómo contactarnos.",
                  "{kind}: unser Angebot, unsere Öffnungszeiten und wie Sie uns erreichen.",
                  "{kind}: o que oferecemos, nosso horário e como falar conosco.",
                  "{kind}: cosa offriamo, i nostri orari e come contattarci."),
    "ledeVisit": ("{kind}: our hours and how to reach us.",
                  "{kind} : nos horaires et comment nous joindre.",
                  "{kind}: nuestro horario y cómo contactarnos.",
                  "{kind}: unsere Öffnungszeiten und wie Sie uns erreichen.",
                  "{kind}: nosso horário e como falar conosco.",
                  "{kind}: i nostri orari e come contattarci."),
    "examplesNote": ("Examples: replace them with what you sell.",
                     "Exemples : remplacez-les par ce que vous vendez.",
                     "Ejemplos: cámbialos por lo que vendes.",
                     "Beispiele: ersetzen Sie sie durch Ihr Angebot.",
                     "Exemplos: troque-os pelo que você vende.",
                     "Esempi: sostituiscili con ciò che vendi."),
    "toAdd": ("to be added", "à compléter", "por completar", "bitte ergänzen",
              "a completar", "da completare"),
    "plans": ("Starter|Plus|Pro", "Découverte|Plus|Pro", "Básico|Plus|Pro", "Start|Plus|Pro",
              "Básico|Plus|Pro", "Base|Plus|Pro"),
    # the parts a page can be built with (web.landing): photos the person puts in photos/, a
    # WhatsApp link, a contact form the visitor sends with their own e-mail app
    "gallery": ("Photos", "Photos", "Fotos", "Fotos", "Fotos", "Foto"),
    "photo": ("Photo {n}", "Photo {n}", "Foto {n}", "Foto {n}", "Foto {n}", "Foto {n}"),
    "photosNote": ("Placeholders: put your own pictures in photos/ with the same names.",
                   "Emplacements : mettez vos photos dans photos/ sous les mêmes noms.",
                   "Marcadores: pon tus fotos en photos/ con los mismos nombres.",
                   "Platzhalter: eigene Bilder unter gleichem Namen in photos/ legen.",
                   "Espaços reservados: coloque suas fotos em photos/ com os mesmos nomes.",
                   "Segnaposto: metti le tue foto in photos/ con gli stessi nomi."),
    "whatsapp": ("Message us on WhatsApp", "Écrivez-nous sur WhatsApp",
                 "Escríbenos por WhatsApp", "Schreiben Sie uns auf WhatsApp",
                 "Fale conosco no WhatsApp", "Scrivici su WhatsApp"),
    "waNumber": ("WhatsApp number to be added", "numéro WhatsApp à compléter",
                 "número de WhatsApp por completar", "WhatsApp-Nummer bitte ergänzen",
                 "número de WhatsApp a completar", "numero WhatsApp da completare"),
    "write": ("Write to us", "Écrivez-nous", "Escríbenos", "Schreiben Sie uns", "Escreva-nos",
              "Scrivici"),
    "message": ("Message", "Message", "Mensaje", "Nachricht", "Mensagem", "Messaggio"),
    "mailApp": ("Write it in my e-mail app", "L'écrire dans ma messagerie",
                "Escribirlo en mi correo", "In meinem E-Mail-Programm schreiben",
                "Escrever no meu e-mail", "Scriverlo nella mia email"),
    "mailNote": ("This form opens your own e-mail app with your message; you send it from "
                 "there. Nothing is sent or kept by this page.",
                 "Ce formulaire ouvre votre messagerie avec votre message ; vous l'envoyez "
                 "depuis celle-ci. Cette page n'envoie ni ne garde rien.",
                 "Este formulario abre tu aplicación de correo con tu mensaje; lo envías desde "
                 "allí. Esta página no envía ni guarda nada.",
                 "Dieses Formular öffnet Ihr E-Mail-Programm mit Ihrer Nachricht; Sie senden "
                 "sie von dort. Diese Seite sendet und speichert nichts.",
                 "Este formulário abre o seu aplicativo de e-mail com a sua mensagem; você a "
                 "envia de lá. Esta página não envia nem guarda nada.",
                 "Questo modulo apre la tua app di posta con il messaggio; lo invii da lì. "
                 "Questa pagina non invia né conserva nulla."),
    "noMessage": ("Please write a message.", "Écrivez un message.", "Escribe un mensaje.",
                  "Bitte eine Nachricht schreiben.", "Escreva uma mensagem.",
                  "Scrivi un messaggio."),
    "opened": ("Your e-mail app should open now with the message: send it from there.",
               "Votre messagerie devrait s'ouvrir avec le message : envoyez-le depuis celle-ci.",
               "Tu correo debería abrirse ahora con el mensaje: envíalo desde allí.",
               "Ihr E-Mail-Programm sollte sich jetzt mit der Nachricht öffnen: senden Sie "
               "sie von dort.",
               "Seu e-mail deve abrir agora com a mensagem: envie-a de lá.",
               "La tua email dovrebbe aprirsi ora con il messaggio: invialo da lì."),
}


# Words in the prompt that give its language away; English is the default.
_HINTS = {
    "fr": r"\b(une?|des|les?|la|du|pour|mes|mon|ma|nos|notre|avec|à|sur|créneaux|"
          r"réservation|suivi|fiches|recettes|classement|annuaire|carte|calculateur|feuille|"
          r"boutique|tableau|commande|emporter|page d'accueil|cours|et|est|dans|qui|je|"
          r"nous|vous|chez|au|aux|cette|ces|appli|courses|maison|semaine|chaque|noter|"
          r"invités|carnet)\b|\b[dljq]'|[çœè]|é",
    "es": r"\b(una|unos|unas|el|los|las|del|para|mis?|nuestr[oa]s?|con|sobre|página|tienda|tabla|"
          r"hoja|lista de|directorio|calculadora|tablero|cuota|servidores|barrio|liga|"
          r"oficina|colegio|jardinería|especialidad|equipo|tiempo|registrar|y|la compra|"
          r"semana|familia|quiero|necesito|cada|también|aplicación|al|vecinos|edificio|"
          r"nosotros|nuestro|cómo|hacer|gastos|mes|torneo)\b|ñ|ción\b",
    "de": r"\b(eine?|einen|der|die|das|den|für|fürs|mit|und|unser\w*|meine\w*|zum|zur|"
          r"von|im|ich|wir|auf|ist|sind|bei|zu|kann|können|möchte|brauche|jede\w*|woche|"
          r"alle)\b|[äöüß]|\w+(?:liste|seite|buchung|verzeichnis|karte|rechner|board|buch|"
          r"plan|zettel)\b",
    "pt": r"\b(uma?|os|as|da|do|das|dos|para|minha|meu|nossa|nosso|com|sobre|de casa|o|"
          r"loja|quadro|agendamento|cardápio|lanchonete|cartões|lista de tarefas|página de "
          r"status|controle|painel|jogadores|mudança|escola|prova|casamento|consultas|pra|"
          r"pro|meus|minhas|mês|você|eu|não|nós|num|numa|aplicativo|quero|preciso|ao|aos|"
          r"pela|pelo|controlar|gastos do|ementa|escala|igreja|mercado)\b|[ãõ]|ção\b",
    "it": r"\b(una|uno|il|lo|gli|della|dello|delle|dei|degli|del|per|mia|mio|mie|nostr[oa]|"
          r"di|da|ai|calcolatore|negozio|elenco|iscrizioni|turni|mensa|cose|fare|studiare|"
          r"capitali|olio|registro|prenotazione|campi|circolo|fasce|orarie|menù|classifica|"
          r"ordinazione|fornitori|cucina|lista di|spesa|settimana|che|nel|nella|sono|voglio|"
          r"vorrei|ogni|anche|gestire|nostri|miei|imparare|corse|paese|bacheca|sagra|"
          r"volontari)\b|\bun'|[ìò]|zione\b",
    "en": r"\b(a|an|the|for|my|our|with|and|to|of|app|page|where|that)\b",
}


# Function words: short, frequent, and together telling; a word several languages share
# counts for each of them in part (1/k), so "de" or "la" alone decide nothing.
_FUNCTION = {
    "en": "a an the and or for of to with my our your in on at is are i we you me want need "
          "that which where who how can each every this it from by about into so some all "
          "what when app page list track keep lets let see add not no already more but without "
          "nothing nobody his her their",
    "fr": "le la les un une des du de d l et ou pour avec mon ma mes notre nos votre vos dans "
          "sur au aux ce cet cette ces qui que qu je j nous vous est sont chez par en il elle "
          "on pas plus chaque tous toutes où appli faire voir ajouter suivre noter mettre ne "
          "quand déjà mais sans rien personne son sa ses leur leurs",
    "es": "el la los las un una unos unas del de y o para con mi mis nuestro nuestra nuestros "
          "nuestras tu tus en por que quiero necesito donde cada es son al este esta estos "
          "yo pongo lo muy también cómo hacer ver poder cuánto cuánta semana mes sobre todo "
          "toda todos todas día días a no se nadie nada cuando ya hay más pero sin su sus le les",
    "de": "der die das den dem des ein eine einen einem einer und oder für fürs mit mein meine "
          "meinen meinem unser unsere unseren unserem zum zur von im in auf ist sind ich wir "
          "bei zu kann können möchte brauche jede jeden jeder woche alle wo wie was nicht "
          "auch man soll sollen als pro meines meiner unseres unserer kein keine wenn schon mehr "
          "aber ohne nichts niemand sein seine ihr ihre",
    "pt": "o a os as um uma uns umas do da dos das de e ou para com meu minha meus minhas "
          "nosso nossa nossos nossas no na nos nas em por que quero preciso onde cada é são "
          "ao aos pela pelo pra pro você eu não num numa quanto quanta ver fazer mês semana "
          "sobre todo toda todos todas dia dias se ninguém nada quando já mais mas sem seu sua "
          "seus suas",
    "it": "il lo la i gli le un uno una del dello della dei degli delle di e o per con mio mia "
          "sui sul sulla sulle sugli nei negli nelle dal dalla dalle dai dagli col coi "
          "miei mie nostro nostra nostri nostre nel nella nei in su che voglio vorrei dove "
          "ogni è sono al allo alla ai agli anche come fare quanto quanta vedere mese settimana "
          "non no quando già più ma senza niente nessuno suo sua suoi a",
}
# Everyday words of the apps people ask for, in each language.
_CONTENT = {
    "en": "tracker calculator shopping grocery booking board leaderboard habits expenses "
          "recipes tournament family house moving tip bill simple small photo photos holidays "
          "timer stopwatch countdown reminder reminders notes log yes month week day amount "
          "paid due bills weight daily weekly monthly price phone",
    "fr": "courses famille tableau déménagement classement tournoi réservation recettes "
          "dépenses habitudes semaine maison humeur voyages boutique pourboire addition "
          "calculatrice calculette suivi carnet fiches tâches vacances photo photos enfants "
          "anniversaires carte",
    "es": "compra familia tablero mudanza clasificación torneo reserva reservas pistas viajes "
          "gastos hábitos propinas tienda cuenta semana precios casa tareas carta recetas "
          "calculadora seguimiento registro equipo formulario domicilio vacaciones",
    "de": "einkaufsliste familie umzug rangliste turnier buchung rezepte ausgaben "
          "gewohnheiten woche haus laden rechnung trinkgeld urlaub ferien datum notiz notizen "
          "gewicht",
    "pt": "compras família quadro mudança classificação torneio agendamento consultas viagens "
          "gastos hábitos gorjeta loja conta semana preços casa tarefas controle cardápio "
          "receitas calculadora registro equipe férias",
    "it": "spesa famiglia bacheca trasloco classifica torneo prenotazione campi viaggi spese "
          "abitudini mance mancia negozio conto settimana prezzi casa compiti ricette "
          "calcolatrice calcolatore registro squadra vacanze gioco giochi",
}
_WEIGHT: dict[str, dict[str, float]] = {}
for _lang, _words in [*_FUNCTION.items(), *_CONTENT.items()]:
    for _w in set(_words.split()):
        _WEIGHT.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WEIGHT.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)
# Letters and endings each language has and the others mostly lack: (pattern, lang, weight).
_MARKS = [
    (r"[ãõ]", "pt", 2.0), (r"ç[ãõ]es?|ção\b|ções\b", "pt", 2.0), (r"[nl]h[ao](?![bcfgjkpqtvwxz])", "pt", 1.0),  # not "Sonnenhof"
    (r"\bvocê|\bnão\b", "pt", 2.0),
    (r"[áíóú]", "es", 0.5), (r"[áíóú]", "pt", 0.5), (r"\w+ens\b", "pt", 0.6),
    (r"\w+mento\b", "pt", 0.5), (r"\w+mento\b", "it", 0.4),
    (r"\b\w+[ao]s?\b", "es", 0.3), (r"\b\w+[ao]s?\b", "pt", 0.3), (r"\b\w+[ao]s?\b", "it", 0.3),
    (r"ou[rsx]?\b|\w+oire?s?\b|\w*our\w*", "fr", 0.8),
    (r"ñ", "es", 2.0), (r"ción\b|ciones\b|[¿¡]", "es", 2.0), (r"\b\w+(?:ado|ida)s\b", "es", 0.3),
    (r"[èêœ]", "fr", 1.5), (r"\b[jqn]'|\bqu'", "fr", 1.5), (r"\bd'", "fr", 0.75),
    (r"\bd'", "it", 0.6), (r"eaux?\b|\w{3,}aux\b", "fr", 1.0),
    (r"\w+(?:eur|euse|ette|ement)s?\b", "fr", 0.7), (r"\w+(?:ons|ez)\b", "fr", 0.5),
    (r"[ìòù]", "it", 1.5), (r"zion[ei]\b", "it", 2.0), (r"\b(?:dell|nell|all|sull|dall|un)'", "it", 2.0),
    (r"\w+(?:zz|cch|gli|ggi)\w*", "it", 0.7), (r"\w+(?:are|ere|ire)\b", "it", 0.3),
    (r"\w+(?:etto|etta|ini|oni|elli|tore|zio|zia|zie)\b", "it", 0.6),
    (r"\w+(?:dor|dora|dores)\b", "es", 0.4), (r"\w+(?:dor|dora|dores)\b", "pt", 0.3),
    (r"\w+(?:ería|ía|ío)s?\b", "es", 0.8),
    (r"[äöüß]", "de", 2.0), (r"sch|\w+ung(?:en)?\b|\w+(?:keit|heit|lich)\b", "de", 1.0),
    (r"\w+(?:liste|seite|buchung|verzeichnis|karte|rechner|buch|plan|zettel)\b", "de", 1.0),
    (r"\w+(?:hof|laden|läden|feln|chen|lein)\b", "de", 1.0),  # "Hofladen Sonnenhof: … Kartoffeln"
    (r"\w+(?:ing|tion)s?\b|\bth\w+|\w+'s\b", "en", 0.7), (r"\b\w+(?:ly|ness|ful)\b", "en", 0.5),
    (r"\w+(?:ship|board|room|work)s?\b", "en", 0.8), (r"\w+y\b", "en", 0.4), (r"[wk]", "en", 0.3),
    (r"[wk]", "de", 0.3),
]


# Dishes and drinks every language's menus call by their own names: a dish's name is no word
# of the prompt's language ("pizzeria menu: Margherita 9, Diavola 10" and "carte de la
# pizzeria : Margherita 9, Reine (jambon, champignons) 11, Calzone 12" were written in Italian:
# review24 #26). The prompt's other words decide; a prompt of such names alone stays English.
_DISHES = (r"\b(?:pizz(?:a|e|as|eria|erias|ería|erías|aria|arias)|margheritas?|marinara|diavola|"
           r"capricciosa|quattro\s+formaggi|quattro\s+stagioni|calzones?|mozzarella|burrata|"
           r"prosciutto|bruschett[ae]|focaccias?|ciabattas?|panin[io]s?|lasagn[ae]s?|spaghetti|"
           r"carbonara|bolognese|risott[oi]s?|gnocchi|pesto|antipast[oi]|tiramis[uù]|"
           r"panna\s+cotta|gelat[oi]s?|espressos?|cappuccin[oi]s?|macchiat[oi]s?|latte|affogato|"
           r"tacos?|burritos?|quesadillas?|nachos|churros|tapas|paella|empanadas?|carnitas|"
           r"al\s+pastor|guacamole|chorizo|sangr[íi]a|gazpacho|"
           r"croissants?|baguettes?|brioches?|quiches?|cr[êe]pes?|macarons?|"
           r"bratwurst|schnitzel|strudel|brezel|pretzels?|sauerkraut)\b")


# A language named as the one learned: "verbi inglesi", "French verbs", "vocabulaire anglais"
_LEARNED = (r"\b(?:ingles[ei]|ingl[ée]s|ingleses|inglesas?|anglais\w*|englisch\w*|english|"
            r"frances[ei]|franc[ée]s|franceses|francesas?|fran[çc]ais\w*|franz[öo]sisch\w*|french|"
            r"spagnol[oi]|espagnol\w*|espa[ñn]ol\w*|espanhol\w*|spanisch\w*|spanish|tedesc[oih]+|"
            r"allemand\w*|alem[áa]n\w*|alem[ãa]o|deutsch\w*|german|portoghes[ei]|portugais\w*|"
            r"portugu[ée]s\w*|portugiesisch\w*|portuguese|italian[oie]?|italien\w*|italiano)\b")


# a letter of another script than the six languages' (Greek, Cyrillic, kana, hanzi…): what
# a list holding it teaches, never the language it is asked in
_OTHER_SCRIPT = r"[^\W\d_a-z\u00c0-\u024f]"


def guess(prompt: str) -> str:
    """The language of ``prompt`` among LANGS: function words (shared ones count in part) and
    each language's own letters and endings; ties and no evidence: English."""
    # a "word" of 40 letters or more is no language's (a pasted hash, a key, "aaaa…"), and
    # the endings below re-scan a word from each of its letters: 3,000 letters took 7 s
    text = re.sub(_DISHES, " ", re.sub(r"\w{40,}", " ", prompt.lower().replace("’", "'")))
    head, colon, rest = text.partition(":")
    if colon and (re.search(_LEARNED, head) or re.search(_OTHER_SCRIPT, rest)):
        # the words to learn after the colon are in the language learned, not the asker's
        # ("flashcard per i verbi irregolari inglesi: go went gone, …" is Italian: walk19 #16;
        # "greek alphabet flashcards: alpha α, beta β" is English, walk20 #2 read Spanish)
        text = head
    scores = _scores(text)
    best = max(LANGS, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] <= scores["en"] and colon and len(head.split()) >= 4:
        # a sentence before a colon says the language the list after it does not ("page
        # d'état de nos vélos : station Gare, station Mairie" read English: walk20 #33)
        said = _scores(head)
        first = max(LANGS, key=lambda lang: (said[lang], lang == "en"))
        if first != "en" and said[first] - said["en"] >= 1.5:
            return first
    return best if scores[best] > scores["en"] else "en"


def _scores(text: str) -> dict[str, float]:
    """Each language's evidence in ``text`` (lower case): its words, letters and endings."""
    scores = dict.fromkeys(LANGS, 0.0)
    for word in re.findall(r"[^\W\d_]+(?:'(?=[^\W\d_]))?", text):
        for lang, w in _WEIGHT.get(word.rstrip("'"), {}).items():
            scores[lang] += w
    for pattern, lang, weight in _MARKS:
        scores[lang] += weight * len(re.findall(pattern, text))
    return scores


def words(lang: str, table: dict | None = None) -> dict[str, str]:
    i = LANGS.index(lang)
    return {k: v[i] for k, v in (UI if table is None else table).items()}


def pick(values: tuple[str, ...] | list, lang: str):
    """The ``lang`` entry of a six-language tuple."""
    return values[LANGS.index(lang)]
