// The heavy part of the wizard (engine, scan, screens, Markdown rendering), loaded
// after the first frame so the welcome screen appears at once.
export { openSession } from './session.js';
export { Wizard } from './Wizard.js';
