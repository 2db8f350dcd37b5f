/**
 * Four news events written for tests of story assignment: each told by
 * several outlets (the facts in each outlet's own order, with its own closing
 * line), so reports of one event join one story, wire copies are linked, and
 * the events stay apart.
 */
export interface NewsEvent {
  day: string;
  titles: string[];
  facts: string[];
  followUp: string;
}

export const NEWS_EVENTS: NewsEvent[] = [
  {
    day: '2024-06-03',
    titles: ['Hochwasser in Passau: Pegel bei 12 Metern', 'Donau-Hochwasser: Passau ruft Katastrophenfall aus', 'Passau kämpft gegen die Flut'],
    facts: [
      'Die Donau hat in Passau einen Pegel von 12,2 Metern erreicht.',
      'Oberbürgermeister Jürgen Dupper rief den Katastrophenfall aus.',
      'Rund 400 Helfer von Feuerwehr und Technischem Hilfswerk sind im Einsatz.',
      'Die Altstadt wurde geräumt, 2.000 Menschen mussten ihre Wohnungen verlassen.',
      'Der Deutsche Wetterdienst warnte vor weiterem Dauerregen im Bayerischen Wald.',
      'Die Bahnstrecke zwischen Passau und Plattling ist bis auf Weiteres gesperrt, Pendler müssen auf Busse ausweichen.',
    ],
    followUp: 'Nach dem Donau-Hochwasser hat in Passau das Aufräumen begonnen. Jürgen Dupper dankte den Helfern des Technischen Hilfswerks.',
  },
  {
    day: '2024-01-10',
    titles: ['GDL streikt drei Tage', 'Bahnstreik legt Fernverkehr lahm', 'Weselsky: Streik bis Freitag'],
    facts: [
      'Die Gewerkschaft GDL hat ihre Mitglieder bei der Deutschen Bahn zu einem Streik bis Freitag aufgerufen.',
      'GDL-Chef Claus Weselsky fordert die 35-Stunden-Woche bei vollem Lohnausgleich.',
      'Die Deutsche Bahn kündigte einen Notfahrplan an, 80 Prozent der Fernzüge fallen aus.',
      'Bahn-Personalvorstand Martin Seiler nannte den Streik unverhältnismäßig.',
      'Auch der Güterverkehr ist betroffen, Industrieverbände warnen vor Lieferengpässen.',
      'Fahrgäste können ihre Tickets nach Angaben der Bahn flexibel nutzen oder kostenlos erstatten lassen.',
    ],
    followUp: 'Der Streik der GDL ist beendet, die Deutsche Bahn fährt wieder nach Plan. Claus Weselsky kündigte neue Verhandlungen an.',
  },
  {
    day: '2023-09-13',
    titles: ['Putin empfängt Kim in Wostotschny', 'Kim Jong Un trifft Putin am Weltraumbahnhof', 'Gipfel in Russlands Fernem Osten'],
    facts: [
      'Russlands Präsident Wladimir Putin hat Nordkoreas Machthaber Kim Jong Un auf dem Weltraumbahnhof Wostotschny empfangen.',
      'Kim Jong Un war mit seinem gepanzerten Zug angereist.',
      'Der Kreml sprach von einem Treffen unter Nachbarn, Kremlsprecher Dmitri Peskow nannte keine Details.',
      'Beobachter erwarten Absprachen über Waffenlieferungen an Russland.',
      'Die Vereinigten Staaten hatten Nordkorea zuvor vor Rüstungsgeschäften mit Moskau gewarnt.',
      'Nach dem Gespräch besichtigten beide die Startanlagen für Trägerraketen vom Typ Angara.',
    ],
    followUp: 'Kim Jong Un hat nach dem Treffen mit Wladimir Putin in Wostotschny eine Flugzeugfabrik in Komsomolsk besucht.',
  },
  {
    day: '2024-09-11',
    titles: ['Carolabrücke in Dresden eingestürzt', 'Teile der Carolabrücke stürzen in die Elbe', 'Dresden: Brücke bricht in der Nacht'],
    facts: [
      'In Dresden ist in der Nacht ein Teil der Carolabrücke in die Elbe gestürzt.',
      'Verletzt wurde nach Angaben der Feuerwehr niemand.',
      'Oberbürgermeister Dirk Hilbert sprach von einem großen Glück.',
      'Die Brücke war seit 2019 abschnittsweise saniert worden, eine Straßenbahn hatte sie kurz vorher passiert.',
      'Fernwärmeleitungen im Brückenkörper wurden beschädigt, große Teile der Stadt waren zeitweise ohne warmes Wasser.',
      'Die Schifffahrt auf der Elbe ist in Dresden eingestellt, Experten prüfen die übrigen Brückenzüge.',
    ],
    followUp: 'Nach dem Einsturz der Carolabrücke in Dresden wird der Abriss vorbereitet. Dirk Hilbert rechnet mit Monaten bis zur Freigabe der Elbe.',
  },
];

/** One outlet's report of an event: the facts from `o` on, wrapping round, and a closing line naming the outlet. */
export function reportOf(event: NewsEvent, outlet: string, o: number): { title: string; body: string } {
  const facts = event.facts.map((_, i) => event.facts[(i + o) % event.facts.length]!);
  return { title: `${event.titles[o % event.titles.length]!} (${outlet})`, body: `${facts.join(' ')} Die Redaktion von ${outlet} berichtet laufend.` };
}
