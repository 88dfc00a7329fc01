// SDKs that Apple names in "Upcoming third-party SDK requirements" (developer.apple.com/support/
// third-party-SDK-requirements/, "SDKs that require a privacy manifest and signature"): an app that
// adds one must use a version that ships its own PrivacyInfo.xcprivacy and, as a binary, a signature.
// Only the names that appear as CocoaPods identifiers in our catalog are kept here; Apple's list is
// longer (Flutter plugins, Alamofire, SDWebImage, ...). Google's standalone Mobile Ads SDK is not on it.
export const APPLE_LISTED_SDKS: ReadonlySet<string> = new Set([
  'FBSDKCoreKit',
  'FirebaseAuth',
  'FirebaseCore',
  'FirebaseCrashlytics',
  'FirebaseFirestore',
  'FirebaseMessaging',
  'FirebaseRemoteConfig',
  'GoogleSignIn',
  'OneSignal',
]);
