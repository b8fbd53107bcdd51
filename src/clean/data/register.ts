/**
 * Vocabulary for telling reader comments from reporting: the register of a reporter (attribution
 * verbs, quotation) against the register of a commenter (informal spelling, insults, opinion,
 * first/second person). English only for now; other languages fall back to neutral scores.
 */

/** Attribution verbs and phrases: reporting voice. */
export const ATTRIBUTION =
  /\b(said|says|say|told|tells|stated|states|added|adds|noted|notes|according to|announced|confirmed|claimed|claims|denied|denies|reported|reports|explained|insisted|argued|warned|wrote|posted|declared|acknowledged|emphasi[sz]ed|stressed|urged|asked|replied|responded|commented|remarked|spokes(man|woman|person))\b/i;

/** Contractions written without their apostrophe: typical of hasty comments. */
export const INFORMAL_SPELLING =
  /\b(dont|doesnt|didnt|cant|couldnt|wont|wouldnt|shouldnt|isnt|arent|wasnt|werent|havent|hasnt|im|ive|youre|theyre|thats|whats|lol|lmao|omg|imho|imo|smh|wtf|u|ur|pls|plz|gonna|wanna)\b/i;

/** Insults and contempt words: comment register. */
export const INSULTS =
  /\b(idiot|idiots|idiotic|moron|morons|moronic|stupid|stupidity|dumb|fool|fools|foolish|clown|clowns|liar|liars|loser|losers|pathetic|scum|traitor|traitors|imbecile|retard\w*|nonsense|garbage|trash|joke|shame on)\b/i;

/** Opinion and prescription markers in the writer's own voice. */
export const OPINION =
  /\b(should|shouldn't|ought to|need to|needs to|must be|the (correct|right|only) thing|in my (opinion|view)|i think|i believe|i hope|let's|problem solved|good riddance|well done|thank you|thanks)\b/i;

/** First and second person outside quotation marks. */
export const FIRST_SECOND_PERSON = /\b(i|i'm|i've|me|my|mine|you|your|you're|yours|u)\b/i;

/** Words of two letters or more that are too common to show a topic. */
export const STOPWORDS = new Set(
  (
    'about above after again against all also among and another any are around because been before being ' +
    'below between both but can could did does doing down during each even ever every few for from further ' +
    'had has have having her here hers him his how into its itself just last least like made make many may ' +
    'more most much must near new next not now off once one only other our out over own per same she should ' +
    'since some still such than that the their them then there these they this those though through till too ' +
    'under until upon very was were what when where which while who whom whose why will with within without ' +
    'would year years yet you your week weeks day days time times said says told reportedly first two three'
  ).split(' '),
);
