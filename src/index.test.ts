import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from './index.js';

test('the public API exports exactly these names', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'DEFAULT_DB',
    'DedupIndex',
    'SqliteStore',
    'StoryClusterer',
    'analyzeReport',
    'buildBrief',
    'buildDossier',
    'buildInStore',
    'buildStory',
    'buildTimeline',
    'canonicalKey',
    'clean',
    'cleanHtml',
    'cleanText',
    'cluster',
    'collectInputs',
    'createApp',
    'decodeBytes',
    'dedup',
    'evidence',
    'findMentions',
    'findQuotes',
    'findStatements',
    'findTimes',
    'hashId',
    'ingest',
    'readManifest',
    'reconcile',
    'renderMarkdown',
    'resolves',
    'splitSentences',
    'startServer',
    'writeStaticSite',
  ]);
});
