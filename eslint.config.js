import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Routing comes from src/lib/router.tsx only: wouter's own hooks of the same names decode the path and
// search (the pages read them as the URL writes them), and its Link takes no { pathname, search }.
const wouterOnlyInRouter = [{ name: 'wouter', message: 'import Link, NavLink and the location hooks from src/lib/router.tsx.' }];
// One-way imports: app -> features -> components/lib/domain. Enforced here so a
// shortcut across layers fails `npm run lint` instead of slipping into review.
// Flat config does not merge options of one rule across blocks, so each layer
// lists every pattern that applies to it.
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { paths: wouterOnlyInRouter, patterns }] });
const sharedCode = { group: ['**/app/*', '**/features/*'], message: 'shared code must not depend on app or features.' };
// ECharts at run time only in src/components (echarts-chart.tsx owns the instance) and src/lib/echarts.ts
// (the registration); option builders import its types only.
const onlyComponentsRunCharts = {
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{
    group: ['echarts', 'echarts/*', 'zrender', 'zrender/*'],
    allowTypeImports: true,
    message: 'only src/components and src/lib/echarts.ts use ECharts at run time; import its types only.',
  }] }],
};
const layerRules = [
  {
    files: ['src/domain/**'],
    rules: restrict({
      group: ['**/app/*', '**/features/*', '**/components/*', '**/lib/*', 'react', 'react-dom', 'echarts', 'echarts/*'],
      message: 'src/domain is pure: no UI, no app code.',
    }),
  },
  { files: ['src/app/**'], rules: { ...onlyComponentsRunCharts, ...restrict() } },
  {
    files: ['src/lib/**'],
    rules: { ...restrict(sharedCode), ...onlyComponentsRunCharts },
  },
  { files: ['src/lib/echarts.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    files: ['src/lib/router.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [sharedCode] }] },
  },
  {
    files: ['src/components/**'],
    rules: restrict(sharedCode),
  },
  {
    files: ['src/features/**'],
    rules: { ...restrict({ group: ['**/app/*'], message: 'features must not import the app layer.' }), ...onlyComponentsRunCharts },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'artifacts', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Text from documents is rendered as text, never as HTML.',
      }],
    },
  },
  ...layerRules,
);
