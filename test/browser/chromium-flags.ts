/** Chromium's launch switches for the real-browser tests and the bench (harness.ts launchChromium). */

/**
 * What `--disable-features` turns off. Chromium reads only the last
 * `--disable-features` switch, so this one replaces playwright-core's own
 * (its launch arguments come first): it repeats that list, for the pinned
 * playwright-core 1.65.1 (test/chromium-flags.test.ts checks the two agree), and adds
 * what headless Chromium does in every new window that no page needs.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 renders the omnibox popup of every new window in a hidden
 * WebUI renderer, preloaded as the window opens: each fresh browser context
 * (each bench load, each browser test) spent 0.3–0.6 s of CPU on it, beside
 * the page being measured, on a 2-core machine (docs/scale.md, "The bench").
 */
export const CHROMIUM_UI_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];
