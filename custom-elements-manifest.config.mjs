// Custom-elements manifest for each package (run from the package's folder by
// scripts/analyze.mjs). The manifest is the public API: it drives the docs tables,
// Storybook controls and editor autocompletion.

/** Drops what is not API: private and @internal members, their attributes, and the
 *  generic `emit(type, …)` helper that the analyzer mistakes for an event. */
function publicApiOnly() {
  /** Names of reactive state (`{state: true}` in `static properties`), per class. */
  const states = new Map();
  return {
    name: 'careloop-public-api-only',
    analyzePhase({ts, node}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'state' &&
              p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) {
            const set = states.get(node.name.getText()) ?? new Set();
            set.add(prop.name.getText());
            states.set(node.name.getText(), set);
          }
        }
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const hidden = new Set([
            ...(states.get(declaration.name) ?? []),
            ...(declaration.members ?? [])
              .filter((m) => m.privacy === 'private' || /@internal/.test(m.description ?? ''))
              .map((m) => m.name),
          ]);
          if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.name !== 'type');
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**'],
  outdir: '.',
  litelement: true,
  dependencies: true,
  plugins: [publicApiOnly()],
};
