import type { Entity, Mention } from '../core/types.ts';

/**
 * Entities for coreference to build on when no linking stage has run: person names that share
 * their last word and do not disagree on the words before it are one person ("Kassim-Zjomart
 * Tokajev", "Tokajev"), named by the longest; other names are one entity per spelling. Sets
 * `Mention.entity`. A stand-in: `link-entities` does this better.
 */
export function clusterPersonNames(mentions: readonly Mention[]): { mentions: Mention[]; entities: Entity[] } {
  interface Draft {
    id: string;
    type: Mention['type'];
    name: string;
    words: string[];
    mentions: string[];
    spellings: Set<string>;
  }
  const drafts: Draft[] = [];
  const entityOf = new Map<string, string>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const words = nameWords(mention.text);
    if (words.length === 0) continue;
    let draft: Draft | undefined;
    if (mention.type === 'PER') {
      draft = drafts.find((d) => d.type === 'PER' && compatible(d.words, words));
    } else {
      draft = drafts.find((d) => d.type === mention.type && d.words.join(' ') === words.join(' '));
    }
    if (draft === undefined) {
      draft = { id: `e${drafts.length + 1}`, type: mention.type, name: mention.text, words, mentions: [], spellings: new Set() };
      drafts.push(draft);
    } else if (words.length > draft.words.length) {
      draft.name = mention.text;
      draft.words = words;
    }
    draft.mentions.push(mention.id);
    draft.spellings.add(mention.text);
    entityOf.set(mention.id, draft.id);
  }
  const entities: Entity[] = drafts.map((d) => ({
    id: d.id,
    type: d.type,
    name: d.name,
    aliases: [...d.spellings].filter((s) => s !== d.name),
    mentions: d.mentions,
  }));
  return { mentions: mentions.map((m) => (entityOf.has(m.id) ? { ...m, entity: entityOf.get(m.id) } : m)), entities };
}

/** Lower-cased words of a name, a genitive -'s dropped. */
function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/['’]s$/u, '').split(/\s+/).filter((w) => w !== '');
}

/** Same last word, and the shorter name's other words all in the longer one ("de rooij" ⊂ "theo de rooij"). */
function compatible(a: readonly string[], b: readonly string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((word) => long.includes(word) || /^\p{L}\.$/u.test(word));
}

/**
 * Where `link-entities` has run: the person names it did not link (found by the capitals
 * fallback) join the person entity whose name they fit ("Van 't Hof" → "J. van 't Hof"), or
 * become entities of their own.
 */
export function linkUnlinkedNames(mentions: readonly Mention[], entities: readonly Entity[]): { mentions: Mention[]; entities: Entity[] } {
  const out: Entity[] = entities.map((e) => ({ ...e, mentions: [...e.mentions], aliases: [...e.aliases] }));
  const entityOf = new Map<string, string>();
  let next = 1;
  for (const mention of mentions) {
    if (mention.entity !== undefined || mention.type !== 'PER') continue;
    const words = nameWords(mention.text);
    if (words.length === 0) continue;
    let index = out.findIndex((e) => e.type === 'PER' && compatible(nameWords(e.name), words));
    if (index === -1) {
      while (out.some((e) => e.id === `c${next}`)) next++;
      out.push({ id: `c${next}`, type: 'PER', name: mention.text, aliases: [], mentions: [] });
      index = out.length - 1;
    }
    const entity = out[index];
    const longer = words.length > nameWords(entity.name).length;
    out[index] = {
      ...entity,
      name: longer ? mention.text : entity.name,
      aliases: longer ? [...entity.aliases, entity.name] : entity.name === mention.text || entity.aliases.includes(mention.text) ? entity.aliases : [...entity.aliases, mention.text],
      mentions: [...entity.mentions, mention.id],
    };
    entityOf.set(mention.id, entity.id);
  }
  return { mentions: mentions.map((m) => (entityOf.has(m.id) ? { ...m, entity: entityOf.get(m.id) } : m)), entities: out };
}
