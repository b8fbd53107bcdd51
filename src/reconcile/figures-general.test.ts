/**
 * Conflicting figures found by how English reports a figure, not by words of one story: the unit
 * a figure counts stops at a comma; a figure the sentence rejects ("not the 320 advertised")
 * disputes the report that gives it; lengths and speeds compare across units (a conversion is no
 * conflict); a distance is said of the place it is from; after "was" a figure is said of its
 * subject; a share is of the noun after a possessive; a figure set against "the figure given by"
 * another is offered in its place. Round 2: temperatures compare in either scale; a compound
 * duration is one figure; "nobody" counts only what happened to nobody; parts of a count ("all
 * but", "of whom", "two other") and parts of a price ("in cash") fall short of the whole; a running
 * total updates; a length that places something is no amount; a price is no revenue; scale words
 * are no shared context. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MONEY, TEMPERATURE, conflictingFigures, figures } from './numbers.js';
import { matchKey } from './text.js';

test('no word past a comma is the unit of a figure', () => {
  const [lost] = figures('Officials now put the number of crates lost at 41, following a count of the hold');
  assert.equal(lost?.unitWord, 'crates', 'the counted noun named before the figure');
  assert.equal(figures('The inquiry heard from 12, including the captain').length, 0, 'no unit at all');
  assert.equal(figures('Rescuers freed 12 miners on Sunday')[0]?.unitWord, 'miners');
});

test('a figure the sentence rejects disputes the report that gives it', () => {
  const rejecting = 'The architect said the estate would hold about 200 flats, not the 320 advertised, once the old depot is kept';
  const [given, refused] = figures(rejecting);
  assert.equal(given?.rejected, undefined);
  assert.equal(refused?.value, 320);
  assert.equal(refused?.rejected, true);
  assert.equal(refused?.unitWord, 'flats', 'counts what the figure before it counts');
  const c = conflictingFigures(rejecting, 'The council approved plans for 320 flats on the depot site.', 1);
  assert.equal(c?.a.value, 200);
  assert.equal(c?.b.value, 320);
  assert.ok(conflictingFigures('Plans for 320 flats on the depot site were approved.', rejecting, 1), 'either way round');
  // The rejected figure is no figure the statement gives: it agrees with nobody's 320 by naming it.
  assert.equal(conflictingFigures(rejecting, 'The architect said the estate would hold some 200 flats.', 1), null);
  assert.equal(conflictingFigures(rejecting, 'The depot site once employed 320 drivers.', 1), null, 'another unit');
  // A figure of another year is not the one rejected.
  assert.equal(conflictingFigures(rejecting, 'In 2011 the council approved plans for 320 flats on the depot site.', 1), null, 'another year');
});

test('speeds compare across units; a limit beside a speed is not the speed given again', () => {
  assert.equal(
    conflictingFigures('The recorder showed the coach was doing 80 km/h on the bend.', 'The recorder showed the coach was doing 50 mph on the bend.', 1),
    null,
    'one speed, converted',
  );
  assert.equal(
    conflictingFigures('The recorder showed the coach doing 100 kilometres an hour.', 'The recorder showed the coach doing about 60 miles per hour.', 1),
    null,
    'a rounded conversion',
  );
  const c = conflictingFigures(
    'The recorder showed the coach was doing about 130 km/h on a road limited to 80 km/h.',
    'The operator said the recorder showed a speed of well under 80 kilometres an hour.',
    1,
  );
  assert.equal(c?.a.value, 130);
  assert.ok(
    conflictingFigures('The coach was doing close to 80 mph when it left the road, a recorder showed.', 'The recorder showed a speed of well under 80 km/h.', 1),
    '80 mph is some 129 km/h',
  );
});

test('a distance is said of the place it is from, in miles or kilometres', () => {
  const [off] = figures('the yacht sank three nautical miles off the Mardal coast');
  assert.deepEqual(off?.of, [matchKey('mardal'), matchKey('coast')]);
  assert.ok(conflictingFigures('The yacht sank three nautical miles off the Mardal coast.', 'The owners said the yacht sank in open water 20 miles from the Mardal coast.', 1));
  assert.equal(
    conflictingFigures('The yacht sank three miles off the Mardal coast.', 'The yacht sank 20 miles from the border crossing.', 1),
    null,
    'distances from different places',
  );
  assert.equal(
    conflictingFigures('The yacht sank eight kilometres off the Mardal coast.', 'The yacht sank five miles off the Mardal coast.', 1),
    null,
    'one distance, converted',
  );
});

test('after "was" a figure is said of the subject of its clause', () => {
  const [low] = figures('Turnout in the guild’s postal vote had been barely 38 percent, and the result was void');
  assert.ok(low?.measures.includes('attendance'), JSON.stringify(low));
  assert.ok(conflictingFigures('Turnout in the guild’s postal vote had been barely 38 percent, and the result stood.', 'The guild said turnout was 71 percent.', 1));
  assert.equal(
    conflictingFigures('Turnout in the guild’s postal vote was 38 percent.', 'The guild said 71 percent of the members backed the merger.', 1),
    null,
    'turnout and support are different measures',
  );
});

test('a share of a possessed noun is a share of that noun', () => {
  const [q] = figures('a quarter of the bakery’s revenue came from one hotel');
  assert.ok(q?.of?.includes(matchKey('revenue')) && !q.of.includes(matchKey('bakery')), JSON.stringify(q?.of));
  assert.ok(conflictingFigures('As much as 40 percent of the revenue the bakery reported came from one hotel.', 'The owner said a quarter of the bakery’s revenue came from hotels.', 1));
  assert.equal(
    conflictingFigures('Nearly 40 percent of the bakery’s staff are part-time.', 'The owner said a quarter of the bakery’s revenue came from hotels.', 1),
    null,
    'shares of different wholes',
  );
  assert.equal(figures('found fault in a fifth of them')[0]?.of, undefined, 'a pronoun names no whole');
});

test('a sum set against the figure another gave is offered in its place', () => {
  const against = 'The money bet on the greyhound came to under £30,000, a fraction of the figure given by the gaming regulator.';
  const other = 'The gaming regulator recorded £150,000 in wagers on the race.';
  assert.ok(conflictingFigures(against, other, 1));
  assert.equal(conflictingFigures('The money bet on the greyhound came to under £30,000 on Friday.', other, 1), null, 'sums an order apart are different things');
});

test('a figure written in number words is measured from its last word', () => {
  const [f] = figures('Thirty-one climbers were taken to hospital after the storm');
  assert.equal(f?.value, 31);
  assert.ok(f?.measures.includes('injured'), JSON.stringify(f));
});

test('temperatures compare in either scale; bare "degrees" may be Fahrenheit', () => {
  const [c] = figures('the thermometer in the square showed 30 degrees Celsius at noon');
  assert.equal(c?.unit, TEMPERATURE);
  assert.equal(c?.scale, 'C');
  assert.equal(figures('a sweltering 86-degree afternoon')[0]?.unit, TEMPERATURE);
  assert.equal(figures('it was 30°C in the shade')[0]?.scale, 'C');
  assert.equal(
    conflictingFigures('Nine walkers were treated for heatstroke as the temperature hit 30 degrees Celsius.', 'Nine walkers were treated for heatstroke on a sweltering 86-degree afternoon.', 1),
    null,
    '86 °F is 30 °C',
  );
  assert.ok(conflictingFigures('The walkers set off as the temperature hit 30°C.', 'The walkers set off as the temperature hit 41°C.', 1));
  assert.ok(conflictingFigures('The walkers set off as the temperature hit 30 degrees Celsius.', 'The walkers set off as the temperature hit 95 degrees Fahrenheit.', 1), '95 °F is 35 °C');
});

test('a compound duration is one figure', () => {
  assert.deepEqual(
    figures('the crossing took six hours and twelve minutes').map((f) => [f.value, f.unitWord]),
    [[372, 'minutes']],
  );
  assert.deepEqual(
    figures('she finished in 2 hours, 4 minutes and 9 seconds').map((f) => [f.value, f.unitWord]),
    [[7449, 'seconds']],
  );
  assert.deepEqual(figures('a winning time of 2:04:09').map((f) => [f.value, f.unitWord]), [[7449, 'seconds']]);
  assert.equal(
    conflictingFigures('He cut nine minutes off the previous best of five hours and forty-one minutes.', 'He swam the channel in 5 hours and 32 minutes, the organisers said.', 1),
    null,
    'the minutes of two durations are no rival figures',
  );
});

test('"nobody" is a count only of what happened to nobody', () => {
  assert.equal(figures('nobody at the council was answering the phone').length, 0);
  assert.equal(figures('nobody was hurt in the blast')[0]?.value, 0);
  assert.equal(
    conflictingFigures('A coach carrying 48 passengers broke down on the moor road.', 'Passengers said nobody at the coach firm was answering calls.', 1),
    null,
  );
});

test('parts of a count: "all but", "of whom", "other"', () => {
  const tally = 'Seventeen climbers were taken to hospital after the avalanche.';
  assert.equal(conflictingFigures(tally, 'By Tuesday all but three of the climbers taken to hospital had gone home.', 1), null, 'more than three were in hospital');
  assert.ok(conflictingFigures('Only two climbers were taken to hospital after the avalanche.', 'By Tuesday all but three of the climbers taken to hospital had gone home.', 1), 'but not two');
  const [, part] = figures('paramedics saw 60 fans, of whom 9 were taken to hospital');
  assert.equal(part?.unitWord, 'fans');
  assert.ok(part?.measures.includes('injured'));
  assert.equal(figures('the lifeboat picked up 30 people, 12 of them from one village')[1]?.unitWord, 'people', '"12 of them": of those just counted');
  assert.equal(figures('the lifeboat picked up 30 people, of whom 12 children')[1]?.unitWord, 'children', 'a noun for persons after it says whom it counts');
  assert.equal(conflictingFigures('Nine fans were taken to hospital.', 'Paramedics saw 60 fans at the ground, of whom 9 were taken to hospital.', 1), null);
  assert.equal(
    conflictingFigures('The haulier runs 20 depots across the county.', 'Drivers at three other depots run by the haulier reported the same fault.', 1),
    null,
    'three besides the one named',
  );
});

test('a price, a revenue and the cash part of a price are different sums', () => {
  const price = 'The group agreed to buy the brewery for £80 million.';
  assert.equal(conflictingFigures(price, 'The brewery made a profit on sales of £55 million.', 1), null, 'revenue is no price');
  assert.equal(conflictingFigures(price, 'The group paid only £50 million in cash for the brewery.', 1), null, 'the cash part of the price');
  assert.ok(conflictingFigures(price, 'The group paid £90 million in cash for the brewery.', 1), 'a cash part above the whole price');
});

test('a running total updates a figure', () => {
  assert.equal(
    conflictingFigures('A hoard of 40 silver coins was found in the field.', 'Six more coins turned up on Friday, bringing the total recovered to 46 coins.', 1),
    null,
  );
});

test('a length that places something is no amount', () => {
  const [level] = figures('all the weather stations stand above 2,000 metres');
  assert.equal(level?.position, true);
  assert.equal(figures('the tunnel will be up to 900 metres long')[0]?.position, undefined, '"up to" bounds an amount');
  assert.equal(conflictingFigures('The surveyor said the true figure is nearer 3.5 metres.', 'All the weather stations stand above 2,000 metres.', 1), null);
});

test('scale words are part of a figure, not a word in common', () => {
  assert.equal(
    conflictingFigures('Streaming stopped for all 2.1 million subscribers on Sunday.', 'A leaked file listed the home addresses of 0.3 million subscribers.', 1),
    null,
  );
});

test('the plural noun after a singular one is what is counted', () => {
  assert.equal(figures('fewer than 9,000 season tickets were sold')[0]?.unitWord, 'tickets');
  assert.equal(figures('58 sheep deaths were confirmed')[0]?.unitWord, 'sheep', 'the plural says what happened');
  assert.equal(figures('431 spoiled ballots were found')[0]?.unitWord, 'spoiled', 'a participle is no kind');
  assert.ok(conflictingFigures('Fewer than 9,000 season tickets had been sold, the club admitted.', 'The club said 12,000 tickets had been sold.', 1));
});

test('counts listed with "and" share what is said of them; illness is counted like cases', () => {
  const [miners, engineers] = figures('Twelve miners and two engineers were hurt in the collapse');
  assert.ok(miners?.measures.includes('injured') && engineers?.measures.includes('injured'));
  assert.ok(conflictingFigures('More than 60 pupils are now sick, parents say.', 'Thirty-one pupils and two teachers fell ill after the trip.', 1));
});

test('a temperature below zero is read with its sign, and a range is no sign', () => {
  assert.equal(figures('overnight the thermometer fell to minus 15 °C')[0]?.value, -15);
  assert.equal(figures('a night of -15C in the hills')[0]?.value, -15);
  assert.equal(figures('daytime highs of 10-12 °C').at(-1)?.value, 12);
  // −15 °C is 5 °F: the same night, told in two scales
  assert.equal(conflictingFigures('Shepherds spent the night out as temperatures fell to minus 15 °C.', 'Shepherds spent the night out in temperatures of 5F.', 1), null);
  assert.ok(conflictingFigures('Shepherds spent the night out as temperatures fell to minus 15 °C.', 'Shepherds spent the night out as temperatures fell to 15 °C.', 1));
});

// Round 3 (dev6): a concentration is one quantity per unit volume; masses compare in any unit;
// a scale word is left out of the words in common as a word, not by its short key; the unit word
// itself is no word in common; "not one house" is none, of the noun it names; "within" and "no
// closer than" place a distance "of"/"to" a place. Every sentence here is invented for this test.

test('a concentration compares across "of X" and across units of mass', () => {
  const lab = 'The laboratory found 12 micrograms of arsenic per litre in the well water';
  const c = conflictingFigures('The owner says the well water holds about 1,200 nanograms per litre', lab, 1);
  assert.equal(c?.a.value, 1200, '1,200 ng is 1.2 µg, not 12');
  assert.equal(c?.b.value, 12);
  assert.equal(conflictingFigures('The well water holds 0.012 milligrams per litre', lab, 1), null, 'the same figure in milligrams');
  assert.equal(figures(lab)[0]?.unit, figures('a 12-gram sachet of salt')[0]?.unit, 'one measure: mass');
  // "per litre" and "per kilogram" are different quantities (a concentration and a dose).
  assert.equal(conflictingFigures('The river water held 5 milligrams of nitrate per litre', 'The feed held 50 milligrams of nitrate per kilogram', 1), null);
});

test('masses compare in any unit; "pounds" stay money', () => {
  assert.equal(conflictingFigures('The van was carrying 2 tonnes of sand to the quarry', 'The van was carrying 2,000 kilograms of sand to the quarry', 1), null);
  assert.ok(conflictingFigures('The van was carrying 2 tonnes of sand to the quarry', 'The van was carrying 5,000 kilograms of sand to the quarry', 1));
  assert.equal(figures('The club paid 40,000 pounds for the striker')[0]?.unit, MONEY);
});

test('a scale word is left out of the words in common by the word, not by its key', () => {
  // "millilitre" and "million" share a short key; only "million" is a scale word.
  const c = conflictingFigures('Inspectors measured 8 milligrams per millilitre', 'The sample held 80 milligrams of the solvent per millilitre', 1);
  assert.equal(c?.a.value, 8);
  assert.equal(conflictingFigures('The network has 3.1 million subscribers', 'Some 0.9 million subscribers left', 1), null, 'only the scale word in common');
});

test('the unit word is no word in common', () => {
  assert.equal(conflictingFigures('The barge carried 300 tonnes of coal.', 'Dockers unloaded 500 tonnes of timber.', 1), null);
  assert.ok(conflictingFigures('The barge carried 300 tonnes of coal.', 'The barge was carrying 500 tonnes of coal.', 1));
});

test('"not one house", "not a single dose": none, of the noun named', () => {
  const [none] = figures('Not one flat on the estate got a leaflet.');
  assert.equal(none?.value, 0);
  assert.equal(none?.unitWord, 'flat');
  assert.equal(none?.rejected, undefined, 'a zero given, not a figure rejected');
  const c = conflictingFigures('Not one flat on the estate got a leaflet.', 'Leaflets went to all 240 flats on the estate.', 1);
  assert.equal(c?.a.value, 0);
  assert.equal(c?.b.value, 240);
  assert.equal(figures('Not a single damaged car was towed away')[0]?.unitWord, 'car', 'the noun, not the participle before it');
  assert.equal(figures('Not a single damaged car was towed away')[0]?.value, 0);
  assert.notEqual(figures('The club signed not one but two goalkeepers')[0]?.value, 0, '"not one but two" is no zero');
  assert.equal(figures('Not one of them answered').length, 0, 'no noun named');
  assert.deepEqual(
    figures('Not one of the 30 buses ran').map((f) => f.value),
    [30],
  );
});

test('"within" and "no closer than" place a distance of or to a place', () => {
  const near = 'The asteroid will pass within three million miles of Earth';
  assert.deepEqual(figures(near)[0]?.of, [matchKey('earth')]);
  assert.deepEqual(figures(near)[0]?.range, [0, 3e6], '"within" is anything up to the figure');
  assert.ok(conflictingFigures(near, 'The asteroid will pass no closer than 90 million kilometres to Earth', 1), '3 million miles is some 5 million km');
  assert.equal(conflictingFigures(near, 'The asteroid will pass about 4 million kilometres from Earth', 1), null, 'within the figure');
  assert.equal(figures('The council owns 12 miles of towpath')[0]?.of, undefined, 'a length of a thing is no distance from it');
});

test('a figure with a thousands separator keeps its decimals', () => {
  assert.equal(figures('a marrow weighing 1,186.5 kilograms took the prize')[0]?.value, 1186.5);
  // 1,186.5 kg is 2,616 lb: one weight in two units
  assert.equal(conflictingFigures('A marrow weighing 1,186.5 kilograms took the prize at the show.', 'The prize marrow weighed 2,616 lb at the show.', 1), null);
});

test('a mass or length in time ("25 kg a day") and an amount measure different things; counts and sums of money still compare', () => {
  assert.equal(figures('The marrow was gaining 25 kg a day in August')[0]?.perUnit, matchKey('day'));
  assert.equal(figures('The dairy pumps 300 litres of whey every hour')[0]?.perUnit, matchKey('hour'));
  assert.equal(figures('The trust spends £2m annually on repairs')[0]?.perUnit, matchKey('year'));
  // a time that places the figure is no rate
  assert.equal(figures('The marrow weighed 40 kg a week earlier')[0]?.perUnit, undefined);
  assert.equal(figures('About 300 people came a year ago')[0]?.perUnit, undefined);
  assert.equal(
    conflictingFigures('The grower said the marrow was gaining 25 kg a day in August.', 'The grower said the marrow weighed 610 kg at the weigh-in.', 1),
    null,
  );
  assert.ok(conflictingFigures('The marrow gained 25 kg a day in August, the grower said.', 'The marrow gained 9 kg a day in August, the grower said.', 1));
  // a staffing level "every night" is the count of those on duty
  assert.ok(conflictingFigures('The home had two carers on duty every night, the owner said.', 'Inspectors found one carer on duty at night.', 1));
  // a salary retold without its period is the same sum
  assert.ok(conflictingFigures('The new warden will be paid £61,000 a year.', 'The new warden will be paid £45,000.', 1));
  // a speed's hour is part of its unit
  assert.equal(conflictingFigures('The coach was doing 80 kilometres an hour.', 'The coach was doing 80 km/h.', 1), null);
});

test('an estimate "put the crowd at 800" counts what it names; more nouns count people', () => {
  const [crowd] = figures('Police put the crowd at about 800');
  assert.equal(crowd?.value, 800);
  assert.ok(conflictingFigures('Organisers said 6,000 people marched to the quay.', 'Police put the crowd at about 900.', 1));
  assert.equal(figures('The coroner estimated the death toll at 40')[0]?.unitWord, 'toll');
  assert.equal(figures('The council put the cost of the repairs at about 90,000')[0]?.unitWord, 'cost');
  assert.ok(conflictingFigures('About 2,100 people were evacuated from the valley overnight.', 'The evacuation of some 3,500 neighbours began overnight.', 1));
});

test('durations compare across units; an interval before or after an event is said of that event', () => {
  const [inside] = figures('the gang was inside for about four minutes');
  const [seconds] = figures('the gang was inside for 90 seconds');
  assert.equal(inside?.unit, seconds?.unit);
  assert.ok(conflictingFigures('The raid on the chapel lasted about four minutes.', 'The raid on the chapel lasted 90 seconds.', 1));
  assert.equal(conflictingFigures('The jury was out for 11 hours.', 'The jury was out for 660 minutes.', 1), null, 'one duration, converted');
  // intervals up to different events
  assert.equal(
    conflictingFigures('Residents were warned four hours before the flames reached the farms, the agency said.', 'A line tripped ten minutes before the first call to the fire service, the agency said.', 1),
    null,
  );
  assert.ok(conflictingFigures('The ambulance arrived 40 minutes after the crash, witnesses said.', 'The ambulance arrived 15 minutes after the crash, the service said.', 1));
});

test('a count of events "among" a population is no part of a larger count; people "among the injured" are', () => {
  assert.ok(conflictingFigures('The trial was halted after three deaths among patients taking the drug.', 'The trial recorded five deaths among patients taking the drug.', 1));
  const [nurses] = figures('two nurses were among the injured');
  assert.equal(nurses?.range[1], Infinity);
  const [dead] = figures('three deaths were among those reported');
  assert.equal(dead?.range[1], Infinity);
});

test('times of day are one measure in any writing, said of the event just before them', () => {
  const at = (t: string): number | undefined => figures(t).find((f) => f.unit === '#clock')?.value;
  assert.equal(at('the alarm sounded at 3.41 a.m.'), 3 * 60 + 41);
  assert.equal(at('residents were warned at 11 p.m. on Sunday'), 23 * 60);
  assert.equal(at('order was restored at 21.45'), 21 * 60 + 45);
  assert.equal(at('the warning came at three in the morning'), 3 * 60);
  assert.equal(at('the last crew left the ship at half past one in the morning'), 90);
  assert.equal(at('the ferry docked at eleven at night'), 23 * 60);
  // decimals are no times: "rose 2.5 percent", "a 10.30 metre mast"
  assert.equal(at('prices rose at 10.30 percent a year'), undefined);
  assert.ok(conflictingFigures('The alarm at the depot sounded at 3.41 a.m., the manager said.', 'The alarm at the depot sounded at 4.20 a.m., police said.', 1));
  // times of different events do not conflict
  assert.equal(conflictingFigures('The line tripped at 9.47 p.m., the log shows.', 'The first call to the fire service came at 9.57 p.m., the log shows.', 1), null);
  assert.equal(conflictingFigures('The alarm at the depot sounded at 3.41 a.m.', 'The alarm at the depot sounded at about 3.55 a.m.', 1), null, 'within half an hour of a hedged time');
});
