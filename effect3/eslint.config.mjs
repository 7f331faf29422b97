import effect from "@effect/eslint-plugin"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["node_modules", "dist", "docs", "coverage", "**/*.mjs", "**/*.cjs", "src/generated/**"] },
  ...tseslint.configs.recommended,
  ...effect.configs.dprint,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-empty-object-type": ["error", { allowObjectTypes: "always", allowInterfaces: "with-single-extends" }],
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@effect/dprint": ["error", {
        config: {
          indentWidth: 2,
          lineWidth: 120,
          semiColons: "asi",
          quoteStyle: "alwaysDouble",
          trailingCommas: "never",
          operatorPosition: "maintain",
          "arrowFunction.useParentheses": "force"
        }
      }]
    }
  },
  {
    // the library imports each Effect module by its path, as Effect's own packages do: a bundler
    // (esbuild) keeps every export of a namespace imported through a barrel (`export * as`)
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: ["effect", "@effect/platform", "@effect/platform-node"].map((name) => ({
          name,
          message: `import the module by its path (${name}/Module): a barrel import keeps whole namespaces in users' bundles`
        }))
      }]
    }
  },
  {
    // the Effect-free core (issue 19): written once, shared by the Effect 3 and Effect 4 lines, so it
    // imports no Effect module; test/core/boundary.test.ts checks this rule and the files
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{
          group: ["effect", "effect/*", "@effect/*"],
          message: "src/core is Effect-free: keep Effect in src/server or src/testing"
        }]
      }]
    }
  }
)
