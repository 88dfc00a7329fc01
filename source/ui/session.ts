// Everything the wizard works on, opened once at start: where the files are, the
// answers store, the engine (bank, vocabulary, catalog), the scan and the org profile.
import type { Answers, OutputFormat } from '../core/answers/types.js';
import { detectServices } from '../core/scan/detect.js';
import type { ScanResult } from '../core/scan/types.js';
import { readProjectHints, type ProjectHints, type SuggestContext } from '../core/suggest/index.js';
import { loadEngine, today, type Engine } from '../project.js';
import { AnswersStore } from '../store/answers-store.js';
import { locate, type Location } from '../store/locate.js';
import { OrgProfile } from '../store/org-profile.js';

export interface Session {
  engine: Engine;
  location: Location;
  store: AnswersStore;
  scan: ScanResult;
  hints: ProjectHints;
  profile: OrgProfile;
  today: string;
  format?: OutputFormat | undefined;
  /** set when running on the bundled demo: the temporary copy */
  demo?: string | undefined;
}

export interface SessionOptions {
  cwd: string;
  dir?: string | undefined;
  format?: OutputFormat | undefined;
  demo?: string | undefined;
}

/** Opens the session. Throws UsageError for a broken answers file or question bank. */
export async function openSession(options: SessionOptions): Promise<Session> {
  const location = locate(options.cwd, options.dir);
  const store = AnswersStore.open(location);
  const engine = loadEngine();
  const scan = await detectServices(location.root, engine.catalog);
  // The profile is opened when first asked for (a suggestion, a saved org.* answer): its store (conf)
  // takes ~15-20 ms to load, which the welcome screen does not need.
  let profile: OrgProfile | undefined;
  return {
    engine,
    location,
    store,
    scan,
    hints: readProjectHints(location.root),
    get profile() {
      return (profile ??= OrgProfile.open());
    },
    today: today(),
    format: options.format,
    demo: options.demo,
  };
}

/** What suggestions and choices are computed from, for the current answers. */
export function suggestContext(session: Session, answers: Answers): SuggestContext {
  return {
    bank: session.engine.bank,
    vocabulary: session.engine.vocabulary,
    catalog: session.engine.catalog,
    answers,
    detected: session.scan.services.map((d) => d.serviceId),
    detections: session.scan.services,
    dataKinds: session.scan.dataKinds,
    dismissed: session.store.file.dismissed ?? {},
    hints: session.hints,
    profile: session.profile.answers(),
    today: session.today,
  };
}
