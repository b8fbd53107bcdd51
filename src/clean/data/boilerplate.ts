/**
 * Vocabulary of page furniture: promo lines in plain text, and class/id hints in HTML.
 * Patterns are matched against a normalised line (lower case, straight apostrophes, single
 * spaces, no trailing punctuation or colon).
 */

/** Whole short lines that are promo / navigation furniture, never article text. */
export const PROMO_LINES: RegExp[] = [
  /^editor'?s'? (picks?|choice)$/,
  /^(watch|see) (our|the) (latest )?videos?( of the (week|day))?$/,
  /^(read|see) (more|also|next|the full story)\b/,
  /^also (read|see|watch)\b/,
  /^(related|recommended|more)( (articles?|stories|news|coverage|reading|posts?|on this( story| topic)?))?$/,
  /^related (articles?|stories|news|coverage|posts?)?\s*:/,
  /^related\s*:/,
  /^(trending|popular|most (read|viewed|popular|shared))( (now|stories|articles|news|today))?$/,
  /^you (may|might) (also )?(like|enjoy|be interested in)\b/,
  /^don'?t miss\b/,
  /^(subscribe|sign up|register)\b.{0,60}$/,
  /^(follow|join|like) us\b/,
  /^(share|tweet|email|print)( (this|on|article|story|via).*)?$/,
  /^click here\b/,
  /^advertisement$/,
  /^(sponsored|promoted)( (content|stories|links))?$/,
  /^(story|article) continues (below|after)/,
  /^(continue reading|skip (to )?(ad|advertisement|content))$/,
  /^(comments?|leave a (comment|reply)|\d+ comments?)$/,
  /^(latest|top) (news|stories|headlines)$/,
];

/** Longest line that may be dropped as promo furniture (longer lines are article text). */
export const MAX_PROMO_LINE_CHARS = 100;

/** class/id fragments of blocks that are never the article (Readability's unlikelyCandidates, extended). */
export const UNLIKELY_HINTS =
  /-ad-|^ad-|\bads?\b|adsense|advert|agegate|banner|breadcrumb|byline|caption|combx|comment|community|cookie|cover-wrap|credit|disqus|donat|extra|footer|gdpr|header|hidden|legends|menu|meta-?data|modal|more-?(stories|articles|news)|nav|newsletter|outbrain|pager|pagination|popup|promo|recirc|recommend|related|remark|replies|reply|rss|share|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri|taboola|tags?\b|teaser|toolbar|tool-?tip|trending|widget|most-?(read|popular|viewed)|read-?more|author-?(bio|info|box)|print|email|login|overlay|disclaimer/i;

/** class/id fragments that rescue a block matching UNLIKELY_HINTS (Readability's okMaybeItsACandidate). */
export const MAYBE_HINTS = /and|article|body|column|content|main|shadow|story|entry|post|text/i;

/** class/id fragments that raise a block's score (Readability's positive). */
export const POSITIVE_HINTS =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|prose|rich-?text/i;

/** class/id fragments that lower a block's score (Readability's negative, extended). */
export const NEGATIVE_HINTS =
  /-ad-|hidden|^hid$|\bhid\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|recommend|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|subscribe|byline|caption|credit|author|teaser|trending|popular|most-read|nav|menu|breadcrumb|signup|login|cookie|modal|popup/i;

/** Page furniture by tag: navigation, side bars, site headers and footers, menus. (Forms are
 * not: some sites wrap the whole page in one; input-heavy forms go by conditional cleaning.) */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu']);

/** Which removal kind a dropped block is, by its class/id (first match wins). */
export const KIND_HINTS: [import('../../model/types.js').RemovedKind, RegExp][] = [
  ['comments', /comment|disqus|replies|reply|discussion|respon/i],
  ['teaser', /related|recommend|more-?(stories|articles|news)|teaser|recirc|outbrain|taboola|trending|popular|most-?read|read-?more|next-?(article|story)/i],
  ['credit', /caption|credit|byline|author|copyright|figure|figcaption/i],
  ['metadata', /meta|date|time|tags?\b|breadcrumb|dateline|header|^h1$/i],
];

/** ARIA roles of furniture. */
export const DROP_ROLES = new Set([
  'navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'dialog', 'alert',
  'alertdialog', 'search', 'toolbar', 'tablist', 'button',
]);

/** Elements whose text is laid out as its own paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** class/id tokens of reader-comment sections: excluded in every attempt (never article text). */
export const COMMENT_SECTION_TOKEN = /^(comments?|commentlist|comment-?list|comments?-(area|section|wrapper|container|block|list|thread)|disqus_thread|disqus|respond|reply-?form|user-?comments)$/i;

/**
 * Headings that open a block of teasers or comments after the article (several languages):
 * the rest of the heading's container is dropped.
 */
export const TAIL_HEADINGS: [import('../../model/types.js').RemovedKind, RegExp][] = [
  [
    'teaser',
    /^(related( (articles?|stories|posts?|news|content|coverage|reading|topics))?|you (may|might) (also )?(like|enjoy)|recommended( for you| stories| articles)?|more (from|stories|news|articles|on this( story| topic)?|to read)|read (more|next|also)|also read|what to read next|don'?t miss|popular( now| stories)?|most (read|popular|viewed|shared)|trending( now)?|latest (news|stories)|top stories|more (great |top |from )?[\p{L} ]{0,24}(stories|articles|news|reads)|(você|voce) (pode|também pode) gostar|leia (também|mais)|veja também|mais (lidas|lidos|notícias)|not[íi]cias relacionadas|mat[ée]rias relacionadas|te puede interesar|lee también|tambi[ée]n te puede interesar|m[áa]s le[íi]das|[àa] lire (aussi|également)|lire aussi|vous aimerez aussi|sur le m[êe]me sujet|lesen sie auch|mehr zum thema|das k[öo]nnte sie auch interessieren|weitere artikel|leggi anche|potrebbe interessarti|articoli correlati|lees ook|meer nieuws)$/iu,
  ],
  [
    'comments',
    // "Discussion" or "Responses" alone can be an article's own section: they need a count.
    /^(\d+\s+)?(comments?|coment[áa]rios?|commentaires?|kommentare?|commenti|reacties)(\s*\(\d+\))?$|^\d+\s+(responses?|replies|thoughts)\b|^(leave a (comment|reply)|add a comment|post a comment|join the (discussion|conversation)|reader comments|deixe (um|seu) coment[áa]rio|deja (un|tu) comentario|laisser un commentaire|kommentar schreiben)$/iu,
  ],
];

/** Longest heading text matched against TAIL_HEADINGS. */
export const MAX_TAIL_HEADING_CHARS = 60;

/** Promo sentences that close a page's article block ("Follow her on Twitter", "Subscribe to our newsletters"). */
export const TRAILING_PROMO =
  /\b(subscribe (to|for)|sign up (for|to)|newsletters?\b|follow (us|him|her|them|@\w+)\b|follow [\p{L}\w@ ]{1,30} on (twitter|facebook|instagram|youtube|linkedin|tiktok)|join our|let us know|listen (to|back)|(email|contact|reach) [\p{Lu}][\p{L} .]{1,30} at|(may|can) be reached at|have a tip\?|send us (a|your) tip|click here|download (our|the) app|all rights reserved|copyright ©|©\s*\d{4}|this slideshow requires javascript|tell us what you think|join the conversation|share this (article|story))/iu;

/** Longest paragraph dropped as a trailing promo line. */
export const MAX_TRAILING_PROMO_CHARS = 220;
