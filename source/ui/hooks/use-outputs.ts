import { useMemo } from 'react';
import { computeOutputs, type Outputs } from '../../project.js';
import type { Session } from '../session.js';

/** The policy, checklist and audit for the saved answers; recomputed when `version` changes. */
export function useOutputs(session: Session, version: unknown, enabled: boolean, versionSummary?: string): { outputs?: Outputs; error?: Error } {
  return useMemo(() => {
    if (!enabled) return {};
    try {
      return {
        outputs: computeOutputs(session.engine, session.store.file, session.location, {
          today: session.today,
          format: session.format,
          scan: session.scan,
          versionSummary,
        }),
      };
    } catch (error) {
      return { error: error as Error };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, version, enabled]);
}
