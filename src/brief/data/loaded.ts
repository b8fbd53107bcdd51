/**
 * Words that mark an outlet's own loaded or dramatising voice. A brief prefers sentences
 * without them (outside quotation marks); they are not banned, only ranked lower.
 */
export const LOADED_WORDS = new Set(
  (
    'dramatic dramatically stunning shock shocking desperate pleading beseeching heartbreaking bated breath ' +
    'horrific horrible brutal barbaric heroic glorious disgraceful idiotic moronic regime terrorists terrorist ' +
    'militants mercenaries neo-nazis liberated liberation puppet junta thugs slaughter butchers ' +
    'escalating unprecedented bloody'
  ).split(' '),
);

/** Hedges and speculation in the outlet's voice that a brief ranks lower. */
export const SPECULATIVE = /\b(some analysts believe|it is believed|might|could finally|the world waits)\b/i;
