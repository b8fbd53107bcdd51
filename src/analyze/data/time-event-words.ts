/**
 * Words the timeline (src/brief/timeline.ts) ignores when it compares the sentences that carry
 * dated mentions: function words, reporting verbs and the calendar words themselves, which say
 * when but not what.
 */
export const EVENT_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about into onto over under ' +
    'after before during since until till than then as if that this these those there here it its it’s ' +
    'he she they we you i him her them us me his hers their our your my who whom whose which what when ' +
    'where why how all any some no not each every both either neither one two three also just only even ' +
    'is are was were be been being am has have had having do does did will would shall should can could ' +
    'may might must said says say saying told tells tell added adding according stated noted reported ' +
    'more most less least very much many such own other another same new s t mr ms mrs dr ' +
    'earlier later last next past previous following ago week weeks weekend month months year years ' +
    'day days today yesterday tomorrow tonight morning afternoon evening night hours hour time ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april june july august september october november december'
  ).split(/\s+/),
);
