/**
 * The layers of ARCHITECTURE.md, enforced (`npm run deps`, part of `npm test`). Imports point one way:
 *   domain ← importers ← documents ← features ← app (composition) ← cli
 * with platform (database, audit, security, errors) used by features and above, and the app's kernel
 * (route builder, actor, scope, roles, deps) used by features. No import circles anywhere.
 */
const KERNEL = '^src/app/(route|actor|scope|roles|deps)\\.ts$';
const TEST = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: cut it by moving the shared part down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain imports only src/domain, decimal.js and zod (no I/O, no other layer).',
      from: { path: '^src/domain/', pathNot: TEST },
      to: { pathNot: ['^src/domain/', '(^|/)node_modules/(decimal\\.js|zod)/'] },
    },
    {
      name: 'importers-read-into-the-domain',
      severity: 'error',
      from: { path: '^src/importers/' },
      to: { path: '^src/(documents|features|app|cli|platform)/' },
    },
    {
      name: 'documents-render-the-domain',
      severity: 'error',
      from: { path: '^src/documents/' },
      to: { path: '^src/(features|app|cli|platform)/' },
    },
    {
      name: 'platform-knows-no-feature',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/(domain|importers|documents|features|app|cli)/' },
    },
    {
      name: 'features-use-only-the-app-kernel',
      severity: 'error',
      comment:
        'Features may use the route builder, actor, scope, roles and deps — not the composition (routes, start, server).',
      from: { path: '^src/features/' },
      to: { path: '^src/(app|cli)/', pathNot: KERNEL },
    },
    {
      name: 'app-kernel-knows-no-feature',
      severity: 'error',
      from: { path: KERNEL },
      to: { path: '^src/(features|cli)/' },
    },
    {
      name: 'app-knows-no-cli',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'web-uses-server-types-only',
      severity: 'error',
      comment:
        'The browser runs the pure domain rules and the role labels; from the rest of the server it takes only types.',
      from: { path: '^web/src/' },
      to: {
        path: '^src/',
        pathNot: ['^src/domain/', '^src/app/roles\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'bin/jixiao.js imports the compiled dist/, which exists only after the build.',
      from: { pathNot: '^bin/jixiao\\.js$' },
      // Triple-slash type references (vite/client) are types only.
      to: { couldNotResolve: true, pathNot: '^vite/client$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist|dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
