// Apple's App Privacy data types and purposes: the label App Store Connect shows, the category it
// groups them under, and the privacy-manifest constant for the same thing.
//
// Sources (read 2026-12-02 via the search tool):
// - Apple, "Describing data use in privacy manifests" and TN3184 "Adding data collection details to
//   your privacy manifest" (developer.apple.com/documentation/bundleresources/
//   describing-data-use-in-privacy-manifests; .../technotes/tn3184-...): the NSPrivacyCollectedDataType…
//   and NSPrivacyCollectedDataTypePurpose… values.
// - Apple, "App privacy details on the App Store" (developer.apple.com/app-store/app-privacy-details/):
//   the categories and labels of the App Store Connect questionnaire.
// - Cross-checked against a maintained implementation: godotengine/godot
//   platform/ios/export/export_plugin.cpp (commit 92393803), which lists the same 35 type and 6 purpose
//   constants. Note Apple's own spelling "PhotosorVideos" (lower-case "or").

/** App Store Connect's category headings, in the questionnaire's order. */
export const APPLE_CATEGORIES = [
  'Contact Info',
  'Health & Fitness',
  'Financial Info',
  'Location',
  'Sensitive Info',
  'Contacts',
  'User Content',
  'Browsing History',
  'Search History',
  'Identifiers',
  'Purchases',
  'Usage Data',
  'Diagnostics',
  'Surroundings',
  'Body',
  'Other Data',
] as const;
export type AppleCategory = (typeof APPLE_CATEGORIES)[number];

export interface AppleDataType {
  /** the privacy-manifest value of NSPrivacyCollectedDataType */
  key: string;
  /** the label in App Store Connect */
  label: string;
  category: AppleCategory;
}

const t = (category: AppleCategory, label: string, suffix: string): AppleDataType => ({ key: `NSPrivacyCollectedDataType${suffix}`, label, category });

export const APPLE_DATA_TYPES: readonly AppleDataType[] = [
  t('Contact Info', 'Name', 'Name'),
  t('Contact Info', 'Email Address', 'EmailAddress'),
  t('Contact Info', 'Phone Number', 'PhoneNumber'),
  t('Contact Info', 'Physical Address', 'PhysicalAddress'),
  t('Contact Info', 'Other User Contact Info', 'OtherUserContactInfo'),
  t('Health & Fitness', 'Health', 'Health'),
  t('Health & Fitness', 'Fitness', 'Fitness'),
  t('Financial Info', 'Payment Info', 'PaymentInfo'),
  t('Financial Info', 'Credit Info', 'CreditInfo'),
  t('Financial Info', 'Other Financial Info', 'OtherFinancialInfo'),
  t('Location', 'Precise Location', 'PreciseLocation'),
  t('Location', 'Coarse Location', 'CoarseLocation'),
  t('Sensitive Info', 'Sensitive Info', 'SensitiveInfo'),
  t('Contacts', 'Contacts', 'Contacts'),
  t('User Content', 'Emails or Text Messages', 'EmailsOrTextMessages'),
  t('User Content', 'Photos or Videos', 'PhotosorVideos'),
  t('User Content', 'Audio Data', 'AudioData'),
  t('User Content', 'Gameplay Content', 'GameplayContent'),
  t('User Content', 'Customer Support', 'CustomerSupport'),
  t('User Content', 'Other User Content', 'OtherUserContent'),
  t('Browsing History', 'Browsing History', 'BrowsingHistory'),
  t('Search History', 'Search History', 'SearchHistory'),
  t('Identifiers', 'User ID', 'UserID'),
  t('Identifiers', 'Device ID', 'DeviceID'),
  t('Purchases', 'Purchase History', 'PurchaseHistory'),
  t('Usage Data', 'Product Interaction', 'ProductInteraction'),
  t('Usage Data', 'Advertising Data', 'AdvertisingData'),
  t('Usage Data', 'Other Usage Data', 'OtherUsageData'),
  t('Diagnostics', 'Crash Data', 'CrashData'),
  t('Diagnostics', 'Performance Data', 'PerformanceData'),
  t('Diagnostics', 'Other Diagnostic Data', 'OtherDiagnosticData'),
  t('Surroundings', 'Environment Scanning', 'EnvironmentScanning'),
  t('Body', 'Hands', 'Hands'),
  t('Body', 'Head', 'Head'),
  t('Other Data', 'Other Data Types', 'OtherDataTypes'),
];

export const APPLE_PURPOSES = [
  { key: 'NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising', label: 'Third-Party Advertising' },
  { key: 'NSPrivacyCollectedDataTypePurposeDeveloperAdvertising', label: "Developer's Advertising or Marketing" },
  { key: 'NSPrivacyCollectedDataTypePurposeAnalytics', label: 'Analytics' },
  { key: 'NSPrivacyCollectedDataTypePurposeProductPersonalization', label: 'Product Personalization' },
  { key: 'NSPrivacyCollectedDataTypePurposeAppFunctionality', label: 'App Functionality' },
  { key: 'NSPrivacyCollectedDataTypePurposeOther', label: 'Other Purposes' },
] as const;
export type ApplePurposeKey = (typeof APPLE_PURPOSES)[number]['key'];

const byKey = new Map(APPLE_DATA_TYPES.map((d) => [d.key, d]));
export const appleType = (key: string): AppleDataType => {
  const found = byKey.get(key);
  if (!found) throw new Error(`Unknown Apple data type ${key}`);
  return found;
};
export const applePurposeLabel = (key: string): string => APPLE_PURPOSES.find((p) => p.key === key)?.label ?? key;
