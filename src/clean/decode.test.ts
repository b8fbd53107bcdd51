import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from './decode.js';

const enc = (s: string) => new TextEncoder().encode(s);

test('decodeBytes: BOMs pick the encoding', () => {
  const u8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Zoë')]);
  assert.deepEqual([decodeBytes(u8).text, decodeBytes(u8).encoding], ['Zoë', 'utf-8']);
  const le = Uint8Array.from([0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00]);
  assert.deepEqual([decodeBytes(le).text, decodeBytes(le).encoding], ['Zë', 'utf-16le']);
  const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x5a, 0x00, 0xeb]);
  assert.deepEqual([decodeBytes(be).text, decodeBytes(be).encoding], ['Zë', 'utf-16be']);
});

test('decodeBytes: HTTP content-type charset', () => {
  const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]); // "café" in latin-1
  const d = decodeBytes(bytes, { contentType: 'text/html; charset=ISO-8859-1' });
  assert.equal(d.text, 'café');
  assert.equal(d.encoding, 'windows-1252');
});

test('decodeBytes: <meta charset> in HTML', () => {
  const head = enc('<html><head><meta charset="windows-1251"><title>');
  const bytes = Uint8Array.from([...head, 0xcf, 0xf0, 0xe8]); // "При" in cp1251
  const d = decodeBytes(bytes, { html: true });
  assert.ok(d.text.endsWith('При'), d.text);
  assert.equal(d.encoding, 'windows-1251');
  const equiv = enc('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">');
  assert.equal(decodeBytes(equiv, { html: true }).encoding, 'koi8-r');
});

test('decodeBytes: plain UTF-8 by default, no messages', () => {
  const d = decodeBytes(enc('“Quoted” — dash'));
  assert.equal(d.text, '“Quoted” — dash');
  assert.deepEqual(d.messages, []);
});

test('decodeBytes: a stray invalid byte in UTF-8 is replaced and reported', () => {
  const bytes = Uint8Array.from([...enc('Grüße aus Köln, schöne Grüße '), 0xff, ...enc(' und Tschüss')]);
  const d = decodeBytes(bytes);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.includes('\uFFFD'));
  assert.equal(d.messages[0]?.ruleId, 'invalid-utf8');
});

test('decodeBytes: bytes that are clearly not UTF-8 fall back to windows-1252', () => {
  const bytes = Uint8Array.from([...enc('Le caf'), 0xe9, ...enc(' de la f'), 0xea, ...enc('te '), 0x93, ...enc('ici'), 0x94]);
  const d = decodeBytes(bytes);
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text, 'Le café de la fête “ici”');
  assert.equal(d.messages[0]?.ruleId, 'legacy-encoding');
});

test('decodeBytes: unknown charset label does not throw', () => {
  const d = decodeBytes(enc('hello'), { contentType: 'text/plain; charset=x-made-up' });
  assert.equal(d.text, 'hello');
  assert.equal(d.messages[0]?.ruleId, 'unknown-charset');
});
