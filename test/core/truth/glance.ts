// "Privacy at a glance" must agree with the sections it links to (issue 11). This reads the policy
// as a reader would, from its Markdown, and compares each summary line with its section: the same
// data, the same uses, the same recipients, the same answer on selling and sharing, the same rights,
// the same contact. It returns what disagrees, or null.
import { loadPhrases } from '../../../source/core/render/engine.js';
import { slug } from '../../../source/core/render/format.js';

/** The text of one `## ` section (up to the next `## `), or undefined when absent. */
export function sectionOf(policy: string, heading: string): string | undefined {
  const start = policy.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const next = policy.indexOf('\n## ', start + 4);
  return policy.slice(start, next < 0 ? undefined : next);
}

/** Markdown escapes and entities removed, links as their text: how a reader sees a value. */
const plain = (md: string) =>
  md
    .replace(/\[([^\]]*(?:\\\][^\]]*)*)\]\([^)]*\)/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\(.)/g, '$1');
const join = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const lowerFirst = (t: string) => (/^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t);
/** The body rows of each table in a section (first row of each table is its header). */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith('| ')) {
      current = undefined;
      continue;
    }
    if (/^\| -/.test(line)) continue;
    const cells = line.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.trim());
    if (!current) out.push((current = []));
    else current.push(cells);
  }
  return out;
}

/** The glance line whose label is `label`, without its label, or undefined. */
function lineOf(glance: string, label: string): { text: string; anchor?: string } | undefined {
  const line = glance.split('\n').find((l) => l.startsWith(`- **[${label}](`) || l.startsWith(`- **${label}:**`));
  if (!line) return undefined;
  const anchor = /^- \*\*\[[^\]]+\]\(#([^)]+)\):\*\*/.exec(line)?.[1];
  return { text: line.replace(/^- \*\*(?:\[[^\]]+\]\([^)]*\)|[^*]+):\*\*\s*/, ''), ...(anchor ? { anchor } : {}) };
}

export function glanceDisagreements(policy: string): string | null {
  const glance = sectionOf(policy, 'Privacy at a glance');
  if (!glance) return 'no "Privacy at a glance" section';
  const headings = new Map([...policy.matchAll(/^## (.+)$/gm)].map((m) => [slug(m[1]!), m[1]!]));
  // Every link of the summary reaches a heading of the policy.
  for (const [, anchor] of glance.matchAll(/\]\(#([^)]+)\)/g)) if (!headings.has(anchor!)) return `links to #${anchor}, which is no heading`;
  const p = loadPhrases();

  const collect = sectionOf(policy, 'What we collect');
  const collectLine = lineOf(glance, 'What we collect');
  if (!!collect !== !!collectLine) return `"What we collect" is ${collect ? '' : 'not '}in the policy but ${collectLine ? '' : 'not '}in the summary`;
  if (collect && collectLine) {
    const labels = (tables(collect)[0] ?? []).map((r) => lowerFirst(plain(r[0]!).replace(/^\*\*(.+?)\*\*.*$/, '$1')));
    if (plain(collectLine.text) !== `${join(labels)}.`) return `collects "${plain(collectLine.text)}" in the summary, "${join(labels)}" in the section`;
  }

  const uses = sectionOf(policy, 'How we use your data');
  const whyLine = lineOf(glance, 'Why we use it');
  if (!!uses !== !!whyLine) return 'uses in the policy and the summary differ in presence';
  if (uses && whyLine) {
    const byWords = new Map(Object.entries(p.purposeWords).map(([id, words]) => [words, id]));
    const shorts = [...new Set((tables(uses)[0] ?? []).map((r) => plain(r[0]!)).map((cell) => (byWords.has(cell) ? p.purposesShort[byWords.get(cell)!]! : lowerFirst(cell))))];
    if (plain(whyLine.text) !== `to ${join(shorts)}.`) return `uses "${plain(whyLine.text)}" in the summary, "${join(shorts)}" in the section`;
  }

  const sharing = sectionOf(policy, 'Who we share it with') ?? '';
  const receivers = lineOf(glance, 'Who receives it');
  const groups: [string, string][] = [
    ['### Service providers', 'companies that work for us: '],
    ['### Other companies', 'Companies that also use it for themselves: '],
    ['### Other services', 'Other services: '],
  ];
  for (const [heading, lead] of groups) {
    const start = sharing.indexOf(`${heading}\n`);
    const inGlance = receivers ? plain(receivers.text).indexOf(lead) : -1;
    if ((start >= 0) !== (inGlance >= 0)) return `"${heading.slice(4)}" is ${start >= 0 ? '' : 'not '}in the section but ${inGlance >= 0 ? '' : 'not '}in the summary`;
    if (start < 0) continue;
    const names = (tables(sharing.slice(start))[0] ?? []).map((r) => plain(r[0]!));
    const listed = plain(receivers!.text).slice(inGlance + lead.length);
    if (!listed.startsWith(`${join(names)}.`)) return `${heading.slice(4)}: the summary names "${listed.split('. ')[0]}", the section "${join(names)}"`;
  }

  // The answer on selling and sharing, as the section gives it and as the summary gives it.
  const saleOf = (text: string) => ({
    none: /We do not sell your personal|we do not sell your personal/.test(text),
    sells: /[Ww]e sell some personal/.test(text),
    shares: /[Ww]e share some personal information for cross-context|share some for cross-context|[Ww]e give some personal data to other companies (so that they can show you ads|for targeted ads)/.test(text),
  });
  const saleLine = lineOf(glance, 'Selling and sharing');
  const inSection = saleOf(sharing);
  const inGlance = saleOf(saleLine?.text ?? '');
  if (JSON.stringify(inSection) !== JSON.stringify(inGlance)) return `selling and sharing: the section says ${JSON.stringify(inSection)}, the summary ${JSON.stringify(inGlance)}`;
  const california = sectionOf(policy, 'Your rights in California');
  if (california && inGlance.none && /\| Sold or shared \|/.test(california) && /\| Yes, with /.test(california)) return 'the summary denies selling while the California table lists a sale';

  const rights = sectionOf(policy, 'Your rights') ?? '';
  const rightsLine = lineOf(glance, 'Your rights')?.text ?? '';
  if (!rightsLine) return 'no rights line in the summary';
  // the same rights, both ways: each word of the summary against the line of the list it stands for
  const promised = rightsLine.replace(/\. You can (opt out|withdraw).*$/, '');
  for (const [word, right] of [
    [/a copy of your data/, 'give you a copy of it'],
    [/ask us to (\w+, )*(\w+ (and|or) )?correct\b/, 'correct data'],
    [/\bdelete\b/, 'delete your data'],
    [/\bmove it\b|\bmove\b/, 'send your data to you or to another company'],
    [/\blimit\b/, 'limit how we use your data'],
    [/\bstop some uses|or stop\b/, 'stop using your data for some purposes'],
  ] as const) {
    const inSummary = word.test(promised);
    const inSection = rights.split('\n').some((l) => l.startsWith('- ') && l.includes(right));
    if (inSummary && !inSection) return `the summary promises what "Your rights" does not list: ${right}`;
    if (!inSummary && inSection) return `"Your rights" lists what the summary leaves out: ${right}`;
  }
  if (/depending on where you live/i.test(rightsLine) !== /^Depending on where you live, you can ask us to:/m.test(rights))
    return 'the summary and "Your rights" disagree on whether a right depends on where you live';
  const optOut = rights.includes('- stop selling or sharing your data (opt out)');
  if (optOut !== /opt out of selling and sharing/.test(rightsLine)) return `opt-out: the rights section ${optOut ? 'lists' : 'does not list'} it, the summary ${optOut ? 'does not' : 'does'}`;
  if (/You can opt out\./.test(saleLine?.text ?? '') && !optOut) return 'the summary offers an opt-out the rights section does not list';
  const consent = rights.includes('Where we rely on your consent, you can withdraw it at any time.');
  if (consent !== /withdraw your consent/.test(rightsLine)) return `withdrawing consent: the rights section ${consent ? 'says' : 'does not say'} it, the summary ${consent ? 'does not' : 'does'}`;

  // Every section for a country's law is linked from the summary, and only those.
  const regional = [...headings].filter(([, h]) => /^Your rights in /.test(h)).map(([s]) => s);
  const linked = [...(lineOf(glance, 'More rights where you live')?.text ?? '').matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
  if (JSON.stringify(regional) !== JSON.stringify(linked)) return `regional sections ${regional.join(', ') || 'none'}, but the summary links ${linked.join(', ') || 'none'}`;

  const contact = sectionOf(policy, 'Contact us') ?? '';
  const contactLine = lineOf(glance, 'Contact us')?.text;
  const email = /^- Email: \[([^\]]+)\]/m.exec(contact)?.[1];
  if (contactLine && email && !contactLine.includes(`[${email}](mailto:`)) return `the summary's contact is not the email in "Contact us" (${email})`;
  if (!contactLine && email) return 'no contact line in the summary';
  return null;
}
