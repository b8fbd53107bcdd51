/** Meta tag names read for page metadata, in order of trust. Keys are lower case. */

export const TITLE_META = ['og:title', 'twitter:title', 'headline', 'dc.title', 'title'];

export const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
  'datecreated',
];

export const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

export const SITE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];

export const LANG_META = ['og:locale', 'content-language', 'language', 'dc.language', 'inlanguage'];

/** schema.org types that carry an article's own metadata. */
export const ARTICLE_TYPES = /Article$|^Article|BlogPosting|Report|LiveBlogPosting|^Posting$/i;

/** Separators between headline and site name in <title>, most specific first. */
export const TITLE_SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' » ', ' · ', ' / '];
