// The organisation's details (org.* answers) remembered in a user-level conf store,
// so the wizard can offer them in the user's next project.
import { SafeConf } from './safe-conf.js';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { NOT_SURE } from '../core/questions/types.js';
import type { AnswerValue, Answers } from '../core/answers/types.js';

/** Overrides the folder of the profile (tests, sandboxes); otherwise conf's per-user config folder. */
export const CONFIG_DIR_ENV = 'PRIVACY_WIZARD_CONFIG_DIR';

interface ProfileData {
  org: Answers;
}

/** Whether an answer belongs in the profile: the organisation's own details. */
export const isProfileQuestion = (id: string): boolean => id.startsWith('org.');

/** The user-level organisation profile. Failures to read or write it never stop the wizard. */
export class OrgProfile {
  private constructor(private readonly conf: SafeConf<ProfileData> | undefined) {}

  static open(env: NodeJS.ProcessEnv = process.env): OrgProfile {
    try {
      const cwd = env[CONFIG_DIR_ENV];
      const conf = new SafeConf<ProfileData>({
        projectName: 'privacy-wizard',
        configName: 'profile',
        ...(cwd ? { cwd } : {}),
        defaults: { org: {} },
        accessPropertiesByDotNotation: false,
        clearInvalidConfig: true,
        watch: false,
      });
      // Check the folder up front: a failing atomic write would otherwise retry for a long time.
      mkdirSync(dirname(conf.path), { recursive: true });
      accessSync(dirname(conf.path), constants.W_OK);
      return new OrgProfile(conf);
    } catch {
      return new OrgProfile(undefined);
    }
  }

  /** The remembered org.* answers. */
  answers(): Answers {
    try {
      const org = this.conf?.get('org');
      return org && typeof org === 'object' ? org : {};
    } catch {
      return {};
    }
  }

  /** Remembers an org.* answer; other ids are ignored. */
  remember(id: string, value: AnswerValue): void {
    if (!isProfileQuestion(id) || !this.conf || value === NOT_SURE) return;
    try {
      this.conf.set('org', { ...this.answers(), [id]: value });
    } catch {
      // a read-only home folder must not break the wizard
    }
  }

  get path(): string | undefined {
    return this.conf?.path;
  }
}
