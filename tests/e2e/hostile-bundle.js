// A content bundle no editor should ever publish, built from the shipped
// English one: 500 themes, paragraphs of 100 KB, and hostile strings in
// every text and link. Used by hostile.spec.js (nothing breaks) and
// scripts/hostile.mjs (how long it takes).
import { readFileSync } from 'node:fs';

const repo = new URL('../..', import.meta.url).pathname;

export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</title><style>*{display:none}</style>',
  '\u202eevil right-to-left \u200b\u200d\ufeff',
  '{{constructor.constructor("alert(1)")()}}',
  'a'.repeat(5000),
];
export const THEMES = 500;
export const LONG = 100 * 1024;

export function hostileBundle() {
  const en = JSON.parse(readFileSync(`${repo}public/content/en.json`, 'utf8'));
  const hostile = (i) => HOSTILE[i % HOSTILE.length];
  const long = (i) => `${hostile(i)} ${'Solidarity and social protection. '.repeat(LONG / 34)}`.slice(0, LONG);
  en.home.members = long(0);
  en.themes = Array.from({ length: THEMES }, (_, i) => ({
    slug: `theme-${i}`,
    title: `${i} ${hostile(i)}`,
    summary: hostile(i + 1),
    body: i < 5 ? [long(i), long(i + 1)] : [hostile(i + 2), hostile(i + 3)],
    figure: en.figures[i % en.figures.length].id,
  }));
  en.allies = en.allies.map((ally, i) => ({ ...ally, name: hostile(i), url: ['javascript:alert(1)', 'data:text/html,x', 'https://ok.example/"x'][i % 3] }));
  en.figures = en.figures.map((f, i) => ({ ...f, caption: hostile(i), image: { ...f.image, alt: hostile(i + 2) } }));
  en.quote.text = hostile(3);
  return en;
}
