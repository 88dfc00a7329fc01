// The Google Play Console's Data safety form as its CSV import/export sees it: question ids,
// response ids, answer requirements and row order.
//
// Source: files exported from the Play Console (App content → Data safety → Export to CSV) and kept in
// public repositories, read 2026-12-02 with the search tool: smenaria2/wreadom-flutter
// data_safety_export.csv (commit 4f0a1875, en-GB, 783 lines), VibeVoice/VibeVoiceBoard
// data_safety_export.csv (commit 95436295, en-US, blank template) and manzolo/GeoJournal (commit
// d9641412, it-IT): the same ids, requirements and order in all three; M66B/FairEmail (commit
// 185c65f7, 2023) has the older form without the account questions. The labels below are ours: the
// Console reads the ids and values, and the label column only helps a person reading the file.
// Field meanings: Play Console Help, "Provide information for Google Play's Data safety section"
// (support.google.com/googleplay/android-developer/answer/10787469).

/** The header row, exactly as the Console exports it and requires on import. */
export const PLAY_HEADER = ['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'] as const;

export type Requirement = 'REQUIRED' | 'MAYBE_REQUIRED' | 'OPTIONAL' | 'MULTIPLE_CHOICE' | 'SINGLE_CHOICE';

/** One row of the form: a question (and, for choices, one response) with its label. */
export interface FormRow {
  question: string;
  response: string;
  requirement: Requirement;
  label: string;
}

const row = (question: string, response: string, requirement: Requirement, label: string): FormRow => ({ question, response, requirement, label });

const ACM = 'Which account creation methods does your app support?';
const OUTSIDE = 'How are these accounts created?';
const DELETE = 'Do you provide a way for users to request that their data is deleted?';

/** The questions before the data types, in the Console's order. */
export const PLAY_GENERAL_ROWS: readonly FormRow[] = [
  row('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', 'REQUIRED', 'Does your app collect or share any of the required user data types?'),
  row('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '', 'MAYBE_REQUIRED', 'Is all of the user data collected by your app encrypted in transit?'),
  row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_USER_ID_PASSWORD', 'MULTIPLE_CHOICE', `${ACM} / Username and password`),
  row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_USER_ID_OTHER_AUTH', 'MULTIPLE_CHOICE', `${ACM} / Username and other authentication`),
  row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH', 'MULTIPLE_CHOICE', `${ACM} / Username, password and other authentication`),
  row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_OAUTH', 'MULTIPLE_CHOICE', `${ACM} / OAuth`),
  row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_OTHER', 'MULTIPLE_CHOICE', `${ACM} / Other`),
  row('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_NONE', 'MULTIPLE_CHOICE', `${ACM} / My app does not allow users to create an account`),
  row('PSL_ACM_SPECIFY', '', 'MAYBE_REQUIRED', 'Describe the account creation method your app supports'),
  row('PSL_ACCOUNT_DELETION_URL', '', 'MAYBE_REQUIRED', 'Link where users can request that their account and its data are deleted'),
  row('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_YES', 'SINGLE_CHOICE', `${DELETE} / Yes`),
  row('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_NO', 'SINGLE_CHOICE', `${DELETE} / No`),
  row('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_NO_AUTO_DELETED', 'SINGLE_CHOICE', `${DELETE} / No, but user data is deleted automatically within 90 days`),
  row('PSL_DATA_DELETION_URL', '', 'MAYBE_REQUIRED', 'Delete data URL'),
  row('PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY', '', 'OPTIONAL', 'Show your commitment to the Google Play Families policy in the Data safety section? (apps for children only)'),
  row('PSL_INDEPENDENTLY_VALIDATED', '', 'OPTIONAL', 'Has the app passed an independent security review under the MASA framework?'),
  row('PSL_UPI_BADGE_OPT_IN', '', 'OPTIONAL', 'Show this badge on your store listing?'),
  row('PSL_HAS_OUTSIDE_APP_ACCOUNTS', '', 'OPTIONAL', 'Can users log in with accounts created outside the app?'),
  row('PSL_OUTSIDE_APP_ACCOUNT_TYPES', 'PSL_LOGIN_WITH_OUTSIDE_APP_ID', 'MULTIPLE_CHOICE', `${OUTSIDE} / Out-of-app identification (e.g. SIM binding, service subscription)`),
  row('PSL_OUTSIDE_APP_ACCOUNT_TYPES', 'PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT', 'MULTIPLE_CHOICE', `${OUTSIDE} / Through employment or enterprise accounts`),
  row('PSL_OUTSIDE_APP_ACCOUNT_TYPES', 'PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER', 'MULTIPLE_CHOICE', `${OUTSIDE} / Other`),
  row('PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY', '', 'MAYBE_REQUIRED', 'Describe how these accounts are created'),
];

export interface PlayDataType {
  /** the category question, e.g. PSL_DATA_TYPES_PERSONAL */
  category: string;
  /** the data type's response id, e.g. PSL_EMAIL */
  id: string;
  /** "Category / Type" as the Console names it */
  label: string;
}

const d = (category: string, id: string, label: string): PlayDataType => ({ category, id, label });

/** The 38 data types, in the Console's order. */
export const PLAY_DATA_TYPES: readonly PlayDataType[] = [
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_NAME', 'Personal info / Name'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_EMAIL', 'Personal info / Email address'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_USER_ACCOUNT', 'Personal info / User IDs'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_ADDRESS', 'Personal info / Address'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_PHONE', 'Personal info / Phone number'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_RACE_ETHNICITY', 'Personal info / Race and ethnicity'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_POLITICAL_RELIGIOUS', 'Personal info / Political or religious beliefs'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY', 'Personal info / Sexual orientation'),
  d('PSL_DATA_TYPES_PERSONAL', 'PSL_OTHER_PERSONAL', 'Personal info / Other info'),
  d('PSL_DATA_TYPES_FINANCIAL', 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', 'Financial info / User payment info'),
  d('PSL_DATA_TYPES_FINANCIAL', 'PSL_PURCHASE_HISTORY', 'Financial info / Purchase history'),
  d('PSL_DATA_TYPES_FINANCIAL', 'PSL_CREDIT_SCORE', 'Financial info / Credit score'),
  d('PSL_DATA_TYPES_FINANCIAL', 'PSL_OTHER', 'Financial info / Other financial info'),
  d('PSL_DATA_TYPES_LOCATION', 'PSL_APPROX_LOCATION', 'Location / Approximate location'),
  d('PSL_DATA_TYPES_LOCATION', 'PSL_PRECISE_LOCATION', 'Location / Precise location'),
  d('PSL_DATA_TYPES_SEARCH_AND_BROWSING', 'PSL_WEB_BROWSING_HISTORY', 'Web browsing / Web browsing history'),
  d('PSL_DATA_TYPES_EMAIL_AND_TEXT', 'PSL_EMAILS', 'Messages / Emails'),
  d('PSL_DATA_TYPES_EMAIL_AND_TEXT', 'PSL_SMS_CALL_LOG', 'Messages / SMS or MMS'),
  d('PSL_DATA_TYPES_EMAIL_AND_TEXT', 'PSL_OTHER_MESSAGES', 'Messages / Other in-app messages'),
  d('PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', 'PSL_PHOTOS', 'Photos and videos / Photos'),
  d('PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', 'PSL_VIDEOS', 'Photos and videos / Videos'),
  d('PSL_DATA_TYPES_AUDIO', 'PSL_AUDIO', 'Audio files / Voice or sound recordings'),
  d('PSL_DATA_TYPES_AUDIO', 'PSL_MUSIC', 'Audio files / Music files'),
  d('PSL_DATA_TYPES_AUDIO', 'PSL_OTHER_AUDIO', 'Audio files / Other audio files'),
  d('PSL_DATA_TYPES_HEALTH_AND_FITNESS', 'PSL_HEALTH', 'Health and fitness / Health info'),
  d('PSL_DATA_TYPES_HEALTH_AND_FITNESS', 'PSL_FITNESS', 'Health and fitness / Fitness info'),
  d('PSL_DATA_TYPES_CONTACTS', 'PSL_CONTACTS', 'Contacts / Contacts'),
  d('PSL_DATA_TYPES_CALENDAR', 'PSL_CALENDAR', 'Calendar / Calendar events'),
  d('PSL_DATA_TYPES_APP_PERFORMANCE', 'PSL_CRASH_LOGS', 'App info and performance / Crash logs'),
  d('PSL_DATA_TYPES_APP_PERFORMANCE', 'PSL_PERFORMANCE_DIAGNOSTICS', 'App info and performance / Diagnostics'),
  d('PSL_DATA_TYPES_APP_PERFORMANCE', 'PSL_OTHER_PERFORMANCE', 'App info and performance / Other app performance data'),
  d('PSL_DATA_TYPES_FILES_AND_DOCS', 'PSL_FILES_AND_DOCS', 'Files and docs / Files and docs'),
  d('PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_USER_INTERACTION', 'App activity / App interactions'),
  d('PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_IN_APP_SEARCH_HISTORY', 'App activity / In-app search history'),
  d('PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_APPS_ON_DEVICE', 'App activity / Installed apps'),
  d('PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_USER_GENERATED_CONTENT', 'App activity / Other user-generated content'),
  d('PSL_DATA_TYPES_APP_ACTIVITY', 'PSL_OTHER_APP_ACTIVITY', 'App activity / Other actions'),
  d('PSL_DATA_TYPES_IDENTIFIERS', 'PSL_DEVICE_ID', 'Device or other IDs / Device or other IDs'),
];

/** The purposes the form offers, for collection and for sharing alike, in its order. */
export const PLAY_PURPOSES = [
  { id: 'PSL_APP_FUNCTIONALITY', label: 'App functionality' },
  { id: 'PSL_ANALYTICS', label: 'Analytics' },
  { id: 'PSL_DEVELOPER_COMMUNICATIONS', label: 'Developer communications' },
  { id: 'PSL_FRAUD_PREVENTION_SECURITY', label: 'Fraud prevention, security and compliance' },
  { id: 'PSL_ADVERTISING', label: 'Advertising or marketing' },
  { id: 'PSL_PERSONALIZATION', label: 'Personalisation' },
  { id: 'PSL_ACCOUNT_MANAGEMENT', label: 'Account management' },
] as const;
export type PlayPurposeId = (typeof PLAY_PURPOSES)[number]['id'];

/** The usage questions asked for every data type, in the Console's order (19 rows per type). */
export function usageRows(type: PlayDataType): FormRow[] {
  const q = (sub: string) => `PSL_DATA_USAGE_RESPONSES:${type.id}:${sub}`;
  const name = type.label.split(' / ').pop();
  const about = `Data usage and handling (${name})`;
  return [
    row(q('PSL_DATA_USAGE_COLLECTION_AND_SHARING'), 'PSL_DATA_USAGE_ONLY_COLLECTED', 'MULTIPLE_CHOICE', `${about} / Is this data collected, shared or both? / Collected`),
    row(q('PSL_DATA_USAGE_COLLECTION_AND_SHARING'), 'PSL_DATA_USAGE_ONLY_SHARED', 'MULTIPLE_CHOICE', `${about} / Is this data collected, shared or both? / Shared`),
    row(q('PSL_DATA_USAGE_EPHEMERAL'), '', 'MAYBE_REQUIRED', `${about} / Is this data processed ephemerally?`),
    row(q('DATA_USAGE_USER_CONTROL'), 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL', 'SINGLE_CHOICE', `${about} / Required or optional? / Users can choose whether this data is collected`),
    row(q('DATA_USAGE_USER_CONTROL'), 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED', 'SINGLE_CHOICE', `${about} / Required or optional? / Collection is required (users can't turn it off)`),
    ...PLAY_PURPOSES.map((p) => row(q('DATA_USAGE_COLLECTION_PURPOSE'), p.id, 'MULTIPLE_CHOICE', `${about} / Why is this user data collected? / ${p.label}`)),
    ...PLAY_PURPOSES.map((p) => row(q('DATA_USAGE_SHARING_PURPOSE'), p.id, 'MULTIPLE_CHOICE', `${about} / Why is this user data shared? / ${p.label}`)),
  ];
}

/** Every row of the form, in the Console's order: general questions, data types, then usage per type. */
export function playFormRows(): FormRow[] {
  return [
    ...PLAY_GENERAL_ROWS,
    ...PLAY_DATA_TYPES.map((t) => row(t.category, t.id, 'MULTIPLE_CHOICE', t.label)),
    ...PLAY_DATA_TYPES.flatMap(usageRows),
  ];
}

const typeById = new Map(PLAY_DATA_TYPES.map((t) => [t.id, t]));
export const playType = (id: string): PlayDataType => {
  const found = typeById.get(id);
  if (!found) throw new Error(`Unknown Play data type ${id}`);
  return found;
};
export const playPurposeLabel = (id: string): string => PLAY_PURPOSES.find((p) => p.id === id)?.label ?? id;
