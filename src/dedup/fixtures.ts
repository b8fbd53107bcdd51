/**
 * Fictional reports written for the tests and benchmarks of dedup and cluster (places, people
 * and events are invented). Two earthquakes of the same kind in different places, an arrest,
 * and a wire story with a credit.
 */

export const QUAKE_VALDORA = [
  'A magnitude 6.4 earthquake struck the mountain province of Valdora early on Tuesday, collapsing a bridge over the Senna river and cutting power to more than 40,000 homes, the regional emergency office said.',
  'Governor Ilse Marwick told reporters in the provincial capital Tarrow that at least 17 people had died and 212 were injured, most of them in the old quarter of Tarrow where brick houses gave way.',
  'Rescue teams from the neighbouring province of Castrel arrived by helicopter in the afternoon and began searching the rubble of a school that had been empty when the tremor hit at 5:42 a.m.',
  'The national seismic institute said the epicentre lay 12 kilometres beneath the village of Orlin and warned that aftershocks above magnitude 5 were likely during the next week.',
  'Marwick declared a state of emergency for 30 days and asked residents to stay out of damaged buildings while engineers inspected them.',
  'Schools across Valdora will remain closed until Friday, the education ministry said, and the army has set up three field kitchens on the outskirts of Tarrow.',
].join('\n');

/** An independent report of the same Valdora earthquake (shares facts, not sentences). */
export const QUAKE_VALDORA_OTHER = [
  'Seventeen people were killed when a strong earthquake shook Valdora province before dawn on Tuesday, according to Governor Ilse Marwick, who described the damage in Tarrow as the worst in decades.',
  'The 6.4-magnitude quake brought down the Senna river bridge and left tens of thousands of households without electricity, officials said.',
  'In the old town of Tarrow, families slept in the streets for fear of aftershocks, and volunteers handed out blankets and water.',
  'Helicopters carrying rescuers from Castrel landed near a collapsed school, which the authorities said had been empty at the time.',
  'Seismologists located the quake beneath Orlin, a village in the hills north of the capital, at a depth of about 12 kilometres.',
].join('\n');

/** A different earthquake of the same kind, somewhere else. */
export const QUAKE_BRENNAS = [
  'A magnitude 5.9 earthquake hit the coastal town of Brennas on Saturday night, damaging the harbour wall and the cathedral of Saint Odile, the mayor Piet Lantos said.',
  'Lantos said three people had been killed and 48 injured, and that fishing boats had been thrown against the quay by a small wave that followed the tremor.',
  'The coast guard closed the port of Brennas to traffic while divers checked the harbour entrance, and ferries to the island of Mirel were cancelled.',
  'The seismic institute said the epicentre lay offshore, 20 kilometres west of Brennas, and recorded 14 aftershocks by Sunday morning.',
  'Hotels on the waterfront were evacuated as a precaution, and the regional government sent engineers to inspect the cathedral tower.',
].join('\n');

/** A story of another kind, for contrast. */
export const ARREST_KOVAL = [
  'Police in the river port of Dunmere arrested the former harbour master Arno Koval on Wednesday on suspicion of taking bribes from shipping companies, prosecutors said.',
  'Koval, 58, was detained at his home in the Lindell district and questioned for six hours before being charged with three counts of corruption.',
  'The prosecutor Mira Santel said investigators had found 280,000 crowns in cash hidden in a boat shed owned by Koval.',
  'His lawyer said Koval denied all the charges and would ask the court in Dunmere to release him on bail on Thursday.',
].join('\n');

/** A wire story carrying an agency credit. */
export const WIRE_FLOOD = [
  'KESTREL BAY (Agencies) - Floodwater rose to the first floors of houses in the lowlands around Kestrel Bay on Monday after three days of rain, and the authorities evacuated 6,000 people from eleven villages.',
  'The river Aune burst its banks at two points north of the bay, the water board said, and the main railway line to the capital was closed between Kestrel Bay and Hollin.',
  'Prime minister Talia Roos flew over the area by helicopter and promised compensation for farmers whose fields were under water.',
  'Forecasters expected the rain to ease on Tuesday but warned that the level of the Aune would keep rising until Wednesday as water arrived from the hills.',
  'Army engineers were building a temporary dyke of sandbags around the hospital of Hollin, which was still open.',
].join('\n');

/** An unrelated agency-credited report: shares a credit, not text, with WIRE_FLOOD. */
export const WIRE_ELECTION = [
  'PORT ALDER (Agencies) - Voters in the island republic of Sarnia returned the governing Harbour Party to power on Sunday, preliminary results showed, giving prime minister Edvin Carrow a third term.',
  'The party won 41 of the 70 seats in parliament, the electoral commission said, with turnout of 68 percent, down from the last election.',
  'The opposition leader Nadia Fell conceded defeat late in the evening and called on supporters to accept the result peacefully.',
  'Carrow promised to cut fuel taxes and to build a new ferry terminal in Port Alder during his next term.',
].join('\n');

/** A paragraph an outlet might add to a wire story. */
export const EXTRA_PARAGRAPH =
  'Our correspondent in the region said that shops in the market square had reopened by the evening, although many owners were still clearing broken glass from the pavements.';
