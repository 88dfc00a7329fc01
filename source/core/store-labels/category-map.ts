// Reviewed table: our data categories, sensitive categories and purposes (questions/vocabulary.yaml)
// -> Apple's App Privacy types/purposes and Google Play's Data safety types/purposes. One row per id,
// each with the definition it relies on.
//
// Apple: "App privacy details on the App Store" (developer.apple.com/app-store/app-privacy-details/),
//   section "Data types" and "Data use" [APD]. Google: Play Console Help, "Provide information for
//   Google Play's Data safety section" (support.google.com/googleplay/android-developer/answer/10787469),
//   sections "Data types" and "Purposes" [PDS].
//
// Where one of our categories spans several store types ("contact details" = email, phone, postal
// address), `narrow` names the words in the user's own list of items that pick each type; with no
// list, every type is declared and the user is asked to confirm (never under-declare).
import type { ApplePurposeKey } from './apple-types.js';
import type { PlayPurposeId } from './google-form.js';

export interface StoreType {
  apple: string;
  google: string;
  /** words in the category's typed items that mean this type (case-insensitive); absent = always */
  narrow?: RegExp;
}

export interface CategoryRow {
  id: string;
  types: StoreType[];
  citation: string;
}

const A = (s: string) => `NSPrivacyCollectedDataType${s}`;
const st = (apple: string, google: string, narrow?: RegExp): StoreType => ({ apple: A(apple), google, narrow });

export const DATA_CATEGORY_MAP: readonly CategoryRow[] = [
  { id: 'identity', types: [st('Name', 'PSL_NAME', /\bname\b/i), st('UserID', 'PSL_USER_ACCOUNT', /user ?name|handle|screen name|user id|account id/i)], citation: 'APD Contact Info "Name" and Identifiers "User ID" (screen name, handle, account ID); PDS Personal info "Name" and "User IDs".' },
  { id: 'contact', types: [st('EmailAddress', 'PSL_EMAIL', /e-?mail/i), st('PhoneNumber', 'PSL_PHONE', /phone|mobile|sms/i), st('PhysicalAddress', 'PSL_ADDRESS', /address|postal|mailing/i)], citation: 'APD Contact Info "Email Address", "Phone Number", "Physical Address"; PDS Personal info "Email address", "Phone number", "Address".' },
  { id: 'account', types: [st('UserID', 'PSL_USER_ACCOUNT')], citation: 'APD Identifiers "User ID" (account ID, assigned user ID); PDS Personal info "User IDs" (identifiers of an identifiable person, such as an account ID or account number). Passwords are no separate type in either form.' },
  { id: 'payment', types: [st('PaymentInfo', 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER')], citation: 'APD Financial Info "Payment Info" (form of payment, card or bank account number); PDS Financial info "User payment info".' },
  { id: 'commercial', types: [st('PurchaseHistory', 'PSL_PURCHASE_HISTORY')], citation: 'APD Purchases "Purchase History" (an account\'s or individual\'s purchases or purchase tendencies); PDS Financial info "Purchase history".' },
  { id: 'usage', types: [st('ProductInteraction', 'PSL_USER_INTERACTION')], citation: 'APD Usage Data "Product Interaction" (app launches, taps, clicks, scrolling, views); PDS App activity "App interactions".' },
  { id: 'device', types: [st('DeviceID', 'PSL_DEVICE_ID')], citation: 'APD Identifiers "Device ID" (device advertising identifier or other device-level ID); PDS "Device or other IDs" (identifiers of a device, browser or app, such as an IMEI, MAC address, advertising ID, Firebase installation ID).' },
  { id: 'location-approx', types: [st('CoarseLocation', 'PSL_APPROX_LOCATION')], citation: 'APD Location "Coarse Location" (lower resolution than three decimal places of latitude and longitude); PDS Location "Approximate location" (an area of 3 km² or more).' },
  { id: 'location-precise', types: [st('PreciseLocation', 'PSL_PRECISE_LOCATION')], citation: 'APD Location "Precise Location" (three or more decimal places of latitude and longitude); PDS Location "Precise location" (within 3 km²).' },
  { id: 'communications', types: [st('EmailsOrTextMessages', 'PSL_OTHER_MESSAGES', /message|chat|e-?mail|sms|text/i), st('CustomerSupport', 'PSL_EMAILS', /support|ticket|help/i)], citation: 'APD User Content "Emails or Text Messages" and "Customer Support" (data generated during a customer support request); PDS Messages "Other in-app messages" and "Emails" (support emails are emails).' },
  { id: 'content', types: [st('OtherUserContent', 'PSL_USER_GENERATED_CONTENT', /post|comment|note|content|text/i), st('OtherUserContent', 'PSL_FILES_AND_DOCS', /file|document|upload|pdf/i)], citation: 'APD User Content "Other User Content"; PDS App activity "Other user-generated content" and "Files and docs".' },
  { id: 'professional', types: [st('OtherDataTypes', 'PSL_OTHER_PERSONAL')], citation: 'Neither form has a type for job title or employer: APD "Other Data Types"; PDS Personal info "Other info". A work email address is also an email address: list it under contact details.' },
  { id: 'demographic', types: [st('OtherDataTypes', 'PSL_OTHER_PERSONAL')], citation: 'Age, date of birth and gender have no own type: APD "Other Data Types"; PDS Personal info "Other info" (Google\'s "Sexual orientation" type is for orientation, not gender).' },
  { id: 'audio-visual', types: [st('PhotosorVideos', 'PSL_PHOTOS', /photo|image|picture/i), st('PhotosorVideos', 'PSL_VIDEOS', /video/i), st('AudioData', 'PSL_AUDIO', /audio|voice|sound|recording/i)], citation: 'APD User Content "Photos or Videos" and "Audio Data"; PDS Photos and videos "Photos", "Videos" and Audio files "Voice or sound recordings".' },
  { id: 'inferences', types: [st('OtherDataTypes', 'PSL_OTHER_APP_ACTIVITY')], citation: 'Derived interests and segments have no own type: APD "Other Data Types"; PDS App activity "Other actions" is the nearest (activity in the app they are drawn from). Review with counsel.' },
  { id: 'non-users', types: [st('Contacts', 'PSL_CONTACTS')], citation: 'APD Contacts "Contacts" (a list of contacts, address book or social graph); PDS Contacts "Contacts".' },
];

export const SENSITIVE_CATEGORY_MAP: readonly CategoryRow[] = [
  { id: 'health', types: [st('Health', 'PSL_HEALTH')], citation: 'APD Health & Fitness "Health"; PDS Health and fitness "Health info".' },
  { id: 'biometric', types: [st('SensitiveInfo', 'PSL_OTHER_PERSONAL')], citation: 'APD "Sensitive Info" names biometric data; PDS has no biometric type: Personal info "Other info".' },
  { id: 'genetic', types: [st('SensitiveInfo', 'PSL_HEALTH')], citation: 'APD "Sensitive Info" names genetic information; PDS "Health info" (medical records, symptoms) is the nearest.' },
  { id: 'racial-ethnic', types: [st('SensitiveInfo', 'PSL_RACE_ETHNICITY')], citation: 'APD "Sensitive Info" (racial or ethnic data); PDS Personal info "Race and ethnicity".' },
  { id: 'religious', types: [st('SensitiveInfo', 'PSL_POLITICAL_RELIGIOUS')], citation: 'APD "Sensitive Info" (religious or philosophical beliefs); PDS "Political or religious beliefs".' },
  { id: 'political', types: [st('SensitiveInfo', 'PSL_POLITICAL_RELIGIOUS')], citation: 'APD "Sensitive Info" (political opinion); PDS "Political or religious beliefs".' },
  { id: 'union', types: [st('SensitiveInfo', 'PSL_OTHER_PERSONAL')], citation: 'APD "Sensitive Info" (trade union membership); PDS Personal info "Other info".' },
  { id: 'sex-life', types: [st('SensitiveInfo', 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY')], citation: 'APD "Sensitive Info" (sexual orientation); PDS Personal info "Sexual orientation".' },
  { id: 'government-id', types: [st('OtherDataTypes', 'PSL_OTHER_PERSONAL')], citation: 'Neither form has a government-ID type: APD "Other Data Types"; PDS Personal info "Other info".' },
  { id: 'financial-login', types: [st('PaymentInfo', 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER')], citation: 'APD Financial Info "Payment Info" (card or bank account number); PDS "User payment info".' },
  { id: 'citizenship', types: [st('OtherDataTypes', 'PSL_OTHER_PERSONAL')], citation: 'No own type: APD "Other Data Types"; PDS Personal info "Other info".' },
  { id: 'neural', types: [st('SensitiveInfo', 'PSL_OTHER_PERSONAL')], citation: 'Not named by either form; declared as APD "Sensitive Info" and PDS "Other info" so it is never understated. Review with counsel.' },
  { id: 'criminal', types: [st('OtherDataTypes', 'PSL_OTHER_PERSONAL')], citation: 'No own type: APD "Other Data Types"; PDS Personal info "Other info".' },
];

/**
 * Diagnostics that SDKs of these catalog categories collect themselves (crash reports, performance
 * traces); our data categories have no row for them, so the service is the source.
 */
export const SERVICE_CATEGORY_MAP: readonly CategoryRow[] = [
  { id: 'error-monitoring', types: [st('CrashData', 'PSL_CRASH_LOGS'), st('PerformanceData', 'PSL_PERFORMANCE_DIAGNOSTICS')], citation: 'An error-monitoring SDK sends crash reports and performance data: APD Diagnostics "Crash Data", "Performance Data"; PDS App info and performance "Crash logs", "Diagnostics".' },
  { id: 'logging-apm', types: [st('PerformanceData', 'PSL_PERFORMANCE_DIAGNOSTICS')], citation: 'A performance-monitoring SDK sends performance data: APD Diagnostics "Performance Data"; PDS "Diagnostics".' },
];

export interface PurposeRow {
  id: string;
  apple: ApplePurposeKey;
  /** undefined: Google's form offers no purpose that fits (said in the Markdown) */
  google?: PlayPurposeId;
  citation: string;
}

const P = (s: string) => `NSPrivacyCollectedDataTypePurpose${s}` as ApplePurposeKey;

export const PURPOSE_MAP: readonly PurposeRow[] = [
  { id: 'provide-service', apple: P('AppFunctionality'), google: 'PSL_APP_FUNCTIONALITY', citation: 'APD "App Functionality"; PDS "App functionality".' },
  { id: 'account', apple: P('AppFunctionality'), google: 'PSL_ACCOUNT_MANAGEMENT', citation: 'APD "App Functionality" (authenticate the user); PDS "Account management" (set up and manage accounts).' },
  { id: 'payments', apple: P('AppFunctionality'), google: 'PSL_APP_FUNCTIONALITY', citation: 'APD "App Functionality"; PDS "App functionality" (enable features such as purchases).' },
  { id: 'support', apple: P('AppFunctionality'), google: 'PSL_APP_FUNCTIONALITY', citation: 'APD "App Functionality" names customer support; PDS "App functionality".' },
  { id: 'service-emails', apple: P('AppFunctionality'), google: 'PSL_DEVELOPER_COMMUNICATIONS', citation: 'APD "App Functionality"; PDS "Developer communications" (news or notifications about the app, such as a security alert).' },
  { id: 'security', apple: P('AppFunctionality'), google: 'PSL_FRAUD_PREVENTION_SECURITY', citation: 'APD "App Functionality" names preventing fraud and security measures; PDS "Fraud prevention, security and compliance".' },
  { id: 'debugging', apple: P('AppFunctionality'), google: 'PSL_ANALYTICS', citation: 'APD "App Functionality" names minimising app crashes; PDS "Analytics" names monitoring app health and diagnosing crashes.' },
  { id: 'analytics', apple: P('Analytics'), google: 'PSL_ANALYTICS', citation: 'APD "Analytics"; PDS "Analytics".' },
  { id: 'improvement', apple: P('Analytics'), google: 'PSL_ANALYTICS', citation: 'APD "Analytics" (understand effectiveness of features, plan new ones); PDS "Analytics".' },
  { id: 'personalisation', apple: P('ProductPersonalization'), google: 'PSL_PERSONALIZATION', citation: 'APD "Product Personalization"; PDS "Personalization".' },
  { id: 'marketing', apple: P('DeveloperAdvertising'), google: 'PSL_ADVERTISING', citation: 'APD "Developer\'s Advertising or Marketing" (marketing communications to your users); PDS "Advertising or marketing".' },
  { id: 'advertising', apple: P('ThirdPartyAdvertising'), google: 'PSL_ADVERTISING', citation: 'APD "Third-Party Advertising" (displaying third-party ads, or sharing data with entities who display them); PDS "Advertising or marketing".' },
  { id: 'ai-features', apple: P('AppFunctionality'), google: 'PSL_APP_FUNCTIONALITY', citation: 'AI features are features of the app: APD "App Functionality"; PDS "App functionality".' },
  { id: 'ai-training', apple: P('Other'), citation: 'APD "Other Purposes"; PDS offers no purpose for training models, so none is chosen for it.' },
  { id: 'research', apple: P('Analytics'), google: 'PSL_ANALYTICS', citation: 'APD "Analytics"; PDS "Analytics".' },
  { id: 'legal', apple: P('Other'), google: 'PSL_FRAUD_PREVENTION_SECURITY', citation: 'APD "Other Purposes"; PDS "Fraud prevention, security and compliance" names compliance with laws.' },
];
