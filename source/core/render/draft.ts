// The words that open a draft policy: written by outputs/policy/intro.eta, and read back to tell
// whether the policy on disk was a draft (project.ts: a draft records no version). One source, so
// the two cannot drift apart.
export const DRAFT_TITLE = 'Draft, not ready to publish.';

const escaped = DRAFT_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The banner as Markdown (`**…**`) or as the HTML a renderer made of it (`<strong>…</strong>`). */
export const DRAFT_BANNER = new RegExp(`\\*\\*${escaped}\\*\\*|<strong>${escaped}</strong>`);
